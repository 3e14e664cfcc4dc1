/**
 * Grade migration: how customers' grades moved between two dates, as counts and as a
 * row-normalised transition matrix (each row, the grades held at `from`, shows where those
 * customers were at `to`) — the form rating agencies publish their migration studies in.
 *
 * A customer's grade at a date is its latest grade dated on or before that date. Customers with
 * a grade at both dates are counted; those first graded after `from` are counted in `newlyRated`.
 */
import * as z from 'zod/mini';
import { type DateInput, DateInputSchema, fail, formatDay, invalid, isObject, parseInput, readId, toDay } from '../core/index.js';
import { gradeIndex, readGradeScale } from './internal.js';

/** A customer's grade from a date on. */
export interface GradeRecord {
  /** The customer. */
  customerId: string;
  /** The date the grade was given. */
  date: DateInput;
  /** The grade. */
  grade: string;
}

/** Options of {@link gradeTransitionMatrix}. */
export interface GradeTransitionOptions {
  /** The start date; default the earliest date in the history. */
  from?: DateInput | undefined;
  /** The end date (after `from`); default the latest date in the history. */
  to?: DateInput | undefined;
  /** The grade scale, best first; default AAA, AA, A, BBB, BB, B, CCC, CC, C. */
  grades?: string[] | undefined;
}

/** The result of {@link gradeTransitionMatrix}. */
export interface GradeTransitionMatrix {
  /** The start date. */
  from: string;
  /** The end date. */
  to: string;
  /** The grades, best first: the rows and the columns. */
  grades: string[];
  /** `counts[i][j]`: customers in grade `i` at `from` and grade `j` at `to`. */
  counts: number[][];
  /** `counts` divided by the row totals (a row with no customer is all zeros). */
  rates: number[][];
  /** Customers per grade at `from`. */
  rowTotals: number[];
  /** Customers graded at both dates. */
  customers: number;
  /** Customers whose grade improved. */
  upgraded: number;
  /** Customers whose grade worsened. */
  downgraded: number;
  /** Customers whose grade did not change. */
  unchanged: number;
  /** Customers graded by `to` but not yet at `from`. */
  newlyRated: number;
}

/**
 * The schema of {@link GradeTransitionOptions}.
 *
 * @example
 * ```ts
 * import { GradeTransitionOptionsSchema } from 'salesops-kit/credit';
 *
 * GradeTransitionOptionsSchema.safeParse({ from: '2025-01-01', to: '2026-01-01' }).success //=> true
 * GradeTransitionOptionsSchema.safeParse({ from: '2025-13-01' }).success //=> false
 * ```
 */
export const GradeTransitionOptionsSchema: z.ZodMiniType<GradeTransitionOptions> = /* @__PURE__ */ (() =>
  z.strictObject({
    from: z.optional(DateInputSchema),
    to: z.optional(DateInputSchema),
    grades: z.optional(z.array(z.string())),
  }))() as never;

/**
 * Grade migration between two dates: counts and row-normalised rates of customers moving from
 * each grade to each grade, with upgrades, downgrades and newly rated customers.
 *
 * @param history - grade records `{ customerId, date, grade }`, in any order
 * @param options - `{ from?, to?, grades? }`
 * @returns `{ from, to, grades, counts, rates, rowTotals, customers, upgraded, downgraded, unchanged, newlyRated }`
 * @throws {@link SalesOpsError} INVALID_INPUT when a record is invalid, a grade is not on the scale,
 *   the history is empty, or `to` is not after `from`
 * @throws {@link SalesOpsError} DUPLICATE_ID when a customer has two records on one date
 *
 * @example
 * ```ts
 * import { gradeTransitionMatrix } from 'salesops-kit/credit';
 *
 * const m = gradeTransitionMatrix(
 *   [
 *     { customerId: 'a', date: '2025-01-01', grade: 'A' },
 *     { customerId: 'b', date: '2025-01-01', grade: 'A' },
 *     { customerId: 'c', date: '2025-01-01', grade: 'B' },
 *     { customerId: 'a', date: '2025-07-01', grade: 'BBB' },
 *     { customerId: 'c', date: '2025-09-01', grade: 'BB' },
 *   ],
 *   { from: '2025-01-01', to: '2026-01-01', grades: ['A', 'BBB', 'BB', 'B'] },
 * );
 * m.counts //=> [[1, 1, 0, 0], [0, 0, 0, 0], [0, 0, 0, 0], [0, 0, 1, 0]]
 * m.rates[0] //=> [0.5, 0.5, 0, 0]
 * const moves = { up: m.upgraded, down: m.downgraded, same: m.unchanged, newlyRated: m.newlyRated };
 * moves //=> { up: 1, down: 1, same: 1, newlyRated: 0 }
 * ```
 */
