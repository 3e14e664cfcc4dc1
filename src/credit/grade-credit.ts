/**
 * Grading a customer on a points scorecard: each factor's value falls in a bin worth points; the
 * points add up to a score, the score to a grade and a probability of default, and the factors
 * that cost the most points against their best bin become the reasons.
 *
 * Built for volume: the model is validated and compiled once (the default model on first use,
 * your own through {@link prepareCreditModel}), with every label, point count and reason message
 * of every bin computed there; each profile is then read by hand — no zod parse per profile —
 * with the same checks as {@link CreditProfileSchema}.
 *
 * A result is plain data that belongs to its caller: every object and array in it is created for
 * that result alone (nothing frozen, nothing shared with another result or with the model), so
 * it may be annotated, changed or kept. The price is memory: a result of the default model holds
 * 15 factor entries, and each entry is its own object, so a result takes about 1.8 kB of heap
 * (Node, 64-bit) — keeping a million results costs about 1.8 GB and the garbage collector's time
 * to trace it. The rest is kept to what the result needs: arrays of exact length, one reason
 * object per reason kept, no sort of the factors.
 */
import * as z from 'zod/mini';
import { amountToNumber, type DecimalInput, DecimalInputSchema, type IssuePath, invalid, isObject } from '../core/index.js';
import { defaultCreditModel } from './default-model.js';
import { pdOnLine } from './scaling.js';
import {
  type CompiledFactor,
  type CompiledModel,
  compileModel,
  type CreditModel,
  type CreditReason,
  type FactorScore,
  prepareCreditModel,
} from './scorecard-model.js';

/**
 * What is known about a customer, by factor. Every key is optional: a missing (or `null`) value
 * scores the factor's neutral points and is listed in `missing`. Custom models read their own keys.
 */
export interface CreditProfile {
  /** Amount-weighted average days paid beyond terms (negative when paid early); see {@link daysBeyondTerms}. */
  avgDaysBeyondTerms?: number | null | undefined;
  /** The most days any payment went beyond terms (in the last 12 months, say). */
  worstDaysBeyondTerms?: number | null | undefined;
  /** Share of invoices (by amount) paid on or before the due date, 0 to 1. */
  onTimeShare?: number | null | undefined;
  /** The D&B PAYDEX, 0 to 100; see {@link paydexScore}. */
  paydex?: number | null | undefined;
  /** Credit exposure divided by the credit limit (1 = at the limit); 0 or more. */
  utilisation?: number | null | undefined;
  /** Overdue receivables divided by open receivables, 0 to 1. */
  overdueShare?: number | null | undefined;
  /** The zone of the customer's Altman Z-score; see {@link altmanZScore}. */
  altmanZone?: 'safe' | 'grey' | 'distress' | null | undefined;
  /** Current assets divided by current liabilities; 0 or more. */
  currentRatio?: number | null | undefined;
  /** Total debt divided by equity; 0 or more (with negative equity, pass a large value such as 99). */
  debtToEquity?: number | null | undefined;
  /** Years since the customer's business was founded; 0 or more. */
  yearsInBusiness?: number | null | undefined;
  /** Years the customer has bought from you; 0 or more. */
  tenureYears?: number | null | undefined;
  /** What the customer buys from you in a year (an amount); 0 or more. */
  annualPurchases?: DecimalInput | null | undefined;
  /** An agency rating on the scale AAA, AA+ … C, D (modifiers + and − included). */
  externalRating?: string | null | undefined;
  /** Legal actions against the customer (judgments, liens, suits); a whole number, 0 or more. */
  legalActions?: number | null | undefined;
  /** Payments that bounced (returned direct debits, dishonoured cheques); a whole number, 0 or more. */
  bouncedPayments?: number | null | undefined;
  /** Values of a custom model's factors. */
  [factor: string]: DecimalInput | null | undefined;
}

/** The result of {@link gradeCredit}. */
export interface CreditGrade {
  /** The total score: base points plus every factor's points. */
  score: number;
  /** The grade the score falls in. */
  grade: string;
  /** The grade's probability of default (see the model's grades). */
  pd: number;
  /** The score's own probability of default on the model's scaling. */
  scorePd: number;
  /** Every factor's bin and points, in the model's order. */
  factors: FactorScore[];
  /** Every factor's value, in the model's order (amounts as numbers; `null` when missing). */
  values: Array<number | string | null>;
  /** The factors that cost the most points against their best bin, most first (ties in model order). */
  reasons: CreditReason[];
  /** The factors with no value, scored neutral. */
  missing: string[];
}

const optionalNumber = (min?: number, max?: number): z.ZodMiniType<number | null | undefined> => {
  const checks: Array<z.core.$ZodCheck<number>> = [];
  if (min !== undefined) checks.push(z.gte(min, `must be at least ${min}`));
  if (max !== undefined) checks.push(z.lte(max, `must be at most ${max}`));
  return z.optional(z.nullable(z.number().check(...checks)));
};
const optionalCount = (): z.ZodMiniType<number | null | undefined> =>
  z.optional(
    z.nullable(
      z.number().check(
        z.refine((n: number) => Number.isInteger(n), 'must be a whole number'),
        z.gte(0, 'must be at least 0'),
      ),
    ),
  );

