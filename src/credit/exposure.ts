/**
 * The credit check at order entry: SAP's credit exposure against the limit, plus the checks on
 * overdue items and grade, giving `approve`, `review` or `block` with reasons.
 *
 * Credit exposure as SAP defines it ("Different Types of Credit Checks", SAP Library, SD credit
 * management: https://help.sap.com/saphelp_globext607_10/helpdata/en/93/74382d546011d1a7020000e829fd11/content.htm):
 * the total of open orders (order items not yet delivered), open deliveries (delivered, not yet
 * invoiced), open billing documents (invoiced, not yet passed to accounting) and open items
 * (receivables in accounting not yet paid). The order being checked comes on top.
 *
 * Rules (thresholds in `policy`):
 * - exposure after the order above the limit × (1 + `tolerance`) → **block** (`OVER_LIMIT`);
 * - utilisation after the order at or above `reviewUtilisation` (0.9) → **review** (`NEAR_LIMIT`);
 * - the oldest open item more than `blockOldestDays` (60) days past due → **block**, more than
 *   `reviewOldestDays` (30) → **review** (`OLDEST_ITEM_OVERDUE`; SAP's "oldest open item" check);
 * - overdue receivables above `maxOverdueShare` (10 %) of open receivables → **review**
 *   (`OVERDUE_SHARE`; SAP's "overdue open items" check);
 * - the grade worse than `minGrade` → **block** (`GRADE_BELOW_FLOOR`).
 * The decision is the most severe reason's; no reason, `approve`. Only the first two depend on
 * the order amount, and both can only get worse as it grows, so the decision is monotone in it.
 */
import * as z from 'zod/mini';
import {
  type Decimal,
  type DecimalInput,
  fail,
  formatDecimal,
  integerSchema,
  invalid,
  nonNegativeAmount,
  optional,
  probabilitySchema,
  readAmount,
  readInteger,
  readNumber,
  readStrict,
  readString,
  scaleSchema,
  toScale,
} from '../core/index.js';
import { gradeIndex, readGradeScale } from './internal.js';

/** The thresholds of {@link checkCreditExposure}. */
export interface CreditExposurePolicy {
  /** Share over the limit still allowed before blocking; default 0. */
  tolerance?: number | undefined;
  /** Utilisation after the order at or above which the order is reviewed; default 0.9. */
  reviewUtilisation?: number | undefined;
  /** Oldest item days past due above which the order is reviewed; default 30. */
  reviewOldestDays?: number | undefined;
  /** Oldest item days past due above which the order is blocked; default 60. */
  blockOldestDays?: number | undefined;
  /** Overdue share of open receivables above which the order is reviewed; default 0.1. */
  maxOverdueShare?: number | undefined;
  /** The worst grade still allowed credit; omit for no grade check. */
  minGrade?: string | undefined;
  /** The grade scale, best first; default AAA, AA, A, BBB, BB, B, CCC, CC, C. */
  grades?: string[] | undefined;
}

/** What is overdue of a customer's open receivables. */
export interface OverdueFigures {
  /** Amount past due (part of `openReceivables`); default 0. */
  amount?: DecimalInput | undefined;
  /** Days past due of the oldest open item; default 0. */
  oldestDays?: number | undefined;
}

/** The input of {@link checkCreditExposure}. */
export interface CreditExposureInput {
  /** The customer's credit limit (zero or more). */
  limit: DecimalInput;
  /** Open items: receivables in accounting not yet paid. */
  openReceivables: DecimalInput;
  /** Open orders: ordered, not yet delivered; default 0. */
  openOrders?: DecimalInput | undefined;
  /** Open deliveries: delivered, not yet invoiced; default 0. */
  unbilledDeliveries?: DecimalInput | undefined;
  /** Open billing documents: invoiced, not yet in accounting; default 0. */
  openBillingDocuments?: DecimalInput | undefined;
  /** The order being checked (zero or more). */
  orderAmount: DecimalInput;
  /** Overdue receivables: the amount past due (part of `openReceivables`) and the oldest item's days past due. */
  overdue?: OverdueFigures | undefined;
  /** The customer's grade (needed when `policy.minGrade` is set). */
  grade?: string | undefined;
  /** Thresholds (see {@link CreditExposurePolicy}). */
  policy?: CreditExposurePolicy | undefined;
  /** Decimals of the amounts; default 2. */
  scale?: number | undefined;
}

/** One reason for a decision. */
export interface ExposureReason {
  /** `'OVER_LIMIT'`, `'NEAR_LIMIT'`, `'OLDEST_ITEM_OVERDUE'`, `'OVERDUE_SHARE'` or `'GRADE_BELOW_FLOOR'`. */
  code: string;
  /** What the reason calls for. */
  severity: 'review' | 'block';
  /** A sentence with the figures. */
  message: string;
}

