/**
 * A points scorecard: factors cut into bins, each bin worth points; the points add up to a score
 * that reads as odds on a {@link ScorecardScaling} and falls into a grade.
 *
 * A model is validated and compiled once ({@link prepareCreditModel}); grading a profile then
 * costs one pass over the factors. The rules a model must follow:
 * - factor ids are distinct; each factor has at least one bin;
 * - numeric bins run in ascending order and **cover the whole number line without gaps or
 *   overlaps**: the first bin has no `from`, the last has no `to`, every other bound is given,
 *   each bin's `from` equals the previous bin's `to`, and `from < to`. A bin holds the values
 *   `from ≤ value < to` (lower bound in, upper bound out), so every value falls in exactly one bin;
 * - categorical bins (with `categories`) hold distinct categories; a value must be one of them;
 * - grades run best first with strictly decreasing `minScore`; the last (worst) grade has none,
 *   so every score has a grade.
 */
import * as z from 'zod/mini';
import {
  fail,
  invalid,
  isObject,
  type IssuePath,
  optional,
  readBoolean,
  readId,
  readInteger,
  readNumber,
  readStrict,
  readString,
} from '../core/index.js';
import { DEFAULT_GRADES, show } from './internal.js';
import { pdOnLine, type Scale, type ScorecardScaling, ScorecardScalingSchema, scalingLine } from './scaling.js';

/** One bin of a factor: a range of values (or a set of categories) and its points. */
export interface ScorecardBin {
  /** Lower bound, inclusive. Omit on the first numeric bin (open below). */
  from?: number | undefined;
  /** Upper bound, exclusive. Omit on the last numeric bin (open above). */
  to?: number | undefined;
  /** The categories of a categorical factor's bin (instead of `from`/`to`). */
  categories?: string[] | undefined;
  /** Points scored by a value in this bin. */
  points: number;
  /** How the bin reads in results and reasons; default built from the bounds ("8 to under 16"). */
  label?: string | undefined;
}

/** One factor of a scorecard: which profile value it reads and how it scores it. */
export interface ScorecardFactor {
  /** The profile key the factor reads, e.g. `'avgDaysBeyondTerms'`. */
  id: string;
  /** A readable name for messages; default the id. */
  label?: string | undefined;
  /** The reason code when this factor costs points, e.g. `'SLOW_PAYMENT'`; default the id. */
  code?: string | undefined;
  /** A heading for the factor, e.g. `'payment'`; default `'other'`. */
  group?: string | undefined;
  /** Smallest valid value (numeric factors); a smaller value is an error. */
  min?: number | undefined;
  /** Largest valid value (numeric factors); a larger value is an error. */
  max?: number | undefined;
  /** Whether values must be whole numbers (counts). */
  integer?: boolean | undefined;
  /** Whether the value is an amount of money (a `DecimalInput` is then accepted). */
  amount?: boolean | undefined;
  /** Points when the value is missing; default halfway between the lowest and highest bin points. */
  neutralPoints?: number | undefined;
  /** The bins, in ascending order of value for a numeric factor. */
  bins: ScorecardBin[];
}

/** A grade of the scale: scores of at least `minScore` (and below the better grade's) get it. */
export interface GradeBand {
  /** The grade's name, e.g. `'BBB'`. */
  grade: string;
  /** The lowest score of the grade; omitted on the last (worst) grade. */
  minScore?: number | undefined;
  /** The grade's probability of default; default the PD of the grade's middle score on the scaling. */
  pd?: number | undefined;
}

/** A points scorecard: factors, grades and the scaling from points to odds. */
export interface CreditModel {
  /** The factors scored. */
  factors: ScorecardFactor[];
  /** Points every profile starts with (the intercept); default 0. */
  basePoints?: number | undefined;
  /** The grades, best first; default the nine grades AAA … C of the default model. */
  grades?: GradeBand[] | undefined;
  /** How scores read as odds; default `{ pdo: 20, baseScore: 600, baseOdds: 50 }`. */
  scaling?: ScorecardScaling | undefined;
  /** How many reasons to report at most; default 4. */
  maxReasons?: number | undefined;
}

