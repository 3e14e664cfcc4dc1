/**
 * Early-warning signals from a customer's credit snapshots over time.
 *
 * Level signals read the **latest** snapshot only (a signal is about now): utilisation above 90 % (`HIGH_UTILISATION`), the oldest
 * overdue item beyond 60 days (`OVERDUE_BEYOND_DAYS`), PAYDEX below 50 (`LOW_PAYDEX`). Trend
 * signals read the history up to it: a downgrade of two notches or more against any of the
 * previous four graded snapshots (`DOWNGRADE`), and days beyond terms worsening three periods in
 * a row, i.e. rising across the last four snapshots that have the figure (`WORSENING_PAYMENT`).
 */
import * as z from 'zod/mini';
import { type DateInput, DateInputSchema, fail, formatDay, integerSchema, invalid, parseInput, toDay } from '../core/index.js';
import { gradeIndex, readGradeScale, show } from './internal.js';

/** One snapshot of a customer's credit; every figure is optional. */
export interface CreditSnapshot {
  /** The date of the snapshot (distinct within the history). */
  date: DateInput;
  /** Exposure divided by the credit limit. */
  utilisation?: number | undefined;
  /** Days past due of the oldest overdue item. */
  overdueDays?: number | undefined;
  /** The customer's grade. */
  grade?: string | undefined;
  /** Average days beyond terms in the period. */
  daysBeyondTerms?: number | undefined;
  /** The PAYDEX. */
  paydex?: number | undefined;
}

/** The thresholds of {@link creditWarnings}; each has a default. */
export interface CreditWarningRules {
  /** Warn when utilisation is above this; default 0.9. */
  utilisationAbove?: number | undefined;
  /** Warn when the oldest overdue item is more days past due than this; default 60. */
  overdueDaysAbove?: number | undefined;
  /** Warn on a downgrade of at least this many notches; default 2. */
  downgradeNotches?: number | undefined;
  /** How many earlier graded snapshots a downgrade is measured against; default 4. */
  downgradeLookback?: number | undefined;
  /** Warn when days beyond terms rose this many periods in a row; default 3. */
  worseningPeriods?: number | undefined;
  /** Warn when the PAYDEX is below this; default 50. */
  paydexBelow?: number | undefined;
  /** The grade scale, best first; default AAA … C. */
  grades?: string[] | undefined;
  /** Severity per code, to override the defaults. */
  severity?: Partial<Record<WarningCode, 'high' | 'medium' | 'low'>> | undefined;
}

/** The codes of {@link creditWarnings}. */
export type WarningCode = 'HIGH_UTILISATION' | 'OVERDUE_BEYOND_DAYS' | 'DOWNGRADE' | 'WORSENING_PAYMENT' | 'LOW_PAYDEX';

/** One early-warning signal. */
export interface CreditWarning {
  /** What was found. */
  code: WarningCode;
  /** How urgent: `'high'`, `'medium'` or `'low'`. */
  severity: 'high' | 'medium' | 'low';
  /** A sentence with the figures. */
  message: string;
  /** The date of the snapshot that raised it. */
  date: string;
  /** The figures behind it. */
  figures: Record<string, number | string>;
}

const SEVERITY: Record<WarningCode, 'high' | 'medium' | 'low'> = {
  OVERDUE_BEYOND_DAYS: 'high',
  DOWNGRADE: 'high',
  HIGH_UTILISATION: 'medium',
  WORSENING_PAYMENT: 'medium',
  LOW_PAYDEX: 'medium',
};
const RANK = { high: 0, medium: 1, low: 2 };

const level = /* @__PURE__ */ (() => z.enum(['high', 'medium', 'low']))();

/**
 * The schema of one {@link CreditSnapshot}.
 *
 * @example
 * ```ts
 * import { CreditSnapshotSchema } from 'salesops-kit/credit';
 *
 * CreditSnapshotSchema.safeParse({ date: '2026-03-31', utilisation: 0.95, grade: 'BB' }).success //=> true
 * CreditSnapshotSchema.safeParse({ date: '2026-03-31', utilisation: -1 }).success //=> false
 * ```
 */
