/**
 * Hierarchical quota planning at scale: `allocate` over a million weights, and `decomposeQuota`
 * over a 100,000-node hierarchy, each beside a plain floating-point implementation of the same
 * job run in the same process.
 */
import { allocate } from '../../src/quota/allocate.js';
import { decomposeQuota, type QuotaPlan, type QuotaPlanNode } from '../../src/quota/decompose-quota.js';
import type { BenchCase } from './harness.js';

/** Deterministic pseudo-random numbers in [0, 1). */
function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
}

// ── allocate ──────────────────────────────────────────────────────────────────────────────────

const TOTAL = '123456789.01';

/** What a hand-written float allocation does: floor the cents, hand out the rest by remainder, print. */
function floatAllocate(total: number, ws: number[]): string[] {
  const cents = Math.round(total * 100);
  let sum = 0;
  for (const w of ws) sum += w;
  const n = ws.length;
  const parts = new Array<number>(n);
  const remainders = new Float64Array(n);
  let left = cents;
  for (let i = 0; i < n; i += 1) {
    const share = (cents * (ws[i] as number)) / sum;
    const floor = Math.floor(share);
    parts[i] = floor;
    remainders[i] = share - floor;
    left -= floor;
  }
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => (remainders[b] as number) - (remainders[a] as number));
  for (let k = 0; k < left; k += 1) parts[order[k] as number] = (parts[order[k] as number] as number) + 1;
  return parts.map((c) => (c / 100).toFixed(2));
}

// ── decomposeQuota ──────────────────────────────────────────────────────────────────────────────

// Five levels below the root: 10 regions × 10 areas × 10 districts × 10 teams × 9 reps.
const FANOUT = [10, 10, 10, 10, 9];
const BLEND = { history: 0.6, potential: 0.4 };

interface FloatNode {
  id: string;
  parentId: string | null;
  history: number;
  potential: number;
  min?: number;
  max?: number;
}

/** The hierarchy, listed in a shuffled order (as a CRM export would be). */
function buildNodes(): FloatNode[] {
  const next = random(42);
  const nodes: FloatNode[] = [{ id: 'company', parentId: null, history: 0, potential: 0 }];
  let level = ['company'];
  FANOUT.forEach((fanout, depth) => {
    const below: string[] = [];
    for (const parent of level) {
      for (let k = 0; k < fanout; k += 1) {
        const id = `${parent === 'company' ? '' : `${parent}.`}${'RADTP'[depth]}${k}`;
        nodes.push({
          id,
          parentId: parent,
          history: Math.round(next() * 9_000_000) / 100 + 1000,
          potential: Math.round(next() * 5_000_000) / 100 + 5000,
        });
        below.push(id);
      }
    }
    level = below;
  });
  for (let i = nodes.length - 1; i > 1; i -= 1) {
    const j = 1 + Math.floor(next() * i);
    [nodes[i], nodes[j]] = [nodes[j] as FloatNode, nodes[i] as FloatNode];
  }
  return nodes;
}

interface FloatResult {
  id: string;
  parentId: string | null;
  depth: number;
  quota: number;
  share: number;
  basisWeight: number;
}

/**
 * The same decomposition in plain doubles: the same tree building (an id map, children sorted
 * by id, depth-first order), the same blended basis (each part normalised over the siblings),
 * the same water-filling (variable fixing: cap the over-shooters, else floor the under-shooters,
 * until every bound holds), quotas rounded to cents one by one — so they need not add up.
 */
