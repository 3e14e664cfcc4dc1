import { describe, expect, expectTypeOf, test } from 'vitest';
import { safe, SalesOpsError, type SafeResult } from 'salesops-kit';
import { invalid } from '../../src/core/errors.js';

const half = (n: number): number => (Number.isFinite(n) ? n / 2 : invalid(['n'], 'must be finite', n));

describe('safe', () => {
  test('returns data on success', () => {
    expect(safe(half)(8)).toEqual({ success: true, data: 4 });
  });

  test('returns the SalesOpsError on failure', () => {
    const result = safe(half)(Number.NaN);
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(result.error).toBeInstanceOf(SalesOpsError);
      expect(result.error.code).toBe('INVALID_INPUT');
      expect(result.error.issues[0]?.path).toEqual(['n']);
    }
  });

  test('re-throws anything that is not a SalesOpsError', () => {
    const buggy = (): never => {
      throw new TypeError('bug');
    };
    expect(() => safe(buggy)()).toThrow(TypeError);
  });

  test('passes every argument through', () => {
    const join = (a: string, b: number, c?: boolean): string => `${a}${b}${String(c)}`;
    expect(safe(join)('x', 1, true)).toEqual({ success: true, data: 'x1true' });
  });

  test('types', () => {
    const wrapped = safe(half);
    expectTypeOf(wrapped).parameters.toEqualTypeOf<[number]>();
    expectTypeOf(wrapped(1)).toEqualTypeOf<SafeResult<number>>();
  });
});
