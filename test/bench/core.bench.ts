/**
 * The exact apportionment primitive against a naive float largest remainder.
 */
import { apportionUnits } from '../../src/core/apportion.js';
import type { BenchCase } from './harness.js';

function weights(n: number): number[] {
  // Deterministic pseudo-random weights with a spread of magnitudes.
  let seed = 12345;
  return Array.from({ length: n }, () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return (seed / 2147483648) * 1000 + 0.01;
  });
}

/** Plain floating-point largest remainder: what a hand-written version would do. */
function floatLargestRemainder(total: number, ws: number[]): number[] {
  const sum = ws.reduce((a, b) => a + b, 0);
  const shares = ws.map((w) => (total * w) / sum);
  const parts = shares.map(Math.floor);
  let left = total - parts.reduce((a, b) => a + b, 0);
  const order = shares.map((s, i) => [s - Math.floor(s), i] as const).sort((a, b) => b[0] - a[0]);
  for (const [, i] of order) {
    if (left <= 0) break;
    parts[i] = (parts[i] as number) + 1;
    left -= 1;
  }
  return parts;
}

const TOTAL = 123_456_789_01; // 123,456,789.01 in cents

export const cases: BenchCase[] = [
  {
    name: 'apportion 123,456,789.01 over 1,000,000 weights (exact, core)',
    setup: () => weights(1_000_000),
    run: (ws: number[]) => apportionUnits(TOTAL, ws),
    baseline: { name: 'float largest remainder', run: (ws: number[]) => floatLargestRemainder(TOTAL, ws) },
  },
  {
    name: 'apportion over 10 weights, 100,000 times (exact, core)',
    setup: () => Array.from({ length: 100_000 }, (_, i) => weights(10).map((w) => w + i)),
    run: (lists: number[][]) => lists.map((ws) => apportionUnits(TOTAL, ws)),
    baseline: { name: 'float largest remainder', run: (lists: number[][]) => lists.map((ws) => floatLargestRemainder(TOTAL, ws)) },
  },
];