/** The result of {@link checkCreditExposure}. */
export interface CreditExposureCheck {
  /** `'approve'`, `'review'` or `'block'`. */
  decision: 'approve' | 'review' | 'block';
  /** The reasons, most severe first. */
  reasons: ExposureReason[];
  /** The credit limit. */
  limit: string;
  /** Exposure before the order: open receivables + billing documents + deliveries + orders. */
  exposure: string;
  /** Exposure with the order. */
  exposureAfter: string;
  /** Limit minus exposure after the order (negative when over). */
  availableAfter: string;
  /** Exposure / limit before the order, or `null` with a zero limit. */
  utilisationBefore: number | null;
  /** Exposure / limit after the order, or `null` with a zero limit. */
  utilisationAfter: number | null;
}

/**
 * The schema of a {@link CreditExposureInput}.
 *
 * @example
 * ```ts
 * import { CreditExposureInputSchema } from 'salesops-kit/credit';
 *
 * CreditExposureInputSchema.safeParse({ limit: 50000, openReceivables: 20000, orderAmount: 5000 }).success //=> true
 * CreditExposureInputSchema.safeParse({ limit: 50000, openReceivables: 20000, orderAmount: -1 }).success //=> false
 * ```
 */
export const CreditExposureInputSchema: z.ZodMiniType<CreditExposureInput> = /* @__PURE__ */ (() =>
  z.strictObject({
    limit: nonNegativeAmount(),
    openReceivables: nonNegativeAmount(),
    openOrders: z.optional(nonNegativeAmount()),
    unbilledDeliveries: z.optional(nonNegativeAmount()),
    openBillingDocuments: z.optional(nonNegativeAmount()),
    orderAmount: nonNegativeAmount(),
    overdue: z.optional(z.strictObject({ amount: z.optional(nonNegativeAmount()), oldestDays: z.optional(integerSchema(0)) })),
    grade: z.optional(z.string()),
    policy: z.optional(
      z.strictObject({
        tolerance: z.optional(z.number().check(z.gte(0, 'must not be negative'))),
        reviewUtilisation: z.optional(z.number().check(z.gte(0, 'must not be negative'))),
        reviewOldestDays: z.optional(integerSchema(0)),
        blockOldestDays: z.optional(integerSchema(0)),
        maxOverdueShare: z.optional(probabilitySchema()),
        minGrade: z.optional(z.string()),
        grades: z.optional(z.array(z.string())),
      }),
    ),
    scale: z.optional(scaleSchema()),
  }))() as never;

/**
 * Checks an order against the customer's credit: SAP's credit exposure (open orders, open
 * deliveries, open billing documents and open items) plus the order, against the limit, and the
 * checks on overdue items and grade; decides `approve`, `review` or `block` with reasons.
 *
 * @param input - `{ limit, openReceivables, openOrders?, unbilledDeliveries?, openBillingDocuments?, orderAmount, overdue?, grade?, policy?, scale? }`
 * @returns `{ decision, reasons, limit, exposure, exposureAfter, availableAfter, utilisationBefore, utilisationAfter }`
 * @throws {@link SalesOpsError} INVALID_INPUT when an amount is negative or invalid, a threshold is
 *   out of range (`blockOldestDays` below `reviewOldestDays`), a grade is not on the scale, or
 *   `policy.minGrade` is set without a `grade`
 * @throws {@link SalesOpsError} INCONSISTENT_TOTALS when the overdue amount exceeds the open receivables
 *
 * @example
 * ```ts
 * import { checkCreditExposure } from 'salesops-kit/credit';
 *
 * const check = checkCreditExposure({
 *   limit: '50000', openReceivables: '30000', openOrders: '8000', unbilledDeliveries: '2000',
 *   orderAmount: '6000', overdue: { amount: '1000', oldestDays: 12 },
 * });
 * check.exposureAfter //=> '46000.00'
 * check.decision //=> 'review'
 * check.reasons.map((r) => r.code) //=> ['NEAR_LIMIT']
 * ```
 */
