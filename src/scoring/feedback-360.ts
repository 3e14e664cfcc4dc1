/**
 * 360-degree feedback: competencies rated by managers, peers, direct reports, customers and the
 * subject, combined the way SAP SuccessFactors does — average within each rater group, then
 * weight the groups present — with what open-source tools lack: small groups suppressed for
 * anonymity, self ratings kept apart as a self-vs-others gap, optional correction of lenient
 * raters, and agreement statistics.
 *
 * Built for volume (a million ratings): the ratings are validated by a hand-written loop, sorted
 * by subject with a counting sort, and aggregated in typed arrays.
 */
import * as z from 'zod/mini';
import {
  type IssuePath,
  fail,
  idSchema,
  integerSchema,
  invalid,
  isObject,
  isSalesOpsError,
  numberSchema,
  parseInput,
  recordFromEntries,
  weightSchema,
} from '../core/index.js';
import { rwgJ, uniformNullVariance } from './agreement.js';
import { uniqueIds } from './shared.js';

/** A competency rated in the survey (e.g. negotiation, product knowledge). */
export interface Competency360 {
  /** Its id; ratings name it in `competencyId`. */
  id: string;
  /** Its weight: any non-negative number, normalised over the competencies rated. */
  weight: number;
}

/** A rater group: `manager`, `peer`, `directReport`, `customer`, `self`, or your own. */
export interface RaterGroup360 {
  /** Its id; ratings name it in `raterGroup`. `'self'` is the subject rating themself. */
  id: string;
  /** Its weight in `overall`: any non-negative number, normalised over the groups present. */
  weight: number;
  /**
   * The fewest raters the group needs to be shown (default 3 for `peer`, `directReport`,
   * `customer` and any custom group; 1 for `manager` and `self`). A group with fewer is
   * suppressed: not shown, not folded into another group, and its weight shared by the others.
   */
  minRaters?: number | undefined;
}

/** One rating: a rater's score of a subject on a competency. */
export interface Rating360 {
  /** Who is rated. */
  subjectId: string;
  /** Who rates (the same id across subjects: calibration follows a rater through all their ratings). */
  raterId: string;
  /** The rater's group for this subject. */
  raterGroup: string;
  /** The competency rated. */
  competencyId: string;
  /** The score on the scale, or `null` for "unrated / not applicable" (left out of every average). */
  score: number | null;
}

/** The input of {@link score360}. */
export interface Feedback360Input {
  /** The competencies (ids unique, weights not all zero). */
  competencies: readonly Competency360[];
  /** The rater groups (ids unique). Ratings from `'self'` are accepted even when it is not listed. */
  raterGroups: readonly RaterGroup360[];
  /** The ratings. */
  ratings: readonly Rating360[];
  /** The rating scale: scores must lie within it; `step` (default 1) counts its options for rwg. */
  scale: {
    /** The lowest score. */
    min: number;
    /** The highest score. */
    max: number;
    /** The distance between options (default 1): a 1–5 scale has 5 options. */
    step?: number | undefined;
  };
  /** Count the self ratings in `overall` and `byCompetency` (default false; `'self'` must then be listed with a weight). */
  includeSelf?: boolean | undefined;
  /**
   * `'zScore'`: correct lenient and severe raters — each rater's ratings are z-scored across
   * all ratings they gave and rescaled to the mean and spread of all ratings (clamped to the
   * scale). Self ratings are never calibrated (their leniency is what the self gap measures).
   * Default `'none'`.
   */
  calibrate?: 'none' | 'zScore' | undefined;
  /** |self − others| at or above this is a blind spot or a hidden strength (default: an eighth of the scale range, 0.5 on 1–5). */
  gapThreshold?: number | undefined;
}

/** The self-vs-others gap on one competency. */
export interface SelfGap360 {
  /** The subject's own score. */
  self: number;
  /** The others' weighted score. */
  others: number;
  /** self − others. */
  gap: number;
  /** `'blindSpot'` (rates themself higher by at least the threshold), `'hiddenStrength'` (lower), or `'aligned'`. */
  kind: 'blindSpot' | 'hiddenStrength' | 'aligned';
}

/** How much a group's raters agree on a subject. */
export interface GroupAgreement360 {
  /** Raters in the group. */
  raters: number;
  /** The pooled standard deviation between raters (root of the mean per-competency sample variance); `null` under 2 raters. */
  sd: number | null;
  /** rwg(J) of James, Demaree and Wolf (1984) over the competencies, uniform null; 0 to 1; `null` under 2 raters. */
  rwg: number | null;
}

