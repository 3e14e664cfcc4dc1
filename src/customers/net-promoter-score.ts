/**
 * Net Promoter Score (Reichheld 2003, "The One Number You Need to Grow", Harvard Business
 * Review 81(12)): the share of promoters minus the share of detractors among the answers to
 * "How likely is it that you would recommend us to a friend or colleague?", 0 to 10.
 */
import * as z from 'zod/mini';
import { integerSchema, invalid } from '../core/index.js';

/** The result of {@link netPromoterScore}. */
export interface NetPromoterScore {
  /** 100 × (promoters − detractors) / n, from −100 to 100. */
  nps: number;
  /** Answers of 9 or 10. */
  promoters: number;
  /** Answers of 7 or 8. */
  passives: number;
  /** Answers of 0 to 6. */
  detractors: number;
  /** The number of answers. */
  n: number;
  /** promoters / n. */
  promoterShare: number;
  /** passives / n. */
  passiveShare: number;
  /** detractors / n. */
  detractorShare: number;
}

/**
 * The schema of the answers of {@link netPromoterScore}: whole numbers from 0 to 10, at least one.
 *
 * @example
 * ```ts
 * import { NpsResponsesSchema } from 'salesops-kit/customers';
 *
 * NpsResponsesSchema.safeParse([10, 7, 0]).success //=> true
 * NpsResponsesSchema.safeParse([10, 7.5]).success //=> false
 * ```
 */
export const NpsResponsesSchema: z.ZodMiniType<number[]> = /* @__PURE__ */ (() =>
  z.array(/* @__PURE__ */ integerSchema(0, 10)).check(/* @__PURE__ */ z.minLength(1, 'must have at least one answer')))();

/**
 * Computes the Net Promoter Score of 0–10 survey answers: promoters answer 9–10, passives 7–8,
 * detractors 0–6, and NPS = 100 × (promoters − detractors) / n, from −100 to 100 (not rounded).
 *
 * @param responses - the answers, whole numbers from 0 to 10
 * @returns the NPS with the counts and shares behind it
 * @throws {@link SalesOpsError} INVALID_INPUT when `responses` is not a non-empty array, or an
 *   answer is not a whole number from 0 to 10 (the path names it, e.g. `responses[3]`)
 *
 * @example
 * ```ts
 * import { netPromoterScore } from 'salesops-kit/customers';
 *
 * netPromoterScore([10, 9, 9, 8, 7, 6, 3, 10])
 * //=> { nps: 25, promoters: 4, passives: 2, detractors: 2, n: 8,
 * //     promoterShare: 0.5, passiveShare: 0.25, detractorShare: 0.25 }
 * netPromoterScore([10, 11]) //=> throws INVALID_INPUT
 * ```
 */
export function netPromoterScore(responses: readonly number[]): NetPromoterScore {
  if (!Array.isArray(responses) || responses.length === 0) invalid(['responses'], 'must be a non-empty array of answers', responses);
  let promoters = 0;
  let passives = 0;
  let detractors = 0;
  const n = responses.length;
  for (let i = 0; i < n; i += 1) {
    const answer = responses[i] as unknown;
    if (typeof answer !== 'number' || !Number.isInteger(answer) || answer < 0 || answer > 10) {
      invalid(['responses', i], 'must be a whole number from 0 to 10', answer);
    }
    if (answer >= 9) promoters += 1;
    else if (answer >= 7) passives += 1;
    else detractors += 1;
  }
  return {
    nps: ((promoters - detractors) * 100) / n + 0,
    promoters,
    passives,
    detractors,
    n,
    promoterShare: promoters / n,
    passiveShare: passives / n,
    detractorShare: detractors / n,
  };
}