export const CreditSnapshotSchema: z.ZodMiniType<CreditSnapshot> = /* @__PURE__ */ (() =>
  z.looseObject({
    date: DateInputSchema,
    utilisation: z.optional(z.number().check(z.gte(0, 'must not be negative'))),
    overdueDays: z.optional(integerSchema(0)),
    grade: z.optional(z.string().check(z.minLength(1, 'must not be empty'))),
    daysBeyondTerms: z.optional(z.number()),
    paydex: z.optional(z.number().check(z.gte(0, 'must be at least 0'), z.lte(100, 'must be at most 100'))),
  }))() as never;

/**
 * The schema of {@link CreditWarningRules}.
 *
 * @example
 * ```ts
 * import { CreditWarningRulesSchema } from 'salesops-kit/credit';
 *
 * CreditWarningRulesSchema.safeParse({ utilisationAbove: 0.8 }).success //=> true
 * CreditWarningRulesSchema.safeParse({ utilisationAbov: 0.8 }).success //=> false
 * ```
 */
export const CreditWarningRulesSchema: z.ZodMiniType<CreditWarningRules> = /* @__PURE__ */ (() =>
  z.strictObject({
    utilisationAbove: z.optional(z.number()),
    overdueDaysAbove: z.optional(z.number()),
    downgradeNotches: z.optional(integerSchema(1)),
    downgradeLookback: z.optional(integerSchema(1)),
    worseningPeriods: z.optional(integerSchema(1)),
    paydexBelow: z.optional(z.number()),
    grades: z.optional(z.array(z.string())),
    severity: z.optional(
      z.partialRecord(z.enum(['HIGH_UTILISATION', 'OVERDUE_BEYOND_DAYS', 'DOWNGRADE', 'WORSENING_PAYMENT', 'LOW_PAYDEX']), level),
    ),
  }))() as never;

/**
 * Early-warning signals from one customer's credit snapshots: utilisation above 90 %, the oldest
 * overdue item beyond 60 days, a downgrade of two notches or more, days beyond terms worsening
 * three periods in a row, PAYDEX below 50 — each with a severity, a code, a message and the
 * figures behind it. Thresholds and severities are overridable.
 *
 * @param history - the customer's snapshots, in any order (sorted by date inside)
 * @param rules - thresholds (see {@link CreditWarningRules})
 * @returns the warnings, most severe first (then in the order of the codes above)
 * @throws {@link SalesOpsError} INVALID_INPUT when a snapshot or a rule is invalid, or a grade is not on the scale
 * @throws {@link SalesOpsError} DUPLICATE_ID when two snapshots share a date
 *
 * @example
 * ```ts
 * import { creditWarnings } from 'salesops-kit/credit';
 *
 * const warnings = creditWarnings([
 *   { date: '2025-12-31', grade: 'BBB', daysBeyondTerms: 4, utilisation: 0.7 },
 *   { date: '2026-01-31', grade: 'BBB', daysBeyondTerms: 6, utilisation: 0.8 },
 *   { date: '2026-02-28', grade: 'BB', daysBeyondTerms: 9, utilisation: 0.88 },
 *   { date: '2026-03-31', grade: 'B', daysBeyondTerms: 15, utilisation: 0.94, paydex: 70 },
 * ]);
 * warnings.map((w) => [w.code, w.severity]) //=> [['DOWNGRADE', 'high'], ['HIGH_UTILISATION', 'medium'], ['WORSENING_PAYMENT', 'medium']]
 * ```
 */
