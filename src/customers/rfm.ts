/**
 * RFM scores: recency, frequency and monetary scores by rank, the three-digit code and a named
 * segment.
 *
 * Scores come from ranks, not from quantile breaks. For each measure the customers are ranked
 * 1..n from worst to best (most days since the last purchase, fewest purchases, least money);
 * equal values share the lowest of their ranks; the score is `1 + floor(bins × (rank − 1) / n)`.
 * So equal values always get the same score, the score depends only on how many customers are
 * worse, and the order of the input does not matter.
 *
 * R's `rfm` package (`rfm_table_order`) cuts each measure by value instead: at its interpolated
 * quantiles (`quantile(x, seq(0, 1, length.out = bins + 1))`, type 7) plus 1. Both keep ties
 * together, but there a score says where a value falls between interpolated break values (and
 * the "+ 1" shifts the breaks by one unit of the measure — a dollar, a day); on discrete,
 * heavily tied measures such as frequency the breaks collapse and the scores that remain depend
 * on interpolation. Here a score has one meaning: score k means that between (k − 1)/bins and
 * k/bins of the customers are strictly worse on that measure.
 */
import * as z from 'zod/mini';
import {
  amountToNumber,
  compareExact,
  type DecimalInput,
  DecimalInputSchema,
  exact,
  fail,
  idSchema,
  integerSchema,
  invalid,
  isObject,
  type IssuePath,
  minRanks,
  numberSchema,
  optional,
  readArray,
  readId,
  readInteger,
  readNumber,
  readObject,
  readStrict,
  unitsColumn,
} from '../core/index.js';
import { competitionRanks, scoreOfRank } from './rank-scores.js';
import { idSet } from './unique-ids.js';

/** What {@link rfmScores} reads of a customer (a {@link CustomerSummary} has it all). */
export interface RfmCustomer {
  /** The customer's id (unique in the list). */
  customerId: string;
  /** Days since the last purchase: the fewer, the better the R score. */
  recencyDays: number;
  /** Number of purchases: the more, the better the F score. */
  frequency: number;
  /** Money spent: the more, the better the M score. */
  monetaryTotal: DecimalInput;
}

/**
 * A named segment: a customer belongs to it when each of its scores lies in the given range
 * (inclusive; a missing range accepts any score). Segments are tried in order, first match wins.
 */
export interface RfmSegmentRule {
  /** The segment's name, e.g. `'Champions'`. */
  name: string;
  /** Range of the R score, `[lowest, highest]`. */
  r?: readonly [number, number] | undefined;
  /** Range of the F score. */
  f?: readonly [number, number] | undefined;
  /** Range of the M score. */
  m?: readonly [number, number] | undefined;
}

/** Options of {@link rfmScores}. */
export interface RfmOptions {
  /** Number of scores per measure, 1 to 9 (default 5), so that the code has three digits. */
  bins?: number | undefined;
  /**
   * The segment map, tried in order (first match wins), on the scores at `bins`. Default
   * {@link RFM_SEGMENTS}, which is read on the 5-point scores whatever `bins` is.
   */
  segments?: readonly RfmSegmentRule[] | undefined;
  /** The catch-all segment for customers no rule matches (default `'Other'`). */
  otherSegment?: string | undefined;
}

/** One customer's RFM result. */
export interface RfmScore {
  /** The customer's id. */
  customerId: string;
  /** Recency score, 1 (longest ago) to bins. */
  r: number;
  /** Frequency score, 1 (fewest purchases) to bins. */
  f: number;
  /** Monetary score, 1 (least money) to bins. */
  m: number;
  /** The three scores as a code, e.g. `'545'`. */
  rfm: string;
  /** The segment: the first rule that matches, or the catch-all. */
  segment: string;
  /** Recency rank, 1 (worst) to n; equal values share the lowest rank. */
  recencyRank: number;
  /** Frequency rank, 1 (worst) to n. */
  frequencyRank: number;
  /** Monetary rank, 1 (worst) to n. */
  monetaryRank: number;
}

