/**
 * Top-down quota planning: a company target shared out over a sales hierarchy (regions, teams,
 * people), level by level, exactly to the cent at every level.
 */
import * as z from 'zod/mini';
import {
  type DecimalInput,
  exact,
  fail,
  formatUnits,
  gather,
  idSchema,
  isObject,
  type IssuePath,
  issue,
  type Issues,
  listOf,
  maybe,
  nonNegativeAmount,
  numberIn,
  numberSchema,
  objectOf,
  passes,
  probabilitySchema,
  type Read,
  readArray,
  readIdInput,
  readNonNegativeAmount,
  readObject,
  readScale,
  readWeight,
  roundUnits,
  SalesOpsError,
  type SalesOpsIssue,
  scaleSchema,
  throwIssues,
  weightSchema,
  wholeIn,
} from '../core/index.js';
import { type BasisPart, basisParts, type QuotaBasis, type QuotaBasisBlend, QuotaBasisSchema, readBasis } from './quota-basis.js';
import { AT_MAX, AT_MIN, waterFill } from './quota-constraints.js';
import { buildQuotaTree } from './quota-tree.js';

/** One node of a quota plan: a region, team, product line or person, and what its share rests on. */
export interface QuotaPlanNode {
  /** The node's id, unique in the plan. Any non-empty string (`'__proto__'` included). */
  id: string;
  /** The id of the parent node; absent or `null` for the root (exactly one node). */
  parentId?: string | null | undefined;
  /** An explicit weight (basis `'weight'`): a finite number, zero or more. */
  weight?: number | undefined;
  /** Past sales (basis `'history'`): an amount, zero or more. */
  history?: DecimalInput | undefined;
  /** Market potential (basis `'potential'`): an amount, zero or more. */
  potential?: DecimalInput | undefined;
  /** Capacity (basis `'capacity'`), e.g. productive headcount × productivity: zero or more. */
  capacity?: DecimalInput | undefined;
  /**
   * A quota set by hand. It is honoured first (rounded half-up to `scale`); the siblings share
   * what is left. A fixed node needs no basis value and ignores `rampFactor`.
   */
  fixed?: DecimalInput | undefined;
  /** The lowest quota this node may get (rounded up to `scale`, so that it always holds). */
  min?: DecimalInput | undefined;
  /** The highest quota this node may get (rounded down to `scale`, so that it always holds). */
  max?: DecimalInput | undefined;
  /**
   * For a new hire still ramping up: a number from 0 to 1 that scales this node's basis share
   * (0.5 = half of what its basis alone would give). The quota this frees goes to its siblings
   * in proportion to their basis, so the parent's quota stays fully covered. It has no effect
   * on the root (whose quota is the total) nor on a fixed node.
   */
  rampFactor?: number | undefined;
  /** How this node's quota is shared among its children (overrides `levels` and the plan's `basis`). */
  childBasis?: QuotaBasis | undefined;
  /**
   * Quota padding for this node's children: together they receive this node's quota ×
   * (1 + childOverAssignment). Overrides `levels` and the plan's `overAssignment`.
   */
  childOverAssignment?: number | undefined;
}

/** Settings for every split that produces the nodes at one depth of the tree. */
export interface QuotaLevel {
  /** The depth of the children these settings apply to: 1 for the root's children, and so on. */
  depth: number;
  /** How a parent's quota is shared among its children at this depth. */
  basis?: QuotaBasis | undefined;
  /** Quota padding for the children at this depth (see {@link QuotaPlan.overAssignment}). */
  overAssignment?: number | undefined;
}

/** A top-down quota plan: a total, a hierarchy, and how each quota is shared out. */
export interface QuotaPlan {
  /** The root's quota: the company (or unit) target, an amount zero or more. */
  total: DecimalInput;
  /** The hierarchy as a flat list, in any order; exactly one node has no parent. */
  nodes: readonly QuotaPlanNode[];
  /** How quotas are shared among children (default `'weight'`). */
  basis?: QuotaBasis | undefined;
  /**
   * Quota padding (default 0, at least 0): a parent's children together receive its quota ×
   * (1 + overAssignment), so that the plan still holds when some miss.
   */
  overAssignment?: number | undefined;
  /** Basis and padding per depth; each depth at most once. */
  levels?: readonly QuotaLevel[] | undefined;
  /** Decimals of the quotas (default 2). */
  scale?: number | undefined;
}

