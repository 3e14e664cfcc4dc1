/**
 * Customer value tiers: Pareto / ABC by cumulative share of value, or a weighted multi-criteria
 * score cut by thresholds or by shares of customers; optionally stabilised against the previous
 * period's tiers (hysteresis), so accounts are not reshuffled every month.
 */
import * as z from 'zod/mini';
import {
  Dec,
  type Decimal,
  type DecimalInput,
  DecimalInputSchema,
  fail,
  formatDecimal,
  formatUnits,
  idSchema,
  integerSchema,
  invalid,
  isNegativeAmount,
  isObject,
  type IssuePath,
  numberSchema,
  oneOf,
  optional,
  orderKey,
  probabilitySchema,
  readArray,
  readId,
  readInteger,
  readNumber,
  readObject,
  readStrict,
  readWeight,
  recordSchema,
  scaleSchema,
  toDecimal,
  unitsColumn,
  weightSchema,
} from '../core/index.js';
import { sortedIndices } from './rank-scores.js';
import { idSet } from './unique-ids.js';

/** A customer to tier. */
export interface TierCustomer {
  /** The customer's id (unique in the list). */
  customerId: string;
  /** The value measure of the Pareto method (e.g. revenue or margin), zero or more. */
  value?: DecimalInput | undefined;
  /** The measures of the score method, by criterion id; `null` when unknown. */
  measures?: Readonly<Record<string, DecimalInput | null>> | undefined;
}

/** A customer's tier in the previous period, for hysteresis. */
export interface PreviousTier {
  /** The customer's id. */
  customerId: string;
  /** The tier label the customer had. */
  tier: string;
  /** Consecutive periods the customer had already spent below that tier (default 0). */
  periodsBelow?: number | undefined;
}

/** Options shared by both methods. */
interface StabilityOptions {
  /** Last period's tiers (as returned): a customer moves down only after `demoteAfter` periods. */
  previous?: readonly PreviousTier[] | undefined;
  /** Consecutive periods below its tier before a customer moves down (default 3; 1 = at once). */
  demoteAfter?: number | undefined;
}

/** Pareto / ABC tiers by cumulative share of value. */
export interface ParetoTierOptions extends StabilityOptions {
  /** The method. */
  method: 'pareto';
  /** Cumulative value shares that close each tier but the last, increasing (default [0.8, 0.95]). */
  cutoffs?: readonly number[] | undefined;
  /** The tier labels, best first, one more than the cut-offs (default ['A', 'B', 'C']). */
  labels?: readonly string[] | undefined;
  /** Decimals of the `value` returned (default 2). */
  scale?: number | undefined;
}

/** One criterion of the score method. */
export interface TierCriterion {
  /** The measure's key in each customer's `measures`, e.g. `'value'`, `'frequency'`, `'nps'`. */
  id: string;
  /** Its weight, zero or more (normalised over the criteria). */
  weight: number;
  /** How measures are put on a common scale (default `'minMax'`; see {@link tierCustomers}). */
  normalize?: 'minMax' | 'rank' | 'zScore' | undefined;
  /** Whether a higher measure is better (default) or worse, e.g. days beyond terms. */
  direction?: 'higherIsBetter' | 'lowerIsBetter' | undefined;
}

/** Tiers by a weighted multi-criteria score. */
export interface ScoreTierOptions extends StabilityOptions {
  /** The method. */
  method: 'score';
  /** The criteria and their weights. */
  criteria: readonly TierCriterion[];
  /** The tier labels, best first. */
  labels: readonly string[];
  /** Lowest score of each tier but the last, decreasing (give this or `shares`). */
  thresholds?: readonly number[] | undefined;
  /** Share of customers in each tier but the last, best first, e.g. [0.05, 0.15] (or `thresholds`). */
  shares?: readonly number[] | undefined;
}

/** Options of {@link tierCustomers}. */
export type TierCustomersOptions = ParetoTierOptions | ScoreTierOptions;

