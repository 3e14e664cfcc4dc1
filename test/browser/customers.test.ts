import { commands } from 'vitest/browser';
import { describe, expect, test } from 'vitest';
import { lifecycleStage, rfmScores, summarizeCustomers, tierCustomers } from 'salesops-kit/customers';

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

    const positive = summaries.filter((s) => Number(s.monetaryTotal) >= 0).map((s) => ({ customerId: s.customerId, value: s.monetaryTotal }));
    const tiers = tierCustomers(positive, { method: 'pareto' });
    expect(tiers).toEqual(await commands.computeInNode('customers/tier-customers.ts', 'tierCustomers', [positive, { method: 'pareto' }]));

    const stages = summaries.map((s) => lifecycleStage(s, { asOf: '2026-03-31' }).stage);
    const inNode = await Promise.all(
      summaries.slice(0, 20).map((s) => commands.computeInNode('customers/lifecycle-stage.ts', 'lifecycleStage', [s, { asOf: '2026-03-31' }])),
    );
    expect(stages.slice(0, 20)).toEqual(inNode.map((r) => (r as { stage: string }).stage));
  });

  test('Date inputs are read in UTC, whatever the browser time zone', () => {
    // 2026-01-01T23:30Z is still 1 January in UTC, though it is 2 January in Kiritimati.
    const [s] = summarizeCustomers([{ customerId: 'a', date: new Date(Date.UTC(2026, 0, 1, 23, 30)), amount: '1.00' }], { asOf: '2026-01-02' });
    expect(s?.firstPurchase).toBe('2026-01-01');
    expect(s?.recencyDays).toBe(1);
  });
});
