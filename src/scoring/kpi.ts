/**
 * Weighted KPI scorecards: each KPI's actual becomes a score on its curve (see `kpi-curve.ts`),
 * the scores are weighted through a two-level tree (groups, then KPIs inside a group), and a KPI
 * without an actual is either excluded — its weight shared by the rest, as SAP does — or scored
 * zero. Nothing is dropped silently: the result lists what was excluded and why.
 */
import * as z from 'zod/mini';
import {
  amountToNumber,
  DecimalInputSchema,
  type DecimalInput,
  fail,
  getOwn,
  idSchema,
  invalid,
  isObject,
  isPlainRecord,
  type IssuePath,
  numberSchema,
  parseInput,
  recordSchema,
  sumNumbers,
  weightSchema,
} from '../core/index.js';
import { compileCurve, type Curve, type KpiCurve, type KpiDirection, type KpiReason, scoreOn } from './kpi-curve.js';
import { uniqueIds } from './shared.js';

export type { KpiCurve, KpiDirection, KpiReason, KpiStep, KpiStepCurve } from './kpi-curve.js';

const STEP_CURVE = /* @__PURE__ */ (() =>
  z.strictObject({
    steps: z.array(z.looseObject({ from: DecimalInputSchema, score: numberSchema(0) })).check(z.minLength(1)),
    onBoundary: z.optional(z.enum(['higher', 'lower'])),
  }))();

/** One KPI of a scorecard. */
export interface KpiDefinition {
  /** The KPI's id; `actuals` are keyed by it. Any non-empty string. */
  id: string;
  /** A display name, echoed in the result. */
  name?: string | undefined;
  /** Its weight: any non-negative number; normalised within its group (or the whole card). */
  weight: number;
  /** The group it belongs to (e.g. `'sales results'`, `'teamwork'`); required when `groupWeights` are given. */
  group?: string | undefined;
  /** Whether more is better (revenue) or less is better (cost of sale, days to close). */
  direction: KpiDirection;
  /** The target: scores 100. */
  target: DecimalInput;
  /**
   * The worst acceptable actual: worse than it, the score is `floor`. For a lower-is-better
   * linear curve it is the worst value (distance scoring: `thresholdScore` there, 100 at target).
   */
  threshold?: DecimalInput | undefined;
  /** The actual that earns the `cap` on a linear curve (over-achievement), better than the target. */
  stretch?: DecimalInput | undefined;
  /** The highest score (default 100; at least 100). Above 100 rewards over-achievement. */
  cap?: number | undefined;
  /** Linear curve: the score exactly at the threshold (default 0), from 0 to 100. */
  thresholdScore?: number | undefined;
  /** The score of an actual worse than the threshold or the first step (default 0). */
  floor?: number | undefined;
  /** The curve; default `'ratio'`, or `'linear'` when a threshold or stretch is given. */
  curve?: KpiCurve | undefined;
}

/** Actuals keyed by KPI id; a missing key or `null` means "no actual". */
export type KpiActuals = Record<string, DecimalInput | null>;

/** Options of {@link scoreKpis}. */
export interface ScoreKpisOptions {
  /**
   * Weights of the groups (a two-level tree): each group's weight is normalised over the groups,
   * then each KPI's weight within its group. Without it, KPI weights are normalised over the whole
   * card and groups are only reported.
   */
  groupWeights?: Record<string, number> | undefined;
  /**
   * A KPI without an actual is `'exclude'`d (default: its weight is shared among the KPIs of its
   * group, or among the other groups when its whole group is missing) or scored 0 (`'scoreZero'`).
   */
  missingActual?: 'exclude' | 'scoreZero' | undefined;
}

/** One scored KPI. */
export interface KpiItemScore {
  /** The KPI's id. */
  id: string;
  /** Its display name, when one was given. */
  name?: string;
  /** Its group, or `null`. */
  group: string | null;
  /** actual / target (or target / actual when lower is better); `null` when that ratio is undefined. */
  achievement: number | null;
  /** The score on the KPI's curve, from 0 to its cap. */
  score: number;
  /** The normalised weight (all items' weights sum to 1). */
  weight: number;
  /** weight × score; the contributions sum to `total`. */
  contribution: number;
  /** Why the score is not the plain curve value (see {@link KpiReason}), or `null`. */
  reason: KpiReason | null;
}