/** What every tier result holds. */
export interface TierResult {
  /** The customer's id. */
  customerId: string;
  /** The tier, after hysteresis. */
  tier: string;
  /** 1 for the best customer; equal values (or scores) share the lowest rank. */
  rank: number;
  /** The tier this period's figures alone give. */
  computedTier: string;
  /** Last period's tier, or `null`. */
  previousTier: string | null;
  /** Consecutive periods spent below `tier` so far (feed it back next period). */
  periodsBelow: number;
  /** `'new'` (no previous tier), `'same'`, `'up'`, `'down'`, or `'held'` (below, kept up by hysteresis). */
  movement: 'new' | 'same' | 'up' | 'down' | 'held';
}

/** A Pareto tier result. */
export interface ParetoTier extends TierResult {
  /** The customer's value, at `scale`. */
  value: string;
  /** Its share of the total value. */
  share: number;
  /** The cumulative share of all customers ranked up to this one, its block of equal values included. */
  cumulativeShare: number;
}

/** One criterion's part in a customer's score. */
export interface ScoreContribution {
  /** The criterion id. */
  criterion: string;
  /** The measure as given (as a number), or `null` when unknown. */
  measure: number | null;
  /** The normalised measure (higher is better), or `null`. */
  normalized: number | null;
  /** The weight used for this customer: normalised over the criteria it has a measure for. */
  weight: number;
  /** `weight × normalized` (0 when unknown). */
  contribution: number;
}

/** A score tier result. */
export interface ScoreTier extends TierResult {
  /** The weighted score: the sum of the contributions. */
  score: number;
  /** How the score was made, criterion by criterion. */
  contributions: ScoreContribution[];
}

/**
 * The schema of one customer of {@link tierCustomers} (extra fields are allowed).
 *
 * @example
 * ```ts
 * import { TierCustomerSchema } from 'salesops-kit/customers';
 *
 * TierCustomerSchema.safeParse({ customerId: 'c1', value: '1200.00' }).success //=> true
 * TierCustomerSchema.safeParse({ customerId: 'c1', value: '-5' }).success //=> false
 * ```
 */
export const TierCustomerSchema: z.ZodMiniType<TierCustomer> = /* @__PURE__ */ (() =>
  z.looseObject({
    customerId: /* @__PURE__ */ idSchema(),
    value: /* @__PURE__ */ z.optional(
      /* @__PURE__ */ z.custom<DecimalInput>((v) => Number.isNaN(nonNegative(v)) === false, 'must be an amount of zero or more'),
    ),
    measures: /* @__PURE__ */ z.optional(/* @__PURE__ */ recordSchema(/* @__PURE__ */ z.nullable(DecimalInputSchema))),
  }))();

const stability = {
  previous: /* @__PURE__ */ (() =>
    z.optional(
      /* @__PURE__ */ z.array(
        /* @__PURE__ */ z.looseObject({
          customerId: /* @__PURE__ */ idSchema(),
          tier: /* @__PURE__ */ idSchema(),
          periodsBelow: /* @__PURE__ */ z.optional(/* @__PURE__ */ integerSchema(0)),
        }),
      ),
    ))(),
  demoteAfter: /* @__PURE__ */ (() => z.optional(/* @__PURE__ */ integerSchema(1)))(),
};

/**
 * The schema of the options of {@link tierCustomers}.
 *
 * @example
 * ```ts
 * import { TierCustomersOptionsSchema } from 'salesops-kit/customers';
 *
 * TierCustomersOptionsSchema.safeParse({ method: 'pareto', cutoffs: [0.7, 0.9] }).success //=> true
 * TierCustomersOptionsSchema.safeParse({ method: 'pareto', cutoff: [0.7, 0.9] }).success //=> false
 * ```
 */