/** How calibration treated a subject's raters. */
export interface Calibration360 {
  /** Raters whose ratings were rescaled. */
  calibrated: number;
  /** Raters who gave a single rating in the whole input: kept as given (one rating shows no leniency). */
  keptAsGiven: number;
  /** Raters who gave every rating the same score: set to the population mean (they express no difference). */
  setToMean: number;
}

/** The 360 result of one subject. */
export interface Feedback360Result {
  /** Who was rated. */
  subjectId: string;
  /** The weighted score on the rating scale; `null` when no group is left to score (all suppressed, or only self). */
  overall: number | null;
  /** Each shown group's score (competency-weighted average of its raters' averages); suppressed groups are absent. */
  byGroup: Record<string, number>;
  /** Each competency's score over the groups in `overall`; `null` when none of them rated it. */
  byCompetency: Record<string, number | null>;
  /** The self-vs-others gap per competency rated by both. */
  selfGap: Record<string, SelfGap360>;
  /** The ids of the groups under their minimum rater count (see `raterCounts` and `minRaters`). */
  suppressedGroups: string[];
  /** Raters per group (every group that rated, suppressed ones included). */
  raterCounts: Record<string, number>;
  /** The minimum rater count applied to each group that rated (given, or the default). */
  minRaters: Record<string, number>;
  /** The normalised weights of the groups that make up `overall`. */
  groupWeights: Record<string, number>;
  /** Agreement per shown group (self excepted). */
  agreement: Record<string, GroupAgreement360>;
  /** What calibration did, or `null` without calibration. */
  calibration: Calibration360 | null;
}

function shape(ratings: z.ZodMiniType<readonly unknown[]>) {
  return {
    competencies: z.array(z.looseObject({ id: idSchema(), weight: weightSchema() })).check(z.minLength(1)),
    raterGroups: z.array(z.looseObject({ id: idSchema(), weight: weightSchema(), minRaters: z.optional(integerSchema(1)) })),
    ratings,
    scale: z.strictObject({ min: z.number(), max: z.number(), step: z.optional(z.number().check(z.gt(0, 'must be greater than zero'))) }),
    includeSelf: z.optional(z.boolean()),
    calibrate: z.optional(z.enum(['none', 'zScore'])),
    gapThreshold: z.optional(numberSchema(0)),
  };
}

// One rating's types, for the precise message when the fast check in score360 fails.
const RATING = /* @__PURE__ */ (() =>
  z.looseObject({
    subjectId: idSchema(),
    raterId: idSchema(),
    raterGroup: idSchema(),
    competencyId: idSchema(),
    score: z.nullable(z.number()),
  }))();

/**
 * Schema of {@link Feedback360Input}. It accepts exactly what {@link score360} accepts: beyond
 * the types, it checks every rating against the scale, the competencies and the groups.
 *
 * @example
 * ```ts
 * import { Feedback360InputSchema } from 'salesops-kit/scoring';
 *
 * const input = {
 *   competencies: [{ id: 'negotiation', weight: 1 }],
 *   raterGroups: [{ id: 'manager', weight: 1 }],
 *   ratings: [{ subjectId: 'ana', raterId: 'lee', raterGroup: 'manager', competencyId: 'negotiation', score: 4 }],
 *   scale: { min: 1, max: 5 },
 * };
 * Feedback360InputSchema.safeParse(input).success //=> true
 * Feedback360InputSchema.safeParse({ ...input, scale: { min: 1, max: 3 } }).success //=> false
 * ```
 */
export const Feedback360InputSchema: z.ZodMiniType<Feedback360Input> = /* @__PURE__ */ (() =>
  z.strictObject(shape(z.array(z.unknown()))).check(
    z.superRefine((value, ctx) => {
      // Whatever score360 refuses, the schema refuses, with the same paths and sentences.
      try {
        score360(value as Feedback360Input);
      } catch (error) {
        if (!isSalesOpsError(error)) throw error;
        for (const found of error.issues) {
          const path = found.path.slice(1);
          let input: unknown = value;
          for (const key of path) input = (input as Record<string | number, unknown> | undefined)?.[key];
          const text = found.message.slice(found.message.indexOf(': ') + 2);
          const got = text.lastIndexOf(' (got ');
          ctx.issues.push({ code: 'custom', message: got < 0 ? text : text.slice(0, got), path, input });
        }
      }
    }),
  ) as unknown as z.ZodMiniType<Feedback360Input>)();

