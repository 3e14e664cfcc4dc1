import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { phaseQuota, trackAttainment, TrackAttainmentInputSchema, type TrackAttainmentInput } from 'salesops-kit/quota';
import { Dec } from '../../src/core/decimal.js';
import { BAD_AMOUNTS, BAD_DATES, BAD_NUMBERS, expectPure, expectRejectsAt, expectSalesOpsError } from '../helpers/bad-input.js';
import { expectSameIssues } from '../helpers/schema-agreement.js';

const MID_YEAR: TrackAttainmentInput = { target: 1000000, actual: 430000, start: '2026-01-01', end: '2026-12-31', asOf: '2026-06-30' };

describe('trackAttainment: by calendar days', () => {
  test('mid-year, behind pace', () => {
    expect(trackAttainment(MID_YEAR)).toEqual({
      attainment: 0.43,
      expectedToDate: '495890.41', // 1,000,000 × 181/365
      actualToDate: '430000.00',
      pace: 430000 / (1000000 * (181 / 365)),
      gap: '-65890.41',
      requiredRunRate: '3097.83', // 570,000 / 184 days
      runRateUnit: 'calendarDay',
      forecast: '867127.07', // 430,000 × 365/181
      status: 'atRisk',
      expectedShare: 181 / 365,
      elapsedDays: 181,
      remainingDays: 184,
      basis: 'calendarDays',
      thresholds: { ahead: 1.05, onTrack: 0.95, atRisk: 0.85 },
    });
  });

  test('the statuses and their thresholds, which can be overridden', () => {
    const at = (actual: number, thresholds?: TrackAttainmentInput['thresholds']): string =>
      trackAttainment({
        target: 365,
        actual,
        start: '2026-01-01',
        end: '2026-12-31',
        asOf: '2026-04-10',
        ...(thresholds ? { thresholds } : {}),
      }).status;
    // 100 days elapsed: 100 expected.
    expect([at(105), at(104.9), at(95), at(94.9), at(85), at(84.9)]).toEqual(['ahead', 'onTrack', 'onTrack', 'atRisk', 'atRisk', 'behind']);
    expect(at(101, { ahead: 1.01 })).toBe('ahead');
    expect(at(80, { onTrack: 0.9, atRisk: 0.8 })).toBe('atRisk');
  });

  test('before the start nothing is expected; after the end everything is', () => {
    const before = trackAttainment({ ...MID_YEAR, asOf: '2025-12-15', actual: 0 });
    expect([before.expectedToDate, before.pace, before.forecast, before.status, before.elapsedDays, before.remainingDays]).toEqual([
      '0.00',
      null,
      null,
      'onTrack',
      0,
      365,
    ]);
    expect(trackAttainment({ ...MID_YEAR, asOf: '2025-12-15', actual: 5000 }).status).toBe('ahead');
    const after = trackAttainment({ ...MID_YEAR, asOf: '2027-02-01', actual: 1100000 });
    expect([after.expectedToDate, after.requiredRunRate, after.forecast, after.status, after.attainment]).toEqual([
      '1000000.00',
      null,
      '1100000.00',
      'ahead',
      1.1,
    ]);
  });

  test('the required run rate is zero once the target is reached', () => {
    expect(trackAttainment({ ...MID_YEAR, actual: 1200000 }).requiredRunRate).toBe('0.00');
  });

  test('asOf counts as elapsed: on the first day one day is expected', () => {
    const first = trackAttainment({ target: 3100, actual: 0, start: '2026-01-01', end: '2026-01-31', asOf: '2026-01-01' });
    expect(first.expectedToDate).toBe('100.00');
    expect(first.status).toBe('behind');
  });
});

