import { describe, expect, test } from 'vitest';
import { buildQuotaTree } from '../../src/quota/quota-tree.js';
import { expectSalesOpsError } from '../helpers/bad-input.js';

describe('buildQuotaTree', () => {
  test('depth-first order, siblings by id (UTF-16 code units), depths from the root', () => {
    const tree = buildQuotaTree(['b', 'root', 'a', 'B', 'a1'], ['root', null, 'root', 'root', 'a'], ['nodes']);
    expect(tree.order).toEqual([1, 3, 2, 4, 0]); // root, 'B' < 'a' < 'b'; a1 under a
    expect([...tree.depth]).toEqual([1, 0, 1, 1, 2]);
    expect([...tree.parent]).toEqual([1, -1, 1, 1, 2]);
  });

  test('a chain 200,000 deep needs no recursion', () => {
    const n = 200_000;
    const ids = Array.from({ length: n }, (_, i) => `n${i}`);
    const parents = ids.map((_, i) => (i === 0 ? null : `n${i - 1}`));
    const tree = buildQuotaTree(ids, parents, ['nodes']);
    expect(tree.depth[n - 1]).toBe(n - 1);
    // The same chain closed into a cycle (no root) is reported, not overflowed.
    parents[0] = `n${n - 1}`;
    const error = expectSalesOpsError(() => buildQuotaTree(ids, parents, ['nodes']), 'INVALID_INPUT', ['nodes']);
    expect(error.message).toBe(
      'nodes: has no root (a node without parentId); the parents go round in a cycle: "n0" → "n199999" → "n199998" → "n199997" → "n199996" → … → "n2" → "n1" → "n0" (200000 nodes)',
    );
  });

  test('every duplicate is reported with its first occurrence', () => {
    const error = expectSalesOpsError(
      () => buildQuotaTree(['a', 'b', 'a', 'b', 'a'], [null, 'a', 'a', 'a', 'a'], ['nodes']),
      'DUPLICATE_ID',
    );
    expect(error.issues.map((i) => i.message)).toEqual([
      'nodes[2].id: repeats the id of nodes[0] (got "a")',
      'nodes[3].id: repeats the id of nodes[1] (got "b")',
      'nodes[4].id: repeats the id of nodes[0] (got "a")',
    ]);
  });

  test('special ids are ordinary keys', () => {
    const tree = buildQuotaTree(['__proto__', 'constructor', 'toString'], [null, '__proto__', 'constructor'], ['nodes']);
    expect([...tree.depth]).toEqual([0, 1, 2]);
    expectSalesOpsError(() => buildQuotaTree(['a'], ['__proto__'], ['nodes']), 'UNKNOWN_PARENT', ['nodes', 0, 'parentId']);
  });
});
