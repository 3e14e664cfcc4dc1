/**
 * Performance bands: absolute (A from 90 up …) or a forced distribution (e.g. 20 / 70 / 10)
 * whose head counts come from the largest-remainder rule, with a tie rule the caller picks.
 */
import * as z from 'zod/mini';
import { apportionUnits, fail, idSchema, invalid, isObject, minRanks, parseInput, weightSchema } from '../core/index.js';
import { uniqueIds } from './shared.js';

/** A person (or team) to band. */
export interface BandScore {
  /** Their id. */
  id: string;
  /** Their score; higher is better. */
  score: number;
  /** A secondary key for breaking ties (higher is better), used with `ties: 'secondaryKey'`. */
  secondary?: number | undefined;
}

/** Absolute bands, best first: a score at or above a band's `min` gets that band. */
export interface AbsoluteBandScheme {
  /** Absolute bands. */
  kind: 'absolute';
  /** The bands, best first, with strictly decreasing `min`; the last may omit `min` to catch every lower score. */
  bands: readonly AbsoluteBand[];
}

/** One absolute band. */
export interface AbsoluteBand {
  /** The band's name (`'A'`). */
  label: string;
  /** The lowest score of the band; may be omitted on the last band only. */
  min?: number | undefined;
}

/** One band of a forced distribution. */
export interface ForcedBand {
  /** The band's name (`'top'`). */
  label: string;
  /** Its share of the population: any non-negative number, normalised over the bands. */
  share: number;
}

/** A forced distribution, best band first. */
export interface ForcedBandScheme {
  /** A forced distribution. */
  kind: 'forced';
  /** The bands, best first, with their shares (any non-negative numbers, normalised: 20 / 70 / 10). */
  bands: readonly ForcedBand[];
  /**
   * What to do with equal scores across a quota boundary: `'keepTogether'` (default) puts the
   * whole tie in the better band, which may then overflow (the bands below shrink);
   * `'secondaryKey'` orders ties by `secondary` (higher first) — people equal on both are still
   * kept together.
   */
  ties?: 'keepTogether' | 'secondaryKey' | undefined;
}

/** How to band: absolute thresholds or a forced distribution. */
export type BandScheme = AbsoluteBandScheme | ForcedBandScheme;

/** One person's band. */
export interface BandAssignment {
  /** Their id. */
  id: string;
  /** Their score. */
  score: number;
  /** Competition rank, 1 = best; equal keys share the best rank (by score, then `secondary` with `'secondaryKey'`). */
  rank: number;
  /** The band's label; `null` when the score is below every absolute band. */
  band: string | null;
}

/** One band's head count. */
export interface BandCount {
  /** The band's label. */
  label: string;
  /** How many people it got. */
  count: number;
  /** Forced distribution: the head count its share called for (largest remainder). */
  quota?: number;
}

/** The result of {@link assignBands}. */
export interface BandResult {
  /** One assignment per score, in input order. */
  assignments: BandAssignment[];
  /** Each band's head count, best first; the counts sum to the number of people banded. */
  bands: BandCount[];
}

/**
 * Schema of the scores of {@link assignBands}.
 *
 * @example
 * ```ts
 * import { BandScoresSchema } from 'salesops-kit/scoring';
 *
 * BandScoresSchema.safeParse([{ id: 'ana', score: 91.5 }]).success //=> true
 * BandScoresSchema.safeParse([{ id: 'ana', score: Number.NaN }]).success //=> false
 * ```
 */
export const BandScoresSchema: z.ZodMiniType<BandScore[]> = /* @__PURE__ */ (() =>
  z.array(z.looseObject({ id: idSchema(), score: z.number(), secondary: z.optional(z.number()) })))();

const LABEL = /* @__PURE__ */ (() => z.string().check(z.minLength(1, 'must not be empty')))();
const ABSOLUTE = /* @__PURE__ */ (() =>
  z.strictObject({
    kind: z.literal('absolute'),
    bands: z.array(z.looseObject({ label: LABEL, min: z.optional(z.number()) })).check(z.minLength(1)),
  }))();
const FORCED = /* @__PURE__ */ (() =>
  z.strictObject({
    kind: z.literal('forced'),
    bands: z.array(z.looseObject({ label: LABEL, share: weightSchema() })).check(z.minLength(1)),
    ties: z.optional(z.enum(['keepTogether', 'secondaryKey'])),
  }))();

/**
 * Schema of a {@link BandScheme}.
 *
 * @example
 * ```ts
 * import { BandSchemeSchema } from 'salesops-kit/scoring';
 *
 * BandSchemeSchema.safeParse({ kind: 'forced', bands: [{ label: 'top', share: 20 }, { label: 'core', share: 80 }] }).success //=> true
 * BandSchemeSchema.safeParse({ kind: 'quota', bands: [] }).success //=> false
 * ```
 */
export const BandSchemeSchema: z.ZodMiniType<BandScheme> = /* @__PURE__ */ (() => z.union([ABSOLUTE, FORCED]))();