export function creditWarnings(history: CreditSnapshot[], rules: CreditWarningRules = {}): CreditWarning[] {
  const r = parseInput(CreditWarningRulesSchema, rules, ['rules']);
  if (!Array.isArray(history)) invalid(['history'], 'must be an array of snapshots', history);
  const scale = readGradeScale(r.grades, ['rules', 'grades']);
  const byDay = new Map<number, number>();
  const rows = history.map((snapshot, i) => {
    parseInput(CreditSnapshotSchema, snapshot, ['history', i]);
    const day = toDay(snapshot.date, ['history', i, 'date']);
    if (byDay.has(day))
      fail('DUPLICATE_ID', ['history', i, 'date'], `is also the date of history[${byDay.get(day) as number}]`, snapshot.date);
    byDay.set(day, i);
    const notch = snapshot.grade === undefined ? undefined : gradeIndex(snapshot.grade, scale, ['history', i, 'grade']);
    return { day, notch, s: snapshot };
  });
  rows.sort((a, b) => a.day - b.day);
  const latest = rows[rows.length - 1];
  if (latest === undefined) return [];
  const date = formatDay(latest.day);
  const out: CreditWarning[] = [];
  const warn = (code: WarningCode, message: string, figures: Record<string, number | string>): void => {
    // Figures echo the caller's numbers: `+ 0` so that a -0 given comes back as 0 (JSON-safe).
    for (const key of Object.keys(figures)) if (typeof figures[key] === 'number') figures[key] = (figures[key] as number) + 0;
    out.push({ code, severity: r.severity?.[code] ?? SEVERITY[code], message, date, figures });
  };
  const s = latest.s;
  const utilisationAbove = r.utilisationAbove ?? 0.9;
  if (s.utilisation !== undefined && s.utilisation > utilisationAbove) {
    warn('HIGH_UTILISATION', `utilisation ${show(s.utilisation * 100)} % is above ${show(utilisationAbove * 100)} %`, {
      utilisation: s.utilisation,
      threshold: utilisationAbove,
    });
  }
  const overdueAbove = r.overdueDaysAbove ?? 60;
  if (s.overdueDays !== undefined && s.overdueDays > overdueAbove) {
    warn('OVERDUE_BEYOND_DAYS', `the oldest overdue item is ${s.overdueDays} days past due (above ${overdueAbove})`, {
      overdueDays: s.overdueDays,
      threshold: overdueAbove,
    });
  }
  if (latest.notch !== undefined) {
    const graded = rows.filter((row) => row.notch !== undefined && row !== latest).slice(-(r.downgradeLookback ?? 4));
    let best: (typeof rows)[number] | undefined;
    for (const row of graded) if (best === undefined || (row.notch as number) <= (best.notch as number)) best = row;
    const notches = best === undefined ? 0 : latest.notch - (best.notch as number);
    if (best !== undefined && notches >= (r.downgradeNotches ?? 2)) {
      warn('DOWNGRADE', `downgraded ${notches} notches, from ${best.s.grade as string} on ${formatDay(best.day)} to ${s.grade as string}`, {
        from: best.s.grade as string,
        to: s.grade as string,
        notches,
        fromDate: formatDay(best.day),
      });
    }
  }
  const periods = r.worseningPeriods ?? 3;
  const series = rows.filter((row) => row.s.daysBeyondTerms !== undefined);
  const last = series.slice(-(periods + 1));
  if (
    series[series.length - 1] === latest &&
    last.length === periods + 1 &&
    last.every((row, k) => k === 0 || (row.s.daysBeyondTerms as number) > (last[k - 1]?.s.daysBeyondTerms as number))
  ) {
    const values = last.map((row) => row.s.daysBeyondTerms as number);
    warn('WORSENING_PAYMENT', `days beyond terms rose ${periods} periods in a row: ${values.map(show).join(' → ')}`, {
      periods,
      from: values[0] as number,
      to: values[periods] as number,
    });
  }
  const paydexBelow = r.paydexBelow ?? 50;
  if (s.paydex !== undefined && s.paydex < paydexBelow) {
    warn('LOW_PAYDEX', `PAYDEX ${show(s.paydex)} is below ${show(paydexBelow)}`, { paydex: s.paydex, threshold: paydexBelow });
  }
  return out.sort((a, b) => RANK[a.severity] - RANK[b.severity]);
}