describe('trackAttainment: by business days and by plan', () => {
  test('business days: weekends and holidays do not accrue', () => {
    // January 2026: 22 weekdays, minus New Year's Day = 21. Through Friday 9 January: 6 of them.
    const report = trackAttainment({
      target: 2100,
      actual: 500,
      start: '2026-01-01',
      end: '2026-01-31',
      asOf: '2026-01-10',
      basis: 'businessDays',
      holidays: ['2026-01-01'],
    });
    expect([report.elapsedDays, report.remainingDays, report.expectedToDate, report.runRateUnit]).toEqual([6, 15, '600.00', 'businessDay']);
    expect(report.requiredRunRate).toBe('106.67'); // 1,600 / 15
  });

  test('by a phased plan: a seasonal plan expects less in a slow quarter', () => {
    const plan = phaseQuota(1000000, {
      start: '2026-01-01',
      end: '2026-12-31',
      granularity: 'quarter',
      profile: [1, 1, 1, 2, 2, 2, 3, 3, 3, 4, 4, 4],
    });
    const report = trackAttainment({ ...MID_YEAR, plan });
    expect(report.basis).toBe('plan');
    // Q1 and Q2 make 3/10 of the plan.
    expect(report.expectedToDate).toBe('300000.00');
    expect(report.status).toBe('ahead');
    // Halfway through Q2 (1 April + 45 days of 91): Q1 + 46/91 of Q2.
    const mid = trackAttainment({ ...MID_YEAR, asOf: '2026-05-16', plan });
    expect(Number(mid.expectedToDate)).toBeCloseTo(100000 + (200000 * 46) / 91, 2);
  });

  test("basis 'plan' without a plan, and a plan of zeros, are refused", () => {
    expectSalesOpsError(() => trackAttainment({ ...MID_YEAR, basis: 'plan' }), 'INVALID_INPUT', ['input', 'plan']);
    expectSalesOpsError(
      () => trackAttainment({ ...MID_YEAR, plan: [{ start: '2026-01-01', end: '2026-12-31', amount: 0 }] }),
      'ZERO_WEIGHTS',
      ['input', 'plan'],
    );
    expectSalesOpsError(
      () => trackAttainment({ ...MID_YEAR, plan: [{ start: '2026-02-01', end: '2026-01-01', amount: 1 }] }),
      'INVALID_INPUT',
      ['input', 'plan', 0, 'end'],
    );
  });

  test('ZERO_WEIGHTS for a period without business days', () => {
    expectSalesOpsError(
      () => trackAttainment({ target: 1, actual: 0, start: '2026-01-03', end: '2026-01-04', asOf: '2026-01-03', basis: 'businessDays' }),
      'ZERO_WEIGHTS',
    );
  });
});