export const TierCustomersOptionsSchema: z.ZodMiniType<TierCustomersOptions> = /* @__PURE__ */ (() =>
  z.discriminatedUnion('method', [
    /* @__PURE__ */ z.strictObject({
      method: /* @__PURE__ */ z.literal('pareto'),
      cutoffs: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.array(/* @__PURE__ */ probabilitySchema())),
      labels: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.array(/* @__PURE__ */ idSchema())),
      scale: /* @__PURE__ */ z.optional(/* @__PURE__ */ scaleSchema()),
      ...stability,
    }),
    /* @__PURE__ */ z.strictObject({
      method: /* @__PURE__ */ z.literal('score'),
      criteria: /* @__PURE__ */ z.array(
        /* @__PURE__ */ z.strictObject({
          id: /* @__PURE__ */ idSchema(),
          weight: /* @__PURE__ */ weightSchema(),
          normalize: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.enum(['minMax', 'rank', 'zScore'])),
          direction: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.enum(['higherIsBetter', 'lowerIsBetter'])),
        }),
      ),
      labels: /* @__PURE__ */ z.array(/* @__PURE__ */ idSchema()),
      thresholds: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.array(/* @__PURE__ */ numberSchema())),
      shares: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.array(/* @__PURE__ */ probabilitySchema())),
      ...stability,
    }),
  ]) as never)();

/** NaN unless `v` is an amount of zero or more (then its order key, or 0 for exotic forms). */
function nonNegative(v: unknown): number {
  let key = orderKey(v);
  if (Number.isNaN(key)) {
    try {
      key = toDecimal(v, []).toNumber();
    } catch {
      return Number.NaN;
    }
  }
  // The exact sign: '-1e-400' has the key -0 but is below zero, as tierCustomers reads it.
  return key < 0 || isNegativeAmount(v) ? Number.NaN : key;
}

/**
 * Puts customers into value tiers — Pareto / ABC by cumulative share of value, or by a weighted
 * multi-criteria score — and explains each tier.
 *
 * **Pareto** (`method: 'pareto'`): customers sorted by `value`, highest first; a customer's tier
 * is set by the cumulative share of the customers before it: the customer whose cumulative share
 * first reaches or crosses a cut-off still belongs to the upper tier. Customers with equal values
 * are one block: the whole block takes the tier of its first member, so a tie that straddles a
 * cut-off stays in the upper tier, which may then hold more than the cut-off's share. With the
 * default cut-offs [0.8, 0.95], tier A holds the customers that make up the first 80 % of the
 * value (including the one that crosses 80 %), B up to 95 %, C the rest. All values zero →
 * `ZERO_WEIGHTS` (an empty list gives an empty result).
 *
 * **Score** (`method: 'score'`): each criterion's measures are normalised across the customers
 * that have one — `'minMax'`: (v − min) / (max − min), 0.5 when all are equal; `'rank'`: the share
 * of the other customers with a worse measure; `'zScore'`: (v − mean) / standard deviation
 * (population), 0 when all are equal — and flipped for `'lowerIsBetter'`. The score is the sum of
 * weight × normalised measure, with the weights normalised over the criteria the customer has a
 * measure for (a `null` measure is left out, not counted as zero). Tiers by `thresholds` (the
 * first tier whose lowest score the customer reaches) or by `shares` of customers, best first:
 * the customer at position k of n (1-based, sorted by score) is in the first tier whose
 * cumulative share s satisfies k − 1 < s × n, and ties stay together as above.
 *
 * **Hysteresis**: with `previous` tiers, a customer whose computed tier is worse than its
 * previous one keeps the previous tier until it has been below for `demoteAfter` consecutive
 * periods (default 3), counted in `periodsBelow`; moving up is immediate. Previous entries of
 * customers no longer in `customers` are ignored.
 *
 * Results are sorted by rank (best first; ties by `customerId`).
 *
 * @param customers - each with `customerId` and `value` (Pareto) or `measures` (score)
 * @param options - the method and its settings, and optionally `previous` and `demoteAfter`
 * @returns one result per customer, best first, with the figures that set its tier
 * @throws {@link SalesOpsError} INVALID_INPUT when `customers` is not an array, a value is
 *   negative or not an amount, a criterion's measure is missing (use `null` for unknown), the
 *   cut-offs or thresholds are not in order, the labels do not match them in number or repeat,
 *   a previous tier is not one of the labels, or a customer has no measure with a weight
 * @throws {@link SalesOpsError} DUPLICATE_ID when a `customerId` appears twice (in `customers` or
 *   in `previous`)
 * @throws {@link SalesOpsError} ZERO_WEIGHTS when all values are zero (Pareto) or all criteria
 *   weights are zero (score)
 *
 * @example
 * ```ts
 * import { tierCustomers } from 'salesops-kit/customers';
 *
 * const tiers = tierCustomers(
 *   [
 *     { customerId: 'a', value: '500.00' },
 *     { customerId: 'b', value: '300.00' },
 *     { customerId: 'c', value: '100.00' },
 *     { customerId: 'd', value: '60.00' },
 *     { customerId: 'e', value: '40.00' },
 *   ],
 *   { method: 'pareto' },
 * );
 * tiers.map((t) => `${t.customerId}:${t.tier}`) //=> ['a:A', 'b:A', 'c:B', 'd:B', 'e:C']
 * tiers[2]
 * //=> { customerId: 'c', tier: 'B', rank: 3, computedTier: 'B', previousTier: null, periodsBelow: 0,
 * //     movement: 'new', value: '100.00', share: 0.1, cumulativeShare: 0.9 }
 *
 * const vip = tierCustomers(
 *   [
 *     { customerId: 'a', measures: { revenue: 900, nps: 10 } },
 *     { customerId: 'b', measures: { revenue: 500, nps: null } },
 *     { customerId: 'c', measures: { revenue: 100, nps: 3 } },
 *   ],
 *   {
 *     method: 'score',
 *     criteria: [{ id: 'revenue', weight: 3 }, { id: 'nps', weight: 1 }],
 *     labels: ['VIP', 'Gold', 'Standard'],
 *     thresholds: [0.9, 0.4],
 *     previous: [{ customerId: 'b', tier: 'VIP' }],
 *     demoteAfter: 2,
 *   },
 * );
 * vip.map((t) => `${t.customerId}:${t.tier}:${t.movement}`) //=> ['a:VIP:new', 'b:VIP:held', 'c:Standard:new']
 * vip[1]?.score //=> 0.5
 * vip[1]?.periodsBelow //=> 1
 * ```
 */