/**
 * The default segment map, on 5-point scores. It covers all 125 score combinations, so with it
 * no customer falls into the catch-all:
 *
 * | segment | R | F | M |
 * | --- | --- | --- | --- |
 * | Champions | 4–5 | 4–5 | 4–5 |
 * | Loyal | 3–5 | 4–5 | any |
 * | Potential loyalist | 4–5 | 2–3 | any |
 * | New | 5 | 1 | any |
 * | Promising | 4 | 1 | any |
 * | Need attention | 3 | 2–3 | any |
 * | About to sleep | 3 | 1 | any |
 * | Can't lose | 1 | 4–5 | 4–5 |
 * | At risk | 1–2 | 3–5 | any |
 * | Hibernating | 2 | 1–2 | any |
 * | Lost | 1 | 1–2 | any |
 *
 * @example
 * ```ts
 * import { RFM_SEGMENTS } from 'salesops-kit/customers';
 *
 * RFM_SEGMENTS.map((rule) => rule.name).slice(0, 3) //=> ['Champions', 'Loyal', 'Potential loyalist']
 * RFM_SEGMENTS[0] //=> { name: 'Champions', r: [4, 5], f: [4, 5], m: [4, 5] }
 * ```
 */
export const RFM_SEGMENTS: readonly RfmSegmentRule[] = /* @__PURE__ */ freezeRules([
  { name: 'Champions', r: [4, 5], f: [4, 5], m: [4, 5] },
  { name: 'Loyal', r: [3, 5], f: [4, 5] },
  { name: 'Potential loyalist', r: [4, 5], f: [2, 3] },
  { name: 'New', r: [5, 5], f: [1, 1] },
  { name: 'Promising', r: [4, 4], f: [1, 1] },
  { name: 'Need attention', r: [3, 3], f: [2, 3] },
  { name: 'About to sleep', r: [3, 3], f: [1, 1] },
  { name: "Can't lose", r: [1, 1], f: [4, 5], m: [4, 5] },
  { name: 'At risk', r: [1, 2], f: [3, 5] },
  { name: 'Hibernating', r: [2, 2], f: [1, 2] },
  { name: 'Lost', r: [1, 1], f: [1, 2] },
]);

function freezeRules(rules: RfmSegmentRule[]): readonly RfmSegmentRule[] {
  for (const rule of rules) {
    for (const key of ['r', 'f', 'm'] as const) if (rule[key]) Object.freeze(rule[key]);
    Object.freeze(rule);
  }
  return Object.freeze(rules);
}

/**
 * The schema of one customer of {@link rfmScores} (extra fields are allowed and ignored).
 *
 * @example
 * ```ts
 * import { RfmCustomerSchema } from 'salesops-kit/customers';
 *
 * RfmCustomerSchema.safeParse({ customerId: 'c1', recencyDays: 12, frequency: 3, monetaryTotal: '250.00' }).success //=> true
 * RfmCustomerSchema.safeParse({ customerId: 'c1', recencyDays: -1, frequency: 3, monetaryTotal: '250.00' }).success //=> false
 * ```
 */
export const RfmCustomerSchema: z.ZodMiniType<RfmCustomer> = /* @__PURE__ */ (() =>
  z.looseObject({
    customerId: /* @__PURE__ */ idSchema(),
    recencyDays: /* @__PURE__ */ numberSchema(0),
    frequency: /* @__PURE__ */ numberSchema(0),
    monetaryTotal: DecimalInputSchema,
  }))();

const range = (): z.ZodMiniType<readonly [number, number]> => z.optional(z.tuple([integerSchema(1, 9), integerSchema(1, 9)])) as never;

/**
 * The schema of the options of {@link rfmScores}.
 *
 * @example
 * ```ts
 * import { RfmOptionsSchema } from 'salesops-kit/customers';
 *
 * RfmOptionsSchema.safeParse({ bins: 3, segments: [{ name: 'Best', r: [3, 3] }] }).success //=> true
 * RfmOptionsSchema.safeParse({ bins: 10 }).success //=> false
 * ```
 */
export const RfmOptionsSchema: z.ZodMiniType<RfmOptions> = /* @__PURE__ */ (() =>
  z.strictObject({
    bins: /* @__PURE__ */ z.optional(/* @__PURE__ */ integerSchema(1, 9)),
    segments: /* @__PURE__ */ z.optional(
      /* @__PURE__ */ z.array(
        /* @__PURE__ */ z.strictObject({
          name: /* @__PURE__ */ idSchema(),
          r: /* @__PURE__ */ range(),
          f: /* @__PURE__ */ range(),
          m: /* @__PURE__ */ range(),
        }),
      ),
    ),
    otherSegment: /* @__PURE__ */ z.optional(/* @__PURE__ */ idSchema()),
  }))();

