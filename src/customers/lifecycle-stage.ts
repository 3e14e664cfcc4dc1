/**
 * Lifecycle stages: where a customer stands today — prospect, new, active, at risk, lapsed,
 * churned or reactivated — judged against the customer's own rhythm of buying.
 */
import * as z from 'zod/mini';
import { type DateInput, DateInputSchema, integerSchema, invalid, numberSchema, parseInput, toDay } from '../core/index.js';

/** The stages, from no purchase yet to gone. */
export type LifecycleStageName = 'prospect' | 'new' | 'active' | 'atRisk' | 'lapsed' | 'churned' | 'reactivated';

/** What {@link lifecycleStage} reads of a customer (a {@link CustomerSummary} has it all). */
export interface LifecycleCustomer {
  /** The first purchase day, or `null` for a prospect. */
  firstPurchase: DateInput | null;
  /** The last purchase day, or `null` for a prospect. */
  lastPurchase: DateInput | null;
  /** The purchase day before the last (`null` with one purchase day); without it, no reactivation is detected. */
  previousPurchase?: DateInput | null | undefined;
  /** The number of distinct purchase days (0 for a prospect). */
  purchaseDays: number;
}

/** The three inactivity thresholds, in days since the last purchase. */
export interface InactivityDays {
  /** At risk after this many days. */
  atRisk: number;
  /** Lapsed after this many days. */
  lapsed: number;
  /** Churned after this many days. */
  churned: number;
}

/** Some of the three inactivity thresholds (or multiples); the others keep their defaults. */
export interface InactivityRule {
  /** For at risk. */
  atRisk?: number | undefined;
  /** For lapsed. */
  lapsed?: number | undefined;
  /** For churned. */
  churned?: number | undefined;
}

/** Rules of {@link lifecycleStage}; every field is optional and overrides its default. */
export interface LifecycleRules {
  /** A customer whose first purchase is at most this many days old is new (default 30). */
  newWithinDays?: number | undefined;
  /** Thresholds as multiples of the customer's typical gap between purchase days (default 2, 3, 4). */
  gapMultiples?: InactivityRule | undefined;
  /** Thresholds in days when the typical gap is unknown — fewer than two purchase days (default 90, 180, 365). */
  fallbackDays?: InactivityRule | undefined;
  /** Floors in days under the gap-based thresholds, so two purchases a day apart do not make a customer lapsed within a week (default 14, 30, 60; 0 for none). */
  minimumDays?: InactivityRule | undefined;
  /** Fixed thresholds in days for every customer, overriding the two above. */
  fixedDays?: InactivityRule | undefined;
}

/** Options of {@link lifecycleStage}. */
export interface LifecycleStageOptions {
  /** The day of the analysis. */
  asOf: DateInput;
  /** Overrides of the default rules. */
  rules?: LifecycleRules | undefined;
}

/** Where a threshold came from. */
export type ThresholdSource = 'typicalGap' | 'minimum' | 'fallback' | 'fixed';

/** Where each inactivity threshold came from. */
export interface ThresholdSources {
  /** Source of the at-risk threshold. */
  atRisk: ThresholdSource;
  /** Source of the lapsed threshold. */
  lapsed: ThresholdSource;
  /** Source of the churned threshold. */
  churned: ThresholdSource;
}

/** A customer's stage and why. */
export interface LifecycleStageResult {
  /** The stage. */
  stage: LifecycleStageName;
  /** Why, as a code: `'noPurchase'`, `'beyondChurned'`, `'beyondLapsed'`, `'beyondAtRisk'`, `'recentFirstPurchase'`, `'returnedAfterLapse'` or `'withinRhythm'`. */
  reason: 'noPurchase' | 'beyondChurned' | 'beyondLapsed' | 'beyondAtRisk' | 'recentFirstPurchase' | 'returnedAfterLapse' | 'withinRhythm';
  /** Days from the last purchase to `asOf` (`null` for a prospect). */
  daysSinceLastPurchase: number | null;
  /** Days from the first purchase to `asOf` (`null` for a prospect). */
  tenureDays: number | null;
  /** Mean days between purchase days, (last − first) / (purchase days − 1), or `null` below two. */
  typicalGapDays: number | null;
  /** Days between the previous and the last purchase (`null` when unknown). */
  lastGapDays: number | null;
  /** The inactivity thresholds applied, in days since the last purchase. */
  thresholds: InactivityDays;
  /** Where each threshold came from. */
  sources: ThresholdSources;
  /** The "new" window applied, in days. */
  newWithinDays: number;
}

const days = (): z.ZodMiniType<InactivityRule | undefined> =>
  z.optional(
    z.strictObject({
      atRisk: z.optional(numberSchema(0)),
      lapsed: z.optional(numberSchema(0)),
      churned: z.optional(numberSchema(0)),
    }),
  ) as never;