export function tierCustomers<O extends TierCustomersOptions>(
  customers: readonly TierCustomer[],
  options: O,
): Array<O extends ScoreTierOptions ? ScoreTier : ParetoTier> {
  readTierOptions(options);
  if (!Array.isArray(customers)) invalid(['customers'], 'must be an array', customers);
  const list = customers as readonly TierCustomer[];
  const ids = new Array<string>(list.length);
  const firstTime = idSet(list.length);
  for (let i = 0; i < list.length; i += 1) {
    // The readers are called only when the cheap test fails: their path is built for the error.
    const c = list[i] as unknown;
    const row = isObject(c) ? c : readObject(c, ['customers', i]);
    const raw = row['customerId'];
    const id = typeof raw === 'string' && raw !== '' ? raw : readId(raw, ['customers', i, 'customerId']);
    if (!firstTime(id)) fail('DUPLICATE_ID', ['customers', i, 'customerId'], 'appears more than once', id);
    ids[i] = id;
  }
  const results: Array<ParetoTier | ScoreTier> =
    options.method === 'pareto' ? paretoTiers(list, ids, options) : scoreTiers(list, ids, options);
  applyHysteresis(results, options, labelsOf(options));
  return results as never;
}

const PARETO_KEYS = ['method', 'cutoffs', 'labels', 'scale', 'previous', 'demoteAfter'];
const SCORE_KEYS = ['method', 'criteria', 'labels', 'thresholds', 'shares', 'previous', 'demoteAfter'];

/**
 * Checks the options as {@link TierCustomersOptionsSchema} does, in its words (the tests hold the
 * two to the same verdicts, paths and messages): a program that only tiers its customers does not
 * need zod's object machinery in its bundle.
 */