/** One group of a scorecard. */
export interface KpiGroupScore {
  /** The group id. */
  id: string;
  /** Its normalised weight (the sum of its items' weights). */
  weight: number;
  /** The weighted average score of its items (weights within the group). */
  score: number;
  /** Its share of the total: the sum of its items' contributions. */
  contribution: number;
}

/** A KPI or group left out of the total, and why. */
export interface KpiExclusion {
  /** Whether a KPI or a whole group was left out. */
  kind: 'kpi' | 'group';
  /** Its id. */
  id: string;
  /** `NO_ACTUAL`: no actual (for a group: none of its KPIs has one); `NO_WEIGHT_LEFT`: its KPIs with actuals all weigh 0. */
  reason: 'NO_ACTUAL' | 'NO_WEIGHT_LEFT';
}

/** The result of {@link scoreKpis}. */
export interface KpiScorecard {
  /** The weighted score: the sum of the items' contributions (100 = every target met). */
  total: number;
  /** The scored KPIs, in definition order. */
  items: KpiItemScore[];
  /** The groups with scored KPIs, in order of first appearance. */
  groups: KpiGroupScore[];
  /** What was left out of the total, and why. */
  excluded: KpiExclusion[];
  /** How missing actuals were treated. */
  missingActual: 'exclude' | 'scoreZero';
}

/**
 * Schema of a {@link KpiDefinition} (types and ranges; the order of threshold, target and
 * stretch is checked by {@link scoreKpis}).
 *
 * @example
 * ```ts
 * import { KpiDefinitionSchema } from 'salesops-kit/scoring';
 *
 * KpiDefinitionSchema.safeParse({ id: 'revenue', weight: 3, direction: 'higherIsBetter', target: '250000' }).success //=> true
 * KpiDefinitionSchema.safeParse({ id: 'revenue', weight: -1, direction: 'higherIsBetter', target: 1 }).success //=> false
 * ```
 */
export const KpiDefinitionSchema: z.ZodMiniType<KpiDefinition> = /* @__PURE__ */ (() =>
  z.looseObject({
    id: idSchema(),
    name: z.optional(z.string()),
    weight: weightSchema(),
    group: z.optional(idSchema()),
    direction: z.enum(['higherIsBetter', 'lowerIsBetter']),
    target: DecimalInputSchema,
    threshold: z.optional(DecimalInputSchema),
    stretch: z.optional(DecimalInputSchema),
    cap: z.optional(numberSchema(100)),
    thresholdScore: z.optional(numberSchema(0, 100)),
    floor: z.optional(numberSchema(0, 100)),
    curve: z.optional(z.union([z.enum(['ratio', 'linear']), STEP_CURVE])),
  }))();

/**
 * Schema of {@link KpiActuals}: a record of amounts (or `null`), every key checked —
 * `'__proto__'` included.
 *
 * @example
 * ```ts
 * import { KpiActualsSchema } from 'salesops-kit/scoring';
 *
 * KpiActualsSchema.safeParse({ revenue: '231000.00', daysToClose: 41, nps: null }).success //=> true
 * KpiActualsSchema.safeParse({ revenue: 'a lot' }).success //=> false
 * ```
 */
export const KpiActualsSchema: z.ZodMiniType<KpiActuals> = /* @__PURE__ */ (() => recordSchema(z.nullable(DecimalInputSchema)))();

/**
 * Schema of {@link ScoreKpisOptions} (strict: a misspelt option is an error).
 *
 * @example
 * ```ts
 * import { ScoreKpisOptionsSchema } from 'salesops-kit/scoring';
 *
 * ScoreKpisOptionsSchema.safeParse({ groupWeights: { results: 70, attitude: 30 } }).success //=> true
 * ScoreKpisOptionsSchema.safeParse({ missing: 'zero' }).success //=> false
 * ```
 */
export const ScoreKpisOptionsSchema: z.ZodMiniType<ScoreKpisOptions> = /* @__PURE__ */ (() =>
  z.strictObject({
    groupWeights: z.optional(recordSchema(weightSchema())),
    missingActual: z.optional(z.enum(['exclude', 'scoreZero'])),
  }))();

