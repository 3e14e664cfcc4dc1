/**
 * Quota over time and two-way tables, each beside a plain floating-point version of the same
 * job: phasing 10,000 quotas by month, a 200 × 50 region × product table apportioned exactly,
 * and the same table fitted by IPF.
 */
import { decomposeMatrix, fitMatrix, phaseQuota } from '../../src/quota/index.js';
import type { BenchCase } from './harness.js';

function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** What a hand-written phasing does: days × total / 365, rounded to cents, the drift left in. */
function floatPhase(total: number): number[] {
  return MONTH_DAYS.map((days) => Math.round(((total * days) / 365) * 100) / 100);
}

interface Table {
  seed: number[][];
  rows: string[];
  cols: string[];
  rowNumbers: number[];
  colNumbers: number[];
}

/** 200 regions × 50 products: seeds from last year (a tenth of them zero), totals in cents. */
function table(): Table {
  const rnd = random(2026);
  const seed = Array.from({ length: 200 }, () =>
    Array.from({ length: 50 }, () => (rnd() < 0.1 ? 0 : Math.round(rnd() * 100_000) / 100 + 1)),
  );
  const rowCents = seed.map((row) => Math.round(row.reduce((a, b) => a + b, 0) * (80 + rnd() * 40)));
  const grand = rowCents.reduce((a, b) => a + b, 0);
  const colWeights = Array.from({ length: 50 }, () => 0.5 + rnd());
  const weightSum = colWeights.reduce((a, b) => a + b, 0);
  const colCents = colWeights.map((w) => Math.floor((grand * w) / weightSum));
  colCents[0] = (colCents[0] as number) + grand - colCents.reduce((a, b) => a + b, 0);
  const text = (cents: number): string => (cents / 100).toFixed(2);
  return {
    seed,
    rows: rowCents.map(text),
    cols: colCents.map(text),
    rowNumbers: rowCents.map((c) => c / 100),
    colNumbers: colCents.map((c) => c / 100),
  };
}

/** Plain IPF on doubles with cells rounded to cents at the end: margins drift by cents. */
function floatIpf(seed: number[][], rows: number[], cols: number[], iterations: number, round: boolean): number[][] {
  const x = seed.map((row) => [...row]);
  for (let it = 0; it < iterations; it += 1) {
    x.forEach((row, i) => {
      const s = row.reduce((a, b) => a + b, 0);
      if (s > 0) row.forEach((v, j) => (row[j] = (v * (rows[i] as number)) / s));
    });
    (cols as number[]).forEach((target, j) => {
      const s = x.reduce((a, row) => a + (row[j] as number), 0);
      if (s > 0) x.forEach((row) => (row[j] = ((row[j] as number) * target) / s));
    });
  }
  return round ? x.map((row) => row.map((v) => Math.round(v * 100) / 100)) : x;
}

const OPTIONS = { start: '2026-01-01', end: '2026-12-31', granularity: 'month' } as const;

export const cases: BenchCase[] = [
  {
    name: 'phaseQuota: 10,000 annual quotas by month (exact cents)',
    setup: () => {
      const rnd = random(7);
      return Array.from({ length: 10_000 }, () => (rnd() * 2_000_000).toFixed(2));
    },
    run: (totals: string[]) => totals.map((total) => phaseQuota(total, OPTIONS)),
    baseline: {
      name: 'days × total / 365, rounded per month',
      run: (totals: string[]) => totals.map((total) => floatPhase(Number(total))),
    },
    budgetMs: 500,
  },
  {
    name: 'decomposeMatrix: 200 × 50 region × product table (exact cents, biproportional)',
    setup: table,
    run: (t: Table) => decomposeMatrix(t.seed, t.rows, t.cols),
    baseline: {
      name: 'float IPF, 20 iterations, cells rounded to cents',
      run: (t: Table) => floatIpf(t.seed, t.rowNumbers, t.colNumbers, 20, true),
    },
    budgetMs: 500,
  },
  {
    name: 'fitMatrix: 200 × 50 table by IPF (tolerance 1e-10 × grand total)',
    setup: table,
    run: (t: Table) => fitMatrix(t.seed, t.rowNumbers, t.colNumbers),
    baseline: {
      name: 'float IPF, same number of iterations',
      run: (t: Table) => floatIpf(t.seed, t.rowNumbers, t.colNumbers, fitMatrix(t.seed, t.rowNumbers, t.colNumbers).iterations, false),
    },
  },
];
