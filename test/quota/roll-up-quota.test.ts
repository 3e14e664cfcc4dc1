import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { BottomUpPlanSchema, type BottomUpNode, decomposeQuota, rollUpQuota } from 'salesops-kit/quota';
import { Dec } from '../../src/core/decimal.js';
import { amountString, id as idArb } from '../helpers/arbitraries.js';
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

const NODES: BottomUpNode[] = [
  { id: 'company' },
  { id: 'east', parentId: 'company' },
  { id: 'west', parentId: 'company' },
  { id: 'ann', parentId: 'east', amount: '120000.10' },
  { id: 'bob', parentId: 'east', amount: 80000.2 },
  { id: 'cat', parentId: 'west', amount: new Dec('0.005') },
];

describe('rollUpQuota', () => {
  test('every parent is the exact sum of its children; leaves are rounded half-up first', () => {
    const { nodes } = rollUpQuota({ nodes: NODES });
    expect(nodes).toEqual([
      { id: 'company', parentId: null, depth: 0, amount: '200000.31', share: 1, leafCount: 3 },
      { id: 'east', parentId: 'company', depth: 1, amount: '200000.30', share: 20000030 / 20000031, leafCount: 2 },
      { id: 'ann', parentId: 'east', depth: 2, amount: '120000.10', share: 12000010 / 20000030, leafCount: 1 },
      { id: 'bob', parentId: 'east', depth: 2, amount: '80000.20', share: 8000020 / 20000030, leafCount: 1 },
      { id: 'west', parentId: 'company', depth: 1, amount: '0.01', share: 1 / 20000031, leafCount: 1 },
      { id: 'cat', parentId: 'west', depth: 2, amount: '0.01', share: 1, leafCount: 1 },
    ]);
  });

  test('scale, order independence and a zero parent', () => {
    const { nodes } = rollUpQuota({ nodes: [...NODES].reverse().map((n) => (n.id === 'cat' ? { ...n, amount: 0 } : n)), scale: 0 });
    expect(nodes.map((n) => [n.id, n.amount, n.share])).toEqual([
      ['company', '200000', 1],
      ['east', '200000', 1],
      ['ann', '120000', 0.6],
      ['bob', '80000', 0.4],
      ['west', '0', 0],
      ['cat', '0', 0],
    ]);
  });

  test('rolls a decomposition back up to its total when there is no padding (exactly)', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(idArb(), { minLength: 2, maxLength: 20 }),
        fc.array(fc.nat(), { minLength: 20, maxLength: 20 }),
        amountString({ maxUnits: 1e12 }),
        (ids, parents, total) => {
          const plan = ids.map((id, i) => ({ id, ...(i === 0 ? {} : { parentId: ids[(parents[i] as number) % i] as string }) }));
          const down = decomposeQuota({ total, basis: 'equal', nodes: plan });
          const leaves = new Set(down.nodes.filter((n) => n.handedDown === null).map((n) => n.id));
          const up = rollUpQuota({
            nodes: down.nodes.map((n) => ({ id: n.id, parentId: n.parentId, ...(leaves.has(n.id) ? { amount: n.quota } : {}) })),
          });
          expect(up.nodes.map((n) => n.amount)).toEqual(down.nodes.map((n) => n.quota));
        },
      ),
    );
  });

  test('special ids, purity, JSON', () => {
    const nodes: BottomUpNode[] = [
      { id: '__proto__' },
      ...SPECIAL_IDS.slice(1).map((id, i) => ({ id, parentId: '__proto__', amount: i + 1 })),
    ];
    const result = expectPure(rollUpQuota, { nodes });
    expect(result.nodes[0]).toMatchObject({ id: '__proto__', amount: '15.00', leafCount: 5 });
    expectJsonSafe(result);
  });

  test('a leaf without an amount, or a parent with one, is refused at its path', () => {
    const missing = expectSalesOpsError(
      () => rollUpQuota({ nodes: NODES.map((n) => (n.id === 'bob' ? { id: 'bob', parentId: 'east' } : n)) }),
      'INVALID_INPUT',
      ['plan', 'nodes', 4, 'amount'],
    );
    expect(missing.message).toBe('plan.nodes[4].amount: is required: "bob" is a leaf');
    const extra = expectSalesOpsError(
      () => rollUpQuota({ nodes: NODES.map((n) => (n.id === 'east' ? { ...n, amount: 5 } : n)) }),
      'INVALID_INPUT',
      ['plan', 'nodes', 1, 'amount'],
    );
    expect(extra.message).toBe('plan.nodes[1].amount: must be left out: "east" has children, and its amount is theirs summed (got 5)');
  });

  test('tree errors: DUPLICATE_ID, UNKNOWN_PARENT, CYCLE, no root, several roots', () => {
    expectSalesOpsError(() => rollUpQuota({ nodes: [...NODES, { id: 'ann', parentId: 'west', amount: 1 }] }), 'DUPLICATE_ID', [
      'plan',
      'nodes',
      6,
      'id',
    ]);
    expectSalesOpsError(() => rollUpQuota({ nodes: [...NODES, { id: 'x', parentId: 'nowhere', amount: 1 }] }), 'UNKNOWN_PARENT', [
      'plan',
      'nodes',
      6,
      'parentId',
    ]);
    const cycle = expectSalesOpsError(
      () =>
        rollUpQuota({
          nodes: [...NODES, { id: 'p', parentId: 'q' }, { id: 'q', parentId: 'p' }, { id: 'leaf', parentId: 'p', amount: 1 }],
        }),
      'CYCLE',
      ['plan', 'nodes', 6, 'parentId'],
    );
    expect(cycle.message).toContain('"p" → "q" → "p"');
    expectSalesOpsError(() => rollUpQuota({ nodes: [{ id: 'a', parentId: 'a', amount: 1 }] }), 'INVALID_INPUT', ['plan', 'nodes']);
    expectSalesOpsError(
      () =>
        rollUpQuota({
          nodes: [
            { id: 'a', amount: 1 },
            { id: 'b', amount: 1 },
          ],
        }),
      'INVALID_INPUT',
      ['plan', 'nodes', 1, 'parentId'],
    );
  });

  test('rollUpQuota checks by hand, with the same issues as BottomUpPlanSchema', () => {
    const candidates: unknown[] = [
      null,
      undefined,
      [],
      'x',
      {},
      { nodes: [] },
      { nodes: 'x' },
      { nodes: NODES, scale: 1.5 },
      { nodes: NODES, sacle: 1 },
      { nodes: NODES, a: 1, b: 2 },
      { nodes: [null, { id: '' }, { id: 'a', parentId: 1, amount: -1 }, { id: 'b', amount: 'abc', extra: true }, undefined] },
    ];
    for (const candidate of candidates) {
      expect(BottomUpPlanSchema.safeParse(candidate).success).toBe(false);
      expectSameIssues((plan) => rollUpQuota(plan as never), BottomUpPlanSchema, candidate, ['plan']);
    }
  });

  test('bad input tables', () => {
    const base = { nodes: NODES, scale: 2 };
    expectRejectsAt(rollUpQuota, base, ['nodes', 3, 'amount'], {
      values: [...BAD_AMOUNTS.filter((v) => v !== undefined), -1, '-0.01'],
      prefix: ['plan'],
    });
    expectRejectsAt(rollUpQuota, base, ['nodes', 3, 'id'], { values: BAD_IDS, prefix: ['plan'] });
    expectRejectsAt(rollUpQuota, base, ['nodes', 3, 'parentId'], { values: ['', 1, {}], prefix: ['plan'] });
    expectRejectsAt(rollUpQuota, base, ['nodes', 3], { values: [null, 1, 'x'], prefix: ['plan'] });
    expectRejectsAt(rollUpQuota, base, ['nodes'], { values: [null, [], 'x', undefined], prefix: ['plan'] });
    expectRejectsAt(rollUpQuota, base, ['scale'], { values: [-1, 21, 0.5, '2', null], prefix: ['plan'] });
    expectSalesOpsError(() => rollUpQuota({ ...base, sacle: 2 } as never), 'INVALID_INPUT', ['plan', 'sacle']);
    for (const bad of [null, undefined, 'x', []]) expectSalesOpsError(() => rollUpQuota(bad as never), 'INVALID_INPUT', ['plan']);
    expect(BottomUpPlanSchema.safeParse(base).success).toBe(true);
    expect(BottomUpPlanSchema.safeParse({ nodes: [{ id: 'a', amount: -1 }] }).success).toBe(false);
  });
});
