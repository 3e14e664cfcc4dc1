import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  decomposeQuota,
  QuotaCommitmentsSchema,
  type QuotaPlan,
  reconcileQuota,
  ReconcileQuotaOptionsSchema,
  TopDownPlanSchema,
} from 'salesops-kit/quota';
import { Dec, type Decimal } from '../../src/core/decimal.js';
import {
  BAD_AMOUNTS,
  BAD_IDS,
  expectJsonSafe,
  expectPure,
  expectRejectsAt,
  expectSalesOpsError,
  SPECIAL_IDS,
} from '../helpers/bad-input.js';
import { expectSameIssues } from '../helpers/schema-agreement.js';

const PLAN: QuotaPlan = {
  total: 1000000,
  overAssignment: 0.1,
  basis: 'equal',
  nodes: [
    { id: 'company' },
    { id: 'east', parentId: 'company' },
    { id: 'west', parentId: 'company' },
    { id: 'ann', parentId: 'east' },
    { id: 'bob', parentId: 'east' },
    { id: 'cat', parentId: 'west' },
  ],
};

describe('reconcileQuota', () => {
  test('the gap per node between the top-down quota and the bottom-up commitments', () => {
    const topDown = decomposeQuota(PLAN);
    // company 1,000,000 → regions 550,000 each → east's reps 302,500 each, cat 605,000.
    const { nodes } = reconcileQuota(topDown, [
      { id: 'ann', amount: '310000' },
      { id: 'bob', amount: 250000 },
      { id: 'cat', amount: '605000.00' },
    ]);
    expect(nodes).toEqual([
      {
        id: 'company',
        parentId: null,
        depth: 0,
        quota: '1000000.00',
        committed: '1165000.00',
        gap: '-165000.00',
        coverage: 1.165,
        status: 'over',
        uncommitted: 0,
      },
      {
        id: 'east',
        parentId: 'company',
        depth: 1,
        quota: '550000.00',
        committed: '560000.00',
        gap: '-10000.00',
        coverage: 560000 / 550000,
        status: 'over',
        uncommitted: 0,
      },
      {
        id: 'ann',
        parentId: 'east',
        depth: 2,
        quota: '302500.00',
        committed: '310000.00',
        gap: '-7500.00',
        coverage: 310000 / 302500,
        status: 'over',
        uncommitted: 0,
      },
      {
        id: 'bob',
        parentId: 'east',
        depth: 2,
        quota: '302500.00',
        committed: '250000.00',
        gap: '52500.00',
        coverage: 250000 / 302500,
        status: 'short',
        uncommitted: 0,
      },
      {
        id: 'west',
        parentId: 'company',
        depth: 1,
        quota: '550000.00',
        committed: '605000.00',
        gap: '-55000.00',
        coverage: 1.1,
        status: 'over',
        uncommitted: 0,
      },
      {
        id: 'cat',
        parentId: 'west',
        depth: 2,
        quota: '605000.00',
        committed: '605000.00',
        gap: '0.00',
        coverage: 1,
        status: 'met',
        uncommitted: 0,
      },
    ]);
  });

  test('leaves without a commitment count as zero and are counted up the tree', () => {
    const { nodes } = reconcileQuota(decomposeQuota(PLAN), [{ id: 'ann', amount: 1 }]);
    expect(nodes.map((n) => [n.id, n.committed, n.uncommitted])).toEqual([
      ['company', '1.00', 2],
      ['east', '1.00', 1],
      ['ann', '1.00', 0],
      ['bob', '0.00', 1],
      ['west', '0.00', 1],
      ['cat', '0.00', 1],
    ]);
  });

  test('accepts hand-made plans in any order; coverage is null for a zero quota; scale option', () => {
    const { nodes } = reconcileQuota(
      {
        nodes: [
          { id: 'b', parentId: 'r', quota: 0 },
          { id: 'r', quota: '10.6' },
          { id: 'a', parentId: 'r', quota: 10 },
        ],
      },
      [
        { id: 'b', amount: '0.4' },
        { id: 'a', amount: '10.5' },
      ],
      { scale: 0 },
    );
    expect(nodes.map((n) => [n.id, n.quota, n.committed, n.gap, n.coverage, n.status])).toEqual([
      ['r', '11', '11', '0', 1, 'met'],
      ['a', '10', '11', '-1', 1.1, 'over'],
      ['b', '0', '0', '0', null, 'met'],
    ]);
  });

  test('gaps add up: without padding, a parent’s gap is the sum of its children’s', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 10_000_000 }), { minLength: 3, maxLength: 3 }),
        fc.integer({ min: 0, max: 100_000_000 }),
        (amounts, total) => {
          const topDown = decomposeQuota({ ...PLAN, total: total / 100, overAssignment: 0 });
          const { nodes } = reconcileQuota(
            topDown,
            ['ann', 'bob', 'cat'].map((id, i) => ({ id, amount: (amounts[i] as number) / 100 })),
          );
          const gap = (id: string): Decimal => new Dec((nodes.find((n) => n.id === id) as { gap: string }).gap);
          expect(gap('east').eq(gap('ann').plus(gap('bob')))).toBe(true);
          expect(gap('company').eq(gap('east').plus(gap('west')))).toBe(true);
        },
      ),
    );
  });

  test('special ids, purity, JSON', () => {
    const topDown = {
      nodes: [{ id: '__proto__', quota: 3 }, ...SPECIAL_IDS.slice(1, 4).map((id) => ({ id, parentId: '__proto__', quota: 1 }))],
    };
    const result = expectPure(reconcileQuota, topDown, [{ id: 'constructor', amount: 2 }], { scale: 2 });
    expect(result.nodes[0]).toMatchObject({ id: '__proto__', committed: '2.00', gap: '1.00', uncommitted: 2 });
    expectJsonSafe(result);
  });

  test('commitments must name leaves of the plan, once each', () => {
    const topDown = decomposeQuota(PLAN);
    const unknown = expectSalesOpsError(() => reconcileQuota(topDown, [{ id: 'zed', amount: 1 }]), 'INVALID_INPUT', [
      'commitments',
      0,
      'id',
    ]);
    expect(unknown.message).toBe('commitments[0].id: names no node of the plan (got "zed")');
    const parent = expectSalesOpsError(
      () =>
        reconcileQuota(topDown, [
          { id: 'ann', amount: 1 },
          { id: 'east', amount: 1 },
        ]),
      'INVALID_INPUT',
      ['commitments', 1, 'id'],
    );
    expect(parent.message).toContain('names a parent');
    expectSalesOpsError(
      () =>
        reconcileQuota(topDown, [
          { id: 'ann', amount: 1 },
          { id: 'ann', amount: 2 },
        ]),
      'DUPLICATE_ID',
      ['commitments', 1, 'id'],
    );
  });

  test('tree errors in the top-down plan', () => {
    const nodes = [
      { id: 'r', quota: 1 },
      { id: 'a', parentId: 'r', quota: 1 },
    ];
    expectSalesOpsError(() => reconcileQuota({ nodes: [...nodes, { id: 'a', quota: 1, parentId: 'r' }] }, []), 'DUPLICATE_ID', [
      'topDown',
      'nodes',
      2,
      'id',
    ]);
    expectSalesOpsError(() => reconcileQuota({ nodes: [...nodes, { id: 'b', quota: 1, parentId: 'x' }] }, []), 'UNKNOWN_PARENT', [
      'topDown',
      'nodes',
      2,
      'parentId',
    ]);
    expectSalesOpsError(() => reconcileQuota({ nodes: [...nodes, { id: 'b', quota: 1, parentId: 'b' }] }, []), 'CYCLE', [
      'topDown',
      'nodes',
      2,
      'parentId',
    ]);
    expectSalesOpsError(() => reconcileQuota({ nodes: [...nodes, { id: 'b', quota: 1 }] }, []), 'INVALID_INPUT', [
      'topDown',
      'nodes',
      2,
      'parentId',
    ]);
  });

  test('reconcileQuota checks by hand, with the same issues as the exported schemas', () => {
    const good = { nodes: [{ id: 'r', quota: 1 }] };
    const plans: unknown[] = [null, undefined, [], {}, { nodes: [] }, { nodes: [{ id: 'r' }, { id: 1, quota: 'x', parentId: '' }, null] }];
    for (const plan of plans) expectSameIssues((t) => reconcileQuota(t as never, []), TopDownPlanSchema, plan, ['topDown']);
    const lists: unknown[] = [null, undefined, {}, [null, { id: '' }, { id: 'r', amount: -1 }, { id: 'r' }, undefined]];
    for (const list of lists) expectSameIssues((c) => reconcileQuota(good, c as never), QuotaCommitmentsSchema, list, ['commitments']);
    const options: unknown[] = [null, 'x', [], { scale: -1 }, { scale: 2.5 }, { sacle: 2 }, { a: 1, b: 2 }];
    for (const option of options)
      expectSameIssues((o) => reconcileQuota(good, [], o as never), ReconcileQuotaOptionsSchema, option, ['options']);
  });

  test('bad input tables', () => {
    const topDown = {
      nodes: [
        { id: 'r', quota: 1 },
        { id: 'a', parentId: 'r', quota: 1 },
      ],
    };
    const commitments = [{ id: 'a', amount: 1 }];
    const withTopDown = (t: typeof topDown): unknown => reconcileQuota(t, commitments);
    const withCommitments = (c: typeof commitments): unknown => reconcileQuota(topDown, c);
    expectRejectsAt(withTopDown, topDown, ['nodes', 1, 'quota'], { values: [...BAD_AMOUNTS, -1], prefix: ['topDown'] });
    expectRejectsAt(withTopDown, topDown, ['nodes', 1, 'id'], { values: BAD_IDS, prefix: ['topDown'] });
    expectRejectsAt(withTopDown, topDown, ['nodes'], { values: [null, [], 'x'], prefix: ['topDown'] });
    expectRejectsAt(withCommitments, commitments, [0, 'amount'], { values: [...BAD_AMOUNTS, -1], prefix: ['commitments'] });
    expectRejectsAt(withCommitments, commitments, [0, 'id'], { values: BAD_IDS, prefix: ['commitments'] });
    expectRejectsAt(withCommitments, commitments, [0], { values: [null, 1, 'x'], prefix: ['commitments'] });
    for (const bad of [null, undefined, 'x', {}])
      expectSalesOpsError(() => reconcileQuota(topDown, bad as never), 'INVALID_INPUT', ['commitments']);
    for (const bad of [null, undefined, 'x', []])
      expectSalesOpsError(() => reconcileQuota(bad as never, commitments), 'INVALID_INPUT', ['topDown']);
    for (const scale of [-1, 21, 0.5, '2', null])
      expectSalesOpsError(() => reconcileQuota(topDown, commitments, { scale } as never), 'INVALID_INPUT', ['options', 'scale']);
    expectSalesOpsError(() => reconcileQuota(topDown, commitments, { sacle: 1 } as never), 'INVALID_INPUT', ['options', 'sacle']);
    expect(TopDownPlanSchema.safeParse(topDown).success).toBe(true);
    expect(QuotaCommitmentsSchema.safeParse(commitments).success).toBe(true);
    expect(ReconcileQuotaOptionsSchema.safeParse({ scale: 3 }).success).toBe(true);
  });
});