function readTierOptions(value: unknown): void {
  const path: IssuePath = ['options'];
  const o = readObject(value, path);
  const method = o['method'];
  if (method !== 'pareto' && method !== 'score') invalid([...path, 'method'], 'must be one of "pareto", "score"', method);
  readStrict(o, path, method === 'pareto' ? PARETO_KEYS : SCORE_KEYS);
  const list = (key: string, read: (item: unknown, at: IssuePath) => unknown, required = false): void => {
    const v = o[key];
    if (v !== undefined || required) readArray(v, [...path, key]).forEach((item, k) => read(item, [...path, key, k]));
  };
  if (method === 'pareto') {
    list('cutoffs', (c, at) => readNumber(c, at, 0, 1));
    list('labels', readId);
    optional(o['scale'], (v) => readInteger(v, [...path, 'scale'], 0, 20));
  } else {
    list(
      'criteria',
      (c, at) => {
        const criterion = readStrict(c, at, ['id', 'weight', 'normalize', 'direction']);
        readId(criterion['id'], [...at, 'id']);
        readWeight(criterion['weight'], [...at, 'weight']);
        oneOf(criterion['normalize'], ['minMax', 'rank', 'zScore'], [...at, 'normalize']);
        oneOf(criterion['direction'], ['higherIsBetter', 'lowerIsBetter'], [...at, 'direction']);
      },
      true,
    );
    list('labels', readId, true);
    list('thresholds', (t, at) => readNumber(t, at));
    list('shares', (share, at) => readNumber(share, at, 0, 1));
  }
  list('previous', (p, at) => {
    const previous = readObject(p, at);
    readId(previous['customerId'], [...at, 'customerId']);
    readId(previous['tier'], [...at, 'tier']);
    optional(previous['periodsBelow'], (v) => readInteger(v, [...at, 'periodsBelow'], 0));
  });
  optional(o['demoteAfter'], (v) => readInteger(v, [...path, 'demoteAfter'], 1));
}

function labelsOf(options: TierCustomersOptions): readonly string[] {
  return options.method === 'pareto' ? (options.labels ?? ['A', 'B', 'C']) : options.labels;
}

/** Checks that the labels are distinct and one more than the cuts. */
function checkLabels(labels: readonly string[], cuts: number, path: IssuePath): void {
  if (labels.length !== cuts + 1) invalid(path, `must have ${cuts + 1} labels (one more than the cuts)`, labels);
  if (new Set(labels).size !== labels.length) invalid(path, 'must not repeat a label', labels);
}

/** Checks that the numbers strictly increase (or decrease). */
function checkMonotone(values: readonly number[], increasing: boolean, path: IssuePath): void {
  for (let k = 1; k < values.length; k += 1) {
    const step = (values[k] as number) - (values[k - 1] as number);
    if (increasing ? !(step > 0) : !(step < 0))
      invalid([...path, k], `must be ${increasing ? 'greater' : 'less'} than the one before`, values[k]);
  }
}

