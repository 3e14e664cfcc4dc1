/**
 * Bottom-up planning: the amounts committed at the bottom of the hierarchy (reps, accounts)
 * summed up to every team, region and the company, exactly.
 */
import * as z from 'zod/mini';
import {
  checkArguments,
  type DecimalInput,
  exact,
  formatUnits,
  idSchema,
  issue,
  type IssuePath,
  listOf,
  maybe,
  maybeNull,
  nonNegativeAmount,
  objectOf,
  readIdInput,
  readNonNegativeAmount,
  readScale,
  roundUnits,
  SalesOpsError,
  type SalesOpsIssue,
  scaleSchema,
} from '../core/index.js';
import { buildQuotaTree, type QuotaTree } from './quota-tree.js';

/** One node of a bottom-up plan: a leaf carries an amount, a parent's is the sum of its children's. */
export interface BottomUpNode {
  /** The node's id, unique in the plan. */
  id: string;
  /** The id of the parent node; absent or `null` for the root (exactly one node). */
  parentId?: string | null | undefined;
  /** The amount committed, zero or more: required on every leaf, not allowed on a parent. */
  amount?: DecimalInput | undefined;
}

/** A bottom-up plan: a hierarchy with amounts on its leaves. */
export interface BottomUpPlan {
  /** The hierarchy as a flat list, in any order, one root. */
  nodes: readonly BottomUpNode[];
  /** Decimals of the amounts (default 2); each leaf amount is rounded half-up to it first. */
  scale?: number | undefined;
}

/** One node of a rolled-up plan. */
export interface RolledUpNode {
  /** The node's id. */
  id: string;
  /** The parent's id; `null` for the root. */
  parentId: string | null;
  /** Depth in the tree: 0 for the root. */
  depth: number;
  /** A leaf's own amount, or a parent's total: the exact sum of its children's amounts. */
  amount: string;
  /** The node's part of its parent's amount (siblings sum to 1); 1 for the root, 0 when the parent's amount is zero. */
  share: number;
  /** How many leaves the amount comes from (1 for a leaf). */
  leafCount: number;
}

/** The result of {@link rollUpQuota}. */
export interface RollUp {
  /** Every node, depth-first from the root, siblings ordered by id. */
  nodes: RolledUpNode[];
}

/**
 * A bottom-up plan (see {@link BottomUpPlan}).
 *
 * @example
 * ```ts
 * import { BottomUpPlanSchema } from 'salesops-kit/quota';
 *
 * BottomUpPlanSchema.safeParse({ nodes: [{ id: 'team' }, { id: 'ann', parentId: 'team', amount: '500' }] }).success //=> true
 * BottomUpPlanSchema.safeParse({ nodes: [{ id: 'ann', amount: 'lots' }] }).success //=> false
 * ```
 */
export const BottomUpPlanSchema: z.ZodMiniType<BottomUpPlan> = /* @__PURE__ */ (() =>
  z.strictObject({
    nodes: z
      .array(
        z.looseObject({
          id: idSchema(),
          parentId: z.optional(z.nullable(idSchema())),
          amount: z.optional(nonNegativeAmount()),
        }),
      )
      .check(z.minLength(1, 'must have at least 1 item')),
    scale: z.optional(scaleSchema()),
  }))();

/** {@link BottomUpPlanSchema}, checked by hand (see `core/read-shape.ts` for why). */
const PLAN = /* @__PURE__ */ (() =>
  objectOf({
    nodes: listOf(
      objectOf({ id: readIdInput, parentId: maybeNull(readIdInput), amount: maybe(readNonNegativeAmount) }, false),
      1,
      'must have at least 1 item',
    ),
    scale: readScale,
  }))();

/**
 * Checks a validated node list and builds its tree.
 * @internal
 */
export function treeOf(nodes: readonly { id: string; parentId?: string | null | undefined }[], path: IssuePath): QuotaTree {
  return buildQuotaTree(
    nodes.map((node) => node.id),
    nodes.map((node) => node.parentId ?? null),
    path,
  );
}

/**
 * Sums units up the tree: every parent gets its own units (0 for a parent, normally) plus the
 * exact sum of its children's totals.
 * @internal
 */
