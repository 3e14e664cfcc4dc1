/**
 * Within-group agreement of raters: rwg and rwg(J) of James, Demaree and Wolf (1984),
 * "Estimating within-group interrater reliability with and without response bias", Journal of
 * Applied Psychology 69(1), 85–98, against the uniform ("no agreement") null distribution.
 */

/**
 * The variance of the uniform null distribution over A response options: (A² − 1) / 12
 * (James, Demaree and Wolf 1984, eq. 3). @internal
 */
export function uniformNullVariance(options: number): number {
  return (options * options - 1) / 12;
}

/**
 * rwg(J) for J items from the mean of the items' observed (sample) variances: with
 * r = 1 − mean / σ²EU, rwg(J) = J·r / (J·r + (1 − r)) (James, Demaree and Wolf 1984, eq. 4);
 * for J = 1 it is rwg = 1 − s² / σ²EU. When the observed variance reaches or exceeds the null
 * variance (r ≤ 0), agreement is reported as 0, as the authors recommend. @internal
 */
export function rwgJ(meanVariance: number, items: number, nullVariance: number): number {
  const r = 1 - meanVariance / nullVariance;
  if (r <= 0) return 0;
  return (items * r) / (items * r + (1 - r));
}