export function checkCreditExposure(input: CreditExposureInput): CreditExposureCheck {
  // Read by hand (CreditExposureInputSchema rejects the same values) so that one order check
  // does not pull zod's object machinery into a bundle.
  const v = readStrict(
    input,
    ['input'],
    [
      'limit',
      'openReceivables',
      'openOrders',
      'unbilledDeliveries',
      'openBillingDocuments',
      'orderAmount',
      'overdue',
      'grade',
      'policy',
      'scale',
    ],
  );
  const amount = (key: string): Decimal => readAmount(v[key] === undefined ? 0 : v[key], ['input', key], 'nonNegative');
  for (const key of ['limit', 'openReceivables', 'orderAmount']) if (v[key] === undefined) invalid(['input', key], 'is required');
  const limit = amount('limit');
  const receivables = amount('openReceivables');
  const exposure = receivables.plus(amount('openBillingDocuments')).plus(amount('unbilledDeliveries')).plus(amount('openOrders'));
  const after = exposure.plus(amount('orderAmount'));
  const due = optional(v.overdue, (o) => readStrict(o, ['input', 'overdue'], ['amount', 'oldestDays'])) ?? {};
  const overdue = readAmount(due.amount === undefined ? 0 : due.amount, ['input', 'overdue', 'amount'], 'nonNegative');
  const oldest = optional(due.oldestDays, (d) => readInteger(d, ['input', 'overdue', 'oldestDays'], 0)) ?? 0;
  if (overdue.gt(receivables))
    fail('INCONSISTENT_TOTALS', ['input', 'overdue', 'amount'], `must not exceed openReceivables (${receivables.toString()})`, due.amount);
  const p =
    optional(v.policy, (o) =>
      readStrict(
        o,
        ['input', 'policy'],
        ['tolerance', 'reviewUtilisation', 'reviewOldestDays', 'blockOldestDays', 'maxOverdueShare', 'minGrade', 'grades'],
      ),
    ) ?? {};
  const num = (key: string, max?: number): number | undefined => optional(p[key], (n) => readNumber(n, ['input', 'policy', key], 0, max));
  const whole = (key: string): number | undefined => optional(p[key], (n) => readInteger(n, ['input', 'policy', key], 0));
  const policy = {
    tolerance: num('tolerance'),
    reviewUtilisation: num('reviewUtilisation'),
    reviewOldestDays: whole('reviewOldestDays'),
    blockOldestDays: whole('blockOldestDays'),
    maxOverdueShare: num('maxOverdueShare', 1),
    minGrade: optional(p.minGrade, (g) => readString(g, ['input', 'policy', 'minGrade'])),
  };
  const gradeValue = optional(v.grade, (g) => readString(g, ['input', 'grade']));
  const scale = toScale(v.scale, ['input', 'scale'], 2);
  const tolerance = policy.tolerance ?? 0;
  const reviewUtilisation = policy.reviewUtilisation ?? 0.9;
  const reviewDays = policy.reviewOldestDays ?? 30;
  const blockDays = policy.blockOldestDays ?? 60;
  if (blockDays < reviewDays)
    invalid(['input', 'policy', 'blockOldestDays'], `must not be below reviewOldestDays (${reviewDays})`, blockDays);
  const money = (d: Decimal): string => formatDecimal(d, scale);
  const share = (d: Decimal): number | null => (limit.isZero() ? null : d.dividedBy(limit).toNumber());
  const reasons: ExposureReason[] = [];
  const add = (code: string, severity: 'review' | 'block', message: string): number => reasons.push({ code, severity, message });

  if (after.gt(limit.times(1 + tolerance))) {
    add(
      'OVER_LIMIT',
      'block',
      `exposure after the order ${money(after)} exceeds the limit ${money(limit)}${tolerance > 0 ? ` plus ${tolerance * 100} % tolerance` : ''} by ${money(after.minus(limit))}`,
    );
  } else if (limit.isZero() ? after.gt(0) : after.dividedBy(limit).gte(reviewUtilisation)) {
    add(
      'NEAR_LIMIT',
      'review',
      `exposure after the order ${money(after)} uses ${show(share(after))} of the limit ${money(limit)} (review from ${show(reviewUtilisation)})`,
    );
  }
  if (oldest > reviewDays) {
    add(
      'OLDEST_ITEM_OVERDUE',
      oldest > blockDays ? 'block' : 'review',
      `the oldest open item is ${oldest} days past due (${oldest > blockDays ? `block above ${blockDays}` : `review above ${reviewDays}`})`,
    );
  }
  const maxShare = policy.maxOverdueShare ?? 0.1;
  if (receivables.gt(0) && overdue.dividedBy(receivables).gt(maxShare)) {
    add(
      'OVERDUE_SHARE',
      'review',
      `${money(overdue)} overdue is ${show(overdue.dividedBy(receivables).toNumber())} of open receivables ${money(receivables)} (review above ${show(maxShare)})`,
    );
  }
  if (policy.minGrade !== undefined) {
    const grades = readGradeScale(p.grades, ['input', 'policy', 'grades']);
    const floor = gradeIndex(policy.minGrade, grades, ['input', 'policy', 'minGrade']);
    if (gradeValue === undefined) invalid(['input', 'grade'], 'is required when policy.minGrade is set');
    if (gradeIndex(gradeValue, grades, ['input', 'grade']) > floor)
      add('GRADE_BELOW_FLOOR', 'block', `grade ${gradeValue} is below the floor ${policy.minGrade}`);
  }
  reasons.sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'block' ? -1 : 1));
  return {
    decision: reasons.length === 0 ? 'approve' : reasons[0]?.severity === 'block' ? 'block' : 'review',
    reasons,
    limit: money(limit),
    exposure: money(exposure),
    exposureAfter: money(after),
    availableAfter: money(limit.minus(after)),
    utilisationBefore: share(exposure),
    utilisationAfter: share(after),
  };
}

function show(ratio: number | null): string {
  return `${Math.round((ratio ?? 0) * 1000) / 10} %`;
}
