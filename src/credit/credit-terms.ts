/**
 * Credit terms by grade: a credit limit, payment terms, prepayment and guarantee requirements,
 * and how often to review.
 *
 * The limit is a share of the customer's expected annual purchases (about the receivables its
 * terms will produce, plus a margin), capped by a share of the customer's equity (the old rule
 * of thumb "no more than a tenth of net worth", scaled by grade), and rounded **down** to the
 * cent (or to `roundTo`), so it never exceeds either bound. Defaults per grade:
 *
 * | grade | share of purchases | share of equity | terms (days) | prepayment | guarantee | review (months) |
 * | --- | --- | --- | --- | --- | --- | --- |
 * | AAA | 25 % | 20 % | 60 | no | no | 12 |
 * | AA | 22 % | 15 % | 60 | no | no | 12 |
 * | A | 18 % | 12 % | 45 | no | no | 12 |
 * | BBB | 14 % | 10 % | 30 | no | no | 6 |
 * | BB | 10 % | 8 % | 30 | no | no | 6 |
 * | B | 6 % | 5 % | 15 | no | yes | 3 |
 * | CCC | 3 % | 2 % | 0 | no | yes | 3 |
 * | CC | 0 % | 0 % | 0 | yes | yes | 1 |
 * | C | 0 % | 0 % | 0 | yes | yes | 1 |
 */
import * as z from 'zod/mini';
import {
  addMonthsToDay,
  Dec,
  type DateInput,
  DateInputSchema,
  type Decimal,
  type DecimalInput,
  formatDay,
  formatDecimal,
  getOwn,
  invalid,
  type IssuePath,
  nonNegativeAmount,
  positiveAmount,
  recordSchema,
  scaleSchema,
  DecimalInputSchema,
  isObject,
  optional,
  readAmount,
  readBoolean,
  readInteger,
  readNumber,
  readStrict,
  toDay,
  toScale,
} from '../core/index.js';

/** What a grade gets: limit shares, terms, requirements and review frequency. */
export interface CreditTermsRule {
  /** Limit as a share of expected annual purchases (0.25 = a quarter). */
  limitShare: number;
  /** Cap as a share of the customer's equity, or `null` for no cap. */
  equityShare: number | null;
  /** Payment terms in days (0 = cash on delivery). */
  paymentTermsDays: number;
  /** Whether orders must be paid before delivery. */
  prepaymentRequired: boolean;
  /** Whether a guarantee (bank guarantee, parent guarantee, credit insurance) is required. */
  guaranteeRequired: boolean;
  /** Months between credit reviews. */
  reviewEveryMonths: number;
}

/** The context of {@link recommendCreditTerms}. */
export interface CreditTermsContext {
  /** What the customer is expected to buy in a year (zero or more). */
  expectedAnnualPurchases: DecimalInput;
  /** The customer's equity (net worth); omit when unknown (no equity cap then). */
  equity?: DecimalInput | undefined;
  /** Today, to date the next review; omit for no date. */
  asOf?: DateInput | undefined;
  /** Round the limit down to a multiple of this (e.g. 1000); default one unit of `scale`. */
  roundTo?: DecimalInput | undefined;
  /** Decimals of the amounts; default 2. */
  scale?: number | undefined;
  /** Overrides by grade, merged over the defaults (a grade not in the defaults needs every field). */
  policy?: Record<string, Partial<CreditTermsRule>> | undefined;
}

/** The result of {@link recommendCreditTerms}. */
export interface CreditTerms extends CreditTermsRule {
  /** The grade the terms are for. */
  grade: string;
  /** The recommended credit limit: the lower bound, rounded down. */
  creditLimit: string;
  /** Expected annual purchases × `limitShare`. */
  purchasesLimit: string;
  /** Equity × `equityShare` (0 with negative equity), or `null` when there is no equity figure or cap. */
  equityLimit: string | null;
  /** Which bound set the limit. */
  limitBasis: 'purchases' | 'equity';
  /** The date of the next review (`asOf` + `reviewEveryMonths`), or `null` without `asOf`. */
  nextReview: string | null;
  /** The reasoning, in a sentence. */
  explanation: string;
}