/** One node of a decomposed plan: its quota, and how it was arrived at. */
export interface QuotaNode {
  /** The node's id. */
  id: string;
  /** The parent's id; `null` for the root. */
  parentId: string | null;
  /** Depth in the tree: 0 for the root, 1 for its children, and so on. */
  depth: number;
  /** The node's quota at `scale`; the root's is `total`. */
  quota: string;
  /**
   * The node's part of what its parent hands down (quota ÷ the parent's `handedDown`), so that
   * siblings' shares sum to 1; 1 for the root, 0 when the parent hands down nothing.
   */
  share: number;
  /**
   * The node's basis weight among the siblings that are not fixed, after blending and ramp,
   * normalised to sum to 1 — what its share would be without `min`/`max`. 1 for the root, 0 for
   * a fixed node.
   */
  basisWeight: number;
  /** The ramp factor applied (1 when none was given). */
  rampFactor: number;
  /** The bound that set the quota: `'fixed'`, `'min'`, `'max'`, or `null` when the basis alone did. */
  bound: 'fixed' | 'min' | 'max' | null;
  /** For a parent: the sum of its children's quotas, exactly quota × (1 + childOverAssignment). `null` for a leaf. */
  handedDown: string | null;
  /** For a parent: the basis its children were weighted by, as a normalised blend. `null` for a leaf. */
  childBasis: QuotaBasisBlend | null;
  /** For a parent: the padding applied to its children. `null` for a leaf. */
  childOverAssignment: number | null;
}

/** The result of {@link decomposeQuota}. */
export interface QuotaDecomposition {
  /** Every node, depth-first from the root, siblings ordered by id. */
  nodes: QuotaNode[];
}

const amountOption = (): z.ZodMiniOptional<z.ZodMiniType<DecimalInput>> => z.optional(nonNegativeAmount());

/**
 * One node of a quota plan (see {@link QuotaPlanNode}). Extra properties are allowed, so you can
 * pass your own records.
 *
 * @example
 * ```ts
 * import { QuotaPlanNodeSchema } from 'salesops-kit/quota';
 *
 * QuotaPlanNodeSchema.safeParse({ id: 'east', parentId: 'world', history: '1200.00' }).success //=> true
 * QuotaPlanNodeSchema.safeParse({ id: 'east', rampFactor: 1.5 }).success //=> false
 * ```
 */
export const QuotaPlanNodeSchema: z.ZodMiniType<QuotaPlanNode> = /* @__PURE__ */ (() =>
  z.looseObject({
    id: idSchema(),
    parentId: z.optional(z.nullable(idSchema())),
    weight: z.optional(weightSchema()),
    history: amountOption(),
    potential: amountOption(),
    capacity: amountOption(),
    fixed: amountOption(),
    min: amountOption(),
    max: amountOption(),
    rampFactor: z.optional(probabilitySchema()),
    childBasis: z.optional(QuotaBasisSchema),
    childOverAssignment: z.optional(numberSchema(0)),
  }))();

/**
 * Settings for one depth of a quota plan (see {@link QuotaLevel}).
 *
 * @example
 * ```ts
 * import { QuotaLevelSchema } from 'salesops-kit/quota';
 *
 * QuotaLevelSchema.safeParse({ depth: 2, basis: 'equal', overAssignment: 0.1 }).success //=> true
 * QuotaLevelSchema.safeParse({ depth: 0 }).success //=> false
 * ```
 */
export const QuotaLevelSchema: z.ZodMiniType<QuotaLevel> = /* @__PURE__ */ (() =>
  z.strictObject({
    depth: z.number().check(
      z.refine((n: number) => Number.isInteger(n), 'must be a whole number'),
      z.gte(1, 'must be at least 1'),
    ),
    basis: z.optional(QuotaBasisSchema),
    overAssignment: z.optional(numberSchema(0)),
  }))();

