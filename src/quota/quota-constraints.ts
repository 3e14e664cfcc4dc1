/**
 * Minimum and maximum quotas, enforced by water-filling: what a capped child cannot take (or a
 * floored child must take) is shared among the children that are still free, in proportion to
 * their basis, until every bound holds — with every split exact in minor units.
 */
import { splitUnits } from '../core/index.js';

/** Which bound set a child's quota: none, its minimum or its maximum. @internal */
export const FREE = 0;
/** @internal */
export const AT_MIN = 1;
/** @internal */
export const AT_MAX = 2;

/**
 * Why a split cannot be made: `'zero'` when the free children all have a zero basis (nothing to
 * share by), `'infeasible'` when the bounds cannot all hold. `problem` is a sentence for the error.
 * @internal
 */
export type WaterFillFailure = (kind: 'zero' | 'infeasible', problem: string) => never;

/**
 * Shares `amount` minor units among children with weights `weights` (≥ 0) and bounds
 * `min[i] ≤ units[i] ≤ max[i]` (`max[i]` `undefined` for no cap), so that the units add up to
 * `amount` exactly, every bound holds, and the children that hit no bound share what is left by
 * the largest-remainder rule in proportion to their weights.
 *
 * The continuous solution is `clamp(λ·w_i, min_i, max_i)` for the one λ that meets the total.
 * We find it by variable fixing (Bitran & Hax, 1981): split among the free children; if some go
 * over their cap by more in all than others fall short of their floor, the true λ is larger, so
 * every child over its cap is at its cap in the solution — fix them there; otherwise fix every
 * child under its floor at its floor. Each round fixes at least one child, and each keeps the
 * remaining problem feasible, so it ends within `n` rounds (usually one or two).
 *
 * Writes the units and the bound hit (`FREE`, `AT_MIN`, `AT_MAX`) into `units` and `bound`;
 * `format` writes an amount of units for the messages.
 * @internal
 */
export function waterFill(
  amount: bigint,
  weights: readonly number[],
  min: readonly bigint[],
  max: readonly (bigint | undefined)[],
  units: bigint[],
  bound: Uint8Array,
  failure: WaterFillFailure,
  format: (units: bigint) => string,
): void {
  const n = weights.length;
  let minSum = 0n;
  let maxSum = 0n;
  let capped = true;
  for (let i = 0; i < n; i += 1) {
    minSum += min[i] as bigint;
    const cap = max[i];
    if (cap === undefined) capped = false;
    else maxSum += cap;
  }
  if (minSum > amount)
    failure('infeasible', `its children's minimums add up to ${format(minSum)}, more than the ${format(amount)} to share`);
  if (capped && maxSum < amount)
    failure('infeasible', `its children's maximums add up to ${format(maxSum)}, less than the ${format(amount)} to share`);

  let free: number[] = Array.from({ length: n }, (_, i) => i);
  let left = amount;
  for (let round = 0; free.length > 0; round += 1) {
    let weight = 0;
    for (const i of free) weight += weights[i] as number;
    if (!(weight > 0)) {
      // Nothing to share by: fine only when the floors are exactly what is left.
      let floors = 0n;
      for (const i of free) floors += min[i] as bigint;
      if (floors !== left) {
        failure(
          round === 0 ? 'zero' : 'infeasible',
          round === 0
            ? 'the basis of its children is zero for every child that is not fixed'
            : 'the children still free after applying the minimums and maximums all have a zero basis',
        );
      }
      for (const i of free) {
        units[i] = min[i] as bigint;
        bound[i] = (min[i] as bigint) > 0n ? AT_MIN : FREE;
      }
      return;
    }
    const parts = splitUnits(
      left,
      free.map((i) => weights[i] as number),
    );
    let over = 0n;
    let under = 0n;
    for (let k = 0; k < free.length; k += 1) {
      const i = free[k] as number;
      const x = parts[k] as bigint;
      const cap = max[i];
      if (cap !== undefined && x > cap) over += x - cap;
      else if (x < (min[i] as bigint)) under += (min[i] as bigint) - x;
    }
    if (over === 0n && under === 0n) {
      for (let k = 0; k < free.length; k += 1) {
        units[free[k] as number] = parts[k] as bigint;
        bound[free[k] as number] = FREE;
      }
      return;
    }
    const fixMax = over >= under;
    const stillFree: number[] = [];
    for (let k = 0; k < free.length; k += 1) {
      const i = free[k] as number;
      const x = parts[k] as bigint;
      const cap = max[i];
      if (fixMax && cap !== undefined && x > cap) {
        units[i] = cap;
        bound[i] = AT_MAX;
        left -= cap;
      } else if (!fixMax && x < (min[i] as bigint)) {
        units[i] = min[i] as bigint;
        bound[i] = AT_MIN;
        left -= min[i] as bigint;
      } else stillFree.push(i);
    }
    free = stillFree;
  }
}