interface Group {
  id: string;
  weight: number;
  min: number;
  self: boolean;
}

/**
 * Scores 360-degree feedback: per subject, the overall score, each rater group's and each
 * competency's score, the self-vs-others gap, suppressed groups, rater counts and agreement.
 *
 * Rules (SAP's, where it has one):
 * 1. A rater's ratings of one competency are averaged first (several questions per competency
 *    count once per rater), then the raters of a group are averaged (every rater counts equally).
 * 2. A group's score is the competency-weighted average of its cells, weights normalised over
 *    the competencies it rated. `overall` weights the groups present, normalised over them
 *    (SAP: Σ avg(group) × weight / Σ weight, unrated answers left out). `byCompetency` weights the
 *    same groups per competency.
 * 3. A group with fewer raters than its `minRaters` is suppressed: absent from `byGroup`,
 *    `overall` and `byCompetency`, not folded into another group — its weight is shared by the
 *    groups present — and listed in `suppressedGroups`.
 * 4. `self` is left out of `overall` and `byCompetency` unless `includeSelf`; `selfGap` compares
 *    it with the other groups per competency (blind spots and hidden strengths).
 * 5. Agreement per shown group: pooled sample SD between raters and rwg(J) (James, Demaree and
 *    Wolf 1984) with the uniform null variance (A² − 1) / 12 of the scale's A options.
 *
 * Subjects are returned in order of first appearance.
 *
 * @param input - competencies, rater groups, ratings, scale and options (see {@link Feedback360Input})
 * @returns one result per subject
 * @throws {@link SalesOpsError} INVALID_INPUT when a field is malformed, a rating is outside the scale or names an unknown competency or group, a rater has two groups for one subject, or `includeSelf` is set without a `'self'` group
 * @throws {@link SalesOpsError} DUPLICATE_ID when two competencies or two groups share an id
 * @throws {@link SalesOpsError} ZERO_WEIGHTS when all competency weights, or all weights of the groups counted in `overall`, are zero
 *
 * @example
 * ```ts
 * import { score360 } from 'salesops-kit/scoring';
 *
 * const [ana] = score360({
 *   competencies: [{ id: 'negotiation', weight: 1 }],
 *   raterGroups: [
 *     { id: 'manager', weight: 50 },
 *     { id: 'peer', weight: 50, minRaters: 2 },
 *   ],
 *   ratings: [
 *     { subjectId: 'ana', raterId: 'lee', raterGroup: 'manager', competencyId: 'negotiation', score: 4 },
 *     { subjectId: 'ana', raterId: 'kim', raterGroup: 'peer', competencyId: 'negotiation', score: 3 },
 *     { subjectId: 'ana', raterId: 'sam', raterGroup: 'peer', competencyId: 'negotiation', score: 4 },
 *     { subjectId: 'ana', raterId: 'ana', raterGroup: 'self', competencyId: 'negotiation', score: 5 },
 *   ],
 *   scale: { min: 1, max: 5 },
 * });
 * ana?.overall //=> 3.75
 * ana?.byGroup //=> { manager: 4, peer: 3.5, self: 5 }
 * ana?.selfGap //=> { negotiation: { self: 5, others: 3.75, gap: 1.25, kind: 'blindSpot' } }
 * ```
 */