function floatDecompose(total: number, nodes: readonly FloatNode[]): FloatResult[] {
  const n = nodes.length;
  const index = new Map<string, number>();
  nodes.forEach((node, i) => index.set(node.id, i));
  const children: number[][] = Array.from({ length: n }, () => []);
  let root = -1;
  nodes.forEach((node, i) => {
    if (node.parentId === null) root = i;
    else (children[index.get(node.parentId) as number] as number[]).push(i);
  });
  for (const list of children) list.sort((a, b) => ((nodes[a] as FloatNode).id < (nodes[b] as FloatNode).id ? -1 : 1));
  const depth = new Int32Array(n);
  const order: number[] = [];
  const stack = [root];
  while (stack.length > 0) {
    const i = stack.pop() as number;
    order.push(i);
    const list = children[i] as number[];
    for (let k = list.length - 1; k >= 0; k -= 1) {
      depth[list[k] as number] = (depth[i] as number) + 1;
      stack.push(list[k] as number);
    }
  }
  const quota = new Float64Array(n);
  const weight = new Float64Array(n);
  quota[root] = total;
  for (const p of order) {
    const kids = children[p] as number[];
    if (kids.length === 0) continue;
    let h = 0;
    let q = 0;
    for (const c of kids) {
      h += (nodes[c] as FloatNode).history;
      q += (nodes[c] as FloatNode).potential;
    }
    for (const c of kids)
      weight[c] = (BLEND.history * (nodes[c] as FloatNode).history) / h + (BLEND.potential * (nodes[c] as FloatNode).potential) / q;
    let free = kids;
    let left = quota[p] as number;
    while (free.length > 0) {
      let w = 0;
      for (const c of free) w += weight[c] as number;
      let over = 0;
      let under = 0;
      for (const c of free) {
        const x = (left * (weight[c] as number)) / w;
        const { min = 0, max = Infinity } = nodes[c] as FloatNode;
        if (x > max) over += x - max;
        else if (x < min) under += min - x;
        quota[c] = x;
      }
      if (over === 0 && under === 0) break;
      const still: number[] = [];
      for (const c of free) {
        const { min = 0, max = Infinity } = nodes[c] as FloatNode;
        if (over >= under && (quota[c] as number) > max) {
          quota[c] = max;
          left -= max;
        } else if (over < under && (quota[c] as number) < min) {
          quota[c] = min;
          left -= min;
        } else still.push(c);
      }
      free = still;
    }
  }
  return order.map((i) => {
    const node = nodes[i] as FloatNode;
    const p = node.parentId === null ? -1 : (index.get(node.parentId) as number);
    return {
      id: node.id,
      parentId: node.parentId,
      depth: depth[i] as number,
      quota: Math.round((quota[i] as number) * 100) / 100,
      share: p < 0 ? 1 : (quota[i] as number) / (quota[p] as number),
      basisWeight: p < 0 ? 1 : (weight[i] as number),
    };
  });
}

const PLAN_TOTAL = 1_000_000_000;

/** The plan: a blended basis, and a min or max on every tenth node, set to bind (±10% of its unconstrained quota). */
function buildPlan(): { plan: QuotaPlan; floatNodes: FloatNode[] } {
  const nodes = buildNodes();
  const reference = new Map(floatDecompose(PLAN_TOTAL, nodes).map((r) => [r.id, r.quota]));
  const floatNodes = nodes.map((node, i) => {
    if (node.parentId === null || i % 10 !== 5) return node;
    const q = reference.get(node.id) as number;
    return i % 20 === 5 ? { ...node, min: Math.round(q * 110) / 100 } : { ...node, max: Math.round(q * 90) / 100 };
  });
  const planNodes: QuotaPlanNode[] = floatNodes.map((node) => ({
    id: node.id,
    ...(node.parentId === null ? {} : { parentId: node.parentId, history: node.history, potential: node.potential }),
    ...(node.min === undefined ? {} : { min: node.min }),
    ...(node.max === undefined ? {} : { max: node.max }),
  }));
  return { plan: { total: PLAN_TOTAL, basis: BLEND, nodes: planNodes }, floatNodes };
}

export const cases: BenchCase[] = [
  {
    name: 'allocate 123,456,789.01 over 1,000,000 weights (exact, decimal strings)',
    setup: () => {
      const next = random(7);
      return Array.from({ length: 1_000_000 }, () => next() * 1000 + 0.01);
    },
    run: (ws: number[]) => allocate(TOTAL, ws),
    baseline: { name: 'float largest remainder + toFixed(2)', run: (ws: number[]) => floatAllocate(Number(TOTAL), ws) },
  },
  {
    name: 'decomposeQuota: 101,111-node tree, 5 levels, blended basis, min/max on a tenth',
    setup: buildPlan,
    run: ({ plan }: { plan: QuotaPlan }) => decomposeQuota(plan),
    baseline: {
      name: 'same decomposition in doubles',
      run: ({ floatNodes }: { floatNodes: FloatNode[] }) => floatDecompose(PLAN_TOTAL, floatNodes),
    },
    budgetMs: 1000,
    maxRatio: 5,
  },
];
