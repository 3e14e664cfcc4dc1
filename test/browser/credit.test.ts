import { commands } from 'vitest/browser';
import { describe, expect, test } from 'vitest';
import { ageReceivables, altmanZScore, gradeCredit, paydexScore, scoreToPd } from 'salesops-kit/credit';

// Runs in headless Chromium (Pacific/Kiritimati, UTC+14, Arabic locale) and compares what the
// browser computes with what Node computes for the same input.
describe('credit in a real browser', () => {
  test('grading matches Node exactly', async () => {
    const profiles = Array.from({ length: 50 }, (_, i) => ({
      avgDaysBeyondTerms: (i * 7) % 70 - 5,
      onTimeShare: ((i * 13) % 100) / 100,
      paydex: (i * 17) % 100,
      utilisation: ((i * 11) % 130) / 100,
      annualPurchases: `${(i * 12345.67).toFixed(2)}`,
      externalRating: i % 4 === 0 ? null : ['BBB', 'A-', 'B+'][i % 3],
      legalActions: i % 9 === 0 ? 1 : 0,
    }));
    for (const profile of profiles) {
      const inBrowser = gradeCredit(profile);
      expect(JSON.parse(JSON.stringify(inBrowser))).toEqual(await commands.computeInNode('credit/grade-credit.ts', 'gradeCredit', [profile]));
    }
    expect(scoreToPd(620, { pdo: 20, baseScore: 600, baseOdds: 50 })).toEqual(await commands.computeInNode('credit/scaling.ts', 'scoreToPd', [620, { pdo: 20, baseScore: 600, baseOdds: 50 }]));
  });

  test('aging matches Node to the cent, whatever the browser time zone', async () => {
    const invoices = Array.from({ length: 300 }, (_, i) => ({
      id: `INV-${i}`,
      customerId: `C${i % 7}`,
      invoiceDate: `2026-0${1 + (i % 3)}-${String(1 + (i % 28)).padStart(2, '0')}`,
      dueDate: `2026-0${2 + (i % 3)}-${String(1 + ((i * 3) % 28)).padStart(2, '0')}`,
      amount: i % 13 === 0 ? `-${(i * 3.17).toFixed(2)}` : (i * 101.01).toFixed(2),
      ...(i % 5 === 0 && i % 13 !== 0 ? { paid: '10.00' } : {}),
    }));
    const options = { asOf: '2026-04-15', buckets: [30, 60, 90] };
    const inBrowser = ageReceivables(invoices, options);
    expect(inBrowser).toEqual(await commands.computeInNode('credit/aging.ts', 'ageReceivables', [invoices, options]));
    expect(inBrowser.asOf).toBe('2026-04-15');
  });

  test('PAYDEX and Altman Z match Node', async () => {
    const payments = [
      { amount: '1200.00', dueDate: '2026-01-31', paidDate: '2026-02-19' },
      { amount: 300, dueDate: '2026-02-28', paidDate: '2026-02-20' },
    ];
    expect(paydexScore(payments)).toEqual(await commands.computeInNode('credit/payment-behaviour.ts', 'paydexScore', [payments]));
    const accounts = { workingCapital: 200, retainedEarnings: 0, ebit: -200, marketValueOfEquity: 100, sales: 2000, totalAssets: 1000, totalLiabilities: 1000 };
    const z = altmanZScore(accounts);
    expect(z).toEqual(await commands.computeInNode('credit/altman.ts', 'altmanZScore', [accounts]));
    expect(z.zone).toBe('distress');
  });
});