function paretoTiers(customers: readonly TierCustomer[], ids: readonly string[], options: ParetoTierOptions): ParetoTier[] {
  const cutoffs = options.cutoffs ?? [0.8, 0.95];
  const labels = labelsOf(options);
  const scale = options.scale ?? 2;
  checkMonotone(cutoffs, true, ['options', 'cutoffs']);
  cutoffs.forEach((c, k) => c > 0 || invalid(['options', 'cutoffs', k], 'must be greater than 0', c));
  checkLabels(labels, cutoffs.length, ['options', 'labels']);

  // Values as integer units at a common scale when exact (the usual case), else decimal.js.
  const n = customers.length;
  if (n === 0) return [];
  const column = unitsColumn(n, (i) => (customers[i] as TierCustomer).value, scale);
  let fast = column !== undefined;
  let total = 0;
  for (let i = 0; i < n && fast; i += 1) {
    const u = (column as { units: Float64Array }).units[i] as number;
    if (u < 0) fast = false; // reported below, in order, with the slow reading
    total += u;
  }
  if (total > Number.MAX_SAFE_INTEGER) fast = false;
  const exact = fast
    ? undefined
    : customers.map((c, i) => {
        const d = toDecimal(c.value, ['customers', i, 'value']);
        if (d.isNegative() && !d.isZero())
          invalid(['customers', i, 'value'], 'must not be negative (leave out or clamp net-refund customers)', c.value);
        return d;
      });
  const exactTotal = exact === undefined ? new Dec(total) : exact.reduce((a, b) => a.plus(b), new Dec(0));
  if (exactTotal.isZero()) fail('ZERO_WEIGHTS', ['customers'], 'values must not all be zero');
  const units = column?.units as Float64Array;
  const places = column?.scale as number;

  // Highest value first, equal values by id; a block of equal values is placed as one.
  const order = exact === undefined ? tiesById(sortedIndices(units).reverse(), units, ids) : tiesById(sortedOrder(exact), exact, ids);
  const out = new Array<ParetoTier>(n);
  let cum = 0;
  let cumExact = new Dec(0);
  let tierIndex = 0;
  for (let start = 0; start < n;) {
    const first = order[start] as number;
    const end = blockEnd(order, start, exact ?? units);
    // The block's tier: how many cut-offs the share before it has already reached.
    while (
      tierIndex < cutoffs.length &&
      reached(cum, cumExact, cutoffs[tierIndex] as number, total, exact === undefined ? undefined : exactTotal)
    )
      tierIndex += 1;
    let share: number;
    let valueText: string;
    if (exact === undefined) {
      const u = units[first] as number;
      cum += u * (end - start);
      share = u / total;
      // The column was read at `scale` decimals, or more when some value has more.
      valueText = places === scale ? formatUnits(u, scale) : formatDecimal(new Dec(u).dividedBy(10 ** places), scale);
    } else {
      const d = exact[first] as Decimal;
      cumExact = cumExact.plus(d.times(end - start));
      share = d.dividedBy(exactTotal).toNumber();
      valueText = formatDecimal(d, scale);
    }
    const cumulativeShare = exact === undefined ? cum / total : cumExact.dividedBy(exactTotal).toNumber();
    const label = labels[tierIndex] as string;
    for (let k = start; k < end; k += 1) {
      out[k] = {
        customerId: ids[order[k] as number] as string,
        tier: label,
        rank: start + 1,
        computedTier: label,
        previousTier: null,
        periodsBelow: 0,
        movement: 'new',
        value: valueText,
        share: share + 0,
        cumulativeShare,
      };
    }
    start = end;
  }
  return out;
}

/** The end of the block of values equal to the one at `order[start]`. */
function blockEnd(order: Int32Array, start: number, values: Float64Array | readonly Decimal[]): number {
  const first = order[start] as number;
  let end = start + 1;
  if (values instanceof Float64Array) {
    const v = values[first];
    while (end < order.length && values[order[end] as number] === v) end += 1;
  } else {
    const v = values[first] as Decimal;
    while (end < order.length && (values[order[end] as number] as Decimal).eq(v)) end += 1;
  }
  return end;
}

/** Sorts each block of equal values in `order` by customer id (code unit order), in place. */
function tiesById(order: Int32Array, values: Float64Array | readonly Decimal[], ids: readonly string[]): Int32Array {
  const byId = (a: number, b: number): number => {
    const x = ids[a] as string;
    const y = ids[b] as string;
    return x < y ? -1 : x > y ? 1 : 0;
  };
  for (let start = 0; start < order.length;) {
    const end = blockEnd(order, start, values);
    if (end - start > 1) order.subarray(start, end).sort(byId);
    start = end;
  }
  return order;
}

/** Whether the cumulative value `cum` has reached `cutoff` of `total`, decided exactly. */
function reached(cum: number, cumExact: Decimal, cutoff: number, total: number, exactTotal: Decimal | undefined): boolean {
  if (exactTotal !== undefined) return cumExact.gte(new Dec(cutoff).times(exactTotal));
  const gap = cum - cutoff * total;
  if (Math.abs(gap) > 1e-6 * total) return gap > 0;
  return new Dec(cum).gte(new Dec(cutoff).times(total));
}