export function sumUp(tree: QuotaTree, leafUnits: readonly bigint[]): bigint[] {
  const totals = leafUnits.slice();
  const { order, parent } = tree;
  // Children come after their parent in `order`, so walking it backwards finishes every
  // child's total before adding it to the parent's.
  for (let k = order.length - 1; k >= 0; k -= 1) {
    const i = order[k] as number;
    const p = parent[i] as number;
    if (p >= 0) totals[p] = (totals[p] as bigint) + (totals[i] as bigint);
  }
  return totals;
}

/**
 * Rolls leaf amounts up a hierarchy: every parent's amount is the exact sum of its children's,
 * up to the root — the bottom-up counterpart of {@link decomposeQuota}.
 *
 * Only leaves carry amounts: a parent's amount is always its children's sum, so an amount on a
 * parent is refused rather than silently added or ignored. (For a player-coach who sells too,
 * add a leaf under them for their own number.)
 *
 * @param plan - the nodes (any order, one root) with an `amount` on every leaf, and the `scale`
 * @returns every node with its amount, its share of its parent and its number of leaves,
 *   depth-first from the root
 * @throws {@link SalesOpsError} INVALID_INPUT when a field is malformed, a leaf has no amount,
 *   a parent has one, or the plan has no root or more than one
 * @throws {@link SalesOpsError} DUPLICATE_ID when two nodes share an id
 * @throws {@link SalesOpsError} UNKNOWN_PARENT when a `parentId` names no node
 * @throws {@link SalesOpsError} CYCLE when parents go round in a cycle
 *
 * @example
 * ```ts
 * import { rollUpQuota } from 'salesops-kit/quota';
 *
 * const { nodes } = rollUpQuota({
 *   nodes: [
 *     { id: 'ann', parentId: 'east', amount: '120000.50' },
 *     { id: 'bob', parentId: 'east', amount: 79999.5 },
 *     { id: 'east', parentId: 'company' },
 *     { id: 'west', parentId: 'company', amount: '300000' },
 *     { id: 'company' },
 *   ],
 * });
 * nodes.map((n) => [n.id, n.amount, n.leafCount])
 * //=> [['company', '500000.00', 3], ['east', '200000.00', 2], ['ann', '120000.50', 1],
 * //    ['bob', '79999.50', 1], ['west', '300000.00', 1]]
 * ```
 */
export function rollUpQuota(plan: BottomUpPlan): RollUp {
  checkArguments([plan, 'plan', PLAN]);
  const scale = plan.scale ?? 2;
  const issues: SalesOpsIssue[] = [];
  const tree = treeOf(plan.nodes, ['plan', 'nodes']);
  const { children, order, parent, depth } = tree;
  const n = plan.nodes.length;
  const leafUnits = new Array<bigint>(n).fill(0n);
  const leaves = new Array<number>(n).fill(0);
  plan.nodes.forEach((node, i) => {
    const path = ['plan', 'nodes', i, 'amount'];
    const isLeaf = (children[i] as number[]).length === 0;
    if (isLeaf && node.amount === undefined) issues.push(issue('INVALID_INPUT', path, `is required: ${JSON.stringify(node.id)} is a leaf`));
    else if (!isLeaf && node.amount !== undefined) {
      issues.push(
        issue(
          'INVALID_INPUT',
          path,
          `must be left out: ${JSON.stringify(node.id)} has children, and its amount is theirs summed`,
          node.amount,
        ),
      );
    } else if (isLeaf) {
      leafUnits[i] = roundUnits(exact(node.amount as DecimalInput), scale);
      leaves[i] = 1;
    }
  });
  if (issues.length > 0) throw new SalesOpsError('INVALID_INPUT', issues);
  const totals = sumUp(tree, leafUnits);
  for (let k = order.length - 1; k >= 0; k -= 1) {
    const i = order[k] as number;
    const p = parent[i] as number;
    if (p >= 0) leaves[p] = (leaves[p] as number) + (leaves[i] as number);
  }
  return {
    nodes: order.map((i) => {
      const p = parent[i] as number;
      const of = p < 0 ? 0n : (totals[p] as bigint);
      return {
        id: plan.nodes[i]?.id as string,
        parentId: p < 0 ? null : (plan.nodes[p]?.id as string),
        depth: depth[i] as number,
        amount: formatUnits(totals[i] as bigint, scale),
        share: p < 0 ? 1 : of === 0n ? 0 : Number(totals[i]) / Number(of),
        leafCount: leaves[i] as number,
      };
    }),
  };
}