/**
 * The schema of the options of {@link lifecycleStage}.
 *
 * @example
 * ```ts
 * import { LifecycleStageOptionsSchema } from 'salesops-kit/customers';
 *
 * LifecycleStageOptionsSchema.safeParse({ asOf: '2026-06-30', rules: { newWithinDays: 60 } }).success //=> true
 * LifecycleStageOptionsSchema.safeParse({ asOf: '2026-06-30', rules: { newDays: 60 } }).success //=> false
 * ```
 */
export const LifecycleStageOptionsSchema: z.ZodMiniType<LifecycleStageOptions> = /* @__PURE__ */ (() =>
  z.strictObject({
    asOf: DateInputSchema,
    rules: /* @__PURE__ */ z.optional(
      /* @__PURE__ */ z.strictObject({
        newWithinDays: /* @__PURE__ */ z.optional(/* @__PURE__ */ numberSchema(0)),
        gapMultiples: /* @__PURE__ */ days(),
        fallbackDays: /* @__PURE__ */ days(),
        minimumDays: /* @__PURE__ */ days(),
        fixedDays: /* @__PURE__ */ days(),
      }),
    ),
  }))();

/**
 * The schema of a customer of {@link lifecycleStage} (extra fields are allowed).
 *
 * @example
 * ```ts
 * import { LifecycleCustomerSchema } from 'salesops-kit/customers';
 *
 * LifecycleCustomerSchema.safeParse({ firstPurchase: null, lastPurchase: null, purchaseDays: 0 }).success //=> true
 * LifecycleCustomerSchema.safeParse({ firstPurchase: '2026-01-05', lastPurchase: '2026-01-05', purchaseDays: 1.5 }).success //=> false
 * ```
 */
export const LifecycleCustomerSchema: z.ZodMiniType<LifecycleCustomer> = /* @__PURE__ */ (() =>
  z.looseObject({
    firstPurchase: /* @__PURE__ */ z.nullable(DateInputSchema),
    lastPurchase: /* @__PURE__ */ z.nullable(DateInputSchema),
    previousPurchase: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(DateInputSchema)),
    purchaseDays: /* @__PURE__ */ integerSchema(0),
  }))();

/**
 * Tells a customer's lifecycle stage on `asOf`, with the reason and the thresholds used.
 *
 * The inactivity thresholds follow the customer's own rhythm: with two purchase days or more,
 * the typical gap is the mean gap between purchase days, (last − first) / (purchase days − 1),
 * and the customer is at risk after 2 gaps without a purchase, lapsed after 3 and churned after
 * 4 (`gapMultiples`), but never sooner than 14, 30 and 60 days (`minimumDays`); with a single
 * purchase day the gap is unknown and fixed days apply: 90, 180 and 365 (`fallbackDays`);
 * `fixedDays` overrides all of these for everyone. Stages, first match wins:
 *
 * 1. `prospect`: no purchase yet.
 * 2. `churned`, `lapsed`, `atRisk`: more days since the last purchase than that threshold
 *    (the most severe one exceeded).
 * 3. `new`: the first purchase is at most `newWithinDays` (default 30) days old.
 * 4. `reactivated`: the gap before the last purchase was longer than the lapsed threshold by the
 *    standard of the history before it (the mean gap up to the previous purchase, or the
 *    fallback days with fewer than three purchase days) — the customer had lapsed and came back.
 *    Needs `previousPurchase`.
 * 5. `active`: otherwise.
 *
 * @param customer - the customer's first, previous and last purchase days and number of purchase days
 * @param options - `asOf` and `rules` overriding the defaults
 * @returns the stage, a reason code, the figures and the thresholds applied
 * @throws {@link SalesOpsError} INVALID_INPUT when a date is not a calendar date, the purchase
 *   days contradict each other (first after last, a purchase after `asOf`, a prospect with
 *   purchase days), or a rule is not a number of zero or more
 *
 * @example
 * ```ts
 * import { lifecycleStage } from 'salesops-kit/customers';
 *
 * const customer = { firstPurchase: '2025-01-10', previousPurchase: '2025-05-10', lastPurchase: '2025-07-09', purchaseDays: 7 };
 * lifecycleStage(customer, { asOf: '2025-08-01' }).stage //=> 'active'
 * const later = lifecycleStage(customer, { asOf: '2025-09-20' });
 * later.stage //=> 'atRisk'
 * later.typicalGapDays //=> 30
 * later.thresholds //=> { atRisk: 60, lapsed: 90, churned: 120 }
 * lifecycleStage({ firstPurchase: null, lastPurchase: null, purchaseDays: 0 }, { asOf: '2025-08-01' }).stage //=> 'prospect'
 * ```
 */
