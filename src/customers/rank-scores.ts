/**
 * Ordering and ranking for a million customers. Sorting an index array with a comparator costs
 * about a second at that size; when the keys are whole numbers of a moderate span (days,
 * purchase counts, amounts in minor units), key and index are packed into one double and sorted
 * natively, several times faster. Other keys take the comparator path. Both order ties by index.
 */

/** The smallest and largest key, and whether every key is a whole number (picks the fast path). */
function keyRange(keys: Float64Array): { min: number; max: number; whole: boolean } {
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  let whole = true;
  for (let i = 0; i < keys.length; i += 1) {
    const k = keys[i] as number;
    if (k < min) min = k;
    if (k > max) max = k;
    if (whole && !Number.isInteger(k)) whole = false;
  }
  return { min, max, whole };
}

/**
 * The indices of `keys` in ascending key order, ties by index.
 * @internal
 */
export function sortedIndices(keys: Float64Array): Int32Array {
  const n = keys.length;
  const order = new Int32Array(n);
  const { min, max, whole } = keyRange(keys);
  const span = 2 ** Math.max(1, Math.ceil(Math.log2(n + 1)));
  if (whole && (max - min + 1) * span <= 2 ** 53) {
    // (key − min) · span + index < 2^53: exact in a double, and a native numeric sort.
    const packed = new Float64Array(n);
    for (let i = 0; i < n; i += 1) packed[i] = ((keys[i] as number) - min) * span + i;
    packed.sort();
    for (let k = 0; k < n; k += 1) order[k] = (packed[k] as number) % span;
    return order;
  }
  for (let i = 0; i < n; i += 1) order[i] = i;
  return order.sort((a, b) => (keys[a] as number) - (keys[b] as number) || a - b);
}

/**
 * Competition ranks ("1224"): 1 + the number of keys strictly below (`descending`: strictly
 * above), so equal keys share the lowest of their ranks. Keys must be finite numbers.
 * @internal
 */
export function competitionRanks(keys: Float64Array, descending: boolean): Int32Array {
  const n = keys.length;
  const ranks = new Int32Array(n);
  if (n === 0) return ranks;
  const { min, max, whole } = keyRange(keys);
  if (whole && max - min <= 2 * n) {
    // Whole numbers of a small span (days, purchase counts): count them instead of sorting.
    const span = max - min + 1;
    const below = new Int32Array(span + 1);
    for (let i = 0; i < n; i += 1) {
      const slot = (keys[i] as number) - min + 1;
      below[slot] = (below[slot] as number) + 1;
    }
    for (let v = 1; v <= span; v += 1) below[v] = (below[v] as number) + (below[v - 1] as number);
    // below[v − min] is now the number of keys under v; below[span] = n.
    for (let i = 0; i < n; i += 1) {
      const v = (keys[i] as number) - min;
      ranks[i] = descending ? n - (below[v + 1] as number) + 1 : (below[v] as number) + 1;
    }
    return ranks;
  }
  const order = sortedIndices(keys);
  for (let p = 0; p < n; p += 1) {
    // The p-th position from worst to best (read from the right end when descending).
    const i = order[descending ? n - 1 - p : p] as number;
    const before = p === 0 ? -1 : (order[descending ? n - p : p - 1] as number);
    ranks[i] = before >= 0 && keys[before] === keys[i] ? (ranks[before] as number) : p + 1;
  }
  return ranks;
}

/**
 * The score of a competition rank among `n`: `1 + floor(bins × (rank − 1) / n)`, from 1 to bins.
 * @internal
 */
export function scoreOfRank(rank: number, n: number, bins: number): number {
  return 1 + Math.floor((bins * (rank - 1)) / n);
}