/** A compiled factor (internal). */
export interface CompiledFactor {
  id: string;
  code: string;
  group: string;
  categorical: boolean;
  min: number;
  max: number;
  integer: boolean;
  amount: boolean;
  /** Upper bounds of all bins but the last (numeric). */
  cuts: number[];
  /** Bin index of each category (categorical). */
  categories: Map<string, number>;
  /** Points of each bin, then of "missing" (the neutral points) at index `bins`. */
  points: number[];
  /** Label of each bin, then `null` for "missing". */
  labels: Array<string | null>;
  /** Points of the best bin. */
  best: number;
  /** The number of bins (the index of "missing" in the per-bin arrays). */
  bins: number;
  /** Points below the best bin, per bin then for "missing". */
  lost: number[];
  /** Reason code per bin, then `'MISSING_DATA'`. */
  codes: string[];
  /** Reason message per bin, then for "missing" (built once: a result only copies references to them). */
  messages: string[];
}

/** How one factor scored: the bin and its points (values are in the result's `values`). */
export interface FactorScore {
  /** The factor's id (its profile key). */
  factor: string;
  /** The factor's group, e.g. `'payment'`. */
  group: string;
  /** The label of the bin the value fell in, or `null` when the value was missing. */
  bin: string | null;
  /** Points scored (the neutral points when missing). */
  points: number;
  /** The points of the factor's best bin. */
  bestPoints: number;
}

/** A factor that cost points, as a reason for the grade. */
export interface CreditReason {
  /** The factor's id. */
  factor: string;
  /** The factor's reason code (e.g. `'SLOW_PAYMENT'`), or `'MISSING_DATA'` when it was missing. */
  code: string;
  /** Points below the factor's best bin. */
  pointsLost: number;
  /** A sentence naming the factor, its bin and the points lost. */
  message: string;
}

/** A validated, compiled model (internal). */
export interface CompiledModel {
  factors: CompiledFactor[];
  basePoints: number;
  grades: string[];
  minScores: number[];
  pds: number[];
  line: Scale;
  maxReasons: number;
}

const BinSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    from: z.optional(z.number()),
    to: z.optional(z.number()),
    categories: z.optional(z.array(z.string())),
    points: z.number(),
    label: z.optional(z.string()),
  }))();

/**
 * The schema of a {@link CreditModel}'s shape. {@link prepareCreditModel} checks the rest: bins
 * that cover the range without gaps or overlaps, distinct ids, grades in order.
 *
 * @example
 * ```ts
 * import { CreditModelSchema, defaultCreditModel } from 'salesops-kit/credit';
 *
 * CreditModelSchema.safeParse(defaultCreditModel()).success //=> true
 * CreditModelSchema.safeParse({ factors: [{ id: 'x', bins: [{ points: 'ten' }] }] }).success //=> false
 * ```
 */
export const CreditModelSchema: z.ZodMiniType<CreditModel> = /* @__PURE__ */ (() =>
  z.strictObject({
    factors: z
      .array(
        z.strictObject({
          id: z.string().check(z.minLength(1, 'must not be empty')),
          label: z.optional(z.string()),
          code: z.optional(z.string()),
          group: z.optional(z.string()),
          min: z.optional(z.number()),
          max: z.optional(z.number()),
          integer: z.optional(z.boolean()),
          amount: z.optional(z.boolean()),
          neutralPoints: z.optional(z.number()),
          bins: z.array(BinSchema).check(z.minLength(1, 'must have at least one bin')),
        }),
      )
      .check(z.minLength(1, 'must have at least one factor')),
    basePoints: z.optional(z.number()),
    grades: z.optional(
      z
        .array(
          z.strictObject({
            grade: z.string().check(z.minLength(1, 'must not be empty')),
            minScore: z.optional(z.number()),
            pd: z.optional(z.number().check(z.gte(0, 'must be at least 0'), z.lte(1, 'must be at most 1'))),
          }),
        )
        .check(z.minLength(2, 'must have at least two grades')),
    ),
    scaling: z.optional(ScorecardScalingSchema),
    maxReasons: z.optional(z.int().check(z.gte(0, 'must not be negative'))),
  }))();

