import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  customerLifetimeValue,
  fitBgNbd,
  fitGammaGamma,
  rankCustomersByValue,
  summarizeCustomers,
  tierCustomers,
} from 'salesops-kit/customers';
import { Dec } from '../../src/core/decimal.js';
import { BAD_IDS, expectPure, expectRejectsAt, expectSalesOpsError, SPECIAL_IDS } from '../helpers/bad-input.js';

const ROOT = join(import.meta.dirname, '..', '..');
const SUMMARY = readFileSync(join(ROOT, 'test', 'fixtures', 'cdnow', 'cdnow_customers_summary_with_transactions.csv'), 'utf8')
  .trim()
  .split(/\r?\n/)
  .slice(1)
  .map((line) => {
    const [id, x, tx, T, zbar] = line.split(',') as [string, string, string, string, string];
    return { customerId: id, x: Number(x), tx: Number(tx), T: Number(T), monetaryValue: zbar };
  });

const PUBLISHED = { bgNbd: { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 }, gammaGamma: { p: 6.25, q: 3.74, gamma: 15.44 } };
const OPTIONS = { periodUnit: 'week' } as const;
const FEW = [
  { customerId: 'ada', x: 2, tx: 30.43, T: 38.86, monetaryValue: '22.35' },
  { customerId: 'bob', x: 0, tx: 0, T: 38.86, monetaryValue: 0 },
  { customerId: 'cy', x: 7, tx: 29.43, T: 38.86, monetaryValue: '73.74' },
  { customerId: 'dee', x: 0, tx: 0, T: 38.86, monetaryValue: '0.00' },
  { customerId: 'eve', x: 1, tx: 1.71, T: 38.86, monetaryValue: 11.77 },
];

describe('rankCustomersByValue', () => {
  test('sorts by CLV, highest first, with the figures of customerLifetimeValue', () => {
    const ranked = rankCustomersByValue(PUBLISHED, FEW, OPTIONS);
    expect(ranked.map((r) => r.customerId)).toEqual(['cy', 'ada', 'bob', 'dee', 'eve']);
    for (const row of ranked) {
      const input = FEW.find((c) => c.customerId === row.customerId) as (typeof FEW)[number];
      const single = customerLifetimeValue(PUBLISHED, input, OPTIONS);
      expect(row.clv).toBe(single.clv);
      expect(row.value).toBe(single.clv);
      expect(row.probabilityAlive).toBe(single.probabilityAlive);
      expect(row.expectedPurchases).toBe(single.expectedPurchases);
      expect(row.expectedAverageSpend).toBe(single.expectedAverageSpend);
    }
  });

  test('equal values share a rank (competition ranking), ties listed by id', () => {
    const ranked = rankCustomersByValue(PUBLISHED, FEW, OPTIONS);
    // bob and dee have the same history: same CLV, same rank 3; eve is 5th.
    expect(ranked.map((r) => [r.customerId, r.rank])).toEqual([
      ['cy', 1],
      ['ada', 2],
      ['bob', 3],
      ['dee', 3],
      ['eve', 5],
    ]);
  });

  test('does not depend on the order of the input', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray(SUMMARY.slice(0, 60), { minLength: 60, maxLength: 60 }), (shuffled) => {
        expect(rankCustomersByValue(PUBLISHED, shuffled, OPTIONS)).toEqual(rankCustomersByValue(PUBLISHED, SUMMARY.slice(0, 60), OPTIONS));
      }),
      { numRuns: 20 },
    );
  });

  test('monetary values as numbers, strings or Decimals give the same rows', () => {
    const asNumbers = FEW.map((c) => ({ ...c, monetaryValue: Number(c.monetaryValue) }));
    const asDecimals = FEW.map((c) => ({ ...c, monetaryValue: new Dec(c.monetaryValue) }));
    const expected = rankCustomersByValue(PUBLISHED, FEW, OPTIONS);
    expect(rankCustomersByValue(PUBLISHED, asNumbers, OPTIONS)).toEqual(expected);
    expect(rankCustomersByValue(PUBLISHED, asDecimals, OPTIONS)).toEqual(expected);
  });

  test('special ids are ordinary ids', () => {
    const rows = SPECIAL_IDS.map((id, i) => ({ customerId: id, x: i, tx: i === 0 ? 0 : i, T: 20, monetaryValue: 10 + i }));
    const ranked = rankCustomersByValue(PUBLISHED, rows, OPTIONS);
    expect(ranked.map((r) => r.customerId).sort()).toEqual([...SPECIAL_IDS].sort());
    expect(JSON.parse(JSON.stringify(ranked))).toEqual(ranked);
  });

  test('the rows go straight into tierCustomers', () => {
    const ranked = rankCustomersByValue(PUBLISHED, SUMMARY.slice(0, 300), OPTIONS);
    const tiers = tierCustomers(ranked, { method: 'pareto' });
    expect(tiers).toHaveLength(300);
    const top = tiers.find((t) => t.customerId === ranked[0]?.customerId);
    expect(top?.tier).toBe('A');
  });

  test('takes summarizeCustomers’ output as it is, from transactions to ranking', () => {
    // The CDNOW transactions (CDNOW_sample.txt) summarised in weeks to the end of the calibration
    // period, 1997-09-30, as in Fader, Hardie and Lee (2005).
    const transactions = readFileSync(join(ROOT, 'test', 'fixtures', 'cdnow', 'CDNOW_sample.txt'), 'utf8')
      .trim()
      .split(/\r?\n/)
      .map((line) => {
        const [, id, date, , amount] = line.trim().split(/\s+/) as [string, string, string, string, string];
        return { customerId: String(Number(id)), date: `${date.slice(0, 4)}-${date.slice(4, 6)}-${date.slice(6)}`, amount };
      });
    const summaries = summarizeCustomers(transactions, { asOf: '1997-09-30', periodUnit: 'week' });
    const bgNbd = fitBgNbd(summaries);
    // The published estimates again (Fader, Hardie and Lee 2005, section 7), now from unrounded times.
    expect([bgNbd.r, bgNbd.alpha, bgNbd.a, bgNbd.b].map((v) => v.toFixed(3))).toEqual(['0.243', '4.414', '0.793', '2.426']);
    expect(bgNbd.logLikelihood.toFixed(1)).toBe('-9582.4');
    const gammaGamma = fitGammaGamma(summaries);
    expect([gammaGamma.p, gammaGamma.q].map((v) => v.toFixed(2))).toEqual(['6.25', '3.74']);
    const ranked = rankCustomersByValue({ bgNbd, gammaGamma }, summaries, OPTIONS);
    expect(ranked).toHaveLength(2357);
    expect(ranked[0]?.customerId).toBe('509');
  });

  test('an empty list ranks nobody', () => {
    expect(rankCustomersByValue(PUBLISHED, [], OPTIONS)).toEqual([]);
  });
});