/**
 * A quota plan (see {@link QuotaPlan}): what {@link decomposeQuota} accepts. `decomposeQuota`
 * itself checks the plan with hand-written code (a schema takes ~100 ms over 100,000 nodes);
 * both reject the same values, at the same paths, with the same messages.
 *
 * @example
 * ```ts
 * import { QuotaPlanSchema } from 'salesops-kit/quota';
 *
 * QuotaPlanSchema.safeParse({ total: 1000, nodes: [{ id: 'all' }] }).success //=> true
 * QuotaPlanSchema.safeParse({ total: -1, nodes: [{ id: 'all' }] }).success //=> false
 * ```
 */
export const QuotaPlanSchema: z.ZodMiniType<QuotaPlan> = /* @__PURE__ */ (() =>
  z.strictObject({
    total: nonNegativeAmount(),
    nodes: z.array(QuotaPlanNodeSchema).check(z.minLength(1, 'must have at least 1 item')),
    basis: z.optional(QuotaBasisSchema),
    overAssignment: z.optional(numberSchema(0)),
    levels: z.optional(z.array(QuotaLevelSchema)),
    scale: z.optional(scaleSchema()),
  }))();

type ValueKey = 'weight' | 'history' | 'potential' | 'capacity';
const AMOUNT_BASES = ['history', 'potential', 'capacity'] as const;
const BOUNDS = ['fixed', 'min', 'max'] as const;
const DEFAULT_BASIS: BasisPart[] = [['weight', 1]];

/** The node list, checked and read into columns (absent numbers as NaN, absent bounds as undefined). */
interface PlanColumns {
  ids: string[];
  parentIds: (string | null)[];
  values: Record<ValueKey, Float64Array>;
  fixed: (bigint | undefined)[];
  min: (bigint | undefined)[];
  max: (bigint | undefined)[];
  ramp: Float64Array;
  childBasis: Map<number, QuotaBasis>;
  childParts: Map<number, BasisPart[]>;
  childOverAssignment: Map<number, number>;
}

/**
 * Shares a total out over a hierarchy, top-down and exact: every parent's quota (padded by the
 * over-assignment) is split among its children by their basis, honouring fixed quotas, minimums,
 * maximums and ramp factors, and the children's quotas add up exactly to what the parent hands
 * down.
 *
 * How each parent's quota is split, in order:
 * 1. It hands down `quota × (1 + p)` (rounded half-up to `scale`), `p` being its
 *    over-assignment: the node's own `childOverAssignment`, else that of the `levels` entry for
 *    its children's depth, else the plan's `overAssignment`, else 0. The basis is chosen with the
 *    same precedence (`childBasis`, `levels`, `basis`, then `'weight'`).
 * 2. Children with a `fixed` quota get it first.
 * 3. The other children share the rest in proportion to their basis weight: each part of a
 *    blend is normalised over them, the parts are mixed, and each weight is multiplied by the
 *    child's `rampFactor`. What a ramp frees goes to the siblings — the parent's quota is the
 *    number to cover, and the plan says who covers it; model "ramp relief" with a lower
 *    over-assignment instead.
 * 4. `min` and `max` are enforced by water-filling: a child over its cap is held at it, a child
 *    under its floor is raised to it, and the others share the difference in proportion to
 *    their basis, until every bound holds. Every split is the largest-remainder rule in units of
 *    10^-scale, so the free children get the floor or ceiling of their exact share.
 *
 * Results do not depend on the order of the nodes: siblings are taken in id order. Ids are
 * compared as strings, so any id (`'__proto__'` too) is an ordinary id.
 *
 * @param plan - the total, the nodes, and the basis, padding and scale (see {@link QuotaPlan})
 * @returns every node with its quota, share and basis weight (see {@link QuotaNode}),
 *   depth-first from the root
 * @throws {@link SalesOpsError} INVALID_INPUT when a field is malformed (with its path), a
 *   child lacks the value its parent's basis needs (path `['plan', 'nodes', i, 'history']`), a
 *   depth is listed twice in `levels`, or the plan has no root or more than one
 * @throws {@link SalesOpsError} DUPLICATE_ID when two nodes share an id
 * @throws {@link SalesOpsError} UNKNOWN_PARENT when a `parentId` names no node
 * @throws {@link SalesOpsError} CYCLE when parents go round in a cycle (the message lists its ids)
 * @throws {@link SalesOpsError} ZERO_WEIGHTS when a basis part is zero for every child of a
 *   parent, every child's weight is zero after ramp, or a blend has no positive coefficient
 * @throws {@link SalesOpsError} INFEASIBLE_CONSTRAINTS when the fixed quotas, minimums and
 *   maximums of a parent's children cannot all hold (the path names the parent), or a node's
 *   own bounds contradict each other
 *
 * @example
 * ```ts
 * import { decomposeQuota } from 'salesops-kit/quota';
 *
 * const { nodes } = decomposeQuota({
 *   total: '1000000',
 *   basis: { history: 0.5, potential: 0.5 },
 *   nodes: [
 *     { id: 'company' },
 *     { id: 'east', parentId: 'company', history: 300000, potential: 500000 },
 *     { id: 'west', parentId: 'company', history: 700000, potential: 500000 },
 *   ],
 * });
 * nodes.map((n) => [n.id, n.quota, n.basisWeight])
 * //=> [['company', '1000000.00', 1], ['east', '400000.00', 0.4], ['west', '600000.00', 0.6]]
 * ```
 */
