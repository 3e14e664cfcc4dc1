import { commands } from 'vitest/browser';
import { describe, expect, test } from 'vitest';
import { allocate, decomposeQuota, type QuotaPlan, type QuotaPlanNode, reconcileQuota } from 'salesops-kit/quota';

// Runs in headless Chromium and compares with the same call made in Node: the exact splits, the
// float blending of the basis and the water-filling must give identical results on both engines.
function plan(): QuotaPlan {
  let seed = 2024;
  const next = (): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const nodes: QuotaPlanNode[] = [{ id: 'company' }];
  for (let r = 0; r < 6; r += 1) {
    const region = `region-${r}`;
    nodes.push({ id: region, parentId: 'company', history: Math.round(next() * 1e8) / 100, potential: String(Math.round(next() * 1e6)) });
    for (let t = 0; t < 8; t += 1) {
      const team = `${region}/team-${t}`;
      nodes.push({ id: team, parentId: region, history: next() * 1e5, potential: next() * 1e5, ...(t === 3 ? { max: 20_000 } : {}) });
      for (let p = 0; p < 7; p += 1) {
        nodes.push({
          id: `${team}/rep-${p}`,
          parentId: team,
          history: Math.round(next() * 1e7) / 100,
          potential: next() * 1e5,
          capacity: 1 + (p % 3),
          ...(p === 0 ? { rampFactor: 0.25 + next() / 2 } : {}),
          ...(p === 6 ? { min: '1000.005' } : {}),
          ...(p === 5 && t % 2 === 0 ? { fixed: 5_000 } : {}),
        });
      }
    }
  }
  // Shuffle, so the browser and Node also agree on the canonical order.
  for (let i = nodes.length - 1; i > 0; i -= 1) {
    const j = Math.floor(next() * (i + 1));
    [nodes[i], nodes[j]] = [nodes[j] as QuotaPlanNode, nodes[i] as QuotaPlanNode];
  }
  return {
    total: '12345678.91',
    basis: { history: 0.6, potential: 0.4 },
    overAssignment: 0.1,
    levels: [{ depth: 3, basis: { history: 1, capacity: 1 }, overAssignment: 0 }],
    nodes,
  };
}

describe('quota hierarchy in a real browser', () => {
  test('decomposeQuota matches Node exactly', async () => {
    const input = plan();
    const inBrowser = decomposeQuota(input);
    const inNode = await commands.computeInNode('quota/decompose-quota.ts', 'decomposeQuota', [input]);
    expect(inBrowser.nodes).toHaveLength(6 * 8 * 7 + 6 * 8 + 6 + 1);
    expect(inBrowser).toEqual(inNode);
    expect(inBrowser.nodes.filter((n) => n.bound !== null).length).toBeGreaterThan(0);
  });

  test('allocate and reconcileQuota match Node exactly', async () => {
    const weights = Array.from({ length: 2000 }, (_, i) => ((i * 7919) % 1009) / 7 + (i % 5 === 0 ? 0 : 0.3));
    expect(allocate('987654321.01', weights)).toEqual(
      await commands.computeInNode('quota/allocate.ts', 'allocate', ['987654321.01', weights]),
    );
    const topDown = decomposeQuota(plan());
    const commitments = topDown.nodes
      .filter((n) => n.handedDown === null && n.depth === 3)
      .map((n, i) => ({ id: n.id, amount: (Number(n.quota) * (0.8 + (i % 5) / 10)).toFixed(2) }));
    expect(reconcileQuota(topDown, commitments)).toEqual(
      await commands.computeInNode('quota/reconcile-quota.ts', 'reconcileQuota', [topDown, commitments]),
    );
  });
});
