/**
 * Largest-remainder (Hamilton) apportionment of a whole number of units — the primitive that
 * keeps every split in the library exact to the last cent.
 *
 * Rule (the contract's): each part first gets the floor of its exact share `total × w / Σw`;
 * the leftover units then go one each to the largest fractional remainders; ties go to the
 * larger weight, then to the lower index. Zero weights get zero. A negative total is the mirror
 * image of the positive one.
 *
 * There are two implementations with identical results:
 * - {@link apportionExact} does everything in bigint over the weights' decimal values;
 * - {@link apportionUnits} is the fast path for `number` weights. It does the arithmetic in
 *   doubles with a rigorous error bound, and only when every floor and the cut between the
 *   last winner and the first loser are certain under that bound does it use the result; in
 *   any doubtful case it falls back to the exact path. Property tests check the two agree.
 */

// Relative error bound of the float share q = T · (w / W): a handful of roundings (w and W
// converted and summed with compensation, one division, one product) — under 8 ulp in all.
// We use 2^-45 (≈ 128 ulp) as a safety margin.
const REL_TOL = 2 ** -45;

/**
 * A number's shortest decimal form as an integer and a power of ten: 0.15 → [15n, 2],
 * 1.5e-7 → [15n, 8], 2e21 → [2000…n, 0]. Exact: the digits are those of `String(n)`.
 */
function decimalDigits(n: number): [bigint, number] {
  const [mantissa = '0', exponentText] = String(n).split('e');
  const [whole = '0', fraction = ''] = mantissa.split('.');
  const places = fraction.length - Number(exponentText ?? 0);
  const digits = BigInt(whole + fraction);
  return places >= 0 ? [digits, places] : [digits * 10n ** BigInt(-places), 0];
}

/**
 * Exact apportionment in bigint, over the weights' decimal values (each number stands for its
 * shortest decimal form). `weights` are finite, non-negative, with a positive sum.
 * @internal
 */
export function apportionExact(total: bigint, weights: readonly number[]): bigint[] {
  if (total < 0n) return apportionExact(-total, weights).map((units) => -units);
  const n = weights.length;
  // Scale every weight to an integer with a common power of ten.
  const digits = weights.map(decimalDigits);
  let places = 0;
  for (const [, p] of digits) places = Math.max(places, p);
  const scaled = digits.map(([d, p]) => d * 10n ** BigInt(places - p));
  let sum = 0n;
  for (const w of scaled) sum += w;

  const parts = new Array<bigint>(n);
  const remainders = new Array<bigint>(n);
  let assigned = 0n;
  for (let i = 0; i < n; i += 1) {
    const product = total * (scaled[i] as bigint);
    const floor = product / sum;
    parts[i] = floor;
    remainders[i] = product - floor * sum;
    assigned += floor;
  }
  let leftover = Number(total - assigned);
  if (leftover === 0) return parts;

  const order = Array.from({ length: n }, (_, i) => i).filter((i) => (remainders[i] as bigint) > 0n);
  order.sort((a, b) => {
    const ra = remainders[a] as bigint;
    const rb = remainders[b] as bigint;
    if (ra !== rb) return ra > rb ? -1 : 1;
    const wa = scaled[a] as bigint;
    const wb = scaled[b] as bigint;
    if (wa !== wb) return wa > wb ? -1 : 1;
    return a - b;
  });
  for (const i of order) {
    if (leftover === 0) break;
    parts[i] = (parts[i] as bigint) + 1n;
    leftover -= 1;
  }
  return parts;
}

/**
 * Apportions `total` units (a safe integer) by `number` weights (finite, non-negative, positive
 * sum), exactly, returning safe integers. Each weight stands for its shortest decimal form
 * (`0.1` is one tenth), as everywhere in the library.
 * @internal
 */
export function apportionUnits(total: number, weights: ArrayLike<number>): number[] {
  if (total < 0) return apportionUnits(-total, weights).map((units) => (units === 0 ? 0 : -units));
  const n = weights.length;
  if (total === 0) return new Array<number>(n).fill(0);
  return (
    equalSplit(total, weights) ??
    integerSplit(total, weights) ??
    floatSplit(total, weights) ??
    apportionExact(BigInt(total), Array.from(weights)).map(Number)
  );
}

/** Every weight the same: floor(T / n) each, the remainder to the lowest indices. */
function equalSplit(total: number, weights: ArrayLike<number>): number[] | undefined {
  const n = weights.length;
  const first = weights[0] as number;
  for (let i = 1; i < n; i += 1) if (weights[i] !== first) return undefined;
  const base = Math.floor(total / n);
  const extra = total - base * n;
  const parts = new Array<number>(n);
  for (let i = 0; i < n; i += 1) parts[i] = i < extra ? base + 1 : base;
  return parts;
}