const RATINGS = [
  'AAA',
  'AA+',
  'AA',
  'AA-',
  'A+',
  'A',
  'A-',
  'BBB+',
  'BBB',
  'BBB-',
  'BB+',
  'BB',
  'BB-',
  'B+',
  'B',
  'B-',
  'CCC+',
  'CCC',
  'CCC-',
  'CC',
  'C',
  'D',
];

/**
 * The schema of a {@link CreditProfile} for the default model (the keys it reads; others pass).
 * {@link gradeCredit} checks profiles by hand, for speed, and rejects exactly what this rejects.
 *
 * @example
 * ```ts
 * import { CreditProfileSchema } from 'salesops-kit/credit';
 *
 * CreditProfileSchema.safeParse({ paydex: 78, onTimeShare: 0.9 }).success //=> true
 * CreditProfileSchema.safeParse({ onTimeShare: 1.5 }).success //=> false
 * ```
 */
export const CreditProfileSchema: z.ZodMiniType<CreditProfile> = /* @__PURE__ */ (() =>
  z.looseObject({
    avgDaysBeyondTerms: optionalNumber(),
    worstDaysBeyondTerms: optionalNumber(),
    onTimeShare: optionalNumber(0, 1),
    paydex: optionalNumber(0, 100),
    utilisation: optionalNumber(0),
    overdueShare: optionalNumber(0, 1),
    altmanZone: z.optional(z.nullable(z.enum(['distress', 'grey', 'safe']))),
    currentRatio: optionalNumber(0),
    debtToEquity: optionalNumber(0),
    yearsInBusiness: optionalNumber(0),
    tenureYears: optionalNumber(0),
    annualPurchases: z.optional(
      z.nullable(
        z.custom<DecimalInput>((v) => DecimalInputSchema.safeParse(v).success && !(toNumberLoose(v) < 0), {
          error: (iss) =>
            DecimalInputSchema.safeParse(iss.input).success
              ? 'must be at least 0'
              : 'must be an amount: a finite number, a numeric string or a Decimal',
        }),
      ),
    ),
    externalRating: z.optional(z.nullable(z.enum(RATINGS as [string, ...string[]]))),
    legalActions: optionalCount(),
    bouncedPayments: optionalCount(),
  }))() as never;

function toNumberLoose(value: unknown): number {
  return typeof value === 'number' ? value : Number(String(value));
}

let defaultModel: CompiledModel | undefined;
const hasOwn = Object.prototype.hasOwnProperty;

function modelFor(model: CreditModel | undefined): CompiledModel {
  if (model !== undefined) return compileModel(model, ['model']);
  // Compiled on first use (not at import, so that bundlers can drop it when unused).
  defaultModel ??= compileModel(prepareCreditModel(defaultCreditModel()), ['model']);
  return defaultModel;
}

// The numeric value binOf read (an amount given as a string is read once, here).
let readValue = 0;

/** The bin index of a present value; throws at `path` when the value is not valid for the factor. */
// The path is built only on failure, and no closure is made per call: this runs for every
// factor of every profile.
function at(f: CompiledFactor): IssuePath {
  return ['profile', f.id];
}

function binOf(f: CompiledFactor, raw: unknown): number {
  if (f.categorical) {
    const bin = typeof raw === 'string' ? f.categories.get(raw) : undefined;
    if (bin === undefined) invalid(at(f), `must be one of ${[...f.categories.keys()].map((c) => JSON.stringify(c)).join(', ')}`, raw);
    return bin;
  }
  let v: number;
  if (typeof raw === 'number') {
    if (!Number.isFinite(raw)) invalid(at(f), Number.isNaN(raw) ? 'must be a number, not NaN' : 'must be a finite number', raw);
    v = raw === 0 ? 0 : raw;
  } else if (f.amount) {
    // Only the number is needed (to find the bin), so decimal.js stays out of the bundle.
    v = amountToNumber(raw, at(f));
  } else {
    invalid(at(f), 'must be a number', raw);
  }
  if (v < f.min) invalid(at(f), `must be at least ${f.min}`, raw);
  if (v > f.max) invalid(at(f), `must be at most ${f.max}`, raw);
  if (f.integer && !Number.isInteger(v)) invalid(at(f), 'must be a whole number', raw);
  const { cuts } = f;
  let bin = 0;
  while (bin < cuts.length && v >= (cuts[bin] as number)) bin += 1;
  readValue = v;
  return bin;
}

