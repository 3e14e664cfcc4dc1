import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  phaseQuota,
  phaseQuotaNested,
  PhaseQuotaNestedOptionsSchema,
  PhaseQuotaOptionsSchema,
  type PhasedNode,
  type PhaseQuotaNestedOptions,
  type PhaseQuotaOptions,
} from 'salesops-kit/quota';
import { Dec } from '../../src/core/decimal.js';
import { amountString, isoDate } from '../helpers/arbitraries.js';
import { BAD_AMOUNTS, BAD_DATES, BAD_NUMBERS, expectPure, expectRejectsAt, expectSalesOpsError } from '../helpers/bad-input.js';
import { expectSameIssues } from '../helpers/schema-agreement.js';

const YEAR = { start: '2026-01-01', end: '2026-12-31' } as const;

function total(amounts: readonly string[]): string {
  return amounts.reduce((a, b) => a.plus(b), new Dec(0)).toFixed(2);
}

describe('phaseQuota: profiles', () => {
  test('calendar days by default: a year by month', () => {
    const months = phaseQuota('365000', { ...YEAR, granularity: 'month' });
    expect(months.map((m) => m.period)).toEqual([
      '2026-01',
      '2026-02',
      '2026-03',
      '2026-04',
      '2026-05',
      '2026-06',
      '2026-07',
      '2026-08',
      '2026-09',
      '2026-10',
      '2026-11',
      '2026-12',
    ]);
    expect(months.map((m) => m.amount)).toEqual([
      '31000.00',
      '28000.00',
      '31000.00',
      '30000.00',
      '31000.00',
      '30000.00',
      '31000.00',
      '31000.00',
      '30000.00',
      '31000.00',
      '30000.00',
      '31000.00',
    ]);
    expect(months[1]).toEqual({
      period: '2026-02',
      start: '2026-02-01',
      end: '2026-02-28',
      amount: '28000.00',
      share: 28 / 365,
      weight: 28,
      days: 28,
      partial: false,
    });
  });

  test('business days: weekends and holidays carry nothing', () => {
    // January 2026 has 22 weekdays, February 20; New Year's Day is a holiday.
    const months = phaseQuota(4100, {
      start: '2026-01-01',
      end: '2026-02-28',
      granularity: 'month',
      profile: 'businessDays',
      holidays: ['2026-01-01'],
    });
    expect(months.map((m) => m.weight)).toEqual([21, 20]);
    expect(months.map((m) => m.amount)).toEqual(['2100.00', '2000.00']);
    // A Friday-Saturday weekend: January 2026 (5 Fridays, 5 Saturdays) then has 21 working days.
    const gulf = phaseQuota(100, {
      start: '2026-01-01',
      end: '2026-01-31',
      granularity: 'month',
      profile: 'businessDays',
      weekend: [5, 6],
    });
    expect(gulf[0]?.weight).toBe(21);
  });

  test('equal: every whole period the same, partial periods prorated by days', () => {
    expect(phaseQuota(1200, { ...YEAR, granularity: 'month', profile: 'equal' }).every((m) => m.amount === '100.00')).toBe(true);
    const cut = phaseQuota(1000, { start: '2026-01-16', end: '2026-02-28', granularity: 'month', profile: 'equal' });
    expect(cut.map((m) => [m.weight, m.partial])).toEqual([
      [16 / 31, true],
      [1, false],
    ]);
    expect(cut.map((m) => m.amount)).toEqual(['340.43', '659.57']);
  });

  test('equal, prorated by business days', () => {
    // 2026-01-26 (Monday) to 2026-02-01 (Sunday): January keeps 5 of its 22 weekdays.
    const cut = phaseQuota(100, {
      start: '2026-01-26',
      end: '2026-02-27',
      granularity: 'month',
      profile: 'equal',
      prorateBy: 'businessDays',
    });
    expect(cut[0]?.weight).toBeCloseTo(5 / 22, 15);
    expect(cut[1]?.weight).toBe(1);
  });

  test('a 12-month seasonality profile phases months, quarters, weeks and days consistently', () => {
    const profile = [1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 2, 2];
    expect(phaseQuota(1500, { ...YEAR, granularity: 'month', profile }).map((m) => m.amount)).toEqual([
      ...Array<string>(9).fill('100.00'),
      '200.00',
      '200.00',
      '200.00',
    ]);
    expect(phaseQuota(1500, { ...YEAR, granularity: 'quarter', profile }).map((q) => q.amount)).toEqual([
      '300.00',
      '300.00',
      '300.00',
      '600.00',
    ]);
    // Days of October weigh 2/31 each, days of September 1/30.
    const days = phaseQuota(100, { start: '2026-09-30', end: '2026-10-01', granularity: 'day', profile });
    expect(days.map((d) => d.weight)).toEqual([1 / 30, 2 / 31]);
    // ISO week 2026-W40 runs from Monday 28 September to Sunday 4 October: 3 September days, 4 October days.
    const week = phaseQuota(100, { start: '2026-09-28', end: '2026-10-04', granularity: 'week', profile });
    expect(week).toHaveLength(1);
    expect(week[0]?.period).toBe('2026-W40');
    expect(week[0]?.weight).toBeCloseTo(3 / 30 + 8 / 31, 14);
  });

  test('a month-of-year record reads calendar months; a period-key record weighs periods', () => {
    const byMonth = { '01': 2, '02': 1, '03': 1 };
    expect(
      phaseQuota(400, { start: '2026-01-01', end: '2026-03-31', granularity: 'month', profile: byMonth }).map((m) => m.amount),
    ).toEqual(['200.00', '100.00', '100.00']);
    const byKey = { '2026-Q1': 1, '2026-Q2': 3 };
    expect(
      phaseQuota(400, { start: '2026-01-01', end: '2026-06-30', granularity: 'quarter', profile: byKey }).map((q) => q.amount),
    ).toEqual(['100.00', '300.00']);
  });

  test('a per-period record may hold periods outside the range; a missing period is an error', () => {
    const profile = { '2026-01': 1, '2026-02': 1, '2026-03': 2, '2027-01': 9 };
    expect(phaseQuota(400, { start: '2026-01-01', end: '2026-03-31', granularity: 'month', profile }).map((m) => m.amount)).toEqual([
      '100.00',
      '100.00',
      '200.00',
    ]);
    expectSalesOpsError(() => phaseQuota(400, { start: '2026-01-01', end: '2026-04-30', granularity: 'month', profile }), 'INVALID_INPUT', [
      'options',
      'profile',
      '2026-04',
    ]);
    expectSalesOpsError(
      () => phaseQuota(400, { start: '2026-01-01', end: '2026-03-31', granularity: 'month', profile: { '01': 1 } }),
      'INVALID_INPUT',
      ['options', 'profile', '02'],
    );
  });

  test('profile keys of another granularity, mixed readings and wrong lengths are refused', () => {
    const base = { start: '2026-01-01', end: '2026-03-31', granularity: 'month' } as const;
    expectSalesOpsError(() => phaseQuota(1, { ...base, profile: { '2026-Q1': 1 } }), 'INVALID_INPUT', ['options', 'profile', '2026-Q1']);
    expectSalesOpsError(() => phaseQuota(1, { ...base, profile: { '2026-01': 1, '02': 1 } }), 'INVALID_INPUT', [
      'options',
      'profile',
      '02',
    ]);
    expectSalesOpsError(() => phaseQuota(1, { ...base, profile: { January: 1 } }), 'INVALID_INPUT', ['options', 'profile', 'January']);
    expectSalesOpsError(() => phaseQuota(1, { ...base, profile: [1, 2, 3] }), 'INVALID_INPUT', ['options', 'profile']);
    // '__proto__' is an ordinary (invalid) key, not a way to reach Object.prototype.
    const proto = JSON.parse('{"__proto__": 1}') as Record<string, number>;
    expectSalesOpsError(() => phaseQuota(1, { ...base, profile: proto }), 'INVALID_INPUT', ['options', 'profile', '__proto__']);
  });

  test('fiscal years: quarters are fiscal and a 12-weight profile starts at the fiscal year', () => {
    const fiscalYear = { startMonth: 7 };
    const quarters = phaseQuota(1000, { start: '2026-07-01', end: '2027-06-30', granularity: 'quarter', fiscalYear, profile: 'equal' });
    expect(quarters.map((q) => [q.period, q.start, q.end])).toEqual([
      ['FY2027-Q1', '2026-07-01', '2026-09-30'],
      ['FY2027-Q2', '2026-10-01', '2026-12-31'],
      ['FY2027-Q3', '2027-01-01', '2027-03-31'],
      ['FY2027-Q4', '2027-04-01', '2027-06-30'],
    ]);
    // Index 0 is July: only the first fiscal quarter gets anything.
    const profile = [1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0];
    const july = phaseQuota(900, { start: '2026-07-01', end: '2027-06-30', granularity: 'quarter', fiscalYear, profile });
    expect(july.map((q) => q.amount)).toEqual(['900.00', '0.00', '0.00', '0.00']);
    const named = phaseQuota(1, {
      start: '2026-07-01',
      end: '2026-07-31',
      granularity: 'year',
      fiscalYear: { startMonth: 7, naming: 'startYear' },
    });
    expect(named[0]?.period).toBe('FY2026');
  });

  test('weeks are ISO weeks and days are days, prorated at the ends', () => {
    // 2026-01-01 is a Thursday in ISO week 2026-W01 (Monday 2025-12-29 to Sunday 2026-01-04).
    const weeks = phaseQuota(1100, { start: '2026-01-01', end: '2026-01-14', granularity: 'week', profile: 'equal' });
    expect(weeks.map((w) => [w.period, w.start, w.end, w.weight, w.partial])).toEqual([
      ['2026-W01', '2026-01-01', '2026-01-04', 4 / 7, true],
      ['2026-W02', '2026-01-05', '2026-01-11', 1, false],
      ['2026-W03', '2026-01-12', '2026-01-14', 3 / 7, true],
    ]);
    expect(total(weeks.map((w) => w.amount))).toBe('1100.00');
    const days = phaseQuota(10, { start: '2026-01-01', end: '2026-01-03', granularity: 'day', scale: 0 });
    expect(days.map((d) => [d.period, d.amount])).toEqual([
      ['2026-01-01', '4'],
      ['2026-01-02', '3'],
      ['2026-01-03', '3'],
    ]);
  });

  test('negative and zero totals, scale, and Date inputs', () => {
    expect(
      phaseQuota(-300, { start: '2026-01-01', end: '2026-03-31', granularity: 'month', profile: 'equal' }).map((m) => m.amount),
    ).toEqual(['-100.00', '-100.00', '-100.00']);
    expect(phaseQuota(0, { ...YEAR, granularity: 'quarter' }).every((q) => q.amount === '0.00')).toBe(true);
    expect(phaseQuota('10', { ...YEAR, granularity: 'quarter', scale: 0, profile: 'equal' }).map((q) => q.amount)).toEqual([
      '3',
      '3',
      '2',
      '2',
    ]);
    const withDates = phaseQuota(90, { start: new Date(Date.UTC(2026, 0, 1)), end: new Date(Date.UTC(2026, 2, 31)), granularity: 'month' });
    expect(withDates).toEqual(phaseQuota(90, { start: '2026-01-01', end: '2026-03-31', granularity: 'month' }));
  });

  test('ZERO_WEIGHTS when no period weighs anything', () => {
    // A weekend phased by business days.
    expectSalesOpsError(
      () => phaseQuota(100, { start: '2026-01-03', end: '2026-01-04', granularity: 'day', profile: 'businessDays' }),
      'ZERO_WEIGHTS',
      ['options', 'profile'],
    );
    expectSalesOpsError(() => phaseQuota(100, { ...YEAR, granularity: 'month', profile: Array<number>(12).fill(0) }), 'ZERO_WEIGHTS');
    // Nothing to spread: zero weights are fine.
    expect(
      phaseQuota(0, { start: '2026-01-03', end: '2026-01-04', granularity: 'day', profile: 'businessDays' }).map((d) => d.amount),
    ).toEqual(['0.00', '0.00']);
  });
});