export function decomposeQuota(plan: QuotaPlan): QuotaDecomposition {
  const cols = readPlan(plan);
  const scale = plan.scale ?? 2;
  const { ids } = cols;
  const n = ids.length;
  const tree = buildQuotaTree(ids, cols.parentIds, ['plan', 'nodes']);
  const { children, order, depth } = tree;
  const levels = readLevels(plan.levels ?? []);
  const planBasis = plan.basis === undefined ? undefined : basisParts(plan.basis, ['plan', 'basis']);
  for (const [i, basis] of cols.childBasis) cols.childParts.set(i, basisParts(basis, ['plan', 'nodes', i, 'childBasis']));
  const nodePath = (i: number, ...rest: Array<string | number>): IssuePath => ['plan', 'nodes', i, ...rest];

  // Pass 1: the basis weight of every child, before any amount is known, so that every missing
  // basis value in the whole plan is reported at once.
  const weight = new Float64Array(n);
  const basisWeight = new Float64Array(n);
  // Per node, by index (arrays, not Maps: this runs over every node of large plans).
  const usedBasis = new Array<BasisPart[] | undefined>(n);
  const missing: SalesOpsIssue[] = [];
  const zero: SalesOpsIssue[] = [];
  for (const p of order) {
    const kids = children[p] as number[];
    if (kids.length === 0) continue;
    const level = levels.get((depth[p] as number) + 1);
    let parts = cols.childParts.get(p);
    let source = `set by plan.nodes[${p}].childBasis`;
    if (parts === undefined && level?.basis !== undefined) {
      parts = level.basis;
      source = `set by plan.levels[${level.index}].basis`;
    } else if (parts === undefined && planBasis !== undefined) {
      parts = planBasis;
      source = 'set by plan.basis';
    } else if (parts === undefined) {
      parts = DEFAULT_BASIS;
      source = "the default basis, 'weight'";
    }
    usedBasis[p] = parts;
    const flexible = kids.filter((c) => cols.fixed[c] === undefined);
    if (flexible.length === 0) continue;
    const single = parts.length === 1;
    for (const c of flexible) weight[c] = 0;
    for (const [key, coefficient] of parts) {
      const column = key === 'equal' ? undefined : cols.values[key];
      let sum = 0;
      let complete = true;
      for (const c of flexible) {
        const v = column === undefined ? 1 : (column[c] as number);
        if (Number.isNaN(v)) {
          complete = false;
          missing.push(
            issue(
              'INVALID_INPUT',
              nodePath(c, key),
              `is required: the quota of ${quote(ids[p] as string)} is shared by ${key} (${source})`,
            ),
          );
        } else sum += v;
      }
      if (!complete) continue;
      if (sum === 0) {
        zero.push(
          issue(
            'ZERO_WEIGHTS',
            nodePath(p),
            `cannot share the quota of ${quote(ids[p] as string)} by ${key}: it is zero for every child not fixed (${source})`,
          ),
        );
        continue;
      }
      // A single basis keeps the raw values, so the split is exact in them (no division).
      for (const c of flexible) {
        const v = column === undefined ? 1 : (column[c] as number);
        weight[c] = single ? v : (weight[c] as number) + (coefficient * v) / sum;
      }
    }
    let total = 0;
    for (const c of flexible) {
      weight[c] = (weight[c] as number) * (cols.ramp[c] as number);
      total += weight[c] as number;
    }
    for (const c of flexible) basisWeight[c] = total > 0 ? (weight[c] as number) / total : 0;
  }
  if (missing.length > 0) throw new SalesOpsError('INVALID_INPUT', missing);
  if (zero.length > 0) throw new SalesOpsError('ZERO_WEIGHTS', zero);

  // Pass 2: the amounts, top-down, in minor units.
  const units = new Array<bigint>(n);
  const handedDown = new Array<bigint | undefined>(n);
  const usedPadding = new Array<number | undefined>(n);
  const bound = new Uint8Array(n); // 0 none, 1 min, 2 max, 3 fixed
  const format = (u: bigint): string => formatUnits(u, scale);
  const root = order[0] as number;
  units[root] = roundUnits(exact(plan.total), scale);
  checkOwnBounds(cols, root, units[root], format);
  if (cols.fixed[root] !== undefined) bound[root] = 3;
  for (const p of order) {
    const kids = children[p] as number[];
    if (kids.length === 0) continue;
    // `+ 0` turns a -0 into 0, which JSON cannot tell apart anyway.
    const padding =
      (cols.childOverAssignment.get(p) ?? levels.get((depth[p] as number) + 1)?.overAssignment ?? plan.overAssignment ?? 0) + 0;
    usedPadding[p] = padding;
    // units × (1 + padding), rounded half-up to a whole unit, exactly: units + round(units × padding),
    // where units × padding is the padding's digits times the units, at the padding's last digit.
    const parentUnits = units[p] as bigint;
    const rate = exact(padding);
    const amount =
      padding === 0
        ? parentUnits
        : parentUnits + roundUnits(exact(`${parentUnits * BigInt(rate.digits)}e${rate.exp - rate.digits.length + 1}`), 0);
    // Padding must not take an amount past what the library can hold (1e21, like every amount).
    if (amount >= 10n ** BigInt(21 + scale)) {
      fail('INVALID_INPUT', nodePath(p), `padding of ${padding} makes ${quote(ids[p] as string)} hand down ${format(amount)}, beyond 1e21`);
    }
    handedDown[p] = amount;
    const cannot = (code: 'ZERO_WEIGHTS' | 'INFEASIBLE_CONSTRAINTS', problem: string): never =>
      fail(code, nodePath(p), `cannot share the quota of ${quote(ids[p] as string)}: ${problem}`);

    const flexible: number[] = [];
    let fixedSum = 0n;
    for (const c of kids) {
      const f = cols.fixed[c];
      if (f === undefined) flexible.push(c);
      else {
        units[c] = f;
        bound[c] = 3;
        fixedSum += f;
      }
    }
    if (fixedSum > amount)
      cannot(
        'INFEASIBLE_CONSTRAINTS',
        `its children's fixed quotas add up to ${format(fixedSum)}, more than the ${format(amount)} it hands down`,
      );
    if (flexible.length === 0) {
      if (fixedSum !== amount)
        cannot('INFEASIBLE_CONSTRAINTS', `all its children are fixed, at ${format(fixedSum)} in all, but it hands down ${format(amount)}`);
      continue;
    }
    const parts = new Array<bigint>(flexible.length);
    const hit = new Uint8Array(flexible.length);
    waterFill(
      amount - fixedSum,
      flexible.map((c) => weight[c] as number),
      flexible.map((c) => cols.min[c] ?? 0n),
      flexible.map((c) => cols.max[c]),
      parts,
      hit,
      (kind, problem) => cannot(kind === 'zero' ? 'ZERO_WEIGHTS' : 'INFEASIBLE_CONSTRAINTS', problem),
      format,
    );
    for (let k = 0; k < flexible.length; k += 1) {
      const c = flexible[k] as number;
      units[c] = parts[k] as bigint;
      bound[c] = hit[k] as number;
    }
  }

  const nodes: QuotaNode[] = new Array<QuotaNode>(n);
  for (let k = 0; k < n; k += 1) {
    const i = order[k] as number;
    const p = tree.parent[i] as number;
    const down = handedDown[i];
    const parts = usedBasis[i];
    const parentAmount = p < 0 ? 0n : (handedDown[p] as bigint);
    nodes[k] = {
      id: ids[i] as string,
      parentId: p < 0 ? null : (ids[p] as string),
      depth: depth[i] as number,
      quota: format(units[i] as bigint),
      share: p < 0 ? 1 : parentAmount === 0n ? 0 : Number(units[i]) / Number(parentAmount),
      basisWeight: p < 0 ? 1 : (basisWeight[i] as number),
      rampFactor: cols.ramp[i] as number,
      bound: BOUND_NAMES[bound[i] as number] as QuotaNode['bound'],
      handedDown: down === undefined ? null : format(down),
      childBasis: parts === undefined ? null : Object.fromEntries(parts),
      childOverAssignment: usedPadding[i] ?? null,
    };
  }
  return { nodes };
}