interface CompiledKpi {
  id: string;
  name: string | undefined;
  group: number; // index into Plan.groups, or -1
  weight: number;
  curve: Curve;
}

interface Plan {
  kpis: CompiledKpi[];
  index: Map<string, number>;
  groups: string[];
  groupWeights: number[] | null; // raw weights, when the tree has two levels
  zero: boolean;
  // Scratch space reused person after person (a batch scores 100,000 of them): per group —
  // inner weight, KPIs scored, share, weight, score, plain sum — and per item — group, contribution.
  scratch: Float64Array[];
}

/** Validates the definitions and options once; the plan then scores any number of people. */
function plan(kpis: unknown, options: unknown): Plan {
  // The union would only say "matches no form": check the curve first, for a precise message.
  if (Array.isArray(kpis)) {
    kpis.forEach((k: unknown, i) => {
      const curve = isObject(k) ? k.curve : undefined;
      if (isObject(curve)) parseInput(STEP_CURVE, curve, ['kpis', i, 'curve']);
      else if (curve !== undefined && curve !== 'ratio' && curve !== 'linear')
        invalid(['kpis', i, 'curve'], "must be 'ratio', 'linear' or { steps }", curve);
    });
  }
  const defs = parseInput(z.array(KpiDefinitionSchema).check(z.minLength(1)), kpis, ['kpis']);
  const opts = parseInput(ScoreKpisOptionsSchema, options ?? {}, ['options']);
  const index = uniqueIds(
    defs.map((k) => k.id),
    (i) => ['kpis', i, 'id'],
  );
  const groups: string[] = [];
  const groupIndex = new Map<string, number>();
  const given = opts.groupWeights;
  const compiled = defs.map((k, i): CompiledKpi => {
    let group = -1;
    if (k.group !== undefined) {
      if (given !== undefined && getOwn(given, k.group) === undefined) {
        fail('UNKNOWN_PARENT', ['kpis', i, 'group'], 'is not a key of options.groupWeights', k.group);
      }
      group = groupIndex.get(k.group) ?? groups.push(k.group) - 1;
      groupIndex.set(k.group, group);
    } else if (given !== undefined) invalid(['kpis', i, 'group'], 'is required with options.groupWeights');
    return { id: k.id, name: k.name, group, weight: k.weight, curve: compileCurve(k, ['kpis', i]) };
  });
  let groupWeights: number[] | null = null;
  if (given !== undefined) {
    for (const key of Object.keys(given)) {
      if (!groupIndex.has(key)) invalid(['options', 'groupWeights', key], 'names no KPI group', given[key]);
    }
    groupWeights = groups.map((g) => getOwn(given, g) as number);
    if (!(sumNumbers(groupWeights) > 0)) fail('ZERO_WEIGHTS', ['options', 'groupWeights'], 'must not all be zero');
    groups.forEach((g, gi) => {
      const inner = sumNumbers(compiled.filter((k) => k.group === gi).map((k) => k.weight));
      if (((groupWeights as number[])[gi] as number) > 0 && !(inner > 0)) {
        fail('ZERO_WEIGHTS', ['options', 'groupWeights', g], 'has weight but its KPIs none');
      }
    });
  } else if (!(sumNumbers(compiled.map((k) => k.weight)) > 0)) fail('ZERO_WEIGHTS', ['kpis'], 'must not all weigh zero');
  const g = groups.length + 1;
  const scratch = [g, g, g, g, g, g, compiled.length, compiled.length].map((size) => new Float64Array(size));
  return { kpis: compiled, index, groups, groupWeights, zero: opts.missingActual === 'scoreZero', scratch };
}