/**
 * Scores customers on recency, frequency and money, 1 to `bins` (default 5), and names their
 * segment.
 *
 * Each measure is ranked 1..n from worst to best — most days since the last purchase, fewest
 * purchases, least money — with equal values sharing the lowest of their ranks, and the score
 * is `1 + floor(bins × (rank − 1) / n)`: score k means that between (k − 1)/bins and k/bins of the
 * customers are strictly worse. Equal values always share a score and the result does not
 * depend on the order of the input (R's `rfm` cuts at interpolated quantile values instead; see
 * the guide for the difference). The segment is the first rule of
 * `segments` whose ranges hold all the customer's scores, or `otherSegment`. The default map,
 * {@link RFM_SEGMENTS}, is applied to the 5-point scores (from the same ranks) whatever `bins`
 * is, and covers every combination.
 *
 * @param summaries - the customers (customer summaries will do), each id once
 * @param options - `bins` (1–9, default 5), `segments` and `otherSegment`
 * @returns one result per customer, in the order of `summaries`
 * @throws {@link SalesOpsError} INVALID_INPUT when `summaries` is not an array, a customer's
 *   `recencyDays` or `frequency` is not a finite number of zero or more, its `monetaryTotal` is
 *   not an amount, or an option is invalid (a range outside 1..bins or upside down)
 * @throws {@link SalesOpsError} DUPLICATE_ID when a `customerId` appears twice
 *
 * @example
 * ```ts
 * import { rfmScores } from 'salesops-kit/customers';
 *
 * const scores = rfmScores(
 *   [
 *     { customerId: 'a', recencyDays: 5, frequency: 12, monetaryTotal: '1200.00' },
 *     { customerId: 'b', recencyDays: 40, frequency: 3, monetaryTotal: '300.00' },
 *     { customerId: 'c', recencyDays: 200, frequency: 1, monetaryTotal: '80.00' },
 *     { customerId: 'd', recencyDays: 9, frequency: 3, monetaryTotal: '310.00' },
 *     { customerId: 'e', recencyDays: 380, frequency: 9, monetaryTotal: '990.00' },
 *   ],
 *   {},
 * );
 * scores.map((s) => `${s.customerId} ${s.rfm} ${s.segment}`)
 * //=> ['a 555 Champions', 'b 322 Need attention', 'c 211 Hibernating', 'd 423 Potential loyalist',
 * //    "e 144 Can't lose"]
 *
 * // b and d share frequency rank 2 (one customer has fewer purchases): F = 1 + floor(5 × 1 / 5)
 * scores[1]
 * //=> { customerId: 'b', r: 3, f: 2, m: 2, rfm: '322', segment: 'Need attention',
 * //     recencyRank: 3, frequencyRank: 2, monetaryRank: 2 }
 * ```
 */