const BOUND_NAMES = [null, 'min', 'max', 'fixed'] as const;

const quote = (id: string): string => JSON.stringify(id);

/** The root's quota is the total: its own fixed, min and max must agree with it. */
function checkOwnBounds(cols: PlanColumns, root: number, quota: bigint, format: (u: bigint) => string): void {
  const f = cols.fixed[root];
  const lo = cols.min[root];
  const hi = cols.max[root];
  const at = (key: string, problem: string): never =>
    fail('INFEASIBLE_CONSTRAINTS', ['plan', 'nodes', root, key], `${problem}, but the root's quota is the plan total, ${format(quota)}`);
  if (f !== undefined && f !== quota) at('fixed', `is ${format(f)}`);
  if (lo !== undefined && lo > quota) at('min', `is ${format(lo)}`);
  if (hi !== undefined && hi < quota) at('max', `is ${format(hi)}`);
}

/** The `levels` by depth; a depth listed twice is an error. */
function readLevels(levels: readonly QuotaLevel[]): Map<number, { index: number; basis?: BasisPart[]; overAssignment?: number }> {
  const byDepth = new Map<number, { index: number; basis?: BasisPart[]; overAssignment?: number }>();
  levels.forEach((level, index) => {
    const seen = byDepth.get(level.depth);
    if (seen !== undefined)
      fail('INVALID_INPUT', ['plan', 'levels', index, 'depth'], `repeats the depth of plan.levels[${seen.index}]`, level.depth);
    byDepth.set(level.depth, {
      index,
      ...(level.basis === undefined ? {} : { basis: basisParts(level.basis, ['plan', 'levels', index, 'basis']) }),
      ...(level.overAssignment === undefined ? {} : { overAssignment: level.overAssignment }),
    });
  });
  return byDepth;
}