/**
 * Assigns performance bands, either absolute (A from 90 up, B from 75 …) or by a forced
 * distribution (e.g. 20 % / 70 % / 10 %).
 *
 * A forced distribution's head counts are the largest-remainder apportionment of the population
 * by the shares (so they always sum to the population); people are ranked by score (higher is
 * better) and fill the bands best first. Equal scores on a quota boundary are kept together in
 * the better band (`ties: 'keepTogether'`, the default — that band overflows and the bands below
 * shrink) or ordered by `secondary` (`ties: 'secondaryKey'`). `quota` and `count` show any
 * overflow.
 *
 * @param scores - the people to band (ids unique)
 * @param scheme - absolute bands or a forced distribution
 * @returns each person's rank and band (input order), and each band's head count
 * @throws {@link SalesOpsError} INVALID_INPUT when a score or the scheme is malformed, absolute mins are not strictly decreasing or missing before the last band, or `secondary` is missing with `ties: 'secondaryKey'`
 * @throws {@link SalesOpsError} DUPLICATE_ID when two scores share an id
 * @throws {@link SalesOpsError} ZERO_WEIGHTS when the shares of a forced distribution are all zero
 *
 * @example
 * ```ts
 * import { assignBands } from 'salesops-kit/scoring';
 *
 * const scores = [
 *   { id: 'ana', score: 92 }, { id: 'ben', score: 81 }, { id: 'eve', score: 81 },
 *   { id: 'kim', score: 77 }, { id: 'lee', score: 64 },
 * ];
 * assignBands(scores, { kind: 'absolute', bands: [{ label: 'A', min: 90 }, { label: 'B', min: 75 }, { label: 'C' }] })
 *   .assignments.map((a) => a.band) //=> ['A', 'B', 'B', 'B', 'C']
 *
 * // 20 / 70 / 10 of ten people: quotas 2, 7, 1. The tie at 90 straddles the top quota, so
 * // both stay in the top band, which overflows; the middle band shrinks.
 * const team = [95, 90, 90, 85, 80, 78, 75, 70, 65, 60].map((score, i) => ({ id: `rep${i}`, score }));
 * const forced = assignBands(team, {
 *   kind: 'forced',
 *   bands: [{ label: 'top', share: 20 }, { label: 'core', share: 70 }, { label: 'low', share: 10 }],
 * });
 * forced.bands //=> [{ label: 'top', count: 3, quota: 2 }, { label: 'core', count: 6, quota: 7 }, { label: 'low', count: 1, quota: 1 }]
 * forced.assignments[2] //=> { id: 'rep2', score: 90, rank: 2, band: 'top' }
 * ```
 */
export function assignBands(scores: readonly BandScore[], scheme: BandScheme): BandResult {
  const list = parseInput(BandScoresSchema, scores, ['scores']);
  // The kind picks the schema, so that errors point inside the scheme rather than at the union.
  const kind = isObject(scheme) ? scheme.kind : 'absolute';
  if (kind !== 'absolute' && kind !== 'forced') invalid(['scheme', 'kind'], "must be 'absolute' or 'forced'", kind);
  const s: BandScheme = parseInput(kind === 'absolute' ? ABSOLUTE : FORCED, scheme, ['scheme']);
  uniqueIds(
    list.map((p) => p.id),
    (i) => ['scores', i, 'id'],
  );
  const bySecondary = s.kind === 'forced' && s.ties === 'secondaryKey';
  if (bySecondary) {
    list.forEach((p, i) => {
      if (p.secondary === undefined) invalid(['scores', i, 'secondary'], "is required when scheme.ties is 'secondaryKey'");
    });
  }
  // Best first: by score, then (if asked) by the secondary key. Equal keys form one tie.
  const compare = (a: BandScore, b: BandScore): number =>
    b.score - a.score || (bySecondary ? (b.secondary as number) - (a.secondary as number) : 0);
  const ranks = minRanks(list, compare);
  const bandOf = new Array<string | null>(list.length).fill(null);
  const counts = s.bands.map(() => 0);
  let quotas: number[] | undefined;
  if (s.kind === 'absolute') {
    s.bands.forEach((band, j) => {
      const previous = s.bands[j - 1]?.min;
      if (band.min === undefined && j < s.bands.length - 1) invalid(['scheme', 'bands', j, 'min'], 'is required but on the last band');
      if (band.min !== undefined && previous !== undefined && !(band.min < previous))
        invalid(['scheme', 'bands', j, 'min'], `must be below ${previous}`, band.min);
    });
    list.forEach((p, i) => {
      const j = s.bands.findIndex((band) => band.min === undefined || p.score >= band.min);
      if (j >= 0) {
        bandOf[i] = (s.bands[j] as { label: string }).label;
        counts[j] = (counts[j] as number) + 1;
      }
    });
  } else {
    const shares = s.bands.map((b) => b.share);
    if (!shares.some((w) => w > 0)) fail('ZERO_WEIGHTS', ['scheme', 'bands'], 'must not all be zero');
    quotas = apportionUnits(list.length, shares);
    const order = list.map((_, i) => i).sort((a, b) => (ranks[a] as number) - (ranks[b] as number) || a - b);
    let band = 0;
    let filled = 0;
    let reach = quotas[0] as number; // people the bands up to `band` hold
    for (let k = 0; k < order.length;) {
      // The tie starting at k: everyone with the same rank.
      let end = k + 1;
      while (end < order.length && ranks[order[end] as number] === ranks[order[k] as number]) end += 1;
      while (band < quotas.length - 1 && filled >= reach) {
        band += 1;
        reach += quotas[band] as number;
      }
      counts[band] = (counts[band] as number) + (end - k);
      for (; k < end; k += 1) bandOf[order[k] as number] = (s.bands[band] as { label: string }).label;
      filled = end;
    }
  }
  return {
    assignments: list.map((p, i) => ({ id: p.id, score: p.score + 0, rank: ranks[i] as number, band: bandOf[i] as string | null })),
    bands: s.bands.map((b, j) =>
      quotas === undefined
        ? { label: b.label, count: counts[j] as number }
        : { label: b.label, count: counts[j] as number, quota: quotas[j] as number },
    ),
  };
}