// Models prepared by prepareCreditModel: deep-frozen copies, so their compiled form can never go stale.
const prepared = /* @__PURE__ */ new WeakMap<object, CompiledModel>();

/** Default grade bands: 30 points (1.5 × PDO) each, AAA from 740 down to C below 530. */
function defaultGrades(): GradeBand[] {
  return DEFAULT_GRADES.map((grade, i) => (i < 8 ? { grade, minScore: 740 - 30 * i } : { grade }));
}

/** The label of a bin without one: "under 8", "8 to under 16", "16 or more"; counts read "2 to 3". */
function binLabel(bin: ScorecardBin, integer: boolean, min: number): string {
  if (bin.label !== undefined) return bin.label;
  if (bin.categories !== undefined) return bin.categories.join(', ');
  const { from, to } = bin;
  if (integer && to !== undefined && Number.isInteger(to)) {
    const low = from ?? (Number.isFinite(min) ? min : undefined);
    if (low !== undefined) return low === to - 1 ? String(low) : `${low} to ${to - 1}`;
  }
  if (from === undefined) return to === undefined ? 'any value' : `under ${to}`;
  return to === undefined ? `${from} or more` : `${from} to under ${to}`;
}

const FACTOR_KEYS = ['id', 'label', 'code', 'group', 'min', 'max', 'integer', 'amount', 'neutralPoints', 'bins'];
const BIN_KEYS = ['from', 'to', 'categories', 'points', 'label'];

// The model is checked by hand, not with CreditModelSchema (the tests check that both reject the
// same models): grading must not pull zod's object machinery into a bundle.
function compileFactor(value: unknown, path: IssuePath): CompiledFactor {
  const f = readStrict(value, path, FACTOR_KEYS);
  const id = readId(f.id, [...path, 'id']);
  const text = (key: string): string | undefined => optional(f[key], (v) => readString(v, [...path, key]));
  const flag = (key: string): boolean => optional(f[key], (v) => readBoolean(v, [...path, key])) === true;
  const min = optional(f.min, (v) => readNumber(v, [...path, 'min'])) ?? -Infinity;
  const max = optional(f.max, (v) => readNumber(v, [...path, 'max'])) ?? Infinity;
  const integer = flag('integer');
  const amount = flag('amount');
  if (!Array.isArray(f.bins) || f.bins.length === 0) invalid([...path, 'bins'], 'must be a non-empty array of bins', f.bins);
  const bins = f.bins.map((b, i): ScorecardBin => {
    const at: IssuePath = [...path, 'bins', i];
    const bin = readStrict(b, at, BIN_KEYS);
    const categories = optional(bin.categories, (v) => {
      if (!Array.isArray(v)) invalid([...at, 'categories'], 'must be an array of strings', v);
      return v.map((c, k) => readString(c, [...at, 'categories', k]));
    });
    return {
      from: optional(bin.from, (v) => readNumber(v, [...at, 'from'])),
      to: optional(bin.to, (v) => readNumber(v, [...at, 'to'])),
      categories,
      points: readNumber(bin.points, [...at, 'points']),
      label: optional(bin.label, (v) => readString(v, [...at, 'label'])),
    };
  });
  const categorical = bins[0]?.categories !== undefined;
  const categoryBins = new Map<string, number>();
  const cuts: number[] = [];
  bins.forEach((bin, i) => {
    const at: IssuePath = [...path, 'bins', i];
    if ((bin.categories !== undefined) !== categorical) invalid(at, 'mixes categorical and numeric bins in one factor');
    if (categorical) {
      if (bin.from !== undefined || bin.to !== undefined) invalid(at, 'a categorical bin takes categories, not from/to');
      (bin.categories as string[]).forEach((category, k) => {
        if (categoryBins.has(category)) invalid([...at, 'categories', k], 'appears in two bins (bins must not overlap)', category);
        categoryBins.set(category, i);
      });
      return;
    }
    const last = i === bins.length - 1;
    if (i === 0 ? bin.from !== undefined : bin.from === undefined) {
      invalid(
        [...at, 'from'],
        i === 0 ? 'must be omitted on the first bin (bins cover the whole range)' : 'is required (bins must leave no gap)',
        bin.from,
      );
    }
    if (last ? bin.to !== undefined : bin.to === undefined) {
      invalid(
        [...at, 'to'],
        last ? 'must be omitted on the last bin (bins cover the whole range)' : 'is required (bins must leave no gap)',
        bin.to,
      );
    }
    if (bin.from !== undefined && bin.to !== undefined && !(bin.from < bin.to))
      invalid([...at, 'to'], `must be greater than from (${bin.from})`, bin.to);
    const previous = bins[i - 1]?.to;
    if (i > 0 && bin.from !== previous) {
      invalid(
        [...at, 'from'],
        `must equal the previous bin's to (${previous as number}): the bins ${(bin.from as number) > (previous as number) ? 'leave a gap' : 'overlap'}`,
        bin.from,
      );
    }
    if (!last) cuts.push(bin.to as number);
  });
  if (min > max) invalid([...path, 'max'], `must not be below min (${min})`, max);
  if (categorical && (f.min !== undefined || f.max !== undefined || integer || amount))
    invalid(path, 'a categorical factor takes no min, max, integer or amount');
  const points = bins.map((bin) => bin.points);
  const best = Math.max(...points);
  const neutral = optional(f.neutralPoints, (v) => readNumber(v, [...path, 'neutralPoints'])) ?? (best + Math.min(...points)) / 2;
  const labels = bins.map((bin) => binLabel(bin, integer, min));
  const name = text('label') ?? id;
  const code = text('code') ?? id;
  const group = text('group') ?? 'other';
  // Everything a result says about a factor depends only on its bin, so the labels, points lost
  // and reason messages are computed once here, per bin (and for "missing", at index
  // bins.length); a result's entries are fresh objects that only copy these references.
  const all = [...points, neutral];
  const lost = all.map((p) => best - p);
  return {
    id,
    code,
    group,
    categorical,
    min,
    max,
    integer,
    amount,
    cuts,
    categories: categoryBins,
    points: all,
    labels: [...labels, null],
    best,
    bins: bins.length,
    lost,
    codes: all.map((_, i) => (i < bins.length ? code : 'MISSING_DATA')),
    messages: lost.map((l, i) =>
      i < bins.length
        ? `${name} ${labels[i] as string}: ${show(l)} points below its best bin`
        : `${name} missing, scored neutral: ${show(l)} points below its best bin`,
    ),
  };
}