export function rfmScores(summaries: readonly RfmCustomer[], options: RfmOptions = {}): RfmScore[] {
  readRfmOptions(options);
  const bins = options.bins ?? 5;
  const custom = options.segments;
  const rules = custom ?? RFM_SEGMENTS;
  const ruleBins = custom === undefined ? 5 : bins;
  rules.forEach((rule, k) => {
    for (const key of ['r', 'f', 'm'] as const) {
      const span = rule[key];
      if (span !== undefined && (span[0] > span[1] || span[1] > ruleBins)) {
        invalid(['options', 'segments', k, key], `must be [lowest, highest] within 1..${ruleBins}`, span);
      }
    }
  });
  const other = options.otherSegment ?? 'Other';
  if (!Array.isArray(summaries)) invalid(['summaries'], 'must be an array', summaries);

  // Hand-written validation, for a million customers (RfmCustomerSchema rejects the same values,
  // in the same words). The core readers are called only when the cheap test fails, so a path
  // is built only for an error.
  const n = summaries.length;
  const recency = new Float64Array(n);
  const frequency = new Float64Array(n);
  const firstTime = idSet(n);
  for (let i = 0; i < n; i += 1) {
    const s = summaries[i] as unknown;
    const row = isObject(s) ? s : readObject(s, ['summaries', i]);
    const { customerId, recencyDays, frequency: f } = row;
    const id = typeof customerId === 'string' && customerId !== '' ? customerId : readId(customerId, ['summaries', i, 'customerId']);
    if (!firstTime(id)) fail('DUPLICATE_ID', ['summaries', i, 'customerId'], 'appears more than once', id);
    recency[i] =
      typeof recencyDays === 'number' && recencyDays >= 0 && recencyDays < Infinity
        ? recencyDays + 0
        : readNumber(recencyDays, ['summaries', i, 'recencyDays'], 0);
    frequency[i] = typeof f === 'number' && f >= 0 && f < Infinity ? f + 0 : readNumber(f, ['summaries', i, 'frequency'], 0);
  }
  // Money as integer units (exact order) when it can be; otherwise as doubles, which keep the
  // order of the amounts but may merge two close ones, told apart by their exact digits.
  const column = unitsColumn(n, (i) => (summaries[i] as RfmCustomer).monetaryTotal, 2);
  let mRanks: Int32Array;
  if (column !== undefined) mRanks = competitionRanks(column.units, false);
  else {
    const money = summaries.map((s) => s.monetaryTotal);
    const keys = money.map((m, i) => amountToNumber(m, ['summaries', i, 'monetaryTotal']));
    const indices = keys.map((_, i) => i);
    mRanks = Int32Array.from(
      minRanks(
        indices,
        (a, b) =>
          (keys[a] as number) - (keys[b] as number) || compareExact(exact(money[a] as DecimalInput), exact(money[b] as DecimalInput)),
      ),
    );
  }

  const rRanks = competitionRanks(recency, true);
  const fRanks = competitionRanks(frequency, false);

  // The code and segment of every score combination, looked up once.
  const codes: string[] = [];
  const table: string[] = [];
  for (let r = 1; r <= ruleBins; r += 1) {
    for (let f = 1; f <= ruleBins; f += 1) {
      for (let m = 1; m <= ruleBins; m += 1) {
        const rule = rules.find((x) => within(x.r, r) && within(x.f, f) && within(x.m, m));
        table.push(rule === undefined ? other : rule.name);
      }
    }
  }
  for (let code = 111; code <= 999; code += 1) codes[code] = String(code);

  const out = new Array<RfmScore>(n);
  for (let i = 0; i < n; i += 1) {
    const rr = rRanks[i] as number;
    const fr = fRanks[i] as number;
    const mr = mRanks[i] as number;
    const r = scoreOfRank(rr, n, bins);
    const f = scoreOfRank(fr, n, bins);
    const m = scoreOfRank(mr, n, bins);
    const cell =
      ruleBins === bins
        ? ((r - 1) * bins + f - 1) * bins + m - 1
        : ((scoreOfRank(rr, n, 5) - 1) * 5 + scoreOfRank(fr, n, 5) - 1) * 5 + scoreOfRank(mr, n, 5) - 1;
    out[i] = {
      customerId: (summaries[i] as RfmCustomer).customerId,
      r,
      f,
      m,
      rfm: codes[(r * 10 + f) * 10 + m] as string,
      segment: table[cell] as string,
      recencyRank: rr,
      frequencyRank: fr,
      monetaryRank: mr,
    };
  }
  return out;
}

const OPTION_KEYS = ['bins', 'segments', 'otherSegment'];
const RULE_KEYS = ['name', 'r', 'f', 'm'];

/**
 * Checks the options as {@link RfmOptionsSchema} does, in its words (the tests hold the two to
 * the same verdicts, paths and messages): a program that only scores RFM does not need zod's
 * object machinery in its bundle.
 */
function readRfmOptions(value: unknown): void {
  const o = readStrict(value, ['options'], OPTION_KEYS);
  optional(o['bins'], (v) => readInteger(v, ['options', 'bins'], 1, 9));
  optional(o['segments'], (v) =>
    readArray(v, ['options', 'segments']).forEach((item, k) => {
      const path: IssuePath = ['options', 'segments', k];
      const rule = readStrict(item, path, RULE_KEYS);
      readId(rule['name'], [...path, 'name']);
      for (const key of ['r', 'f', 'm']) optional(rule[key], (span) => readRange(span, [...path, key]));
    }),
  );
  optional(o['otherSegment'], (v) => readId(v, ['options', 'otherSegment']));
}

/** A range of scores `[lowest, highest]`, each a whole number from 1 to 9 (as a zod tuple says it). */
function readRange(value: unknown, path: IssuePath): void {
  if (!Array.isArray(value)) invalid(path, 'must be a tuple', value);
  if (value.length !== 2) invalid(path, `must have at ${value.length < 2 ? 'least' : 'most'} 2 items`, value);
  value.forEach((score, k) => readInteger(score, [...path, k], 1, 9));
}

function within(span: readonly [number, number] | undefined, score: number): boolean {
  return span === undefined || (span[0] <= score && score <= span[1]);
}