export function score360(input: Feedback360Input): Feedback360Result[] {
  const h = parseInput(z.strictObject(shape(z.custom<unknown[]>((v) => Array.isArray(v), { error: 'must be an array' }))), input, [
    'input',
  ]);
  const at = (...rest: IssuePath): IssuePath => ['input', ...rest];
  const { min, max } = h.scale;
  const step = h.scale.step ?? 1;
  if (!(max > min)) invalid(at('scale', 'max'), 'must be greater than scale.min', max);
  const options = (max - min) / step + 1;
  if (Math.abs(options - Math.round(options)) > 1e-9 * options) invalid(at('scale', 'step'), 'must divide max − min', step);
  const competencyIndex = uniqueIds(
    h.competencies.map((c) => c.id),
    (i) => at('competencies', i, 'id'),
  );
  const cw = h.competencies.map((c) => c.weight);
  if (!cw.some((w) => w > 0)) fail('ZERO_WEIGHTS', at('competencies'), 'must not all weigh zero');
  const groupIndex = uniqueIds(
    h.raterGroups.map((g) => g.id),
    (i) => at('raterGroups', i, 'id'),
  );
  const groups: Group[] = h.raterGroups.map((g) => ({
    id: g.id,
    weight: g.weight,
    min: g.minRaters ?? (g.id === 'manager' || g.id === 'self' ? 1 : 3),
    self: g.id === 'self',
  }));
  const withSelf = h.includeSelf === true;
  if (!groupIndex.has('self')) {
    if (withSelf) invalid(at('raterGroups'), "must list 'self' when includeSelf is true");
    groupIndex.set('self', groups.length);
    groups.push({ id: 'self', weight: 0, min: 1, self: true });
  }
  // The groups that make up overall (self only when asked).
  const counts = (g: number): boolean => withSelf || !(groups[g] as Group).self;
  if (!groups.some((g, i) => counts(i) && g.weight > 0)) fail('ZERO_WEIGHTS', at('raterGroups'), 'must not all weigh zero (self aside)');
  const G = groups.length;
  const C = cw.length;

  // 1. Read the ratings into typed arrays: one cheap test for the common valid case, the
  //    precise error otherwise.
  const ratings = h.ratings;
  const n = ratings.length;
  const subjectOf = new Int32Array(n);
  const rater = new Int32Array(n);
  const group = new Int32Array(n);
  const competency = new Int32Array(n);
  const score = new Float64Array(n);
  const subjectIndex = new Map<string, number>();
  const raterIndex = new Map<string, number>();
  const subjects: string[] = [];
  for (let i = 0; i < n; i += 1) {
    const r = ratings[i] as Rating360;
    const g = isObject(r) ? groupIndex.get(r.raterGroup) : undefined;
    const c = g === undefined ? undefined : competencyIndex.get(r.competencyId);
    const x = r?.score;
    if (
      c === undefined ||
      typeof r.subjectId !== 'string' ||
      r.subjectId === '' ||
      typeof r.raterId !== 'string' ||
      r.raterId === '' ||
      !(x === null || (typeof x === 'number' && x >= min && x <= max))
    ) {
      const path = at('ratings', i);
      const q = parseInput(RATING, r, path);
      if (!groupIndex.has(q.raterGroup)) invalid([...path, 'raterGroup'], 'is not one of input.raterGroups', q.raterGroup);
      if (!competencyIndex.has(q.competencyId)) invalid([...path, 'competencyId'], 'is not one of input.competencies', q.competencyId);
      invalid([...path, 'score'], `must be within ${min}..${max}`, q.score);
    }
    let s = subjectIndex.get(r.subjectId);
    if (s === undefined) {
      s = subjects.push(r.subjectId) - 1;
      subjectIndex.set(r.subjectId, s);
    }
    let who = raterIndex.get(r.raterId);
    if (who === undefined) raterIndex.set(r.raterId, (who = raterIndex.size));
    subjectOf[i] = s;
    rater[i] = who;
    group[i] = g as number;
    competency[i] = c as number;
    score[i] = x === null ? Number.NaN : (x as number) + 0;
  }
  const R = raterIndex.size;

  // 2. Calibration: status per rater — 0 none (self, or not asked), 1 rescaled, 2 single rating
  //    (kept as given), 3 no spread (set to the mean).
  const status = new Uint8Array(R);
  if (h.calibrate === 'zScore') {
    const used = (i: number): boolean => score[i] === score[i] && !(groups[group[i] as number] as Group).self;
    const count = new Float64Array(R);
    const mean = new Float64Array(R);
    const m2 = new Float64Array(R);
    let total = 0;
    let all = 0;
    let all2 = 0;
    for (let i = 0; i < n; i += 1) {
      if (!used(i)) continue;
      const x = score[i] as number;
      const r = rater[i] as number;
      // Welford's running mean and squared deviations, per rater and overall.
      const k = (count[r] = (count[r] as number) + 1);
      const d = x - (mean[r] as number);
      mean[r] = (mean[r] as number) + d / k;
      m2[r] = (m2[r] as number) + d * (x - (mean[r] as number));
      total += 1;
      const e = x - all;
      all += e / total;
      all2 += e * (x - all);
    }
    const sigma = total > 0 ? Math.sqrt(all2 / total) : 0;
    for (let r = 0; r < R; r += 1) {
      const k = count[r] as number;
      if (k > 0) status[r] = k < 2 ? 2 : (m2[r] as number) <= 1e-24 * k ? 3 : 1;
    }
    for (let i = 0; i < n; i += 1) {
      const r = rater[i] as number;
      const st = status[r];
      if (!used(i) || st === 2) continue;
      score[i] =
        st === 3
          ? all
          : Math.min(
              max,
              Math.max(
                min,
                all + (sigma * ((score[i] as number) - (mean[r] as number))) / Math.sqrt((m2[r] as number) / (count[r] as number)),
              ),
            ) + 0;
    }
  }

  // 3. Counting sort by subject: O(n), stable.
  const S = subjects.length;
  const start = new Int32Array(S + 1);
  for (let i = 0; i < n; i += 1) start[(subjectOf[i] as number) + 1]! += 1;
  let most = 0;
  for (let s = 0; s < S; s += 1) {
    most = Math.max(most, start[s + 1] as number);
    start[s + 1]! += start[s] as number;
  }
  const fill = start.slice(0, S);
  const order = new Int32Array(n);
  for (let i = 0; i < n; i += 1) order[(fill[subjectOf[i] as number] as number)++] = i;

  // Scratch space, reused for every subject: a subject has at most `most` raters.
  const slotOf = new Int32Array(R).fill(-1);
  const sums = new Float64Array(most * C);
  const seen = new Float64Array(most * C);
  const slotGroup = new Int32Array(most);
  const slotRater = new Int32Array(most);
  // Per group and competency, over the raters' averages: count, mean and squared deviations
  // (Welford's update, stable where Σx² − (Σx)²/n would cancel).
  const cellN = new Float64Array(G * C);
  const cellMean = new Float64Array(G * C);
  const cellM2 = new Float64Array(G * C);
  const groupRaters = new Float64Array(G);
  const groupScore = new Float64Array(G);
  const shown = new Uint8Array(G);
  const nullVariance = uniformNullVariance(Math.round(options));
  const gapThreshold = h.gapThreshold ?? (max - min) / 8;
  const results: Feedback360Result[] = [];
  for (let s = 0; s < S; s += 1) {
    // 4. Each rater's ratings per competency (a rater keeps one group per subject).
    let slots = 0;
    for (let k = start[s] as number; k < (start[s + 1] as number); k += 1) {
      const i = order[k] as number;
      const who = rater[i] as number;
      let slot = slotOf[who] as number;
      if (slot < 0) {
        slot = slotOf[who] = slots++;
        slotGroup[slot] = group[i] as number;
        slotRater[slot] = who;
        sums.fill(0, slot * C, slot * C + C);
        seen.fill(0, slot * C, slot * C + C);
      } else if (slotGroup[slot] !== group[i]) {
        invalid(at('ratings', i, 'raterGroup'), `differs from this rater's group for this subject`, (ratings[i] as Rating360).raterGroup);
      }
      const x = score[i] as number;
      if (x === x) {
        const cell = slot * C + (competency[i] as number);
        sums[cell]! += x;
        seen[cell]! += 1;
      }
    }
    // 5. Average per rater (several questions on a competency count once), then per group.
    cellN.fill(0);
    cellMean.fill(0);
    cellM2.fill(0);
    groupRaters.fill(0);
    const calibration = [0, 0, 0, 0];
    for (let slot = 0; slot < slots; slot += 1) {
      const g = slotGroup[slot] as number;
      let rated = false;
      for (let c = 0; c < C; c += 1) {
        const m = seen[slot * C + c] as number;
        if (m === 0) continue;
        const v = (sums[slot * C + c] as number) / m;
        const cell = g * C + c;
        const k = (cellN[cell]! += 1);
        const d = v - (cellMean[cell] as number);
        cellMean[cell]! += d / k;
        cellM2[cell]! += d * (v - (cellMean[cell] as number));
        rated = true;
      }
      if (rated) groupRaters[g]! += 1;
      calibration[status[slotRater[slot] as number] as number]! += 1;
      slotOf[slotRater[slot] as number] = -1;
    }
    // 6. Group scores (competency weights normalised over the competencies rated); suppression.
    const suppressedGroups: string[] = [];
    const raterCounts: Array<[string, number]> = [];
    const minRaters: Array<[string, number]> = [];
    const byGroup: Array<[string, number]> = [];
    let weightSum = 0;
    for (let g = 0; g < G; g += 1) {
      shown[g] = 0;
      const raters = groupRaters[g] as number;
      const { id, min: least, weight } = groups[g] as Group;
      if (raters === 0) continue;
      raterCounts.push([id, raters]);
      minRaters.push([id, least]);
      if (raters < least) {
        suppressedGroups.push(id);
        continue;
      }
      let num = 0;
      let den = 0;
      for (let c = 0; c < C; c += 1) {
        if (cellN[g * C + c] === 0) continue;
        num += (cw[c] as number) * (cellMean[g * C + c] as number);
        den += cw[c] as number;
      }
      // A group that rated only zero-weight competencies has nothing to show.
      if (!(den > 0)) continue;
      shown[g] = 1;
      groupScore[g] = num / den;
      byGroup.push([id, num / den]);
      if (counts(g)) weightSum += weight;
    }
    // 7. Overall: the shown groups counted, weights normalised over them.
    const groupWeights: Array<[string, number]> = [];
    let overall: number | null = null;
    if (weightSum > 0) {
      overall = 0;
      for (let g = 0; g < G; g += 1) {
        if (shown[g] === 0 || !counts(g)) continue;
        const w = (groups[g] as Group).weight / weightSum + 0;
        groupWeights.push([(groups[g] as Group).id, w]);
        overall += w * (groupScore[g] as number);
      }
    }
    // 8. Per competency (with the groups counted), the others (all but self), and the gap.
    const byCompetency: Array<[string, number | null]> = [];
    const selfGap: Array<[string, SelfGap360]> = [];
    for (let c = 0; c < C; c += 1) {
      let num = 0;
      let den = 0;
      let othersNum = 0;
      let othersDen = 0;
      let self = Number.NaN;
      for (let g = 0; g < G; g += 1) {
        if (shown[g] === 0 || cellN[g * C + c] === 0) continue;
        const mean = cellMean[g * C + c] as number;
        const grp = groups[g] as Group;
        if (grp.self) self = mean;
        else {
          othersNum += grp.weight * mean;
          othersDen += grp.weight;
        }
        if (counts(g)) {
          num += grp.weight * mean;
          den += grp.weight;
        }
      }
      const id = h.competencies[c]?.id as string;
      byCompetency.push([id, den > 0 ? num / den : null]);
      if (self === self && othersDen > 0) {
        const others = othersNum / othersDen;
        const gap = self - others + 0;
        selfGap.push([
          id,
          { self, others, gap, kind: gap >= gapThreshold ? 'blindSpot' : -gap >= gapThreshold ? 'hiddenStrength' : 'aligned' },
        ]);
      }
    }
    // 9. Agreement per shown group (self excepted): pooled sample variance and rwg(J).
    const agreement: Array<[string, GroupAgreement360]> = [];
    for (let g = 0; g < G; g += 1) {
      if (shown[g] === 0 || (groups[g] as Group).self) continue;
      let items = 0;
      let variance = 0;
      for (let c = 0; c < C; c += 1) {
        const m = cellN[g * C + c] as number;
        if (m < 2) continue;
        variance += (cellM2[g * C + c] as number) / (m - 1);
        items += 1;
      }
      variance /= items;
      const raters = groupRaters[g] as number;
      agreement.push([
        (groups[g] as Group).id,
        items > 0 ? { raters, sd: Math.sqrt(variance), rwg: rwgJ(variance, items, nullVariance) } : { raters, sd: null, rwg: null },
      ]);
    }
    results.push({
      subjectId: subjects[s] as string,
      overall,
      byGroup: recordFromEntries(byGroup),
      byCompetency: recordFromEntries(byCompetency),
      selfGap: recordFromEntries(selfGap),
      suppressedGroups,
      raterCounts: recordFromEntries(raterCounts),
      minRaters: recordFromEntries(minRaters),
      groupWeights: recordFromEntries(groupWeights),
      agreement: recordFromEntries(agreement),
      calibration:
        h.calibrate === 'zScore'
          ? { calibrated: calibration[1] as number, keptAsGiven: calibration[2] as number, setToMean: calibration[3] as number }
          : null,
    });
  }
  return results;
}