/** Validates and compiles a model. @internal */
export function compileModel(model: unknown, path: IssuePath): CompiledModel {
  const cached = typeof model === 'object' && model !== null ? prepared.get(model) : undefined;
  if (cached !== undefined) return cached;
  const m = readStrict(model, path, ['factors', 'basePoints', 'grades', 'scaling', 'maxReasons']);
  if (!Array.isArray(m.factors) || m.factors.length === 0) invalid([...path, 'factors'], 'must be a non-empty array of factors', m.factors);
  const ids = new Map<string, number>();
  const factors = m.factors.map((factor, i) => {
    const compiled = compileFactor(factor, [...path, 'factors', i]);
    if (ids.has(compiled.id))
      fail('DUPLICATE_ID', [...path, 'factors', i, 'id'], `is also the id of factors[${ids.get(compiled.id) as number}]`, compiled.id);
    ids.set(compiled.id, i);
    return compiled;
  });
  const line = scalingLine(m.scaling ?? { pdo: 20, baseScore: 600, baseOdds: 50 }, [...path, 'scaling']);
  let bands = defaultGrades();
  if (m.grades !== undefined) {
    if (!Array.isArray(m.grades) || m.grades.length < 2)
      invalid([...path, 'grades'], 'must be an array of at least two grades, best first', m.grades);
    bands = m.grades.map((g, i): GradeBand => {
      const at: IssuePath = [...path, 'grades', i];
      const band = readStrict(g, at, ['grade', 'minScore', 'pd']);
      return {
        grade: readId(band.grade, [...at, 'grade']),
        minScore: optional(band.minScore, (v) => readNumber(v, [...at, 'minScore'])),
        pd: optional(band.pd, (v) => readNumber(v, [...at, 'pd'], 0, 1)),
      };
    });
  }
  const names = new Map<string, number>();
  const minScores = bands.map((band, i) => {
    const at: IssuePath = [...path, 'grades', i];
    if (names.has(band.grade))
      fail('DUPLICATE_ID', [...at, 'grade'], `is also the name of grades[${names.get(band.grade) as number}]`, band.grade);
    names.set(band.grade, i);
    const last = i === bands.length - 1;
    if (last !== (band.minScore === undefined)) {
      invalid([...at, 'minScore'], last ? 'must be omitted on the last grade (every score gets a grade)' : 'is required', band.minScore);
    }
    if (i > 0 && !last && !((band.minScore as number) < (bands[i - 1]?.minScore as number))) {
      invalid([...at, 'minScore'], "must be below the previous (better) grade's minScore", band.minScore);
    }
    return band.minScore ?? -Infinity;
  });
  // A grade's PD defaults to the PD of its middle score. The open-ended best and worst grades
  // are given the width of their neighbour (or one PDO when there is none).
  const pdo = line.factor * Math.LN2;
  const n = minScores.length;
  const pds = bands.map((band, i) => {
    if (band.pd !== undefined) return band.pd;
    const low = minScores[i] as number;
    if (i === 0) return pdOnLine(low + (n > 2 ? low - (minScores[1] as number) : pdo) / 2, line);
    const high = minScores[i - 1] as number;
    if (i < n - 1) return pdOnLine((low + high) / 2, line);
    return pdOnLine(high - (i >= 2 ? (minScores[i - 2] as number) - high : pdo) / 2, line);
  });
  return {
    factors,
    basePoints: optional(m.basePoints, (v) => readNumber(v, [...path, 'basePoints'])) ?? 0,
    grades: bands.map((b) => b.grade),
    minScores,
    pds,
    line,
    maxReasons: optional(m.maxReasons, (v) => readInteger(v, [...path, 'maxReasons'], 0)) ?? 4,
  };
}