/** Whole-number weights small enough that `T × w` is exact in a double. */
function integerSplit(total: number, weights: ArrayLike<number>): number[] | undefined {
  const n = weights.length;
  let sum = 0;
  let max = 0;
  for (let i = 0; i < n; i += 1) {
    const w = weights[i] as number;
    if (!Number.isInteger(w)) return undefined;
    sum += w;
    if (w > max) max = w;
  }
  if (sum > Number.MAX_SAFE_INTEGER || total * max > Number.MAX_SAFE_INTEGER) return undefined;
  const parts = new Array<number>(n);
  const remainders = new Float64Array(n);
  let assigned = 0;
  for (let i = 0; i < n; i += 1) {
    const product = total * (weights[i] as number);
    const remainder = product % sum;
    const floor = (product - remainder) / sum;
    parts[i] = floor;
    remainders[i] = remainder;
    assigned += floor;
  }
  // Remainders share the denominator `sum`, so comparing them as integers is exact.
  distributeLeftover(parts, remainders, weights, total - assigned);
  return parts;
}

/** Doubles with a certified error bound; `undefined` when any decision is in doubt. */
function floatSplit(total: number, weights: ArrayLike<number>): number[] | undefined {
  const n = weights.length;
  // Neumaier-compensated sum: error about 2 ulp of the sum for non-negative terms.
  let sum = 0;
  let compensation = 0;
  for (let i = 0; i < n; i += 1) {
    const w = weights[i] as number;
    if (w !== 0 && w < 1e-290) return undefined; // subnormal range: relative bounds fail
    const t = sum + w;
    compensation += sum >= w ? sum - t + w : w - t + sum;
    sum = t;
  }
  sum += compensation;
  if (!(sum > 0) || sum > 1e300) return undefined;

  const parts = new Array<number>(n);
  const remainders = new Float64Array(n);
  let assigned = 0;
  let maxShare = 0;
  for (let i = 0; i < n; i += 1) {
    const w = weights[i] as number;
    if (w === 0) {
      parts[i] = 0;
      remainders[i] = -1; // never a candidate for a leftover unit
      continue;
    }
    const share = total * (w / sum);
    const floor = Math.floor(share);
    const remainder = share - floor;
    const tol = share * REL_TOL;
    // The floor is certain only when the exact share cannot cross an integer.
    if (remainder <= tol || 1 - remainder <= tol) return undefined;
    parts[i] = floor;
    remainders[i] = remainder;
    assigned += floor;
    if (share > maxShare) maxShare = share;
  }
  const leftover = total - assigned;
  if (leftover < 0 || leftover >= n) return undefined;
  const winners = distributeLeftover(parts, remainders, weights, leftover);
  if (winners === undefined) return parts;

  // Certify the cut: every winner must beat every loser under the error bound, or else all the
  // doubtful ones carry the very same weight (then their exact remainders are equal too, and
  // the index decides, as it did here).
  const band = 2 * maxShare * REL_TOL;
  const { lowestWinner, highestLoser } = winners;
  if (lowestWinner - highestLoser > band) return parts;
  let doubtfulWeight: number | undefined;
  for (let i = 0; i < n; i += 1) {
    const r = remainders[i] as number;
    if (r < 0) continue;
    const won = r > winners.threshold || (r === winners.threshold && winners.tieWinners.has(i));
    const doubtful = won ? r - highestLoser <= band : lowestWinner - r <= band;
    if (!doubtful) continue;
    const w = weights[i] as number;
    if (doubtfulWeight === undefined) doubtfulWeight = w;
    else if (w !== doubtfulWeight) return undefined;
  }
  return parts;
}

interface Cut {
  threshold: number;
  tieWinners: Set<number>;
  lowestWinner: number;
  highestLoser: number;
}

/**
 * Gives one unit each to the `leftover` largest remainders (ties: larger weight, then lower
 * index), in place. Remainders of -1 mark parts that never receive a unit. Returns where the
 * cut fell, for certification; `undefined` when nothing was handed out.
 */
function distributeLeftover(parts: number[], remainders: Float64Array, weights: ArrayLike<number>, leftover: number): Cut | undefined {
  if (leftover === 0) return undefined;
  const n = remainders.length;
  // The leftover-th largest remainder is the threshold: everything above it wins, and the tie
  // at the threshold is broken by weight, then index.
  const sorted = remainders.slice().sort();
  const threshold = sorted[n - leftover] as number;
  let above = 0;
  const tied: number[] = [];
  for (let i = 0; i < n; i += 1) {
    const r = remainders[i] as number;
    if (r > threshold) {
      parts[i] = (parts[i] as number) + 1;
      above += 1;
    } else if (r === threshold) tied.push(i);
  }
  tied.sort((a, b) => (weights[b] as number) - (weights[a] as number) || a - b);
  const tieWinners = new Set<number>();
  for (let k = 0; k < leftover - above; k += 1) {
    const i = tied[k] as number;
    parts[i] = (parts[i] as number) + 1;
    tieWinners.add(i);
  }
  // Lowest winning remainder is the threshold; highest losing is the threshold if part of the
  // tie lost, else the next remainder below it.
  const tieLost = tied.length > leftover - above;
  const below = sorted[n - leftover - 1];
  const highestLoser = tieLost ? threshold : below === undefined ? -1 : below;
  return { threshold, tieWinners, lowestWinner: threshold, highestLoser };
}
