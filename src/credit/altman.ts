/**
 * Altman's Z-score of bankruptcy risk, in its three published forms:
 * - `original` Z (Altman 1968, public manufacturers):
 *   Z = 1.2·X1 + 1.4·X2 + 3.3·X3 + 0.6·X4 + 1.0·X5, X4 on the market value of equity;
 *   distress below 1.81, safe above 2.99. (The 1968 paper prints 0.012 … 0.999 for ratios in
 *   percent; 1.0 for X5 is the form Altman uses since.)
 * - `private` Z′ (Altman 1983; restated in Altman 2000), private firms:
 *   Z′ = 0.717·X1 + 0.847·X2 + 3.107·X3 + 0.420·X4 + 0.998·X5, X4 on the book value of equity;
 *   distress below 1.23, safe above 2.90.
 * - `nonManufacturing` Z″ (Altman 1983/2000), non-manufacturers and emerging markets, no sales
 *   term: Z″ = 6.56·X1 + 3.26·X2 + 6.72·X3 + 1.05·X4, X4 on the book value of equity;
 *   distress below 1.10, safe above 2.60.
 *
 * X1 = working capital / total assets, X2 = retained earnings / total assets, X3 = EBIT / total
 * assets, X4 = equity / total liabilities, X5 = sales / total assets. A score exactly on a
 * cut-off is in the grey zone (Altman's zones are "below" and "above").
 */
import * as z from 'zod/mini';
import {
  type Decimal,
  type DecimalInput,
  DecimalInputSchema,
  type IssuePath,
  invalid,
  isObject,
  oneOf,
  optional,
  positiveAmount,
  readAmount,
  readNumber,
  readStrict,
  toDecimal,
} from '../core/index.js';

/** Figures from a company's accounts, in one currency. */
export interface AltmanFinancials {
  /** Current assets minus current liabilities. */
  workingCapital: DecimalInput;
  /** Retained earnings (accumulated profits kept in the business). */
  retainedEarnings: DecimalInput;
  /** Earnings before interest and taxes. */
  ebit: DecimalInput;
  /** Market value of equity (needed for `original`). */
  marketValueOfEquity?: DecimalInput | undefined;
  /** Book value of equity (needed for `private` and `nonManufacturing`). */
  bookValueOfEquity?: DecimalInput | undefined;
  /** Sales (needed for `original` and `private`). */
  sales?: DecimalInput | undefined;
  /** Total assets (greater than zero). */
  totalAssets: DecimalInput;
  /** Total liabilities (greater than zero). */
  totalLiabilities: DecimalInput;
}

/** Z-score cut-offs: distress below `distress`, safe above `safe`, grey in between. */
export interface AltmanCutoffs {
  /** Distress below this score. */
  distress: number;
  /** Safe above this score. */
  safe: number;
}

/** Options of {@link altmanZScore}. */
export interface AltmanOptions {
  /** Which model: `'original'` (default), `'private'` (Z′) or `'nonManufacturing'` (Z″). */
  variant?: 'original' | 'private' | 'nonManufacturing' | undefined;
  /** Override the published cut-offs: distress below `distress`, safe above `safe`. */
  cutoffs?: Partial<AltmanCutoffs> | undefined;
}

/** One ratio's part in a Z-score. */
export interface AltmanComponent {
  /** `'X1'` … `'X5'`. */
  ratio: string;
  /** What the ratio measures, e.g. `'workingCapital/totalAssets'`. */
  name: string;
  /** The ratio's value. */
  value: number;
  /** The model's coefficient. */
  coefficient: number;
  /** coefficient × value. */
  contribution: number;
}

/** The result of {@link altmanZScore}. */
export interface AltmanResult {
  /** The score. */
  z: number;
  /** `'safe'` above the safe cut-off, `'distress'` below the distress cut-off, else `'grey'`. */
  zone: 'safe' | 'grey' | 'distress';
  /** The model used. */
  variant: 'original' | 'private' | 'nonManufacturing';
  /** Each ratio's value, coefficient and contribution. */
  components: AltmanComponent[];
  /** The cut-offs applied. */
  cutoffs: AltmanCutoffs;
}

/**
 * The schema of {@link AltmanFinancials}.
 *
 * @example
 * ```ts
 * import { AltmanFinancialsSchema } from 'salesops-kit/credit';
 *
 * const accounts = { workingCapital: 200, retainedEarnings: 0, ebit: -200, marketValueOfEquity: 100, sales: 2000, totalAssets: 1000, totalLiabilities: 1000 };
 * AltmanFinancialsSchema.safeParse(accounts).success //=> true
 * AltmanFinancialsSchema.safeParse({ ...accounts, totalAssets: 0 }).success //=> false
 * ```
 */
export const AltmanFinancialsSchema: z.ZodMiniType<AltmanFinancials> = /* @__PURE__ */ (() =>
  z.looseObject({
    workingCapital: DecimalInputSchema,
    retainedEarnings: DecimalInputSchema,
    ebit: DecimalInputSchema,
    marketValueOfEquity: z.optional(DecimalInputSchema),
    bookValueOfEquity: z.optional(DecimalInputSchema),
    sales: z.optional(DecimalInputSchema),
    totalAssets: positiveAmount(),
    totalLiabilities: positiveAmount(),
  }))() as never;

/**
 * The schema of {@link AltmanOptions}.
 *
 * @example
 * ```ts
 * import { AltmanOptionsSchema } from 'salesops-kit/credit';
 *
 * AltmanOptionsSchema.safeParse({ variant: 'private' }).success //=> true
 * AltmanOptionsSchema.safeParse({ variant: 'bank' }).success //=> false
 * ```
 */