function deepFreezeCopy<T>(value: T): T {
  if (Array.isArray(value)) return Object.freeze(value.map(deepFreezeCopy)) as T;
  if (isObject(value)) {
    const copy: Record<string, unknown> = {};
    for (const key of Object.keys(value)) if (value[key] !== undefined) copy[key] = deepFreezeCopy(value[key]);
    return Object.freeze(copy) as T;
  }
  return value;
}

/**
 * Validates a scorecard model once and returns a frozen copy that {@link gradeCredit} grades
 * with, without validating it again — the way to grade many profiles with your own model.
 *
 * @param model - the scorecard (see {@link CreditModel} for the rules it must follow)
 * @returns a deep-frozen copy of the model, remembered as valid
 * @throws {@link SalesOpsError} INVALID_INPUT when the model's shape is wrong, its bins leave a
 *   gap, overlap or do not cover the whole range, or its grades are out of order
 * @throws {@link SalesOpsError} DUPLICATE_ID when two factors share an id or two grades a name
 *
 * @example
 * ```ts
 * import { gradeCredit, prepareCreditModel } from 'salesops-kit/credit';
 *
 * const model = prepareCreditModel({
 *   factors: [{ id: 'paydex', bins: [{ to: 50, points: 300 }, { from: 50, to: 80, points: 400 }, { from: 80, points: 500 }] }],
 *   grades: [{ grade: 'A', minScore: 450 }, { grade: 'B', minScore: 350 }, { grade: 'C' }],
 *   scaling: { pdo: 50, baseScore: 500, baseOdds: 20 },
 * });
 * gradeCredit({ paydex: 72 }, model).grade //=> 'B'
 * prepareCreditModel({ factors: [{ id: 'x', bins: [{ to: 5, points: 1 }, { from: 6, points: 2 }] }] }) //=> throws INVALID_INPUT
 * ```
 */
export function prepareCreditModel(model: CreditModel): CreditModel {
  const compiled = compileModel(model, ['model']);
  const frozen = deepFreezeCopy(model);
  prepared.set(frozen, compiled);
  return frozen;
}
