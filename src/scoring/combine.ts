/**
 * A composite score from parts on different scales — e.g. 70 % KPI scorecard (0–100) and 30 %
 * 360 feedback (1–5) — weighted over the parts present.
 */
import * as z from 'zod/mini';
import { fail, idSchema, invalid, parseInput, sumNumbers, weightSchema } from '../core/index.js';
import { uniqueIds } from './shared.js';

/** One part of a composite score. */
export interface ScorePart {
  /** Its id (e.g. `'kpi'`, `'feedback360'`). */
  id: string;
  /** Its score, or `null` when it is missing (its weight is then shared by the parts present). */
  score: number | null;
  /** Its weight: any non-negative number, normalised over the parts present. */
  weight: number;
  /** The scale of `score`, mapped linearly onto 0–100 (e.g. `{ min: 1, max: 5 }`); without it the score is used as is. */
  scale?: PartScale | undefined;
}

/** The scale a part's score is on, mapped linearly onto 0–100. */
export interface PartScale {
  /** The scale's lowest value (maps to 0). */
  min: number;
  /** The scale's highest value (maps to 100). */
  max: number;
}

/** One part as it entered the composite. */
export interface CombinedPart {
  /** The part's id. */
  id: string;
  /** The score as given. */
  score: number;
  /** The score on 0–100 (as given when the part has no scale). */
  normalised: number;
  /** Its normalised weight over the parts present. */
  weight: number;
  /** weight × normalised; the contributions sum to `score`. */
  contribution: number;
}

/** The result of {@link combineScores}. */
export interface CombinedScore {
  /** The composite: the sum of the contributions. */
  score: number;
  /** The parts present, in input order. */
  parts: CombinedPart[];
  /** The ids of the parts without a score, whose weight was shared. */
  missing: string[];
}

/**
 * Schema of the parts of {@link combineScores}.
 *
 * @example
 * ```ts
 * import { ScorePartsSchema } from 'salesops-kit/scoring';
 *
 * ScorePartsSchema.safeParse([{ id: 'kpi', score: 84, weight: 70 }]).success //=> true
 * ScorePartsSchema.safeParse([{ id: 'kpi', score: '84', weight: 70 }]).success //=> false
 * ```
 */
export const ScorePartsSchema: z.ZodMiniType<ScorePart[]> = /* @__PURE__ */ (() =>
  z
    .array(
      z.looseObject({
        id: idSchema(),
        score: z.nullable(z.number()),
        weight: weightSchema(),
        scale: z.optional(z.strictObject({ min: z.number(), max: z.number() })),
      }),
    )
    .check(z.minLength(1)))();

/**
 * Combines scores from several sources into one composite on 0–100, weighted over the parts
 * present: a part whose score is `null` is left out and its weight shared by the others
 * (listed in `missing`). A part with a `scale` is first mapped linearly onto 0–100.
 *
 * @param parts - the parts, each with a score (or `null`), a weight and optionally its scale
 * @returns the composite score, each part's normalised score, weight and contribution, and the missing parts
 * @throws {@link SalesOpsError} INVALID_INPUT when a part is malformed, a score lies outside its scale, a scale has max ≤ min, or no part has a score
 * @throws {@link SalesOpsError} DUPLICATE_ID when two parts share an id
 * @throws {@link SalesOpsError} ZERO_WEIGHTS when the parts present all weigh zero
 *
 * @example
 * ```ts
 * import { combineScores } from 'salesops-kit/scoring';
 *
 * const composite = combineScores([
 *   { id: 'kpi', score: 84, weight: 70 },
 *   { id: 'feedback360', score: 4.2, weight: 30, scale: { min: 1, max: 5 } },
 * ]);
 * composite.score //=> 82.8
 * composite.parts.map((part) => part.normalised) //=> [84, 80]
 * combineScores([
 *   { id: 'kpi', score: 84, weight: 70 },
 *   { id: 'feedback360', score: null, weight: 30 },
 * ]).score //=> 84
 * ```
 */
export function combineScores(parts: readonly ScorePart[]): CombinedScore {
  const list = parseInput(ScorePartsSchema, parts, ['parts']);
  uniqueIds(
    list.map((p) => p.id),
    (i) => ['parts', i, 'id'],
  );
  const present: CombinedPart[] = [];
  const missing: string[] = [];
  list.forEach((part, i) => {
    const { scale, score } = part;
    if (scale !== undefined && !(scale.max > scale.min)) invalid(['parts', i, 'scale', 'max'], 'must be greater than scale.min', scale.max);
    if (score === null) {
      missing.push(part.id);
      return;
    }
    if (scale !== undefined && (score < scale.min || score > scale.max))
      invalid(['parts', i, 'score'], `must be within ${scale.min}..${scale.max}`, score);
    const normalised = scale === undefined ? score : (100 * (score - scale.min)) / (scale.max - scale.min);
    present.push({ id: part.id, score: score + 0, normalised: normalised + 0, weight: part.weight + 0, contribution: 0 });
  });
  if (present.length === 0) invalid(['parts'], 'has no part with a score');
  const total = sumNumbers(present.map((p) => p.weight));
  if (!(total > 0)) fail('ZERO_WEIGHTS', ['parts'], 'with a score all weigh zero');
  for (const p of present) {
    p.weight /= total;
    p.contribution = p.weight * p.normalised + 0;
  }
  return { score: sumNumbers(present.map((p) => p.contribution)) + 0, parts: present, missing };
}