export const AltmanOptionsSchema: z.ZodMiniType<AltmanOptions> = /* @__PURE__ */ (() =>
  z.strictObject({
    variant: z.optional(z.enum(['original', 'private', 'nonManufacturing'])),
    cutoffs: z.optional(z.strictObject({ distress: z.optional(z.number()), safe: z.optional(z.number()) })),
  }))() as never;

type Variant = 'original' | 'private' | 'nonManufacturing';

// [coefficients X1..X5 (X5 absent for Z″), equity field, distress, safe]
const MODELS: Record<Variant, [string[], 'marketValueOfEquity' | 'bookValueOfEquity', number, number]> = {
  original: [['1.2', '1.4', '3.3', '0.6', '1.0'], 'marketValueOfEquity', 1.81, 2.99],
  private: [['0.717', '0.847', '3.107', '0.420', '0.998'], 'bookValueOfEquity', 1.23, 2.9],
  nonManufacturing: [['6.56', '3.26', '6.72', '1.05'], 'bookValueOfEquity', 1.1, 2.6],
};

/**
 * Altman's Z-score and its zone, with each ratio's contribution, for public manufacturers
 * (`original`, 1968), private firms (`private`, Z′) or non-manufacturers (`nonManufacturing`, Z″).
 *
 * @param financials - working capital, retained earnings, EBIT, equity (market value for
 *   `original`, book value otherwise), sales (not used by Z″), total assets and total liabilities
 * @param options - `{ variant?, cutoffs? }`; default variant `'original'`
 * @returns `{ z, zone, variant, components, cutoffs }`
 * @throws {@link SalesOpsError} INVALID_INPUT when a figure is not an amount, total assets or
 *   liabilities are not greater than zero, the variant's equity (or sales) figure is missing, or
 *   the distress cut-off is above the safe one
 *
 * @example
 * ```ts
 * import { altmanZScore } from 'salesops-kit/credit';
 *
 * // Saunders & Cornett's worked example: X1 = 0.2, X2 = 0, X3 = −0.2, X4 = 0.1, X5 = 2.0.
 * const accounts = { workingCapital: 200, retainedEarnings: 0, ebit: -200, marketValueOfEquity: 100, sales: 2000, totalAssets: 1000, totalLiabilities: 1000 };
 * const result = altmanZScore(accounts, { variant: 'original' });
 * result.z //=> 1.64
 * result.zone //=> 'distress'
 * altmanZScore(accounts, { variant: 'private' }) //=> throws INVALID_INPUT
 * ```
 */
export function altmanZScore(financials: AltmanFinancials, options: AltmanOptions = {}): AltmanResult {
  // Read by hand (the schemas reject the same values), so that one Z-score does not pull zod's
  // object machinery into a bundle.
  if (!isObject(financials)) invalid(['financials'], 'must be an object', financials);
  const f = financials as unknown as Record<string, unknown>;
  const o = readStrict(options, ['options'], ['variant', 'cutoffs']);
  const variant = oneOf(o.variant, ['original', 'private', 'nonManufacturing'], ['options', 'variant']);
  const cut = optional(o.cutoffs, (c) => readStrict(c, ['options', 'cutoffs'], ['distress', 'safe'])) ?? {};
  const [coefficients, equityField, distress0, safe0] = MODELS[variant];
  const distress = optional(cut.distress, (n) => readNumber(n, ['options', 'cutoffs', 'distress'])) ?? distress0;
  const safe = optional(cut.safe, (n) => readNumber(n, ['options', 'cutoffs', 'safe'])) ?? safe0;
  if (distress > safe) invalid(['options', 'cutoffs', 'distress'], `must not be above the safe cut-off (${safe})`, distress);
  // Every figure given is checked, used by the variant or not, as the schema does.
  for (const field of [
    'workingCapital',
    'retainedEarnings',
    'ebit',
    'marketValueOfEquity',
    'bookValueOfEquity',
    'sales',
    'totalAssets',
    'totalLiabilities',
  ]) {
    if (f[field] !== undefined || !/Equity|sales/.test(field))
      readAmount(f[field], ['financials', field], /^total/.test(field) ? 'positive' : undefined);
  }
  const read = (field: keyof AltmanFinancials): Decimal => {
    const path: IssuePath = ['financials', field];
    if (f[field] === undefined) invalid(path, `is required for the ${variant} Z-score`);
    return toDecimal(f[field], path);
  };
  const assets = read('totalAssets');
  const numerators: Array<[string, Decimal, Decimal]> = [
    ['workingCapital/totalAssets', read('workingCapital'), assets],
    ['retainedEarnings/totalAssets', read('retainedEarnings'), assets],
    ['ebit/totalAssets', read('ebit'), assets],
    [`${equityField}/totalLiabilities`, read(equityField), read('totalLiabilities')],
  ];
  if (coefficients.length === 5) numerators.push(['sales/totalAssets', read('sales'), assets]);
  let zDec = toDecimal(0, []);
  const components = numerators.map(([name, num, den], i): AltmanComponent => {
    const ratio = num.dividedBy(den);
    const c = toDecimal(coefficients[i], []);
    const contribution = c.times(ratio);
    zDec = zDec.plus(contribution);
    return { ratio: `X${i + 1}`, name, value: ratio.toNumber() + 0, coefficient: c.toNumber(), contribution: contribution.toNumber() + 0 };
  });
  const zValue = zDec.toNumber() + 0;
  return {
    z: zValue,
    zone: zValue > safe ? 'safe' : zValue < distress ? 'distress' : 'grey',
    variant,
    components,
    cutoffs: { distress, safe },
  };
}
