/**
 * Reconciling the two directions of planning: the quota handed down top-down against what the
 * field commits bottom-up, node by node.
 */
import * as z from 'zod/mini';
import {
  checkArguments,
  type DecimalInput,
  exact,
  fail,
  formatUnits,
  idSchema,
  issue,
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
import { sumUp, treeOf } from './roll-up-quota.js';

/** One node of a top-down plan, as {@link decomposeQuota} returns it (extra fields are ignored). */
export interface TopDownNode {
  /** The node's id, unique in the plan. */
  id: string;
  /** The id of the parent node; absent or `null` for the root. */
  parentId?: string | null | undefined;
  /** The node's quota, zero or more. */
  quota: DecimalInput;
}

/** A top-down plan to reconcile: a hierarchy with a quota on every node — e.g. the result of {@link decomposeQuota}. */
export interface TopDownPlan {
  /** Every node with its quota, in any order, one root. */
  nodes: readonly TopDownNode[];
}

/** A bottom-up commitment: what the owner of a leaf of the plan commits to. */
export interface QuotaCommitment {
  /** The id of a leaf of the top-down plan. */
  id: string;
  /** The amount committed, zero or more. */
  amount: DecimalInput;
}

/** Options of {@link reconcileQuota}. */
export interface ReconcileQuotaOptions {
  /** Decimals of the amounts (default 2); quotas and commitments are rounded half-up to it. */
  scale?: number | undefined;
}

/** The gap at one node between its top-down quota and the bottom-up commitments under it. */
export interface QuotaGap {
  /** The node's id. */
  id: string;
  /** The parent's id; `null` for the root. */
  parentId: string | null;
  /** Depth in the tree: 0 for the root. */
  depth: number;
  /** The node's top-down quota. */
  quota: string;
  /** The commitments of the leaves under it (its own, for a leaf), summed exactly. */
  committed: string;
  /** `quota − committed`: positive when the commitments fall short of the quota, negative when they exceed it. */
  gap: string;
  /** `committed ÷ quota`; `null` when the quota is zero. */
  coverage: number | null;
  /** `'short'` (gap > 0), `'met'` (gap = 0) or `'over'` (gap < 0). */
  status: 'short' | 'met' | 'over';
  /** How many leaves under the node (or the node itself, for a leaf) have no commitment yet; they count as zero. */
  uncommitted: number;
}

/** The result of {@link reconcileQuota}. */
export interface QuotaReconciliation {
  /** Every node of the plan, depth-first from the root, siblings ordered by id. */
  nodes: QuotaGap[];
}

/**
 * A top-down plan to reconcile (see {@link TopDownPlan}).
 *
 * @example
 * ```ts
 * import { TopDownPlanSchema } from 'salesops-kit/quota';
 *
 * TopDownPlanSchema.safeParse({ nodes: [{ id: 'all', quota: '1000.00' }] }).success //=> true
 * TopDownPlanSchema.safeParse({ nodes: [{ id: 'all' }] }).success //=> false
 * ```
 */
export const TopDownPlanSchema: z.ZodMiniType<TopDownPlan> = /* @__PURE__ */ (() =>
  z.looseObject({
    nodes: z
      .array(
        z.looseObject({
          id: idSchema(),
          parentId: z.optional(z.nullable(idSchema())),
          quota: nonNegativeAmount(),
        }),
      )
      .check(z.minLength(1, 'must have at least 1 item')),
  }))();

/**
 * Bottom-up commitments (see {@link QuotaCommitment}).
 *
 * @example
 * ```ts
 * import { QuotaCommitmentsSchema } from 'salesops-kit/quota';
 *
 * QuotaCommitmentsSchema.safeParse([{ id: 'ann', amount: 120000 }]).success //=> true
 * QuotaCommitmentsSchema.safeParse([{ id: 'ann', amount: -1 }]).success //=> false
 * ```
 */
export const QuotaCommitmentsSchema: z.ZodMiniType<QuotaCommitment[]> = /* @__PURE__ */ (() =>
  z.array(z.looseObject({ id: idSchema(), amount: nonNegativeAmount() })))();

/**
 * The options of {@link reconcileQuota}: `{ scale? }`.
 *
 * @example
 * ```ts
 * import { ReconcileQuotaOptionsSchema } from 'salesops-kit/quota';
 *
 * ReconcileQuotaOptionsSchema.safeParse({ scale: 0 }).success //=> true
 * ReconcileQuotaOptionsSchema.safeParse({ scale: -1 }).success //=> false
 * ```
 */
export const ReconcileQuotaOptionsSchema: z.ZodMiniType<ReconcileQuotaOptions> = /* @__PURE__ */ (() =>
  z.strictObject({
    scale: z.optional(scaleSchema()),
  }))();

// The exported schemas, checked by hand.
const TOP_DOWN = /* @__PURE__ */ (() =>
  objectOf(
    {
      nodes: listOf(
        objectOf({ id: readIdInput, parentId: maybeNull(readIdInput), quota: readNonNegativeAmount }, false),
        1,
        'must have at least 1 item',
      ),
    },
    false,
  ))();
const COMMITMENTS = /* @__PURE__ */ (() => listOf(objectOf({ id: readIdInput, amount: readNonNegativeAmount }, false)))();
const OPTIONS = /* @__PURE__ */ (() => maybe(objectOf({ scale: readScale })))();

/**
 * Compares a top-down plan with bottom-up commitments: at every node, its quota against the
 * commitments of the leaves under it, summed exactly, and the gap between them.
 *
 * Commitments are made on leaves (the people or accounts that carry a number); a parent's
 * commitment is always the sum of its leaves', so a commitment naming a parent is refused rather
 * than double-counted. A leaf with no commitment counts as zero and is counted in `uncommitted`
 * all the way up, so a gap caused by a missing number is told apart from a real shortfall.
 *
 * With over-assignment, a parent's quota is below the sum of its children's: its gap is then
 * measured against its own quota, which is what it owes upwards.
 *
 * @param topDown - the plan: every node with its quota (the result of {@link decomposeQuota} fits)
 * @param commitments - one `{ id, amount }` per committed leaf
 * @param options - `scale`: decimals of the amounts (default 2)
 * @returns every node with its quota, commitments, gap, coverage and status, depth-first from
 *   the root
 * @throws {@link SalesOpsError} INVALID_INPUT when a field is malformed, a commitment names no
 *   node or names a parent, or the plan has no root or more than one
 * @throws {@link SalesOpsError} DUPLICATE_ID when two nodes, or two commitments, share an id
 * @throws {@link SalesOpsError} UNKNOWN_PARENT when a `parentId` names no node
 * @throws {@link SalesOpsError} CYCLE when parents go round in a cycle
 *
 * @example
 * ```ts
 * import { decomposeQuota, reconcileQuota } from 'salesops-kit/quota';
 *
 * const plan = decomposeQuota({
 *   total: 300000,
 *   basis: 'equal',
 *   nodes: [{ id: 'team' }, { id: 'ann', parentId: 'team' }, { id: 'bob', parentId: 'team' }],
 * });
 * const { nodes } = reconcileQuota(plan, [{ id: 'ann', amount: '160000' }]);
 * nodes.map((n) => [n.id, n.quota, n.committed, n.gap, n.status, n.uncommitted])
 * //=> [['team', '300000.00', '160000.00', '140000.00', 'short', 1],
 * //    ['ann', '150000.00', '160000.00', '-10000.00', 'over', 0],
 * //    ['bob', '150000.00', '0.00', '150000.00', 'short', 1]]
 * ```
 */
export function reconcileQuota(
  topDown: TopDownPlan,
  commitments: readonly QuotaCommitment[],
  options?: ReconcileQuotaOptions,
): QuotaReconciliation {
  // Checked by hand, as the exported schemas would (see core/read-shape.ts for why).
  checkArguments([topDown, 'topDown', TOP_DOWN], [commitments, 'commitments', COMMITMENTS], [options, 'options', OPTIONS]);
  const scale = options?.scale ?? 2;
  const { nodes } = topDown;
  const tree = treeOf(nodes, ['topDown', 'nodes']);
  const { children, order, parent, depth } = tree;
  const n = nodes.length;
  const indexOf = new Map<string, number>();
  nodes.forEach((node, i) => indexOf.set(node.id, i));

  const committedUnits = new Array<bigint>(n).fill(0n);
  const uncommitted = new Array<number>(n).fill(0);
  const seen = new Map<string, number>();
  const issues: SalesOpsIssue[] = [];
  commitments.forEach((commitment, j) => {
    const path = ['commitments', j, 'id'];
    const before = seen.get(commitment.id);
    if (before !== undefined) fail('DUPLICATE_ID', path, `repeats the id of commitments[${before}]`, commitment.id);
    seen.set(commitment.id, j);
    const i = indexOf.get(commitment.id);
    if (i === undefined) issues.push(issue('INVALID_INPUT', path, 'names no node of the plan', commitment.id));
    else if ((children[i] as number[]).length > 0) {
      issues.push(
        issue('INVALID_INPUT', path, "names a parent: commitments belong to leaves, and a parent's is the sum of theirs", commitment.id),
      );
    } else committedUnits[i] = roundUnits(exact(commitment.amount), scale);
  });
  if (issues.length > 0) throw new SalesOpsError('INVALID_INPUT', issues);
  for (let i = 0; i < n; i += 1) {
    if ((children[i] as number[]).length === 0 && !seen.has(nodes[i]?.id as string)) uncommitted[i] = 1;
  }
  const committed = sumUp(tree, committedUnits);
  for (let k = order.length - 1; k >= 0; k -= 1) {
    const i = order[k] as number;
    const p = parent[i] as number;
    if (p >= 0) uncommitted[p] = (uncommitted[p] as number) + (uncommitted[i] as number);
  }

  return {
    nodes: order.map((i) => {
      const node = nodes[i] as TopDownNode;
      const p = parent[i] as number;
      const quota = roundUnits(exact(node.quota), scale);
      const done = committed[i] as bigint;
      const gap = quota - done;
      return {
        id: node.id,
        parentId: p < 0 ? null : (nodes[p] as TopDownNode).id,
        depth: depth[i] as number,
        quota: formatUnits(quota, scale),
        committed: formatUnits(done, scale),
        gap: formatUnits(gap, scale),
        coverage: quota === 0n ? null : Number(done) / Number(quota),
        status: gap > 0n ? 'short' : gap === 0n ? 'met' : 'over',
        uncommitted: uncommitted[i] as number,
      };
    }),
  };
}
