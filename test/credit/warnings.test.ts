import { describe, expect, test } from 'vitest';
import { type CreditSnapshot, CreditSnapshotSchema, creditWarnings, CreditWarningRulesSchema } from 'salesops-kit/credit';
import { BAD_DATES, expectPure, expectSalesOpsError } from '../helpers/bad-input.js';

const HISTORY: CreditSnapshot[] = [
  { date: '2025-12-31', grade: 'A', daysBeyondTerms: 2, utilisation: 0.5, paydex: 80 },
  { date: '2026-01-31', grade: 'A', daysBeyondTerms: 5, utilisation: 0.6, paydex: 75 },
  { date: '2026-02-28', grade: 'BBB', daysBeyondTerms: 9, utilisation: 0.8, paydex: 65 },
  { date: '2026-03-31', grade: 'BB', daysBeyondTerms: 14, utilisation: 0.95, overdueDays: 75, paydex: 45 },
];

describe('creditWarnings', () => {
  test('every signal, with severity, code, message and figures', () => {
    const warnings = creditWarnings(HISTORY);
    expect(warnings.map((w) => [w.code, w.severity])).toEqual([
      ['OVERDUE_BEYOND_DAYS', 'high'],
      ['DOWNGRADE', 'high'],
      ['HIGH_UTILISATION', 'medium'],
      ['WORSENING_PAYMENT', 'medium'],
      ['LOW_PAYDEX', 'medium'],
    ]);
    expect(warnings.every((w) => w.date === '2026-03-31')).toBe(true);
    expect(warnings.find((w) => w.code === 'DOWNGRADE')).toMatchObject({
      figures: { from: 'A', to: 'BB', notches: 2, fromDate: '2026-01-31' },
    });
    expect(warnings.find((w) => w.code === 'WORSENING_PAYMENT')).toMatchObject({
      figures: { periods: 3, from: 2, to: 14 },
      message: 'days beyond terms rose 3 periods in a row: 2 → 5 → 9 → 14',
    });
    expect(warnings.find((w) => w.code === 'HIGH_UTILISATION')?.message).toBe('utilisation 95 % is above 90 %');
  });

  test('thresholds: strictly above/below, and no signal at the boundary', () => {
    const last = (s: Partial<CreditSnapshot>): CreditSnapshot[] => [{ date: '2026-01-01', ...s }];
    expect(creditWarnings(last({ utilisation: 0.9, overdueDays: 60, paydex: 50 }))).toEqual([]);
    expect(
      creditWarnings([
        { date: '2026-01-01', grade: 'A' },
        { date: '2026-02-01', grade: 'BBB' },
      ]),
    ).toEqual([]);
    expect(
      creditWarnings([
        { date: '2026-01-01', grade: 'A' },
        { date: '2026-02-01', grade: 'BB' },
      ]).map((w) => w.code),
    ).toEqual(['DOWNGRADE']);
    // A rise that pauses is not three in a row.
    const flat = [2, 5, 5, 9].map((d, i) => ({ date: `2026-0${i + 1}-01`, daysBeyondTerms: d }));
    expect(creditWarnings(flat)).toEqual([]);
    expect(creditWarnings([])).toEqual([]);
  });

  test('only the latest snapshot raises level signals; snapshots are sorted by date', () => {
    const shuffled = [HISTORY[3], HISTORY[0], HISTORY[2], HISTORY[1]] as CreditSnapshot[];
    expect(creditWarnings(shuffled)).toEqual(creditWarnings(HISTORY));
    expect(creditWarnings([...HISTORY, { date: '2026-04-30', utilisation: 0.5 }]).map((w) => w.code)).toEqual([]);
  });

  test('rules and severities are overridable', () => {
    const warnings = creditWarnings(HISTORY, {
      utilisationAbove: 0.97,
      paydexBelow: 40,
      downgradeNotches: 4,
      worseningPeriods: 2,
      overdueDaysAbove: 90,
      severity: { WORSENING_PAYMENT: 'high' },
    });
    expect(warnings.map((w) => [w.code, w.severity])).toEqual([['WORSENING_PAYMENT', 'high']]);
    expect(
      creditWarnings(
        [
          { date: '2026-01-01', grade: 'gold' },
          { date: '2026-02-01', grade: 'bronze' },
        ],
        { grades: ['gold', 'silver', 'bronze'] },
      ).map((w) => w.code),
    ).toEqual(['DOWNGRADE']);
    expect(creditWarnings(HISTORY, { downgradeLookback: 1 }).find((w) => w.code === 'DOWNGRADE')).toBeUndefined();
    expect(
      creditWarnings(HISTORY, { downgradeLookback: 1, downgradeNotches: 1 }).find((w) => w.code === 'DOWNGRADE')?.figures,
    ).toMatchObject({ from: 'BBB', notches: 1 });
  });

  test('purity', () => {
    expectPure(creditWarnings, HISTORY, { severity: { LOW_PAYDEX: 'low' } });
  });

  test('bad input (and the schemas agree)', () => {
    for (const bad of BAD_DATES) {
      expectSalesOpsError(() => creditWarnings([{ date: bad } as never]), 'INVALID_INPUT', ['history', 0, 'date']);
      expect(CreditSnapshotSchema.safeParse({ date: bad }).success).toBe(false);
    }
    for (const [field, bad] of [
      ['utilisation', -0.1],
      ['overdueDays', 1.5],
      ['paydex', 101],
      ['daysBeyondTerms', Number.NaN],
      ['grade', ''],
    ] as const) {
      expectSalesOpsError(() => creditWarnings([{ date: '2026-01-01', [field]: bad }]), 'INVALID_INPUT', ['history', 0, field]);
      expect(CreditSnapshotSchema.safeParse({ date: '2026-01-01', [field]: bad }).success).toBe(false);
    }
    expectSalesOpsError(() => creditWarnings([{ date: '2026-01-01', grade: 'Z' }]), 'INVALID_INPUT', ['history', 0, 'grade']);
    expectSalesOpsError(() => creditWarnings('x' as never), 'INVALID_INPUT', ['history']);
    expectSalesOpsError(() => creditWarnings(HISTORY, { utilisation: 0.8 } as never), 'INVALID_INPUT', ['rules', 'utilisation']);
    expectSalesOpsError(() => creditWarnings(HISTORY, { severity: { LOW_PAYDEX: 'urgent' } } as never), 'INVALID_INPUT', [
      'rules',
      'severity',
      'LOW_PAYDEX',
    ]);
    expectSalesOpsError(() => creditWarnings(HISTORY, { grades: ['A', 'A'] }), 'INVALID_INPUT', ['rules', 'grades', 1]);
    expect(CreditWarningRulesSchema.safeParse({ worseningPeriods: 0 }).success).toBe(false);
  });

  test('DUPLICATE_ID when two snapshots share a date', () => {
    expectSalesOpsError(() => creditWarnings([{ date: '2026-01-01' }, { date: new Date(Date.UTC(2026, 0, 1)) }]), 'DUPLICATE_ID', [
      'history',
      1,
      'date',
    ]);
  });
});