export function lifecycleStage(customer: LifecycleCustomer, options: LifecycleStageOptions): LifecycleStageResult {
  parseInput(LifecycleStageOptionsSchema, options, ['options']);
  parseInput(LifecycleCustomerSchema, customer, ['customer']);
  const asOf = toDay(options.asOf, ['options', 'asOf']);
  const rules = options.rules ?? {};
  const newWithinDays = rules.newWithinDays ?? 30;
  const count = customer.purchaseDays;
  const read = (key: 'firstPurchase' | 'lastPurchase' | 'previousPurchase'): number | null => {
    const value = customer[key];
    return value === null || value === undefined ? null : toDay(value, ['customer', key]);
  };
  const first = read('firstPurchase');
  const last = read('lastPurchase');
  const previous = read('previousPurchase');

  if (first === null || last === null || count === 0) {
    if (first !== null || last !== null || count !== 0) {
      invalid(['customer', 'purchaseDays'], 'must be 0 exactly when there is no first and last purchase', count);
    }
    return explain('prospect', 'noPurchase', null, null, null, null, thresholdsFor(null, rules), newWithinDays);
  }
  if (first > last) invalid(['customer', 'firstPurchase'], 'must not be after the last purchase', customer.firstPurchase);
  if (last > asOf) invalid(['customer', 'lastPurchase'], 'must not be after asOf', customer.lastPurchase);
  if ((count === 1) !== (first === last))
    invalid(['customer', 'purchaseDays'], 'must be 1 exactly when the first and last purchase are the same day', count);
  if (previous !== null && (count < 2 || previous < first || previous >= last)) {
    invalid(['customer', 'previousPurchase'], 'must be a purchase day from the first to before the last', customer.previousPurchase);
  }

  const typicalGap = count >= 2 ? (last - first) / (count - 1) : null;
  const limits = thresholdsFor(typicalGap, rules);
  const since = asOf - last;
  const tenure = asOf - first;
  const lastGap = previous === null ? null : last - previous;
  const show = (stage: LifecycleStageName, reason: LifecycleStageResult['reason']): LifecycleStageResult =>
    explain(stage, reason, since, tenure, typicalGap, lastGap, limits, newWithinDays);

  const t = limits.thresholds;
  if (since > t.churned) return show('churned', 'beyondChurned');
  if (since > t.lapsed) return show('lapsed', 'beyondLapsed');
  if (since > t.atRisk) return show('atRisk', 'beyondAtRisk');
  if (tenure <= newWithinDays) return show('new', 'recentFirstPurchase');
  if (previous !== null && lastGap !== null) {
    // Judge the gap by the history before it: was the customer lapsed when they came back?
    const before = thresholdsFor(count >= 3 ? (previous - first) / (count - 2) : null, rules);
    if (lastGap > before.thresholds.lapsed) return show('reactivated', 'returnedAfterLapse');
  }
  return show('active', 'withinRhythm');
}

const DEFAULT_GAP_MULTIPLES: InactivityDays = { atRisk: 2, lapsed: 3, churned: 4 };
const DEFAULT_FALLBACK_DAYS: InactivityDays = { atRisk: 90, lapsed: 180, churned: 365 };
const DEFAULT_MINIMUM_DAYS: InactivityDays = { atRisk: 14, lapsed: 30, churned: 60 };

interface Limits {
  thresholds: InactivityDays;
  sources: ThresholdSources;
}

function thresholdsFor(typicalGap: number | null, rules: LifecycleRules): Limits {
  const thresholds = { atRisk: 0, lapsed: 0, churned: 0 };
  const sources = { atRisk: 'fixed', lapsed: 'fixed', churned: 'fixed' } as ThresholdSources;
  for (const key of ['atRisk', 'lapsed', 'churned'] as const) {
    const pinned = rules.fixedDays?.[key];
    const floor = rules.minimumDays?.[key] ?? DEFAULT_MINIMUM_DAYS[key];
    const gapBased = typicalGap === null ? 0 : (rules.gapMultiples?.[key] ?? DEFAULT_GAP_MULTIPLES[key]) * typicalGap;
    [thresholds[key], sources[key]] =
      pinned !== undefined
        ? [pinned, 'fixed']
        : typicalGap === null
          ? [rules.fallbackDays?.[key] ?? DEFAULT_FALLBACK_DAYS[key], 'fallback']
          : gapBased < floor
            ? [floor, 'minimum']
            : [gapBased, 'typicalGap'];
  }
  return { thresholds, sources };
}

function explain(
  stage: LifecycleStageName,
  reason: LifecycleStageResult['reason'],
  since: number | null,
  tenure: number | null,
  typicalGap: number | null,
  lastGap: number | null,
  limits: Limits,
  newWithinDays: number,
): LifecycleStageResult {
  return {
    stage,
    reason,
    daysSinceLastPurchase: since,
    tenureDays: tenure,
    typicalGapDays: typicalGap,
    lastGapDays: lastGap,
    thresholds: limits.thresholds,
    sources: limits.sources,
    newWithinDays,
  };
}
