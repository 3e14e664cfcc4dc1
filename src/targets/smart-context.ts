/**
 * What {@link validateSmartTarget} may know besides the target itself: the date of the check,
 * past actuals, the market, the team, the strategy — and the thresholds of its rules.
 */
import * as z from 'zod/mini';
import {
  type DateInput,
  DateInputSchema,
  type DecimalInput,
  DecimalInputSchema,
  idSchema,
  integerSchema,
  nonNegativeAmount,
  numberSchema,
  positiveAmount,
  probabilitySchema,
} from '../core/index.js';
import { currencySchema } from './target.js';

/** The thresholds of the SMART rules; every one has a default ({@link DEFAULT_SMART_THRESHOLDS}). */
export interface SmartThresholds {
  /** Specific: a title shorter than this many characters (after trimming) is an error. Default 10. */
  minTitleLength: number;
  /** Achievable: a probability of reaching the target below this makes it `unrealistic`. Default 0.1. */
  unrealisticBelow: number;
  /** Achievable: a probability from `unrealisticBelow` up to (not including) this makes it a `stretch`. Default 0.4. */
  stretchBelow: number;
  /** Achievable: a probability above this makes the target `sandbagged`. Default 0.9. */
  sandbaggedAbove: number;
  /** Achievable: the largest share of `context.marketSize` a target may claim. Default 0.5 (50 %). */
  maxMarketShare: number;
  /** Achievable: the largest share of the team's capacity a target may claim. Default 1 (100 %). */
  maxCapacityUse: number;
}

/**
 * The default thresholds of {@link validateSmartTarget}; override any of them with
 * `context.thresholds`.
 *
 * @example
 * ```ts
 * import { DEFAULT_SMART_THRESHOLDS } from 'salesops-kit/targets';
 *
 * DEFAULT_SMART_THRESHOLDS //=> { minTitleLength: 10, unrealisticBelow: 0.1, stretchBelow: 0.4,
 * //   sandbaggedAbove: 0.9, maxMarketShare: 0.5, maxCapacityUse: 1 }
 * ```
 */
export const DEFAULT_SMART_THRESHOLDS: Readonly<SmartThresholds> = /* @__PURE__ */ Object.freeze({
  minTitleLength: 10,
  unrealisticBelow: 0.1,
  stretchBelow: 0.4,
  sandbaggedAbove: 0.9,
  maxMarketShare: 0.5,
  maxCapacityUse: 1,
});

/**
 * The longest period a target may span by default, in days, both ends included: 366 × 3, so any
 * three calendar years pass. Override with `context.maxHorizonDays`.
 *
 * @example
 * ```ts
 * import { DEFAULT_MAX_HORIZON_DAYS } from 'salesops-kit/targets';
 *
 * DEFAULT_MAX_HORIZON_DAYS //=> 1098
 * ```
 */
export const DEFAULT_MAX_HORIZON_DAYS = 1098;

/**
 * Words that say nothing about what, where or for whom. A title made only of these words (and
 * punctuation) is generic: "Increase sales", "Do better!", "Grow our revenue". A title with any
 * other word or a figure ("Grow Nordics revenue", "Increase sales by 10 %") is not.
 *
 * @example
 * ```ts
 * import { GENERIC_TITLE_WORDS } from 'salesops-kit/targets';
 *
 * GENERIC_TITLE_WORDS.includes('sales') //=> true
 * GENERIC_TITLE_WORDS.includes('nordics') //=> false
 * ```
 */
export const GENERIC_TITLE_WORDS: readonly string[] = /* @__PURE__ */ Object.freeze(
  (
    'a an the our my we us to for of in on at by and or with more most better best good great well high higher ' +
    'do be get make try keep push up increase increasing improve improving grow growing growth boost raise ' +
    'maximise maximize drive achieve hit reach beat meet exceed deliver sell selling sale sales revenue revenues ' +
    'target targets goal goals objective performance result results number numbers business overall total general ' +
    'team year this next new all everything much possible things stuff'
  ).split(' '),
);

/** The team that must deliver the target: `headcount × productivityPerHead` is its capacity. */
export interface TeamCapacity {
  /** Number of fully productive people (may be fractional, in full-time equivalents). */
  headcount: number;
  /** What one fully productive person delivers over the target's period, in the target's unit. */
  productivityPerHead: DecimalInput;
}

/**
 * What the check may know besides the target. Every field is optional; each enables a rule.
 * Amounts (`history`, `marketSize`, `productivityPerHead`) are in the target's metric and currency.
 */