/** Indices by decimal value, highest first (ties in index order; blocks are sorted by id after). */
function sortedOrder(values: readonly Decimal[]): Int32Array {
  const order = new Int32Array(values.length);
  for (let i = 0; i < order.length; i += 1) order[i] = i;
  return order.sort((a, b) => (values[b] as Decimal).cmp(values[a] as Decimal) || a - b);
}

function scoreTiers(customers: readonly TierCustomer[], ids: readonly string[], options: ScoreTierOptions): ScoreTier[] {
  const { criteria, labels, thresholds, shares } = options;
  if ((thresholds === undefined) === (shares === undefined)) invalid(['options'], 'must give either thresholds or shares');
  const cuts = (thresholds ?? shares) as readonly number[];
  const cutsPath = ['options', thresholds === undefined ? 'shares' : 'thresholds'];
  if (thresholds !== undefined) checkMonotone(thresholds, false, cutsPath);
  // With shares: the last position of each tier but the last, ceil(cumulative share × n), exactly.
  let cumulative = new Dec(0);
  const cumulativeShares = thresholds === undefined ? cuts.map((s) => (cumulative = cumulative.plus(s))) : [];
  if (cumulative.gt(1)) invalid(cutsPath, 'must not add up to more than 1', cuts);
  checkLabels(labels, cuts.length, ['options', 'labels']);
  if (criteria.length === 0) invalid(['options', 'criteria'], 'must have at least one criterion');
  const criterionIds = new Set<string>();
  criteria.forEach(
    (c, k) =>
      criterionIds.size === criterionIds.add(c.id).size &&
      fail('DUPLICATE_ID', ['options', 'criteria', k, 'id'], 'appears more than once', c.id),
  );
  const weightSum = criteria.reduce((a, c) => a + c.weight, 0);
  if (!(weightSum > 0)) fail('ZERO_WEIGHTS', ['options', 'criteria'], 'weights must not all be zero');

  // Read and normalise each criterion over the customers that have a measure.
  const n = customers.length;
  const normalized = criteria.map((criterion, k) => {
    const raw = new Float64Array(n);
    for (let i = 0; i < n; i += 1) {
      const measures = (customers[i] as TierCustomer).measures as unknown;
      const path = ['customers', i, 'measures'];
      if (typeof measures !== 'object' || measures === null) invalid(path, 'must be an object of measures', measures);
      if (!Object.prototype.hasOwnProperty.call(measures, criterion.id))
        invalid([...path, criterion.id], 'is required (use null when unknown)');
      const m = (measures as Record<string, unknown>)[criterion.id];
      if (m === null) raw[i] = Number.NaN;
      else {
        const key = orderKey(m);
        raw[i] = Number.isNaN(key) ? toDecimal(m, [...path, criterion.id]).toNumber() : key;
      }
    }
    return { raw, norm: normalize(raw, criterion), weight: criterion.weight / weightSum, k };
  });

  const scores = new Float64Array(n);
  const out = new Array<ScoreTier>(n);
  for (let i = 0; i < n; i += 1) {
    let present = 0;
    for (const c of normalized) if (!Number.isNaN(c.raw[i] as number)) present += c.weight;
    if (!(present > 0)) invalid(['customers', i, 'measures'], 'has no measure for a criterion with a weight');
    let score = 0;
    const contributions = normalized.map((c): ScoreContribution => {
      const known = !Number.isNaN(c.raw[i] as number);
      const weight = known ? c.weight / present : 0;
      const value = known ? (c.norm[i] as number) : 0;
      score += weight * value;
      return {
        criterion: (criteria[c.k] as TierCriterion).id,
        measure: known ? (c.raw[i] as number) : null,
        normalized: known ? value : null,
        weight,
        contribution: weight * value + 0,
      };
    });
    scores[i] = score + 0;
    out[i] = {
      customerId: ids[i] as string,
      tier: '',
      rank: 0,
      computedTier: '',
      previousTier: null,
      periodsBelow: 0,
      movement: 'new',
      score: score + 0,
      contributions,
    };
  }

  const order = tiesById(sortedIndices(scores).reverse(), scores, ids);
  const ends = cumulativeShares.map((s) => s.times(n).ceil().toNumber());
  const sorted = new Array<ScoreTier>(n);
  let tierIndex = 0;
  let rank = 0;
  for (let k = 0; k < n; k += 1) {
    const i = order[k] as number;
    const result = out[i] as ScoreTier;
    if (k === 0 || scores[order[k - 1] as number] !== scores[i]) {
      rank = k + 1;
      if (thresholds === undefined) {
        while (tierIndex < ends.length && k >= (ends[tierIndex] as number)) tierIndex += 1;
      } else {
        tierIndex = thresholds.findIndex((t) => (scores[i] as number) >= t);
        if (tierIndex < 0) tierIndex = thresholds.length;
      }
    }
    result.rank = rank;
    result.tier = result.computedTier = labels[tierIndex] as string;
    sorted[k] = result;
  }
  return sorted;
}

