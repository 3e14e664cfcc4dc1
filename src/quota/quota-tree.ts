/**
 * The sales hierarchy behind a quota plan: a flat list of `{ id, parentId }` nodes, in any order,
 * checked and turned into a tree with one root. Shared by {@link decomposeQuota} (top-down),
 * {@link rollUpQuota} (bottom-up) and {@link reconcileQuota} (both).
 *
 * Results never depend on the order of the nodes: siblings are put in a canonical order (by id,
 * comparing UTF-16 code units, as `Array.prototype.sort` does) and the tree is walked depth-first
 * in that order, so the same hierarchy always yields the same figures in the same order.
 */
import { fail, formatPath, type IssuePath, SalesOpsError, type SalesOpsIssue, issue } from '../core/index.js';

/**
 * A checked hierarchy, by index into the caller's node array.
 * @internal
 */
export interface QuotaTree {
  /** Index of the parent of each node; -1 for the root. */
  parent: Int32Array;
  /** Depth of each node; the root is 0. */
  depth: Int32Array;
  /** Children of each node, sorted by id (a shared empty array for leaves). */
  children: number[][];
  /** Every node once, depth-first, parents before children, siblings by id. */
  order: number[];
}

const NO_CHILDREN: number[] = [];

const byId =
  (ids: readonly string[]) =>
  (a: number, b: number): number => {
    const x = ids[a] as string;
    const y = ids[b] as string;
    return x < y ? -1 : x > y ? 1 : 0;
  };

const quote = (id: string): string => JSON.stringify(id);

/**
 * Builds the tree from validated ids and parent ids (`null` for a root). `path` locates the node
 * array in the caller's arguments, e.g. `['plan', 'nodes']`; errors point at `[...path, i, key]`.
 *
 * Throws, in this order: `DUPLICATE_ID` (every repeated id), `UNKNOWN_PARENT` (every parent id
 * that names no node), `INVALID_INPUT` when there is no root or more than one, `CYCLE` (every
 * cycle of parents, with its ids).
 * @internal
 */
export function buildQuotaTree(ids: readonly string[], parentIds: readonly (string | null)[], path: IssuePath): QuotaTree {
  const n = ids.length;
  // One Map write per node; only when the Map comes out smaller than the list (a repeated id)
  // do we look again, to name every repeat and its first occurrence.
  const indexOf = new Map<string, number>();
  for (let i = 0; i < n; i += 1) indexOf.set(ids[i] as string, i);
  if (indexOf.size < n) {
    const first = new Map<string, number>();
    const duplicates: SalesOpsIssue[] = [];
    ids.forEach((id, i) => {
      const seen = first.get(id);
      if (seen === undefined) first.set(id, i);
      else duplicates.push(issue('DUPLICATE_ID', [...path, i, 'id'], `repeats the id of ${formatPath([...path, seen])}`, id));
    });
    throw new SalesOpsError('DUPLICATE_ID', duplicates);
  }

  const parent = new Int32Array(n);
  const unknown: SalesOpsIssue[] = [];
  const roots: number[] = [];
  for (let i = 0; i < n; i += 1) {
    const parentId = parentIds[i] as string | null;
    if (parentId === null) {
      parent[i] = -1;
      roots.push(i);
      continue;
    }
    const p = indexOf.get(parentId);
    if (p === undefined) unknown.push(issue('UNKNOWN_PARENT', [...path, i, 'parentId'], 'names no node of the list', parentId));
    else parent[i] = p;
  }
  if (unknown.length > 0) throw new SalesOpsError('UNKNOWN_PARENT', unknown);

  if (roots.length > 1) {
    const names = roots.map((i) => quote(ids[i] as string)).join(', ');
    throw new SalesOpsError(
      'INVALID_INPUT',
      roots.map((i) =>
        issue(
          'INVALID_INPUT',
          [...path, i, 'parentId'],
          `is missing, making ${quote(ids[i] as string)} a root; there must be one root, but ${names} have no parent`,
        ),
      ),
    );
  }

  const children: number[][] = new Array<number[]>(n).fill(NO_CHILDREN);
  for (let i = 0; i < n; i += 1) {
    const p = parent[i] as number;
    if (p < 0) continue;
    const list = children[p] as number[];
    if (list === NO_CHILDREN) children[p] = [i];
    else list.push(i);
  }
  const compare = byId(ids);
  for (const list of children) if (list.length > 1) list.sort(compare);

  // Depth-first from the root; whatever is not reached hangs off a cycle of parents.
  const depth = new Int32Array(n).fill(-1);
  const order: number[] = [];
  const root = roots[0];
  if (root !== undefined) {
    depth[root] = 0;
    const stack = [root];
    while (stack.length > 0) {
      const i = stack.pop() as number;
      order.push(i);
      const list = children[i] as number[];
      const d = (depth[i] as number) + 1;
      for (let k = list.length - 1; k >= 0; k -= 1) {
        const c = list[k] as number;
        depth[c] = d;
        stack.push(c);
      }
    }
  }
  if (order.length < n) throwCycles(ids, parent, depth, path, root === undefined);
  return { parent, depth, children, order };
}

/** Finds every cycle among the unreached nodes and throws them (or "no root" when nothing was reached). */
function throwCycles(ids: readonly string[], parent: Int32Array, depth: Int32Array, path: IssuePath, noRoot: boolean): never {
  // 0 = unseen, 1 = on the current walk, 2 = done.
  const state = new Uint8Array(ids.length);
  const cycles: number[][] = [];
  for (let start = 0; start < ids.length; start += 1) {
    if (depth[start] !== -1 || state[start] !== 0) continue;
    const walk: number[] = [];
    let i = start;
    while (i >= 0 && state[i] === 0 && depth[i] === -1) {
      state[i] = 1;
      walk.push(i);
      i = parent[i] as number;
    }
    if (i >= 0 && state[i] === 1) cycles.push(walk.slice(walk.indexOf(i)));
    for (const j of walk) state[j] = 2;
  }
  const described = cycles.map((cycle) => {
    // Start each cycle at its smallest id, so the message does not depend on the node order.
    let first = 0;
    for (let k = 1; k < cycle.length; k += 1) if ((ids[cycle[k] as number] as string) < (ids[cycle[first] as number] as string)) first = k;
    const rotated = [...cycle.slice(first), ...cycle.slice(0, first)];
    const names = [...rotated, rotated[0] as number].map((i) => quote(ids[i] as string));
    // A long cycle is shown by its ends, so the message stays readable (and small).
    const text =
      names.length > 12
        ? `${names.slice(0, 5).join(' → ')} → … → ${names.slice(-3).join(' → ')} (${cycle.length} nodes)`
        : names.join(' → ');
    return { at: rotated[0] as number, text };
  });
  if (noRoot) {
    fail(
      'INVALID_INPUT',
      path,
      `has no root (a node without parentId); the parents go round in a cycle: ${(described[0] as { text: string }).text}`,
    );
  }
  throw new SalesOpsError(
    'CYCLE',
    described.map(({ at, text }) =>
      issue('CYCLE', [...path, at, 'parentId'], `closes a cycle of parents (each reports to the next): ${text}`),
    ),
  );
}