const LEVEL = /* @__PURE__ */ (() => objectOf({ depth: wholeIn(1), basis: maybe(readBasis), overAssignment: maybe(numberIn(0)) }))();

/**
 * {@link QuotaPlanSchema}, checked by hand (see `core/read-shape.ts` for why), with `nodes` read
 * by `nodes` where the schema checks them, so the problems come in the schema's order.
 */
const planCheck = (nodes: Read): Read =>
  objectOf({
    total: readNonNegativeAmount,
    nodes,
    basis: maybe(readBasis),
    overAssignment: maybe(numberIn(0)),
    levels: maybe(listOf(LEVEL)),
    scale: readScale,
  });

/**
 * Checks the whole plan by hand — the same rules, paths and messages as {@link QuotaPlanSchema} —
 * and reads the node list into columns. Amount-valued basis values become numbers (they only
 * weigh); fixed quotas and bounds become minor units.
 */
function readPlan(plan: unknown): PlanColumns {
  // Bounds are rounded at the scale as the nodes are read: a bad scale is reported by the plan's
  // check, and the nodes are read at the default meanwhile.
  const scale = gather([], readScale, isObject(plan) ? plan.scale : undefined, ['plan', 'scale']) ?? 2;
  let nodes: readonly unknown[] = [];
  let cols = readNodes(nodes, scale, []);
  const read = planCheck((value, path) => {
    nodes = readArray(value, path, 1);
    const issues: Issues = [];
    cols = readNodes(nodes, scale, issues);
    throwIssues(issues);
  });
  read(plan, ['plan']);
  checkNodeBounds(cols, nodes, scale);
  return cols;
}

