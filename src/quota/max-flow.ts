/**
 * Maximum flow (Dinic's algorithm) on a small network: the tool that tells whether a two-way
 * table with zero cells can have the margins asked for, and which rows and columns stand in
 * the way when it cannot (the minimum cut). Capacities are whole numbers below 2^53, so the
 * arithmetic is exact in doubles.
 * @internal
 */

/** A flow network over nodes 0..n-1. @internal */
export interface FlowNetwork {
  /** Adds an edge and returns its index. */
  addEdge(from: number, to: number, capacity: number): number;
  /** Pushes as much flow as possible from `source` to `sink`; returns the amount. */
  maxFlow(source: number, sink: number): number;
  /** The flow on an edge. */
  flowOn(edge: number): number;
  /** Which nodes the source still reaches through edges with spare capacity (after `maxFlow`). */
  reachable(source: number): boolean[];
}

/** A network of `size` nodes without edges. @internal */
export function flowNetwork(size: number): FlowNetwork {
  // Edge e and its reverse e ^ 1 are stored side by side.
  const to: number[] = [];
  const capacity: number[] = [];
  const original: number[] = [];
  const adjacency: number[][] = Array.from({ length: size }, () => []);
  let level = new Int32Array(size);
  let cursor = new Int32Array(size);

  const bfs = (source: number, sink: number): boolean => {
    level = new Int32Array(size).fill(-1);
    level[source] = 0;
    const queue = [source];
    for (let head = 0; head < queue.length; head += 1) {
      const u = queue[head] as number;
      for (const e of adjacency[u] as number[]) {
        const v = to[e] as number;
        if ((capacity[e] as number) > 0 && level[v] === -1) {
          level[v] = (level[u] as number) + 1;
          queue.push(v);
        }
      }
    }
    return level[sink] !== -1;
  };

  const push = (u: number, sink: number, limit: number): number => {
    if (u === sink) return limit;
    const edges = adjacency[u] as number[];
    for (; (cursor[u] as number) < edges.length; cursor[u] = (cursor[u] as number) + 1) {
      const e = edges[cursor[u] as number] as number;
      const v = to[e] as number;
      if ((capacity[e] as number) <= 0 || level[v] !== (level[u] as number) + 1) continue;
      const pushed = push(v, sink, Math.min(limit, capacity[e] as number));
      if (pushed > 0) {
        capacity[e] = (capacity[e] as number) - pushed;
        capacity[e ^ 1] = (capacity[e ^ 1] as number) + pushed;
        return pushed;
      }
    }
    return 0;
  };

  return {
    addEdge(from, target, cap) {
      const e = to.length;
      to.push(target, from);
      capacity.push(cap, 0);
      original.push(cap, 0);
      (adjacency[from] as number[]).push(e);
      (adjacency[target] as number[]).push(e + 1);
      return e;
    },
    maxFlow(source, sink) {
      let total = 0;
      while (bfs(source, sink)) {
        cursor = new Int32Array(size);
        for (let pushed = push(source, sink, Infinity); pushed > 0; pushed = push(source, sink, Infinity)) total += pushed;
      }
      return total;
    },
    flowOn(edge) {
      return (original[edge] as number) - (capacity[edge] as number);
    },
    reachable(source) {
      const seen = new Array<boolean>(size).fill(false);
      seen[source] = true;
      const stack = [source];
      while (stack.length > 0) {
        const u = stack.pop() as number;
        for (const e of adjacency[u] as number[]) {
          const v = to[e] as number;
          if ((capacity[e] as number) > 0 && !seen[v]) {
            seen[v] = true;
            stack.push(v);
          }
        }
      }
      return seen;
    },
  };
}