const RULE_KEYS: Array<keyof CreditTermsRule> = [
  'limitShare',
  'equityShare',
  'paymentTermsDays',
  'prepaymentRequired',
  'guaranteeRequired',
  'reviewEveryMonths',
];

const DEFAULT_TERMS: Record<string, [number, number, number, 0 | 1, 0 | 1, number]> = {
  AAA: [0.25, 0.2, 60, 0, 0, 12],
  AA: [0.22, 0.15, 60, 0, 0, 12],
  A: [0.18, 0.12, 45, 0, 0, 12],
  BBB: [0.14, 0.1, 30, 0, 0, 6],
  BB: [0.1, 0.08, 30, 0, 0, 6],
  B: [0.06, 0.05, 15, 0, 1, 3],
  CCC: [0.03, 0.02, 0, 0, 1, 3],
  CC: [0, 0, 0, 1, 1, 1],
  C: [0, 0, 0, 1, 1, 1],
};

const ruleShape = (): Record<keyof CreditTermsRule, z.ZodMiniType> => ({
  limitShare: z.number().check(z.gte(0, 'must not be negative')),
  equityShare: z.nullable(z.number().check(z.gte(0, 'must not be negative'))),
  paymentTermsDays: z.int().check(z.gte(0, 'must not be negative')),
  prepaymentRequired: z.boolean(),
  guaranteeRequired: z.boolean(),
  reviewEveryMonths: z.int().check(z.gte(1, 'must be at least 1')),
});

/**
 * The schema of a {@link CreditTermsContext}.
 *
 * @example
 * ```ts
 * import { CreditTermsContextSchema } from 'salesops-kit/credit';
 *
 * CreditTermsContextSchema.safeParse({ expectedAnnualPurchases: '480000', equity: '2000000' }).success //=> true
 * CreditTermsContextSchema.safeParse({ expectedAnnualPurchases: -5 }).success //=> false
 * ```
 */
export const CreditTermsContextSchema: z.ZodMiniType<CreditTermsContext> = /* @__PURE__ */ (() =>
  z.strictObject({
    expectedAnnualPurchases: nonNegativeAmount(),
    equity: z.optional(DecimalInputSchema),
    asOf: z.optional(DateInputSchema),
    roundTo: z.optional(positiveAmount()),
    scale: z.optional(scaleSchema()),
    policy: z.optional(recordSchema(z.partial(z.strictObject(ruleShape())))),
  }))() as never;

/**
 * Recommends credit terms for a grade: a credit limit (a share of expected annual purchases,
 * capped by a share of equity, rounded down), payment terms, whether prepayment or a guarantee
 * is required, and when to review. Defaults per grade are in the table of the module notes and
 * the guide; override any of them with `context.policy`.
 *
 * @param grade - the customer's grade (default scale AAA … C, or a grade of your policy)
 * @param context - `{ expectedAnnualPurchases, equity?, asOf?, roundTo?, scale?, policy? }`
 * @returns the grade's rule and the limit: `{ creditLimit, purchasesLimit, equityLimit, limitBasis, paymentTermsDays, … }`
 * @throws {@link SalesOpsError} INVALID_INPUT when the grade has no rule, an amount is invalid, or a
 *   policy entry is incomplete or out of range
 *
 * @example
 * ```ts
 * import { recommendCreditTerms } from 'salesops-kit/credit';
 *
 * const terms = recommendCreditTerms('BBB', { expectedAnnualPurchases: '480000', equity: '500000', roundTo: 1000, asOf: '2026-04-01' });
 * terms.creditLimit //=> '50000.00'
 * terms.limitBasis //=> 'equity'
 * terms.paymentTermsDays //=> 30
 * terms.nextReview //=> '2026-10-01'
 * ```
 */