describe('bad input', () => {
  test('paths name the customer and the field', () => {
    const call = (s: unknown): unknown => rankCustomersByValue(PUBLISHED, s as never, OPTIONS);
    expectRejectsAt(call, FEW, [1, 'customerId'], { values: BAD_IDS, prefix: ['summaries'] });
    expectRejectsAt(call, FEW, [2, 'x'], { values: [-1, 0.5, Number.NaN, '7'], prefix: ['summaries'] });
    expectRejectsAt(call, FEW, [2, 'tx'], { values: [-1, 39, Number.POSITIVE_INFINITY, 0], prefix: ['summaries'] });
    expectRejectsAt(call, FEW, [2, 'T'], { values: [-1, Number.NaN, null], prefix: ['summaries'] });
    expectRejectsAt(call, FEW, [2, 'monetaryValue'], { values: ['-1', -3, 'abc', null, Number.NaN], prefix: ['summaries'] });
    expectSalesOpsError(() => call('nope'), 'INVALID_INPUT', ['summaries']);
  });

  test('a customer listed twice is DUPLICATE_ID', () => {
    expectSalesOpsError(() => rankCustomersByValue(PUBLISHED, [...FEW, { ...FEW[0] } as never], OPTIONS), 'DUPLICATE_ID', [
      'summaries',
      5,
      'customerId',
    ]);
  });

  test('models and options', () => {
    expectSalesOpsError(() => rankCustomersByValue({ ...PUBLISHED, gammaGamma: { p: 1, q: 1, gamma: 1 } }, FEW, OPTIONS), 'INVALID_INPUT', [
      'models',
      'gammaGamma',
      'q',
    ]);
    expectSalesOpsError(() => rankCustomersByValue(PUBLISHED, FEW, { periodUnit: 'fortnight' } as never), 'INVALID_INPUT', [
      'options',
      'periodUnit',
    ]);
  });

  test('purity', () => {
    expectPure(rankCustomersByValue, PUBLISHED, FEW, { periodUnit: 'week', horizonMonths: 3 });
  });
});

describe('the CDNOW ranking of the guide docs/guides/customer-value-prediction.md', () => {
  test('the table in the guide is what the library computes', () => {
    // Both models fitted on the CDNOW summary (39 weeks to 1997-09-30); value over the next 52
    // weeks (12 months of 52/12 weeks), discounted at 1 % a month, in revenue (margin 1).
    const models = { bgNbd: fitBgNbd(SUMMARY), gammaGamma: fitGammaGamma(SUMMARY) };
    const ranked = rankCustomersByValue(models, SUMMARY, { periodUnit: 'week', horizonMonths: 12, periodsPerMonth: 52 / 12 });
    const byId = new Map(SUMMARY.map((s) => [s.customerId, s]));
    const rows = ranked.slice(0, 10).map((r) => {
      const s = byId.get(r.customerId) as (typeof SUMMARY)[number];
      return `| ${r.rank} | ${r.customerId} | ${s.x} | ${s.tx.toFixed(2)} | ${s.T.toFixed(2)} | ${s.monetaryValue} | ${r.probabilityAlive.toFixed(3)} | ${r.expectedPurchases.toFixed(2)} | ${r.expectedAverageSpend} | ${r.clv} |`;
    });
    const total = ranked.reduce((sum, r) => sum.plus(r.clv), new Dec(0));
    const top = ranked.slice(0, 236).reduce((sum, r) => sum.plus(r.clv), new Dec(0));
    const guide = readFileSync(join(ROOT, 'docs', 'guides', 'customer-value-prediction.md'), 'utf8');
    const table = /<!-- cdnow-ranking:start -->\n([\s\S]*?)\n<!-- cdnow-ranking:end -->/.exec(guide)?.[1]?.split('\n').slice(2);
    expect(table).toEqual(rows);
    expect(guide).toContain(`all 2,357 customers: ${total.toFixed(2)}`);
    expect(guide).toContain(`top 10 % (236 customers): ${top.toFixed(2)} (${top.dividedBy(total).times(100).toFixed(1)} %)`);
    const fits = `r = ${models.bgNbd.r.toFixed(4)}, α = ${models.bgNbd.alpha.toFixed(4)}, a = ${models.bgNbd.a.toFixed(4)}, b = ${models.bgNbd.b.toFixed(4)}; p = ${models.gammaGamma.p.toFixed(3)}, q = ${models.gammaGamma.q.toFixed(3)}, γ = ${models.gammaGamma.gamma.toFixed(3)}`;
    expect(guide).toContain(fits);
  });
});