export function gradeTransitionMatrix(history: GradeRecord[], options: GradeTransitionOptions = {}): GradeTransitionMatrix {
  const o = parseInput(GradeTransitionOptionsSchema, options, ['options']);
  const scale = readGradeScale(o.grades, ['options', 'grades']);
  if (!Array.isArray(history) || history.length === 0) invalid(['history'], 'must be a non-empty array of grade records', history);
  const records = history.map((record, i) => {
    if (!isObject(record)) invalid(['history', i], 'must be a grade record', record);
    return {
      customer: readId(record.customerId, ['history', i, 'customerId']),
      day: toDay(record.date, ['history', i, 'date']),
      notch: gradeIndex(record.grade, scale, ['history', i, 'grade']),
      i,
    };
  });
  const days = records.map((r) => r.day);
  const from = o.from === undefined ? Math.min(...days) : toDay(o.from, ['options', 'from']);
  const to = o.to === undefined ? Math.max(...days) : toDay(o.to, ['options', 'to']);
  if (!(to > from)) invalid(['options', 'to'], `must be after from (${formatDay(from)})`, o.to ?? formatDay(to));
  // Per customer: the latest record on or before each date.
  const at = new Map<string, { from?: (typeof records)[number]; to?: (typeof records)[number]; seen: Map<number, number> }>();
  for (const r of records) {
    let c = at.get(r.customer);
    if (c === undefined) at.set(r.customer, (c = { seen: new Map() }));
    const twin = c.seen.get(r.day);
    if (twin !== undefined)
      fail(
        'DUPLICATE_ID',
        ['history', r.i, 'date'],
        `is also the date of history[${twin}] for customer ${JSON.stringify(r.customer)}`,
        history[r.i]?.date,
      );
    c.seen.set(r.day, r.i);
    if (r.day <= from && (c.from === undefined || r.day > c.from.day)) c.from = r;
    if (r.day <= to && (c.to === undefined || r.day > c.to.day)) c.to = r;
  }
  const k = scale.length;
  const counts = Array.from({ length: k }, () => new Array<number>(k).fill(0));
  let upgraded = 0;
  let downgraded = 0;
  let unchanged = 0;
  let newlyRated = 0;
  for (const c of at.values()) {
    if (c.to === undefined) continue;
    if (c.from === undefined) {
      newlyRated += 1;
      continue;
    }
    const row = counts[c.from.notch] as number[];
    row[c.to.notch] = (row[c.to.notch] as number) + 1;
    if (c.to.notch < c.from.notch) upgraded += 1;
    else if (c.to.notch > c.from.notch) downgraded += 1;
    else unchanged += 1;
  }
  const rowTotals = counts.map((row) => row.reduce((a, b) => a + b, 0));
  return {
    from: formatDay(from),
    to: formatDay(to),
    grades: [...scale],
    counts,
    rates: counts.map((row, i) => row.map((n) => (rowTotals[i] === 0 ? 0 : n / (rowTotals[i] as number)))),
    rowTotals,
    customers: upgraded + downgraded + unchanged,
    upgraded,
    downgraded,
    unchanged,
    newlyRated,
  };
}