export function recommendCreditTerms(grade: string, context: CreditTermsContext): CreditTerms {
  // Read by hand (CreditTermsContextSchema rejects the same values) so that recommending terms
  // does not pull zod's object machinery into a bundle.
  const ctx = readStrict(context, ['context'], ['expectedAnnualPurchases', 'equity', 'asOf', 'roundTo', 'scale', 'policy']);
  const purchasesIn = readAmount(ctx.expectedAnnualPurchases, ['context', 'expectedAnnualPurchases'], 'nonNegative');
  const equityIn = optional(ctx.equity, (e) => readAmount(e, ['context', 'equity']));
  const asOf = optional(ctx.asOf, (d) => toDay(d, ['context', 'asOf']));
  const roundTo = optional(ctx.roundTo, (r) => readAmount(r, ['context', 'roundTo'], 'positive'));
  const scale = toScale(ctx.scale, ['context', 'scale'], 2);
  const policy = optional(ctx.policy, (o) => {
    if (!isObject(o)) invalid(['context', 'policy'], 'must be an object', o);
    return o;
  });
  if (typeof grade !== 'string' || grade === '') invalid(['grade'], 'must be a grade such as "BBB"', grade);
  const defaults = getOwn(DEFAULT_TERMS, grade);
  const override = policy === undefined ? undefined : getOwn(policy, grade);
  if (defaults === undefined && override === undefined) invalid(['grade'], 'has no rule: pass its terms in context.policy', grade);
  const given = override === undefined ? {} : readStrict(override, ['context', 'policy', grade], RULE_KEYS);
  const at = (key: string): IssuePath => ['context', 'policy', grade, key];
  const rule: Partial<Record<keyof CreditTermsRule, unknown>> = {
    limitShare: optional(given.limitShare, (n) => readNumber(n, at('limitShare'), 0)),
    equityShare: given.equityShare === null ? null : optional(given.equityShare, (n) => readNumber(n, at('equityShare'), 0)),
    paymentTermsDays: optional(given.paymentTermsDays, (n) => readInteger(n, at('paymentTermsDays'), 0)),
    prepaymentRequired: optional(given.prepaymentRequired, (b) => readBoolean(b, at('prepaymentRequired'))),
    guaranteeRequired: optional(given.guaranteeRequired, (b) => readBoolean(b, at('guaranteeRequired'))),
    reviewEveryMonths: optional(given.reviewEveryMonths, (n) => readInteger(n, at('reviewEveryMonths'), 1)),
  };
  if (defaults !== undefined) {
    const [limitShare, equityShare, paymentTermsDays, prepay, guarantee, reviewEveryMonths] = defaults;
    const base = {
      limitShare,
      equityShare,
      paymentTermsDays,
      prepaymentRequired: prepay === 1,
      guaranteeRequired: guarantee === 1,
      reviewEveryMonths,
    };
    for (const key of RULE_KEYS) if (rule[key] === undefined) rule[key] = base[key];
  }
  for (const key of RULE_KEYS) {
    if (rule[key] === undefined) invalid(['context', 'policy', grade, key], `is required for grade ${grade}, which has no default`);
  }
  const full = rule as unknown as CreditTermsRule;
  const step = roundTo ?? new Dec(1).dividedBy(new Dec(10).pow(scale));
  const purchases = purchasesIn.times(full.limitShare);
  const equity = equityIn === undefined || full.equityShare === null ? undefined : atLeastZero(equityIn).times(full.equityShare);
  const byEquity = equity !== undefined && equity.lt(purchases);
  const bound = byEquity ? (equity as Decimal) : purchases;
  const limit = bound.dividedBy(step).floor().times(step);
  const money = (d: Decimal): string => formatDecimal(d, scale);
  const creditLimit = money(limit);
  return {
    grade,
    creditLimit,
    purchasesLimit: money(purchases),
    equityLimit: equity === undefined ? null : money(equity),
    limitBasis: byEquity ? 'equity' : 'purchases',
    ...full,
    nextReview: asOf === undefined ? null : formatDay(addMonthsToDay(asOf, full.reviewEveryMonths)),
    explanation:
      `Grade ${grade}: limit ${creditLimit} = ${byEquity ? `${full.equityShare as number} × equity` : `${full.limitShare} × expected annual purchases`}` +
      `${equity === undefined ? '' : byEquity ? ` (below ${full.limitShare} × purchases = ${money(purchases)})` : ` (below ${full.equityShare as number} × equity = ${money(equity)})`}` +
      `, rounded down to a multiple of ${step.toString()}; ${full.paymentTermsDays} days' terms` +
      `${full.prepaymentRequired ? ', prepayment required' : ''}${full.guaranteeRequired ? ', guarantee required' : ''}; review every ${full.reviewEveryMonths} months.`,
  };
}

function atLeastZero(d: Decimal): Decimal {
  return d.isNegative() ? new Dec(0) : d;
}