/** A criterion's measures on a common scale, higher is better; NaN stays NaN (unknown). */
function normalize(raw: Float64Array, criterion: TierCriterion): Float64Array {
  const flip = criterion.direction === 'lowerIsBetter';
  const known = raw.filter((v) => !Number.isNaN(v)).sort();
  const m = known.length;
  const out = new Float64Array(raw.length);
  const method = criterion.normalize ?? 'minMax';
  const min = known[0] as number;
  const max = known[m - 1] as number;
  let mean = 0;
  let sd = 0;
  if (method === 'zScore' && m > 0) {
    // Sums over the sorted values, so the result does not depend on the customers' order.
    for (const v of known) mean += v;
    mean /= m;
    for (const v of known) sd += (v - mean) * (v - mean);
    sd = Math.sqrt(sd / m);
  }
  for (let i = 0; i < raw.length; i += 1) {
    const v = raw[i] as number;
    if (Number.isNaN(v)) {
      out[i] = Number.NaN;
      continue;
    }
    let x: number;
    if (method === 'minMax') x = max === min ? 0.5 : flip ? (max - v) / (max - min) : (v - min) / (max - min);
    else if (method === 'zScore') x = sd === 0 ? 0 : (flip ? mean - v : v - mean) / sd;
    else x = m === 1 ? 0.5 : worseCount(known, v, flip) / (m - 1);
    out[i] = x + 0;
  }
  return out;
}

/** The number of known measures worse than `v`: below it, or above it when lower is better. */
function worseCount(sorted: Float64Array, v: number, flip: boolean): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (flip ? (sorted[mid] as number) <= v : (sorted[mid] as number) < v) lo = mid + 1;
    else hi = mid;
  }
  return flip ? sorted.length - lo : lo;
}

/** Applies the previous tiers: moving down waits for `demoteAfter` consecutive periods below. */
function applyHysteresis(results: TierResult[], options: TierCustomersOptions, labels: readonly string[]): void {
  const { previous } = options;
  if (previous === undefined) return;
  const demoteAfter = options.demoteAfter ?? 3;
  const before = new Map<string, PreviousTier>();
  const seen = new Set<string>();
  previous.forEach((p, k) => {
    if (seen.size === seen.add(p.customerId).size)
      fail('DUPLICATE_ID', ['options', 'previous', k, 'customerId'], 'appears more than once', p.customerId);
    if (!labels.includes(p.tier))
      invalid(['options', 'previous', k, 'tier'], `must be one of the labels ${labels.map((l) => JSON.stringify(l)).join(', ')}`, p.tier);
    before.set(p.customerId, p);
  });
  for (const result of results) {
    const p = before.get(result.customerId);
    if (p === undefined) continue;
    const was = labels.indexOf(p.tier);
    const now = labels.indexOf(result.computedTier);
    result.previousTier = p.tier;
    if (now <= was) {
      result.movement = now < was ? 'up' : 'same';
    } else if ((p.periodsBelow ?? 0) + 1 >= demoteAfter) {
      result.movement = 'down';
    } else {
      result.tier = p.tier;
      result.periodsBelow = (p.periodsBelow ?? 0) + 1;
      result.movement = 'held';
    }
  }
}
