import { commands } from 'vitest/browser';
import { describe, expect, test } from 'vitest';
import { historicalClv, lifecycleStage, retentionClv, rfmScores, summarizeCustomers, tierCustomers } from 'salesops-kit/customers';

// Runs in headless Chromium (Pacific/Kiritimati, UTC+14, Arabic locale) and compares what the
// browser computes with what Node computes for the same customer data.
function transactions(): Array<{ customerId: string; date: string; amount: string }> {
  let seed = 20260101;
  const next = (): number => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return Array.from({ length: 3000 }, () => {
    const day = new Date(Date.UTC(2025, 0, 1) + Math.floor(next() * 540) * 86_400_000).toISOString().slice(0, 10);
    const cents = Math.floor(next() * 40_000) - 2_000;
    return { customerId: `C${Math.floor(next() * 300)}`, date: day, amount: (cents / 100).toFixed(2) };
  });
}

describe('customers in a real browser', () => {
  test('summaries, RFM scores and tiers match Node exactly', async () => {
    const rows = transactions();
    const options = { asOf: '2026-03-31', periodUnit: 'week' as const };
    const summaries = summarizeCustomers(rows, options);
    expect(summaries.length).toBeGreaterThan(250);
    expect(summaries).toEqual(await commands.computeInNode('customers/summarize-customers.ts', 'summarizeCustomers', [rows, options]));

    const scores = rfmScores(summaries);
    expect(scores).toEqual(await commands.computeInNode('customers/rfm.ts', 'rfmScores', [summaries, {}]));

    const positive = summaries
      .filter((s) => Number(s.monetaryTotal) >= 0)
      .map((s) => ({ customerId: s.customerId, value: s.monetaryTotal }));
    const tiers = tierCustomers(positive, { method: 'pareto' });
    expect(tiers).toEqual(await commands.computeInNode('customers/tier-customers.ts', 'tierCustomers', [positive, { method: 'pareto' }]));

    const stages = summaries.map((s) => lifecycleStage(s, { asOf: '2026-03-31' }).stage);
    const inNode = await Promise.all(
      summaries
        .slice(0, 20)
        .map((s) => commands.computeInNode('customers/lifecycle-stage.ts', 'lifecycleStage', [s, { asOf: '2026-03-31' }])),
    );
    expect(stages.slice(0, 20)).toEqual(inNode.map((r) => (r as { stage: string }).stage));
  });

  test('amounts beyond 15 digits or with exponents rank and tier exactly, as in Node', async () => {
    // These take the exact paths (no integer cents): rfmScores compares the decimal digits,
    // tierCustomers sums with decimal.js; the ids go through the flat hash table.
    const money = ['12345678901234567.01', '12345678901234567.02', '1.5e3', '-2e-3', '0.30000000000000004', '0.3', '1e-9999', '0'];
    const summaries = money.map((monetaryTotal, i) => ({ customerId: `c${i}`, recencyDays: i, frequency: 8 - i, monetaryTotal }));
    const scores = rfmScores(summaries, { bins: 3 });
    expect(scores.map((s) => s.monetaryRank)).toEqual([7, 8, 6, 1, 5, 4, 3, 2]);
    expect(scores).toEqual(await commands.computeInNode('customers/rfm.ts', 'rfmScores', [summaries, { bins: 3 }]));
    const values = money.filter((m) => !m.startsWith('-')).map((value, i) => ({ customerId: `t${i}`, value }));
    const options = { method: 'pareto', cutoffs: [0.5], labels: ['A', 'B'], scale: 4 } as const;
    expect(tierCustomers(values, options)).toEqual(
      await commands.computeInNode('customers/tier-customers.ts', 'tierCustomers', [values, options]),
    );
    const clv = [
      { monetaryTotal: '1234.5', tenureDays: 400 },
      { marginRate: 0.35, costToServe: '12.5', scale: 3 },
    ] as const;
    expect(historicalClv(...clv)).toEqual(await commands.computeInNode('customers/historical-clv.ts', 'historicalClv', [...clv]));
    const retention = { margin: '100.00', retentionRate: 0.8, discountRate: 0.1 };
    expect(retentionClv(retention)).toEqual(await commands.computeInNode('customers/retention-clv.ts', 'retentionClv', [retention]));
  });

  test('Date inputs are read in UTC, whatever the browser time zone', () => {
    // 2026-01-01T23:30Z is still 1 January in UTC, though it is 2 January in Kiritimati.
    const [s] = summarizeCustomers([{ customerId: 'a', date: new Date(Date.UTC(2026, 0, 1, 23, 30)), amount: '1.00' }], {
      asOf: '2026-01-02',
    });
    expect(s?.firstPurchase).toBe('2026-01-01');
    expect(s?.recencyDays).toBe(1);
  });
});