/** Scores one person's actuals (a plain object, checked here) on a plan. */
function score(p: Plan, actuals: Record<string, unknown>, path: IssuePath): KpiScorecard {
  for (const key of Object.keys(actuals)) if (!p.index.has(key)) invalid([...path, key], 'is not the id of any KPI', actuals[key]);
  const { kpis, groups } = p;
  const g = groups.length; // group index g collects the ungrouped KPIs
  for (const array of p.scratch) array.fill(0);
  const [inner, has, share, groupWeight, groupScore, groupSum, groupOf, contributions] = p.scratch as [
    Float64Array,
    Float64Array,
    Float64Array,
    Float64Array,
    Float64Array,
    Float64Array,
    Float64Array,
    Float64Array,
  ];
  const items: KpiItemScore[] = [];
  const excluded: KpiExclusion[] = [];
  for (const kpi of kpis) {
    const raw = getOwn(actuals, kpi.id);
    if ((raw === undefined || raw === null) && !p.zero) {
      excluded.push({ kind: 'kpi', id: kpi.id, reason: 'NO_ACTUAL' });
      continue;
    }
    const gi = kpi.group < 0 ? g : kpi.group;
    // The curve fills in achievement, score and reason; weight holds the raw weight until normalised.
    const item: KpiItemScore = {
      id: kpi.id,
      group: kpi.group < 0 ? null : (groups[gi] as string),
      achievement: null,
      score: 0,
      weight: kpi.weight,
      contribution: 0,
      reason: 'NO_ACTUAL_SCORED_ZERO',
    };
    if (kpi.name !== undefined) item.name = kpi.name;
    if (raw !== undefined && raw !== null) {
      // Plain finite numbers skip the general reader (and its path array) on the hot path.
      scoreOn(kpi.curve, typeof raw === 'number' && Math.abs(raw) < 1e21 ? raw + 0 : amountToNumber(raw, [...path, kpi.id]), item);
    }
    groupOf[items.push(item) - 1] = gi;
    inner[gi]! += kpi.weight;
    has[gi]! += 1;
  }
  if (items.length === 0) invalid(path, 'has no actual for any KPI');
  // Each group's share of the card: over the groups still carrying weight.
  let total = 0;
  for (let gi = 0; gi <= g; gi += 1) {
    const carries = (inner[gi] as number) > 0;
    if (p.groupWeights === null) total += inner[gi] as number;
    else if (gi < g && carries) total += p.groupWeights[gi] as number;
    else if (gi < g) excluded.push({ kind: 'group', id: groups[gi] as string, reason: has[gi] === 0 ? 'NO_ACTUAL' : 'NO_WEIGHT_LEFT' });
  }
  if (!(total > 0)) fail('ZERO_WEIGHTS', path, 'leaves no weighted KPI with an actual');
  for (let gi = 0; gi <= g; gi += 1) {
    if ((inner[gi] as number) > 0) share[gi] = (p.groupWeights === null ? (inner[gi] as number) : (p.groupWeights[gi] as number)) / total;
  }
  items.forEach((item, k) => {
    const gi = groupOf[k] as number;
    const within = (inner[gi] as number) > 0 ? item.weight / (inner[gi] as number) : 0;
    // `+ 0`: a weight of -0 given is reported as 0 (results never hold -0).
    item.weight = (share[gi] as number) * within + 0;
    item.contribution = item.weight * item.score + 0;
    contributions[k] = item.contribution;
    groupWeight[gi]! += item.weight;
    groupScore[gi]! += within * item.score;
    groupSum[gi]! += item.score;
  });
  const groupScores: KpiGroupScore[] = [];
  for (let gi = 0; gi < g; gi += 1) {
    if (has[gi] === 0) continue;
    const w = groupWeight[gi] as number;
    // A group whose KPIs all weigh zero still gets a score: the plain mean of its items.
    const value = (inner[gi] as number) > 0 ? (groupScore[gi] as number) : (groupSum[gi] as number) / (has[gi] as number);
    groupScores.push({ id: groups[gi] as string, weight: w, score: value, contribution: w * value });
  }
  return { total: sumNumbers(contributions), items, groups: groupScores, excluded, missingActual: p.zero ? 'scoreZero' : 'exclude' };
}

