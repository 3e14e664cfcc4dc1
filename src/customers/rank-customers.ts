/**
 * Ranking a customer base by predicted value: for every customer, P(alive), expected purchases,
 * expected spend and CLV over the horizon, sorted from the most valuable down — the list an
 * account team works through, and the input `tierCustomers` expects.
 */
import { Dec, type DecimalInput, fail, formatDecimal, invalid, readId } from '../core/index.js';
import { readCustomer } from './bg-nbd.js';
import { readSpend } from './gamma-gamma.js';
import { type CustomerValueModels, type CustomerValueOptions, readModels, readValueOptions, valueOf } from './predictive-clv.js';

/** A customer summary as `summarizeCustomers` returns it (other fields are ignored). */
export interface CustomerValueInput {
  /** The customer's id (any non-empty string, `'__proto__'` included). */
  customerId: string;
  /** Repeat purchases. */
  x: number;
  /** First to last purchase, in the period unit. */
  tx: number;
  /** First purchase to the end of observation, in the period unit. */
  T: number;
  /** Mean value of the repeat purchases: a number or a decimal string (ignored when x is 0). */
  monetaryValue: DecimalInput;
}

/** One row of {@link rankCustomersByValue}. */
export interface CustomerValueRank {
  /** The customer's id. */
  customerId: string;
  /** 1 for the most valuable; customers whose CLV rounds to the same amount share the lower rank. */
  rank: number;
  /** Predicted lifetime value over the horizon (discounted, times the margin). */
  clv: string;
  /** The same amount as `clv`, under the name `tierCustomers` reads, so the rows can be tiered as they are. */
  value: string;
  /** Probability that the customer is still alive. */
  probabilityAlive: number;
  /** Expected purchases over the horizon. */
  expectedPurchases: number;
  /** Expected spend per purchase. */
  expectedAverageSpend: string;
}

/**
 * Ranks customers by predicted lifetime value: the same computation as `customerLifetimeValue`
 * for every customer, sorted by CLV from highest to lowest (ties by the unrounded value, then by
 * customer id), with competition ranks on the rounded CLV. The rows carry `customerId` and
 * `value`, so they can go straight into `tierCustomers`.
 *
 * @param models - the fitted `bgNbd` and `gammaGamma` parameters
 * @param summaries - one summary per customer (`summarizeCustomers`' output: customerId, x, tx, T, monetaryValue)
 * @param options - as for `customerLifetimeValue`: `periodUnit` (required), `horizonMonths`,
 *   `monthlyDiscountRate`, `margin`, `periodsPerMonth`, `scale`
 * @returns one row per customer, most valuable first
 * @throws {@link SalesOpsError} INVALID_INPUT when a parameter, an option or a summary is invalid
 *   (path `['summaries', i, field]`); DUPLICATE_ID when a customer id appears twice
 *
 * @example
 * ```ts
 * import { rankCustomersByValue } from 'salesops-kit/customers';
 *
 * const models = {
 *   bgNbd: { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 },
 *   gammaGamma: { p: 6.25, q: 3.74, gamma: 15.44 },
 * };
 * const ranked = rankCustomersByValue(models, [
 *   { customerId: 'ada', x: 2, tx: 30.43, T: 38.86, monetaryValue: '22.35' },
 *   { customerId: 'bob', x: 0, tx: 0, T: 38.86, monetaryValue: 0 },
 *   { customerId: 'cy', x: 7, tx: 29.43, T: 38.86, monetaryValue: '73.74' },
 * ], { periodUnit: 'week' });
 * ranked.map((row) => [row.customerId, row.rank, row.clv])
 * //=> [['cy', 1, '283.70'], ['ada', 2, '36.31'], ['bob', 3, '8.37']]
 * ```
 */
export function rankCustomersByValue(
  models: CustomerValueModels,
  summaries: readonly CustomerValueInput[],
  options: CustomerValueOptions,
): CustomerValueRank[] {
  const [bg, gg] = readModels(models, ['models']);
  const settings = readValueOptions(options);
  if (!Array.isArray(summaries)) invalid(['summaries'], 'must be an array', summaries);
  const seen = new Set<string>();
  const rows = summaries.map((summary, i) => {
    const path = ['summaries', i];
    const history = readCustomer(summary, path);
    const id = readId((summary as { customerId?: unknown }).customerId, [...path, 'customerId']);
    if (seen.has(id)) fail('DUPLICATE_ID', [...path, 'customerId'], 'appears more than once', id);
    seen.add(id);
    const [, spend] = readSpend(summary, path);
    const [alive, each, purchases, total] = valueOf(bg, gg, history, spend, settings);
    return { id, alive, each, purchases, total };
  });
  rows.sort((u, v) => v.total - u.total || (u.id < v.id ? -1 : u.id > v.id ? 1 : 0));
  const { scale } = settings;
  let previous = '';
  let rank = 0;
  return rows.map((row, i) => {
    const clv = formatDecimal(new Dec(row.total), scale);
    if (clv !== previous) rank = i + 1;
    previous = clv;
    return {
      customerId: row.id,
      rank,
      clv,
      value: clv,
      probabilityAlive: row.alive,
      expectedPurchases: row.purchases,
      expectedAverageSpend: formatDecimal(new Dec(row.each), scale),
    };
  });
}
