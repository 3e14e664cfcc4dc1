/**
 * A small benchmark harness. Each case times the library beside a plain-number baseline doing
 * the same job naively in the same process, so the figure is read relative to the machine it
 * ran on. Budgets are printed and checked (`npm run bench` exits non-zero when one is missed);
 * they are never asserted in the test suite, where timing is noise.
 */
import { performance } from 'node:perf_hooks';

export interface BenchCase {
  /** What is measured, e.g. "allocate 1,000,000 weights". */
  name: string;
  /** Builds the input once, outside the timing. */
  setup?: () => unknown;
  /** The library call. Receives the setup's value. */
  run: (input: never) => unknown;
  /** The same job with plain floating-point numbers. */
  baseline: { name: string; run: (input: never) => unknown };
  /** Absolute budget for one run of the library call, in milliseconds. */
  budgetMs?: number;
  /** Budget relative to the baseline: library time ≤ maxRatio × baseline time. */
  maxRatio?: number;
  /** Timed repetitions (the median is reported). Default 5. */
  repeat?: number;
}

export interface BenchResult {
  name: string;
  ms: number;
  baselineName: string;
  baselineMs: number;
  ratio: number;
  budgetMs: number | undefined;
  maxRatio: number | undefined;
  ok: boolean;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

function time(fn: (input: never) => unknown, input: unknown, repeat: number): number {
  fn(input as never); // warm-up (JIT)
  const times: number[] = [];
  for (let i = 0; i < repeat; i += 1) {
    const start = performance.now();
    fn(input as never);
    times.push(performance.now() - start);
  }
  return median(times);
}

export function runCase(bench: BenchCase): BenchResult {
  const input = bench.setup?.();
  const repeat = bench.repeat ?? 5;
  const ms = time(bench.run, input, repeat);
  const baselineMs = time(bench.baseline.run, input, repeat);
  const ratio = ms / baselineMs;
  const ok = (bench.budgetMs === undefined || ms <= bench.budgetMs) && (bench.maxRatio === undefined || ratio <= bench.maxRatio);
  return {
    name: bench.name,
    ms,
    baselineName: bench.baseline.name,
    baselineMs,
    ratio,
    budgetMs: bench.budgetMs,
    maxRatio: bench.maxRatio,
    ok,
  };
}

export function formatResult(r: BenchResult): string {
  const budget = [r.budgetMs === undefined ? '' : `< ${r.budgetMs} ms`, r.maxRatio === undefined ? '' : `≤ ${r.maxRatio}× baseline`]
    .filter(Boolean)
    .join(', ');
  return [
    `${r.ok ? '✓' : '✗'} ${r.name}`,
    `    salesops-kit ${r.ms.toFixed(1).padStart(9)} ms`,
    `    baseline     ${r.baselineMs.toFixed(1).padStart(9)} ms  (${r.baselineName})`,
    `    ratio        ${r.ratio.toFixed(2).padStart(9)}×${budget ? `   budget: ${budget}` : ''}`,
  ].join('\n');
}