/**
 * Scores one salesperson (or channel, or team) on a weighted KPI scorecard.
 *
 * Each KPI's actual is scored on its curve: by default the achievement ratio — actual / target,
 * or target / actual when lower is better — times 100, floored at 0 and capped at `cap`
 * (default 100). A `threshold` gates the ratio (worse than it scores `floor`) or, with a
 * `stretch`, turns the curve into straight lines through threshold → target (100) → stretch
 * (`cap`). Lower-is-better KPIs score either by target / actual (an actual of 0 or less scores
 * the cap, with achievement `null`) or, on a linear curve, by distance from the worst value
 * given as `threshold`. Step curves state which band an actual on a boundary takes.
 *
 * Weights are any non-negative numbers, normalised and reported normalised; with
 * `groupWeights` they form a two-level tree. A KPI without an actual is excluded and its weight
 * shared (default), or scored 0 (`missingActual: 'scoreZero'`); `excluded` says what and why.
 *
 * @param kpis - the KPI definitions (ids unique)
 * @param actuals - actuals keyed by KPI id (`'__proto__'` is an ordinary id); a missing key or `null` is "no actual"
 * @param options - `groupWeights` and `missingActual`
 * @returns the total, each item's achievement, score, normalised weight and contribution, each group's score, and the exclusions
 * @throws {@link SalesOpsError} INVALID_INPUT when a definition, an actual or an option is malformed, a key of `actuals` is not a KPI id, the threshold/target/stretch order is wrong, or no KPI has an actual
 * @throws {@link SalesOpsError} DUPLICATE_ID when two KPIs share an id
 * @throws {@link SalesOpsError} UNKNOWN_PARENT when a KPI's group is not a key of `groupWeights`
 * @throws {@link SalesOpsError} ZERO_WEIGHTS when all weights (or all weights left after exclusions) are zero
 *
 * @example
 * ```ts
 * import { scoreKpis } from 'salesops-kit/scoring';
 *
 * const card = scoreKpis(
 *   [
 *     { id: 'revenue', weight: 60, direction: 'higherIsBetter', target: '200000' },
 *     { id: 'daysToClose', weight: 40, direction: 'lowerIsBetter', target: 30 },
 *   ],
 *   { revenue: '180000', daysToClose: 40 },
 * );
 * card.total //=> 84
 * card.items.map((item) => item.score) //=> [90, 75]
 * ```
 */
export function scoreKpis(kpis: readonly KpiDefinition[], actuals: Readonly<KpiActuals>, options?: ScoreKpisOptions): KpiScorecard {
  const p = plan(kpis, options);
  parseInput(KpiActualsSchema, actuals, ['actuals']);
  return score(p, actuals as Record<string, unknown>, ['actuals']);
}

/**
 * Scores many people on the same scorecard: the definitions are validated once, so 100,000
 * salespeople × 10 KPIs take well under a second. Each result is exactly what
 * {@link scoreKpis} returns for that person.
 *
 * @param kpis - the KPI definitions, as for {@link scoreKpis}
 * @param actualsList - one actuals record per person
 * @param options - as for {@link scoreKpis}
 * @returns one scorecard per record, in order
 * @throws {@link SalesOpsError} INVALID_INPUT when `actualsList` is not an array of plain objects, or as {@link scoreKpis} (paths start `['actualsList', i]`)
 * @throws {@link SalesOpsError} DUPLICATE_ID when two KPIs share an id
 * @throws {@link SalesOpsError} UNKNOWN_PARENT when a KPI's group is not a key of `groupWeights`
 * @throws {@link SalesOpsError} ZERO_WEIGHTS when all weights (or all left for a person after exclusions) are zero
 *
 * @example
 * ```ts
 * import { scoreKpisBatch } from 'salesops-kit/scoring';
 *
 * const kpis = [{ id: 'revenue', weight: 1, direction: 'higherIsBetter' as const, target: 100 }];
 * scoreKpisBatch(kpis, [{ revenue: 80 }, { revenue: 120 }]).map((card) => card.total) //=> [80, 100]
 * ```
 */
export function scoreKpisBatch(
  kpis: readonly KpiDefinition[],
  actualsList: ReadonlyArray<Readonly<KpiActuals>>,
  options?: ScoreKpisOptions,
): KpiScorecard[] {
  const p = plan(kpis, options);
  if (!Array.isArray(actualsList)) invalid(['actualsList'], 'must be an array', actualsList);
  return actualsList.map((actuals, i) => {
    if (!isPlainRecord(actuals)) invalid(['actualsList', i], 'must be an object', actuals);
    return score(p, actuals, ['actualsList', i]);
  });
}