describe('phaseQuota: properties', () => {
  const granularity = fc.constantFrom('year', 'quarter', 'month', 'week', 'day') as fc.Arbitrary<PhaseQuotaOptions['granularity']>;
  const profile = fc.oneof(
    fc.constantFrom('equal', 'calendarDays', 'businessDays') as fc.Arbitrary<PhaseQuotaOptions['profile']>,
    fc.array(fc.integer({ min: 1, max: 100 }), { minLength: 12, maxLength: 12 }),
  );
  const range = fc.tuple(isoDate({ fromYear: 2020, toYear: 2030 }), fc.integer({ min: 0, max: 800 })).map(([start, length]) => {
    const end = new Date(Date.parse(start) + length * 86_400_000).toISOString().slice(0, 10);
    return { start, end };
  });
  const fiscal = fc.option(fc.record({ startMonth: fc.integer({ min: 1, max: 12 }) }), { nil: undefined });

  test('amounts add up exactly to the total, and cover the range without gaps', () => {
    fc.assert(
      fc.property(
        amountString({ minUnits: -1e10, maxUnits: 1e10 }),
        range,
        granularity,
        profile,
        fiscal,
        (amount, { start, end }, g, p, fy) => {
          const days = (Date.parse(end) - Date.parse(start)) / 86_400_000 + 1;
          if (g === 'day' && days > 400) return;
          const options: PhaseQuotaOptions = { start, end, granularity: g, profile: p, ...(fy === undefined ? {} : { fiscalYear: fy }) };
          let periods;
          try {
            periods = phaseQuota(amount, options);
          } catch (error) {
            // Only a range without a single business day may have nothing to phase by.
            expect(p).toBe('businessDays');
            expect((error as { code: string }).code).toBe('ZERO_WEIGHTS');
            return;
          }
          expect(total(periods.map((x) => x.amount))).toBe(new Dec(amount).toFixed(2));
          expect(periods[0]?.start).toBe(start);
          expect(periods[periods.length - 1]?.end).toBe(end);
          expect(periods.reduce((a, x) => a + x.days, 0)).toBe(days);
          const shares = periods.reduce((a, x) => a + x.share, 0);
          expect(shares).toBeCloseTo(1, 9);
        },
      ),
      { numRuns: 300 },
    );
  });

  test('each amount is the floor or the ceiling of its exact share, and a heavier period never gets less', () => {
    fc.assert(
      fc.property(
        amountString({ minUnits: 0, maxUnits: 1e9 }),
        range,
        fc.constantFrom('month', 'week') as fc.Arbitrary<'month' | 'week'>,
        profile,
        (amount, { start, end }, g, p) => {
          let periods;
          try {
            periods = phaseQuota(amount, { start, end, granularity: g, profile: p });
          } catch {
            return;
          }
          const cents = new Dec(amount).times(100);
          const sum = periods.reduce((a, x) => a + x.weight, 0);
          for (const x of periods) {
            const exact = cents.times(x.weight).dividedBy(sum);
            const got = new Dec(x.amount).times(100);
            expect(got.gte(exact.floor().minus(1e-6)) && got.lte(exact.ceil().plus(1e-6))).toBe(true);
          }
          for (const a of periods) {
            for (const b of periods) if (a.weight > b.weight) expect(new Dec(a.amount).gte(b.amount)).toBe(true);
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe('phaseQuotaNested', () => {
  function check(nodes: readonly PhasedNode[], amount: string): void {
    expect(total(nodes.map((n) => n.amount))).toBe(new Dec(amount).toFixed(2));
    for (const node of nodes) if (node.children !== undefined) check(node.children, node.amount);
  }

  test('year → quarters → months: every level adds up exactly to its parent', () => {
    const plan = phaseQuotaNested('1000000.01', {
      ...YEAR,
      levels: ['year', 'quarter', 'month'],
      profile: [3, 3, 4, 4, 4, 5, 5, 5, 6, 7, 8, 9],
    });
    expect(plan).toHaveLength(1);
    expect(plan[0]?.amount).toBe('1000000.01');
    expect(plan[0]?.children?.map((q) => q.period)).toEqual(['2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4']);
    expect(plan[0]?.children?.[3]?.children?.map((m) => m.period)).toEqual(['2026-10', '2026-11', '2026-12']);
    check(plan, '1000000.01');
    // Quarter weights are the sums of their months' weights.
    expect(plan[0]?.children?.map((q) => q.weight)).toEqual([10, 13, 16, 24]);
  });

  test('a flat phasing and a nested one agree to the unit at the finest level', () => {
    const flat = phaseQuota('99999.99', { ...YEAR, granularity: 'month' });
    const nested = phaseQuotaNested('99999.99', { ...YEAR, levels: ['quarter', 'month'] }).flatMap((q) => q.children ?? []);
    expect(nested.map((m) => m.period)).toEqual(flat.map((m) => m.period));
    nested.forEach((m, i) =>
      expect(
        new Dec(m.amount)
          .minus(flat[i]?.amount ?? 0)
          .abs()
          .lte('0.01'),
      ).toBe(true),
    );
  });

  test('weeks under months: a week that straddles two months appears under both', () => {
    const plan = phaseQuotaNested(3100, { start: '2026-01-01', end: '2026-02-28', levels: ['month', 'week'] });
    const january = plan[0]?.children ?? [];
    const february = plan[1]?.children ?? [];
    expect(january[january.length - 1]?.period).toBe('2026-W05');
    expect(february[0]?.period).toBe('2026-W05');
    // 2026-W05 runs from Monday 26 January to Sunday 1 February: 6 days in January, 1 in February.
    expect(january[january.length - 1]?.days).toBe(6);
    expect(february[0]?.days).toBe(1);
    check(plan, '3100');
  });

  test('per-period profiles are keyed by the finest level; equal splits siblings equally', () => {
    const profile = { '2026-01': 1, '2026-02': 1, '2026-03': 1, '2026-04': 3, '2026-05': 3, '2026-06': 3 };
    const plan = phaseQuotaNested(1200, { start: '2026-01-01', end: '2026-06-30', levels: ['quarter', 'month'], profile });
    expect(plan.map((q) => q.amount)).toEqual(['300.00', '900.00']);
    expect(plan[1]?.children?.map((m) => m.amount)).toEqual(['300.00', '300.00', '300.00']);
    const equal = phaseQuotaNested(100, { start: '2026-01-01', end: '2026-06-30', levels: ['quarter', 'month'], profile: 'equal' });
    expect(equal[0]?.children?.map((m) => m.amount)).toEqual(['16.67', '16.67', '16.66']);
  });

  test('levels must get finer', () => {
    expectSalesOpsError(() => phaseQuotaNested(1, { ...YEAR, levels: ['month', 'quarter'] }), 'INVALID_INPUT', ['options', 'levels', 1]);
    expectSalesOpsError(() => phaseQuotaNested(1, { ...YEAR, levels: ['month', 'month'] }), 'INVALID_INPUT', ['options', 'levels', 1]);
    expectSalesOpsError(() => phaseQuotaNested(1, { ...YEAR, levels: [] }), 'INVALID_INPUT', ['options', 'levels']);
  });

  test('property: conservation at every level, for any range, levels and profile', () => {
    const levels = fc.constantFrom<Array<PhaseQuotaOptions['granularity']>>(
      ['year', 'quarter', 'month'],
      ['quarter', 'month'],
      ['month', 'week'],
      ['quarter', 'month', 'week'],
      ['month', 'day'],
    );
    fc.assert(
      fc.property(
        amountString({ minUnits: -1e9, maxUnits: 1e9 }),
        isoDate({ fromYear: 2024, toYear: 2028 }),
        fc.integer({ min: 0, max: 500 }),
        levels,
        fc.constantFrom('equal', 'calendarDays') as fc.Arbitrary<'equal' | 'calendarDays'>,
        fc.integer({ min: 1, max: 12 }),
        (amount, start, length, lv, profile, startMonth) => {
          const end = new Date(Date.parse(start) + length * 86_400_000).toISOString().slice(0, 10);
          check(phaseQuotaNested(amount, { start, end, levels: lv, profile, fiscalYear: { startMonth } }), amount);
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe('phaseQuota: bad input', () => {
  const base = {
    total: '1000',
    options: {
      start: '2026-01-01',
      end: '2026-12-31',
      granularity: 'month',
      profile: [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1],
    } as PhaseQuotaOptions,
  };
  const call = (b: typeof base): unknown => phaseQuota(b.total, b.options);

  test('every field, with the path of the offending value', () => {
    expectRejectsAt(call, base, ['total'], { values: BAD_AMOUNTS });
    expectRejectsAt(call, base, ['options', 'start'], { values: BAD_DATES });
    expectRejectsAt(call, base, ['options', 'end'], { values: BAD_DATES });
    expectRejectsAt(call, base, ['options', 'granularity'], { values: ['fortnight', '', null, undefined, 1] });
    expectRejectsAt(call, base, ['options', 'profile', 3], { values: [-1, ...BAD_NUMBERS] });
    expectRejectsAt(call, base, ['options', 'profile'], { values: ['weekly', 5, null, true] });
    expectRejectsAt(call, base, ['options', 'prorateBy'], { values: ['hours', null, 1] });
    expectRejectsAt(call, { ...base, options: { ...base.options, weekend: [0, 6] } }, ['options', 'weekend', 1], {
      values: [7, -1, 1.5, '6', null],
    });
    expectRejectsAt(call, { ...base, options: { ...base.options, holidays: ['2026-12-25'] } }, ['options', 'holidays', 0], {
      values: BAD_DATES,
    });
    expectRejectsAt(
      call,
      { ...base, options: { ...base.options, fiscalYear: { startMonth: 7 } } },
      ['options', 'fiscalYear', 'startMonth'],
      { values: [0, 13, 1.5, '7', null] },
    );
    expectRejectsAt(call, base, ['options', 'scale'], { values: [-1, 21, 1.5, '2', null] });
    expectRejectsAt(call, base, ['options', 'colour'], { values: ['red'] });
  });

  test('the end must not come before the start', () => {
    expectSalesOpsError(() => phaseQuota(1, { start: '2026-02-01', end: '2026-01-31', granularity: 'month' }), 'INVALID_INPUT', [
      'options',
      'end',
    ]);
  });

  test('the schema accepts and refuses what the function does', () => {
    expect(PhaseQuotaOptionsSchema.safeParse(base.options).success).toBe(true);
    expect(PhaseQuotaOptionsSchema.safeParse({ ...base.options, profile: [1, -1] }).success).toBe(false);
    expect(PhaseQuotaOptionsSchema.safeParse({ ...base.options, extra: 1 }).success).toBe(false);
  });

  // phaseQuota checks its options by hand (no zod in a phaseQuota import); the exported schemas
  // are the reference: the same verdict, paths and messages, every problem at once.
  const range = { start: '2026-01-01', end: '2026-12-31' };
  const twelve = [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2];
  const sparse = [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1];
  delete sparse[3];
  const shared: unknown[] = [
    // accepted
    {
      ...range,
      profile: 'equal',
      prorateBy: 'businessDays',
      weekend: [5, 6],
      holidays: ['2026-12-25', new Date(Date.UTC(2026, 0, 1))],
      scale: 0,
    },
    { ...range, profile: twelve, fiscalYear: { startMonth: 1, naming: 'startYear' }, scale: 20 },
    { ...range, profile: { '01': 1, '02': 1, '03': 1, '04': 1, '05': 1, '06': 1, '07': 1, '08': 1, '09': 1, '10': 1, '11': 1, '12': 0 } },
    { ...range, weekend: [], holidays: [], fiscalYear: {} },
    // rejected
    undefined,
    null,
    'monthly',
    [],
    {},
    { ...range, start: undefined },
    { ...range, start: '2026-02-30', end: null },
    { ...range, profile: null },
    { ...range, profile: 'weekly' },
    { ...range, profile: 5 },
    { ...range, profile: new Map() },
    { ...range, profile: [1, -1, 'x', Number.NaN, null, Number.POSITIVE_INFINITY] },
    { ...range, profile: sparse },
    { ...range, profile: { '01': -1, '02': '1', '03': undefined } },
    { ...range, profile: JSON.parse('{"__proto__": -1}') as unknown },
    { ...range, prorateBy: 'hours' },
    { ...range, prorateBy: null },
    { ...range, weekend: null },
    { ...range, weekend: 6 },
    { ...range, weekend: [7, -1, 1.5, '6', null, undefined] },
    { ...range, holidays: '2026-12-25' },
    { ...range, holidays: [null, '2026-13-01', new Date(Number.NaN)] },
    { ...range, fiscalYear: null },
    { ...range, fiscalYear: 7 },
    { ...range, fiscalYear: { startMonth: 0, naming: 'x', y: 1 } },
    { ...range, fiscalYear: { startMonth: 1.5, a: 1, b: 2 } },
    { ...range, scale: -1 },
    { ...range, scale: 2.5 },
    { ...range, scale: '2' },
    { ...range, scale: null },
    { ...range, colour: 'red' },
    { ...range, colour: 'red', size: 1, scale: 21, profile: [-1] },
  ];

  test('phaseQuota and PhaseQuotaOptionsSchema: the same verdict, paths and messages', () => {
    const call = (options: unknown): unknown => phaseQuota(1000, options as PhaseQuotaOptions);
    const withGranularity = (o: unknown): unknown =>
      o !== null && typeof o === 'object' && !Array.isArray(o) ? { ...o, granularity: 'month' } : o;
    for (const options of shared) expectSameIssues(call, PhaseQuotaOptionsSchema, withGranularity(options), ['options']);
    for (const granularity of [undefined, null, 'fortnight', 'Month', 1, ['month']]) {
      expectSameIssues(call, PhaseQuotaOptionsSchema, { ...range, granularity }, ['options']);
    }
    for (const granularity of ['year', 'quarter', 'month', 'week', 'day'])
      expectSameIssues(call, PhaseQuotaOptionsSchema, { ...range, granularity }, ['options']);
    // A nested option is not a flat one.
    expectSameIssues(call, PhaseQuotaOptionsSchema, { ...range, granularity: 'month', levels: ['month'] }, ['options']);
  });

  test('phaseQuotaNested and PhaseQuotaNestedOptionsSchema: the same verdict, paths and messages', () => {
    const call = (options: unknown): unknown => phaseQuotaNested(1000, options as PhaseQuotaNestedOptions);
    const withLevels = (o: unknown): unknown =>
      o !== null && typeof o === 'object' && !Array.isArray(o) ? { ...o, levels: ['quarter', 'month'] } : o;
    for (const options of shared) expectSameIssues(call, PhaseQuotaNestedOptionsSchema, withLevels(options), ['options']);
    for (const levels of [undefined, null, 'month', [], ['fortnight'], ['month', null, 1], [undefined]]) {
      expectSameIssues(call, PhaseQuotaNestedOptionsSchema, { ...range, levels }, ['options']);
    }
    expectSameIssues(call, PhaseQuotaNestedOptionsSchema, { ...range, levels: ['year', 'week'] }, ['options']);
    expectSameIssues(call, PhaseQuotaNestedOptionsSchema, { ...range, levels: ['month'], granularity: 'month' }, ['options']);
  });
});

describe('phaseQuota: purity', () => {
  test('frozen inputs, JSON-safe and repeatable results', () => {
    expectPure(phaseQuota, '1000.50', {
      start: '2026-01-10',
      end: '2026-04-20',
      granularity: 'month',
      profile: { '01': 1, '02': 2, '03': 3, '04': 1 },
      holidays: ['2026-02-16'],
    });
    expectPure(phaseQuotaNested, 5000, {
      start: '2026-01-01',
      end: '2026-12-31',
      levels: ['quarter', 'month', 'week'],
      profile: 'businessDays',
      weekend: [0, 6],
    });
  });
});
