import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { Dec } from '../../src/core/decimal.js';
import { targetFromBenchmark, type BenchmarkTargetInput } from 'salesops-kit/targets';
import { amountString } from '../helpers/arbitraries.js';
import { BAD_AMOUNTS, BAD_NUMBERS, expectPure, expectRejectsAt, expectSalesOpsError } from '../helpers/bad-input.js';

describe('targetFromBenchmark', () => {
  test('benchmark result × own size ÷ benchmark size', () => {
    expect(targetFromBenchmark({ benchmarkResult: '5000000', ownSize: 40, benchmarkSize: 100 })).toEqual({
      value: '2000000.00',
      method: 'benchmark',
      explanation: 'Benchmark result 5000000.00 × own size 40 ÷ benchmark size 100 = 2000000.00 (a size ratio of 0.4).',
      sizeRatio: 0.4,
    });
  });

  test('benchmark result × size ratio', () => {
    expect(targetFromBenchmark({ benchmarkResult: '5000000', sizeRatio: 0.35 })).toEqual({
      value: '1750000.00',
      method: 'benchmark',
      explanation: 'Benchmark result 5000000.00 × size ratio 0.35 = 1750000.00.',
      sizeRatio: 0.35,
    });
  });

  test('multiplies before dividing: 1000 × 1 ÷ 3 is 333.33, and 2000 × 2 ÷ 3 is 1333.33 (not 2000 × 0.67)', () => {
    expect(targetFromBenchmark({ benchmarkResult: 1000, ownSize: 1, benchmarkSize: 3 }).value).toBe('333.33');
    const result = targetFromBenchmark({ benchmarkResult: 2000, ownSize: 2, benchmarkSize: 3 });
    expect(result.value).toBe('1333.33');
    expect(result.explanation).toContain('(a size ratio of 0.666667)');
  });

  test('sizes may be decimals in any shared measure (revenue, accounts)', () => {
    expect(targetFromBenchmark({ benchmarkResult: '120', ownSize: '2.5', benchmarkSize: new Dec('7.5'), scale: 0 }).value).toBe('40');
  });

  test('one form or the other', () => {
    expectSalesOpsError(() => targetFromBenchmark({ benchmarkResult: 1, sizeRatio: 1, ownSize: 1, benchmarkSize: 2 }), 'INVALID_INPUT', [
      'input',
      'sizeRatio',
    ]);
    expectSalesOpsError(() => targetFromBenchmark({ benchmarkResult: 1 }), 'INVALID_INPUT', ['input', 'sizeRatio']);
    expectSalesOpsError(() => targetFromBenchmark({ benchmarkResult: 1, benchmarkSize: 2 }), 'INVALID_INPUT', ['input', 'ownSize']);
    expectSalesOpsError(() => targetFromBenchmark({ benchmarkResult: 1, ownSize: 2 }), 'INVALID_INPUT', ['input', 'benchmarkSize']);
  });

  test('bad input', () => {
    const sizes: BenchmarkTargetInput = { benchmarkResult: '5000000', ownSize: 40, benchmarkSize: 100 };
    expectRejectsAt(targetFromBenchmark, sizes, ['benchmarkResult'], { prefix: ['input'], values: [...BAD_AMOUNTS, -1] });
    expectRejectsAt(targetFromBenchmark, sizes, ['ownSize'], {
      prefix: ['input'],
      values: [...BAD_AMOUNTS.filter((v) => v !== undefined), -1],
    });
    expectRejectsAt(targetFromBenchmark, sizes, ['benchmarkSize'], {
      prefix: ['input'],
      values: [...BAD_AMOUNTS.filter((v) => v !== undefined), 0, '0.00', -1],
    });
    const ratio: BenchmarkTargetInput = { benchmarkResult: '5000000', sizeRatio: 0.4 };
    expectRejectsAt(targetFromBenchmark, ratio, ['sizeRatio'], {
      prefix: ['input'],
      values: [...BAD_NUMBERS.filter((v) => v !== undefined), -0.1],
    });
    expectSalesOpsError(() => targetFromBenchmark({ benchmarkResult: '1e20', sizeRatio: 1e6 }), 'INVALID_INPUT', ['input', 'sizeRatio']);
    expectSalesOpsError(() => targetFromBenchmark({ benchmarkResult: '1e20', ownSize: 100, benchmarkSize: '0.001' }), 'INVALID_INPUT', [
      'input',
      'ownSize',
    ]);
  });

  test('pure', () => {
    expectPure(targetFromBenchmark, { benchmarkResult: '5000000', ownSize: 40, benchmarkSize: 100 });
  });

  test('property: the two forms agree when the ratio is exact, and own size equal to the benchmark’s gives its result', () => {
    fc.assert(
      fc.property(amountString(), fc.integer({ min: 0, max: 1000 }), (result, own) => {
        const bySizes = targetFromBenchmark({ benchmarkResult: result, ownSize: own, benchmarkSize: 1000 });
        expect(targetFromBenchmark({ benchmarkResult: result, sizeRatio: own / 1000 }).value).toBe(bySizes.value);
        expect(targetFromBenchmark({ benchmarkResult: result, ownSize: own + 1, benchmarkSize: own + 1 }).value).toBe(result);
      }),
    );
  });
});