describe('trackAttainment: properties', () => {
  test('expected to date never decreases as asOf moves on; a larger actual never lowers the status', () => {
    const order = ['behind', 'atRisk', 'onTrack', 'ahead'];
    fc.assert(
      fc.property(
        fc.integer({ min: -10, max: 400 }),
        fc.integer({ min: 0, max: 50 }),
        fc.integer({ min: 0, max: 2_000_000 }),
        fc.integer({ min: 0, max: 500_000 }),
        (day, later, actual, more) => {
          const asOf = new Date(Date.UTC(2026, 0, 1 + day)).toISOString().slice(0, 10);
          const next = new Date(Date.UTC(2026, 0, 1 + day + later)).toISOString().slice(0, 10);
          const a = trackAttainment({ ...MID_YEAR, actual, asOf });
          const b = trackAttainment({ ...MID_YEAR, actual, asOf: next });
          expect(Number(b.expectedToDate)).toBeGreaterThanOrEqual(Number(a.expectedToDate));
          const c = trackAttainment({ ...MID_YEAR, actual: actual + more, asOf });
          expect(order.indexOf(c.status)).toBeGreaterThanOrEqual(order.indexOf(a.status));
          expect(a.elapsedDays + a.remainingDays).toBe(365);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('trackAttainment: bad input', () => {
  const base = { input: { ...MID_YEAR, thresholds: { ahead: 1.1, onTrack: 0.9, atRisk: 0.8 } } as Record<string, unknown> };
  const call = (b: typeof base): unknown => trackAttainment(b.input as unknown as TrackAttainmentInput);

  test('every field, with its path', () => {
    expectRejectsAt(call, base, ['input', 'target'], { values: [...BAD_AMOUNTS, 0, '-1'] });
    expectRejectsAt(call, base, ['input', 'actual'], { values: BAD_AMOUNTS });
    expectRejectsAt(call, base, ['input', 'start'], { values: BAD_DATES });
    expectRejectsAt(call, base, ['input', 'end'], { values: BAD_DATES });
    expectRejectsAt(call, base, ['input', 'asOf'], { values: BAD_DATES });
    expectRejectsAt(call, base, ['input', 'basis'], { values: ['hours', null, 1] });
    expectRejectsAt(call, base, ['input', 'thresholds', 'ahead'], { values: [-0.1, ...BAD_NUMBERS.filter((v) => v !== undefined)] });
    expectRejectsAt(call, base, ['input', 'thresholds', 'onTrack'], { values: [1.2, -1] });
    expectRejectsAt(call, base, ['input', 'thresholds', 'atRisk'], { values: [0.95, Number.NaN] });
    expectRejectsAt(call, base, ['input', 'thresholds', 'late'], { values: [0.5] });
    expectRejectsAt(call, base, ['input', 'scale'], { values: [-1, 21, 0.5] });
    expectRejectsAt(
      call,
      { input: { ...MID_YEAR, plan: [{ start: '2026-01-01', end: '2026-12-31', amount: 5 }] } },
      ['input', 'plan', 0, 'amount'],
      {
        values: [...BAD_AMOUNTS, '-5'],
      },
    );
    expectRejectsAt(call, { input: { ...MID_YEAR, weekend: [0, 6] } }, ['input', 'weekend', 0], { values: [7, -1, 'Sunday'] });
    expectRejectsAt(call, { input: { ...MID_YEAR, holidays: ['2026-01-01'] } }, ['input', 'holidays', 0], { values: BAD_DATES });
  });

  test('the end must not come before the start', () => {
    expectSalesOpsError(() => trackAttainment({ ...MID_YEAR, end: '2025-12-31' }), 'INVALID_INPUT', ['input', 'end']);
  });

  test('the schema accepts and refuses what the function does', () => {
    expect(TrackAttainmentInputSchema.safeParse(MID_YEAR).success).toBe(true);
    expect(TrackAttainmentInputSchema.safeParse({ ...MID_YEAR, asOf: 'today' }).success).toBe(false);
  });

  test("trackAttainment checks by hand with TrackAttainmentInputSchema's verdict, paths and messages", () => {
    const call = (input: unknown): unknown => trackAttainment(input as TrackAttainmentInput);
    const plan = [
      { start: '2026-01-01', end: '2026-06-30', amount: '400.50', note: 'H1' },
      { start: new Date(Date.UTC(2026, 6, 1)), end: '2026-12-31', amount: 0 },
    ];
    const candidates: unknown[] = [
      // accepted
      MID_YEAR,
      {
        ...MID_YEAR,
        target: '0.01',
        actual: '-5',
        basis: 'businessDays',
        weekend: [5, 6],
        holidays: ['2026-01-01'],
        thresholds: { ahead: 2, onTrack: 1, atRisk: 0 },
        scale: 0,
      },
      { ...MID_YEAR, target: new Dec('1e-30'), actual: new Dec(3), plan, basis: 'plan' },
      { ...MID_YEAR, thresholds: {}, weekend: [], holidays: [] },
      // rejected
      undefined,
      null,
      [],
      'mid-year',
      {},
      { ...MID_YEAR, target: 0 },
      { ...MID_YEAR, target: '-0.00' },
      { ...MID_YEAR, target: new Dec(-1) },
      { ...MID_YEAR, target: '1e999', actual: 'lots' },
      { ...MID_YEAR, actual: undefined, start: undefined, end: '2026-02-30', asOf: 20260630 },
      { ...MID_YEAR, basis: 'hours' },
      { ...MID_YEAR, basis: null },
      { ...MID_YEAR, plan: null },
      {
        ...MID_YEAR,
        plan: [null, { start: 'x', amount: -1 }, { start: '2026-01-01', end: '2026-01-31', amount: new Dec(-0.5) }, undefined],
      },
      { ...MID_YEAR, weekend: [7, 1.5, '6', null] },
      { ...MID_YEAR, weekend: 'weekends', holidays: 'none' },
      { ...MID_YEAR, holidays: [null, '2026-13-01'] },
      { ...MID_YEAR, thresholds: null },
      { ...MID_YEAR, thresholds: { ahead: -1, onTrack: Number.NaN, atRisk: '0.8', late: 1 } },
      { ...MID_YEAR, thresholds: { soon: 1, late: 1 } },
      { ...MID_YEAR, scale: 21 },
      { ...MID_YEAR, scale: 1.5 },
      { ...MID_YEAR, asof: '2026-06-30' },
      { ...MID_YEAR, asof: '2026-06-30', Target: 1, scale: -1 },
    ];
    for (const candidate of candidates) expectSameIssues(call, TrackAttainmentInputSchema, candidate, ['input']);
  });

  test('purity', () => {
    expectPure(trackAttainment, MID_YEAR);
    expectPure(trackAttainment, {
      ...MID_YEAR,
      basis: 'businessDays',
      holidays: ['2026-01-01'],
      weekend: [0, 6],
      thresholds: { ahead: 1.2 },
    } as TrackAttainmentInput);
  });
});