/**
 * Reads the nodes into columns. This loop sees every node of large plans, so each field's common
 * case (a plain non-negative number, a non-empty string) is tested inline; anything else goes to
 * a core reader, which accepts it or words the problem. `+ 0` turns -0 into 0, so that no -0
 * reaches the results.
 */
function readNodes(nodes: readonly unknown[], scale: number, issues: Issues): PlanColumns {
  const n = nodes.length;
  const nan = (): Float64Array => new Float64Array(n).fill(Number.NaN);
  const cols: PlanColumns = {
    ids: new Array<string>(n),
    parentIds: new Array<string | null>(n),
    values: { weight: nan(), history: nan(), potential: nan(), capacity: nan() },
    fixed: new Array<bigint | undefined>(n),
    min: new Array<bigint | undefined>(n),
    max: new Array<bigint | undefined>(n),
    ramp: new Float64Array(n).fill(1),
    childBasis: new Map(),
    childParts: new Map(),
    childOverAssignment: new Map(),
  };
  for (let i = 0; i < n; i += 1) {
    const path = (key: string): IssuePath => ['plan', 'nodes', i, key]; // called on errors only
    const node = nodes[i];
    if (!isObject(node)) {
      gather(issues, readObject, node, ['plan', 'nodes', i]);
      continue;
    }
    const { id, parentId } = node;
    if (typeof id === 'string' && id !== '') cols.ids[i] = id;
    else gather(issues, readIdInput, id, path('id'));
    if (parentId === undefined || parentId === null) cols.parentIds[i] = null;
    else if (typeof parentId === 'string' && parentId !== '') cols.parentIds[i] = parentId;
    else gather(issues, readIdInput, parentId, path('parentId'));

    const w = node.weight;
    if (typeof w === 'number' && w >= 0 && w !== Infinity) cols.values.weight[i] = w + 0;
    else if (w !== undefined) gather(issues, readWeight, w, path('weight'));
    for (const key of AMOUNT_BASES) {
      const v = node[key];
      if (typeof v === 'number' && v >= 0 && v < 1e21) cols.values[key][i] = v + 0;
      else if (v !== undefined) {
        const value = gather(issues, readNonNegativeAmount, v, path(key));
        if (value !== undefined) cols.values[key][i] = value;
      }
    }
    for (const key of BOUNDS) {
      const v = node[key];
      if (v === undefined || gather(issues, readNonNegativeAmount, v, path(key)) === undefined) continue;
      // min rounds up and max down, so the bound holds at `scale`; fixed is an amount (half-up).
      cols[key][i] = roundUnits(exact(v as DecimalInput), scale, key === 'min' ? 'ceil' : key === 'max' ? 'floor' : 'halfUp');
    }
    const r = node.rampFactor;
    if (typeof r === 'number' && r >= 0 && r <= 1) cols.ramp[i] = r + 0;
    else if (r !== undefined) gather(issues, numberIn(0, 1), r, path('rampFactor'));
    const basis = node.childBasis;
    if (basis !== undefined && passes(issues, readBasis, basis, path('childBasis'))) cols.childBasis.set(i, basis as QuotaBasis);
    const padding = node.childOverAssignment;
    if (typeof padding === 'number' && padding >= 0 && padding !== Infinity) cols.childOverAssignment.set(i, padding);
    else if (padding !== undefined) gather(issues, numberIn(0), padding, path('childOverAssignment'));
  }
  return cols;
}

/** A node's own bounds must agree with each other before any split is tried. */
function checkNodeBounds(cols: PlanColumns, nodes: readonly unknown[], scale: number): void {
  for (let i = 0; i < nodes.length; i += 1) {
    const node = nodes[i] as QuotaPlanNode;
    const f = cols.fixed[i];
    const lo = cols.min[i];
    const hi = cols.max[i];
    if (lo !== undefined && hi !== undefined && lo > hi) {
      fail('INFEASIBLE_CONSTRAINTS', ['plan', 'nodes', i, 'min'], `is above the node's own max, ${formatUnits(hi, scale)}`, node.min);
    }
    if (f !== undefined && ((lo !== undefined && f < lo) || (hi !== undefined && f > hi))) {
      fail('INFEASIBLE_CONSTRAINTS', ['plan', 'nodes', i, 'fixed'], "lies outside the node's own min and max", node.fixed);
    }
  }
}
