/**
 * Intraclass correlations for inter-rater reliability, the six forms of Shrout and Fleiss (1979),
 * "Intraclass correlations: uses in assessing rater reliability", Psychological Bulletin 86(2),
 * 420–428, from the mean squares of a targets × raters analysis of variance.
 */
import * as z from 'zod/mini';
import { invalid, parseInput, sumNumbers } from '../core/index.js';

/** One intraclass correlation: for a single rater's score and for the mean of the k raters. */
export interface IccPair {
  /** Reliability of one rater's score: ICC(m,1); `null` when undefined for the data (a denominator ≤ 0). */
  single: number | null;
  /** Reliability of the mean of the k raters: ICC(m,k); `null` when undefined for the data. */
  average: number | null;
}

/** The result of {@link interRaterReliability}. */
export interface InterRaterReliability {
  /** ICC(1,·): each target rated by different raters drawn at random (one-way random effects). */
  icc1: IccPair;
  /** ICC(2,·): the same random sample of raters rates every target; absolute agreement (two-way random). */
  icc2: IccPair;
  /** ICC(3,·): the same fixed raters rate every target; consistency (two-way mixed). */
  icc3: IccPair;
  /** n, the number of targets (rows). */
  targets: number;
  /** k, the number of raters (columns). */
  raters: number;
  /** The analysis of variance behind them (Shrout and Fleiss, Table 1). */
  meanSquares: {
    /** BMS, between targets, n − 1 degrees of freedom. */
    betweenTargets: number;
    /** WMS, within targets, n(k − 1) degrees of freedom. */
    withinTargets: number;
    /** JMS, between raters (judges), k − 1 degrees of freedom. */
    betweenRaters: number;
    /** EMS, residual, (n − 1)(k − 1) degrees of freedom. */
    residual: number;
  };
}

/**
 * Schema of the ratings table of {@link interRaterReliability}: at least 2 rows of at least 2
 * finite numbers (equal row lengths are checked by the function).
 *
 * @example
 * ```ts
 * import { InterRaterRatingsSchema } from 'salesops-kit/scoring';
 *
 * InterRaterRatingsSchema.safeParse([[4, 5], [2, 3]]).success //=> true
 * InterRaterRatingsSchema.safeParse([[4, 5]]).success //=> false
 * ```
 */
export const InterRaterRatingsSchema: z.ZodMiniType<number[][]> = /* @__PURE__ */ (() =>
  z.array(z.array(z.number()).check(z.minLength(2))).check(z.minLength(2)))();

/**
 * Inter-rater reliability of a complete targets × raters table: the six intraclass correlations
 * of Shrout and Fleiss (1979), ICC(1,1), ICC(2,1), ICC(3,1) and their k-rater forms.
 *
 * With BMS, WMS, JMS, EMS the mean squares between targets, within targets, between raters and
 * residual: ICC(1,1) = (BMS − WMS) / (BMS + (k − 1)WMS); ICC(2,1) = (BMS − EMS) / (BMS +
 * (k − 1)EMS + k(JMS − EMS)/n); ICC(3,1) = (BMS − EMS) / (BMS + (k − 1)EMS); ICC(1,k) =
 * (BMS − WMS)/BMS; ICC(2,k) = (BMS − EMS) / (BMS + (JMS − EMS)/n); ICC(3,k) = (BMS − EMS)/BMS.
 * Values can be negative when raters disagree more than chance; a coefficient whose denominator
 * is not positive for the data (e.g. ICC(1,k) when every target has the same mean) is `null`.
 *
 * @param ratings - one row per target (salesperson, deal), one column per rater; every row the same length
 * @returns the six ICCs, n, k and the mean squares
 * @throws {@link SalesOpsError} INVALID_INPUT when the table has fewer than 2 targets or 2 raters, rows of different lengths, a non-finite entry, or every rating equal
 *
 * @example
 * ```ts
 * import { interRaterReliability } from 'salesops-kit/scoring';
 *
 * // Three managers rate four account executives.
 * const result = interRaterReliability([
 *   [4, 4, 5],
 *   [2, 3, 2],
 *   [5, 5, 4],
 *   [3, 2, 3],
 * ]);
 * result.icc2.single //=> 0.7857
 * result.icc2.average //=> 0.9167
 * ```
 */
export function interRaterReliability(ratings: readonly (readonly number[])[]): InterRaterReliability {
  const table = parseInput(InterRaterRatingsSchema, ratings, ['ratings']);
  const n = table.length;
  const k = (table[0] as number[]).length;
  table.forEach((row, i) => {
    if (row.length !== k) invalid(['ratings', i], `must have ${k} ratings, like the first row`, row);
  });
  const all = table.flat();
  const grand = sumNumbers(all) / (n * k);
  const rowMeans = table.map((row) => sumNumbers(row) / k);
  const colMeans = Array.from({ length: k }, (_, j) => sumNumbers(table.map((row) => row[j] as number)) / n);
  const ssTotal = sumNumbers(all.map((x) => (x - grand) ** 2));
  const ssTargets = k * sumNumbers(rowMeans.map((m) => (m - grand) ** 2));
  const ssRaters = n * sumNumbers(colMeans.map((m) => (m - grand) ** 2));
  const ssWithin = Math.max(0, ssTotal - ssTargets);
  const ssResidual = Math.max(0, ssWithin - ssRaters);
  const bms = ssTargets / (n - 1);
  const wms = ssWithin / (n * (k - 1));
  const jms = ssRaters / (k - 1);
  const ems = ssResidual / ((n - 1) * (k - 1));
  if (!(ssTotal > 0)) invalid(['ratings'], 'must not be all equal');
  // Each coefficient is a ratio of differences of mean squares. When its denominator is not
  // positive (e.g. ICC(2,k) when the residual dwarfs the differences between targets), the
  // coefficient is undefined for these data: null, rather than a meaningless huge figure.
  const scale = bms + wms + jms + ems;
  const ratio = (num: number, den: number): number | null => (den > 1e-9 * scale ? num / den + 0 : null);
  return {
    icc1: { single: ratio(bms - wms, bms + (k - 1) * wms), average: ratio(bms - wms, bms) },
    icc2: { single: ratio(bms - ems, bms + (k - 1) * ems + (k * (jms - ems)) / n), average: ratio(bms - ems, bms + (jms - ems) / n) },
    icc3: { single: ratio(bms - ems, bms + (k - 1) * ems), average: ratio(bms - ems, bms) },
    targets: n,
    raters: k,
    meanSquares: { betweenTargets: bms, withinTargets: wms, betweenRaters: jms, residual: ems },
  };
}
