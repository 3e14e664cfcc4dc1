import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { rebalanceQuota, RebalanceQuotaInputSchema, type RebalanceQuotaInput } from 'salesops-kit/quota';
import { Dec } from '../../src/core/decimal.js';
import { amountString } from '../helpers/arbitraries.js';
import { BAD_AMOUNTS, BAD_IDS, expectPure, expectRejectsAt, expectSalesOpsError, SPECIAL_IDS } from '../helpers/bad-input.js';
import { expectSameIssues } from '../helpers/schema-agreement.js';

const YEAR: RebalanceQuotaInput = {
  target: 1200,
  periods: [
    { period: 'Q1', plan: 300, actual: 250 },
    { period: 'Q2', plan: 300, actual: 250 },
    { period: 'Q3', plan: 200 },
    { period: 'Q4', plan: 400 },
  ],
};

function sum(values: readonly string[]): string {
  return values.reduce((a, v) => a.plus(v), new Dec(0)).toFixed(2);
}

describe('rebalanceQuota', () => {
  test('a shortfall is spread over the open periods in proportion to their plan', () => {
    const result = rebalanceQuota(YEAR);
    expect(result).toEqual({
      target: '1200.00',
      actualToDate: '500.00',
      remaining: '700.00',
      spread: '700.00',
      overAchievement: '0.00',
      unassigned: '0.00',
      periods: [
        { period: 'Q1', status: 'closed', plan: '300.00', actual: '250.00', quota: '250.00', vsPlan: '-50.00' },
        { period: 'Q2', status: 'closed', plan: '300.00', actual: '250.00', quota: '250.00', vsPlan: '-50.00' },
        { period: 'Q3', status: 'open', plan: '200.00', actual: null, quota: '233.33', vsPlan: '33.33' },
        { period: 'Q4', status: 'open', plan: '400.00', actual: null, quota: '466.67', vsPlan: '66.67' },
      ],
    });
    expect(sum(result.periods.map((p) => p.quota))).toBe('1200.00');
  });

  test('evenly, without plans', () => {
    const result = rebalanceQuota({
      target: 100,
      method: 'equal',
      periods: [{ period: 'a', actual: 10 }, { period: 'b' }, { period: 'c' }, { period: 'd' }],
    });
    expect(result.periods.map((p) => p.quota)).toEqual(['10.00', '30.00', '30.00', '30.00']);
    expect(result.periods[1]?.vsPlan).toBeNull();
  });

  test('over-achievement reduces what is left, never below zero unless asked', () => {
    const ahead = {
      ...YEAR,
      periods: [
        { period: 'H1', plan: 600, actual: 1300 },
        { period: 'Q3', plan: 200 },
        { period: 'Q4', plan: 400 },
      ],
    };
    const floored = rebalanceQuota(ahead);
    expect(floored.remaining).toBe('-100.00');
    expect(floored.spread).toBe('0.00');
    expect(floored.overAchievement).toBe('100.00');
    expect(floored.periods.map((p) => p.quota)).toEqual(['1300.00', '0.00', '0.00']);
    const negative = rebalanceQuota({ ...ahead, allowNegative: true });
    expect(negative.periods.map((p) => p.quota)).toEqual(['1300.00', '-33.33', '-66.67']);
    expect(sum(negative.periods.map((p) => p.quota))).toBe('1200.00');
  });

  test('closed periods may come in any order, and a null actual is an open period', () => {
    const result = rebalanceQuota({
      target: 90,
      periods: [
        { period: 'Jan', plan: 30 },
        { period: 'Feb', plan: 30, actual: 40 },
        { period: 'Mar', plan: 30, actual: null },
      ],
    });
    expect(result.periods.map((p) => [p.status, p.quota])).toEqual([
      ['open', '25.00'],
      ['closed', '40.00'],
      ['open', '25.00'],
    ]);
  });

  test('all periods closed: nothing to spread onto, and it is said', () => {
    const result = rebalanceQuota({
      target: 100,
      periods: [
        { period: 'a', actual: 30 },
        { period: 'b', actual: 50 },
      ],
    });
    expect(result.unassigned).toBe('20.00');
    expect(result.periods.map((p) => p.quota)).toEqual(['30.00', '50.00']);
  });

  test('scale and negative actuals (returns)', () => {
    const result = rebalanceQuota({
      target: 10,
      scale: 0,
      periods: [
        { period: 'a', plan: 1, actual: -2 },
        { period: 'b', plan: 1 },
        { period: 'c', plan: 2 },
      ],
    });
    expect(result.periods.map((p) => p.quota)).toEqual(['-2', '4', '8']);
  });

  test('ZERO_WEIGHTS when every open plan is zero and something is left; fine when nothing is', () => {
    expectSalesOpsError(
      () =>
        rebalanceQuota({
          target: 100,
          periods: [
            { period: 'a', actual: 50 },
            { period: 'b', plan: 0 },
          ],
        }),
      'ZERO_WEIGHTS',
      ['input', 'periods'],
    );
    expect(
      rebalanceQuota({
        target: 50,
        periods: [
          { period: 'a', actual: 50 },
          { period: 'b', plan: 0 },
        ],
      }).periods[1]?.quota,
    ).toBe('0.00');
  });

  test('an open period needs a plan under the plan method', () => {
    expectSalesOpsError(() => rebalanceQuota({ target: 100, periods: [{ period: 'a' }] }), 'INVALID_INPUT', [
      'input',
      'periods',
      0,
      'plan',
    ]);
  });

  test('DUPLICATE_ID when two periods share a name; special names are ordinary', () => {
    expectSalesOpsError(
      () =>
        rebalanceQuota({
          target: 1,
          periods: [
            { period: 'Q1', plan: 1 },
            { period: 'Q1', plan: 1 },
          ],
        }),
      'DUPLICATE_ID',
      ['input', 'periods', 1, 'period'],
    );
    const result = rebalanceQuota({ target: 6, periods: SPECIAL_IDS.map((period) => ({ period, plan: 1 })) });
    expect(result.periods.map((p) => p.period)).toEqual(SPECIAL_IDS);
    expect(result.periods.every((p) => p.quota === '1.00')).toBe(true);
  });

  test('property: quotas add up to the target (or to the actuals when they exceed it); open quotas follow the plan', () => {
    const period = fc.record({
      plan: amountString({ maxUnits: 1e8 }),
      actual: fc.option(amountString({ minUnits: -1e6, maxUnits: 1e8 }), { nil: undefined }),
    });
    fc.assert(
      fc.property(
        amountString({ maxUnits: 1e9 }),
        fc.array(period, { minLength: 1, maxLength: 12 }),
        fc.boolean(),
        (target, list, allowNegative) => {
          const periods = list.map((p, i) => ({ period: `P${i}`, plan: p.plan, actual: p.actual }));
          let result;
          try {
            result = rebalanceQuota({ target, periods, allowNegative });
          } catch (error) {
            expect((error as { code: string }).code).toBe('ZERO_WEIGHTS');
            return;
          }
          const actuals = periods.reduce((a, p) => (p.actual === undefined ? a : a.plus(p.actual)), new Dec(0));
          const hasOpen = periods.some((p) => p.actual === undefined);
          const expected = !hasOpen ? actuals : actuals.gt(target) && !allowNegative ? actuals : new Dec(target);
          expect(sum(result.periods.map((p) => p.quota))).toBe(expected.toFixed(2));
          if (!allowNegative) for (const p of result.periods) if (p.status === 'open') expect(new Dec(p.quota).gte(0)).toBe(true);
          // A larger plan never gets a smaller share of what is left.
          const open = result.periods.filter((p) => p.status === 'open');
          for (const a of open)
            for (const b of open)
              if (new Dec(a.plan ?? 0).gt(b.plan ?? 0) && !new Dec(result.spread).isNeg()) expect(new Dec(a.quota).gte(b.quota)).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('rebalanceQuota: bad input', () => {
  const base = { input: YEAR as unknown as Record<string, unknown> };
  const call = (b: typeof base): unknown => rebalanceQuota(b.input as unknown as RebalanceQuotaInput);

  test('every field, with its path', () => {
    expectRejectsAt(call, base, ['input', 'target'], { values: BAD_AMOUNTS });
    expectRejectsAt(call, base, ['input', 'periods', 2, 'plan'], { values: [...BAD_AMOUNTS.filter((v) => v !== undefined), '-5'] });
    expectRejectsAt(call, base, ['input', 'periods', 0, 'actual'], { values: BAD_AMOUNTS.filter((v) => v !== undefined && v !== null) });
    expectRejectsAt(call, base, ['input', 'periods', 1, 'period'], { values: BAD_IDS });
    expectRejectsAt(call, base, ['input', 'periods'], { values: [[], null, 'Q1', {}] });
    expectRejectsAt(call, base, ['input', 'periods', 0], { values: [null, 'Q1', 3] });
    expectRejectsAt(call, base, ['input', 'method'], { values: ['pro-rata', null, 1] });
    expectRejectsAt(call, base, ['input', 'allowNegative'], { values: ['yes', 1, null] });
    expectRejectsAt(call, base, ['input', 'scale'], { values: [-1, 2.5, 21, '2'] });
    expectRejectsAt(call, base, ['input', 'asOf'], { values: ['2026-06-30'] });
    expectRejectsAt(call, base, ['input'], { values: [null, undefined, 'plan', []] });
  });

  test('the schema accepts and refuses what the function does', () => {
    expect(RebalanceQuotaInputSchema.safeParse(YEAR).success).toBe(true);
    expect(RebalanceQuotaInputSchema.safeParse({ ...YEAR, method: 'x' }).success).toBe(false);
  });

  test("rebalanceQuota checks by hand with RebalanceQuotaInputSchema's verdict, paths and messages", () => {
    const call = (input: unknown): unknown => rebalanceQuota(input as RebalanceQuotaInput);
    const sparse = [
      { period: 'a', plan: 1 },
      { period: 'b', plan: 1 },
    ];
    delete sparse[0];
    const candidates: unknown[] = [
      // accepted
      YEAR,
      {
        target: '-10',
        periods: [
          { period: 'x', actual: null, plan: '0' },
          { period: 'y', actual: new Dec('-1e-3'), extra: true },
        ],
        method: 'equal',
        allowNegative: false,
        scale: 20,
      },
      { target: new Dec(5), periods: [{ period: '__proto__', plan: new Dec('2.5') }], allowNegative: true, scale: 0 },
      // rejected
      undefined,
      null,
      [],
      'plan',
      {},
      { ...YEAR, target: undefined },
      { ...YEAR, target: 'NaN', periods: [] },
      { ...YEAR, periods: null },
      { ...YEAR, periods: 'Q1' },
      { ...YEAR, periods: sparse },
      {
        ...YEAR,
        periods: [
          null,
          'Q1',
          { period: '' },
          { period: 1, plan: -1, actual: 'x' },
          { plan: new Dec(-2), actual: Number.POSITIVE_INFINITY },
          undefined,
        ],
      },
      { ...YEAR, periods: [{ period: 'Q1', plan: '-0.01' }] },
      { ...YEAR, method: 'pro-rata', allowNegative: 'yes' },
      { ...YEAR, method: null, allowNegative: null },
      { ...YEAR, scale: -1 },
      { ...YEAR, scale: '2' },
      { ...YEAR, asOf: '2026-06-30' },
      { ...YEAR, asOf: '2026-06-30', mode: 'x', scale: 2.5 },
    ];
    for (const candidate of candidates) expectSameIssues(call, RebalanceQuotaInputSchema, candidate, ['input']);
  });

  test('purity', () => {
    expectPure(rebalanceQuota, YEAR);
    expectPure(rebalanceQuota, {
      target: '-10',
      allowNegative: true,
      method: 'equal',
      periods: [{ period: 'x', actual: 5 }, { period: 'y' }],
    } as RebalanceQuotaInput);
  });
});