export interface SmartContext {
  /** The day of the check (never read from the clock); the period must end after it. */
  asOf?: DateInput | undefined;
  /**
   * Actuals of past comparable periods, oldest first (e.g. the last five years' revenue). At
   * least three values with positive predecessors are needed for a probability (two growth
   * rates); fewer give the finding `HISTORY_TOO_SHORT`.
   */
  history?: DecimalInput[] | undefined;
  /** The size of the addressable market over the target's period. Must be positive. */
  marketSize?: DecimalInput | undefined;
  /** The team that must deliver the target. */
  capacity?: TeamCapacity | undefined;
  /** Ids of the known strategic objectives; every id in `alignsTo` must be one of them. */
  objectives?: string[] | undefined;
  /** The longest period allowed, in days (inclusive). Default {@link DEFAULT_MAX_HORIZON_DAYS} (1098). */
  maxHorizonDays?: number | undefined;
  /**
   * The currency of `history`, `marketSize` and `capacity`. When given and different from the
   * target's currency, those checks are not run (finding `CURRENCY_MISMATCH`).
   */
  currency?: string | undefined;
  /** Replaces {@link GENERIC_TITLE_WORDS} (lower case), e.g. to check titles in another language. */
  genericWords?: string[] | undefined;
  /** Overrides of the rules' thresholds; the others keep their defaults. */
  thresholds?: { [K in keyof SmartThresholds]?: number | undefined } | undefined;
}

/**
 * The zod schema of a {@link SmartContext}. Strict: a misspelt option is an error.
 *
 * @example
 * ```ts
 * import { SmartContextSchema } from 'salesops-kit/targets';
 *
 * SmartContextSchema.safeParse({ asOf: '2026-01-15', history: [100, 110, 120] }).success //=> true
 * SmartContextSchema.safeParse({ thresholds: { sandbaggedAbove: 1.5 } }).success //=> false
 * SmartContextSchema.safeParse({ asof: '2026-01-15' }).success //=> false
 * ```
 */
export const SmartContextSchema: z.ZodMiniType<SmartContext> = /* @__PURE__ */ (() =>
  z.strictObject({
    asOf: /* @__PURE__ */ z.optional(DateInputSchema),
    history: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.array(DecimalInputSchema)),
    marketSize: /* @__PURE__ */ z.optional(/* @__PURE__ */ positiveAmount()),
    capacity: /* @__PURE__ */ z.optional(
      /* @__PURE__ */ z.strictObject({
        headcount: /* @__PURE__ */ numberSchema(0),
        productivityPerHead: /* @__PURE__ */ nonNegativeAmount(),
      }),
    ),
    objectives: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.array(/* @__PURE__ */ idSchema())),
    maxHorizonDays: /* @__PURE__ */ z.optional(/* @__PURE__ */ integerSchema(1)),
    currency: /* @__PURE__ */ z.optional(/* @__PURE__ */ currencySchema()),
    genericWords: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.array(/* @__PURE__ */ z.string())),
    thresholds: /* @__PURE__ */ z.optional(
      /* @__PURE__ */ z
        .strictObject({
          minTitleLength: /* @__PURE__ */ z.optional(/* @__PURE__ */ integerSchema(0)),
          unrealisticBelow: /* @__PURE__ */ z.optional(/* @__PURE__ */ probabilitySchema()),
          stretchBelow: /* @__PURE__ */ z.optional(/* @__PURE__ */ probabilitySchema()),
          sandbaggedAbove: /* @__PURE__ */ z.optional(/* @__PURE__ */ probabilitySchema()),
          maxMarketShare: /* @__PURE__ */ z.optional(/* @__PURE__ */ probabilitySchema()),
          maxCapacityUse: /* @__PURE__ */ z.optional(/* @__PURE__ */ numberSchema(0)),
        })
        .check(/* @__PURE__ */ z.superRefine(checkBands)),
    ),
  }))();

/**
 * The probability bands must be in order: unrealisticBelow ≤ stretchBelow ≤ sandbaggedAbove
 * (equal values leave a band empty). Each problem is reported on the threshold the caller set,
 * as `[threshold, problem]`; shared by the schema and the hand-written reader.
 * @internal
 */
export function bandProblems(t: NonNullable<SmartContext['thresholds']>): Array<[keyof SmartThresholds, string]> {
  const bands = ['unrealisticBelow', 'stretchBelow', 'sandbaggedAbove'] as const;
  const problems: Array<[keyof SmartThresholds, string]> = [];
  for (let i = 0; i < 2; i += 1) {
    const low = bands[i] as (typeof bands)[number];
    const high = bands[i + 1] as (typeof bands)[number];
    const lowValue = t[low] ?? DEFAULT_SMART_THRESHOLDS[low];
    const highValue = t[high] ?? DEFAULT_SMART_THRESHOLDS[high];
    if (lowValue <= highValue) continue;
    const key = t[high] === undefined ? low : high;
    problems.push([key, key === high ? `must be at least ${low} (${lowValue})` : `must be at most ${high} (${highValue})`]);
  }
  return problems;
}

function checkBands(t: NonNullable<SmartContext['thresholds']>, ctx: { issues: unknown[] }): void {
  for (const [key, message] of bandProblems(t)) ctx.issues.push({ code: 'custom', path: [key], message, input: t[key] });
}