/**
 * Grades a customer's credit on a points scorecard: score, grade, probability of default, each
 * factor's value, bin and points, and the reasons — the factors that cost the most points
 * against their best bin.
 *
 * Missing factors (absent or `null`) score their neutral points and are listed in `missing`; a
 * missing factor that costs points is a reason with code `'MISSING_DATA'`. The grade's PD is the
 * PD of the grade's middle score on the model's scaling (for the default model, 600 points at
 * 50:1 good:bad odds, PDO 20), so it agrees with {@link scoreToPd}.
 *
 * @param profile - the customer's factor values (see {@link CreditProfile})
 * @param model - a scorecard (default {@link defaultCreditModel}); to grade many profiles with
 *   your own model, pass it through {@link prepareCreditModel} once
 * @returns `{ score, grade, pd, scorePd, factors, values, reasons, missing }`, plain data made
 *   for this result alone (the caller may change it; no other result shares any part of it)
 * @throws {@link SalesOpsError} INVALID_INPUT when a value is of the wrong type, out of its
 *   factor's range, not a whole number where one is needed, or not one of a categorical factor's
 *   categories; or when the model is invalid (see {@link prepareCreditModel})
 * @throws {@link SalesOpsError} DUPLICATE_ID when the model repeats a factor id or a grade
 *
 * @example
 * ```ts
 * import { gradeCredit } from 'salesops-kit/credit';
 *
 * const result = gradeCredit({
 *   avgDaysBeyondTerms: 12, worstDaysBeyondTerms: 35, onTimeShare: 0.8, paydex: 72,
 *   utilisation: 0.6, overdueShare: 0.1, altmanZone: 'grey', currentRatio: 1.3,
 *   debtToEquity: 1.2, yearsInBusiness: 8, tenureYears: 4, annualPurchases: '250000',
 *   externalRating: 'BBB', legalActions: 0, bouncedPayments: 1,
 * });
 * result.score //=> 657
 * result.grade //=> 'BBB'
 * result.reasons.map((r) => r.code) //=> ['WEAK_ALTMAN_Z', 'SEVERE_LATE_PAYMENT', 'SLOW_PAYMENT', 'HIGH_LEVERAGE']
 * gradeCredit({ onTimeShare: 1.2 }) //=> throws INVALID_INPUT
 * ```
 */
export function gradeCredit(profile: CreditProfile, model?: CreditModel): CreditGrade {
  const m = modelFor(model);
  if (!isObject(profile)) invalid(['profile'], 'must be an object', profile);
  const n = m.factors.length;
  const max = m.maxReasons < n ? m.maxReasons : n;
  // Every object and array of the result is created here, for this result alone: a caller may
  // change or keep any part of it. The entries only copy references to strings and numbers the
  // model computed once per bin (labels, points, reason messages).
  const factors = new Array<FactorScore>(n);
  const values = new Array<number | string | null>(n);
  const missing: string[] = [];
  // The reasons so far, most points lost first (ties in model order), as [factor, bin] pairs: a
  // reason object is made only for the few kept, once every factor is read.
  const top: number[] = [];
  let score = m.basePoints;
  for (let i = 0; i < n; i += 1) {
    const f = m.factors[i] as CompiledFactor;
    const raw = hasOwn.call(profile, f.id) ? profile[f.id] : undefined;
    let bin = f.bins;
    if (raw === undefined || raw === null) {
      missing.push(f.id);
      values[i] = null;
    } else {
      bin = binOf(f, raw);
      values[i] = typeof raw === 'number' ? (raw === 0 ? 0 : raw) : f.categorical ? (raw as string) : readValue;
    }
    const points = f.points[bin] as number;
    factors[i] = { factor: f.id, group: f.group, bin: f.labels[bin] as string | null, points, bestPoints: f.best };
    score += points;
    const lost = f.lost[bin] as number;
    if (lost > 0 && max > 0) {
      // Insertion into the top `max`: a factor moves ahead only of those that lost fewer points.
      let k = top.length;
      while (k > 0 && lostAt(m, top, k - 2) < lost) k -= 2;
      if (k < 2 * max) {
        // Shift by hand rather than with splice, which would make a garbage array per call.
        top.push(0, 0);
        for (let j = top.length - 2; j > k; j -= 2) {
          top[j] = top[j - 2] as number;
          top[j + 1] = top[j - 1] as number;
        }
        top[k] = i;
        top[k + 1] = bin;
        if (top.length > 2 * max) top.length = 2 * max;
      }
    }
  }
  const reasons = new Array<CreditReason>(top.length / 2);
  for (let k = 0; k < top.length; k += 2) {
    const f = m.factors[top[k] as number] as CompiledFactor;
    const bin = top[k + 1] as number;
    reasons[k / 2] = { factor: f.id, code: f.codes[bin] as string, pointsLost: f.lost[bin] as number, message: f.messages[bin] as string };
  }
  let g = 0;
  while (score < (m.minScores[g] as number)) g += 1;
  return {
    score,
    grade: m.grades[g] as string,
    pd: m.pds[g] as number,
    scorePd: pdOnLine(score, m.line),
    factors,
    values,
    reasons,
    missing,
  };
}

/** Points lost by the reason at `top[k]`, `top[k + 1]` (a factor and its bin). */
function lostAt(m: CompiledModel, top: number[], k: number): number {
  return (m.factors[top[k] as number] as CompiledFactor).lost[top[k + 1] as number] as number;
}
