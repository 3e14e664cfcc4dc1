import { describe, expect, expectTypeOf, test } from 'vitest';
import { ERROR_CODES, isSalesOpsError, SalesOpsError, type SalesOpsErrorCode, type SalesOpsIssue } from 'salesops-kit';
import { describeValue, fail, formatPath, invalid, issue } from '../../src/core/errors.js';
import { expectJsonSafe, expectSalesOpsError } from '../helpers/bad-input.js';

describe('SalesOpsError', () => {
  test('carries code, message and issues', () => {
    const error = new SalesOpsError('ZERO_WEIGHTS', [issue('ZERO_WEIGHTS', ['weights'], 'must not all be zero', [0, 0])]);
    expect(error).toBeInstanceOf(Error);
    expect(error).toBeInstanceOf(SalesOpsError);
    expect(error.name).toBe('SalesOpsError');
    expect(error.code).toBe('ZERO_WEIGHTS');
    expect(error.message).toBe('weights: must not all be zero (got an array of 2)');
    expect(error.issues).toEqual([{ path: ['weights'], code: 'ZERO_WEIGHTS', message: error.message }]);
  });

  test('summarises several issues in the message', () => {
    const error = new SalesOpsError('INVALID_INPUT', [
      issue('INVALID_INPUT', ['a'], 'is required'),
      issue('INVALID_INPUT', ['b'], 'is required'),
      issue('INVALID_INPUT', ['c'], 'is required'),
    ]);
    expect(error.message).toBe('a: is required (and 2 more problems)');
    expect(error.issues).toHaveLength(3);
  });

  test('always has at least one issue', () => {
    const error = new SalesOpsError('CYCLE', []);
    expect(error.issues).toEqual([{ path: [], code: 'CYCLE', message: 'CYCLE' }]);
  });

  test('does not share the caller’s issue objects', () => {
    const issues: SalesOpsIssue[] = [{ path: ['x'], code: 'INVALID_INPUT', message: 'x: bad' }];
    const error = new SalesOpsError('INVALID_INPUT', issues);
    (issues[0] as SalesOpsIssue).path.push('y');
    expect(error.issues[0]?.path).toEqual(['x']);
  });

  test('serialises to JSON as plain data', () => {
    const error = new SalesOpsError('INVALID_INPUT', [issue('INVALID_INPUT', ['total'], 'must be finite', Infinity)]);
    const json = JSON.parse(JSON.stringify(error));
    expect(json).toEqual({
      name: 'SalesOpsError',
      code: 'INVALID_INPUT',
      message: 'total: must be finite (got Infinity)',
      issues: [{ path: ['total'], code: 'INVALID_INPUT', message: 'total: must be finite (got Infinity)' }],
    });
    expectJsonSafe(error.toJSON());
  });

  test('is recognised across copies of the library (shared brand)', () => {
    // An object branded by another copy, e.g. the CJS build loaded beside the ESM one.
    class ForeignError extends Error {
      get [Symbol.for('salesops-kit.SalesOpsError')](): true {
        return true;
      }
    }
    const foreign = new ForeignError('x');
    expect(isSalesOpsError(foreign)).toBe(true);
    expect(foreign instanceof SalesOpsError).toBe(true);
    expect(isSalesOpsError(new Error('x'))).toBe(false);
    expect(isSalesOpsError({ code: 'INVALID_INPUT' })).toBe(false);
    expect(isSalesOpsError(null)).toBe(false);
    expect(isSalesOpsError('SalesOpsError')).toBe(false);
  });

  test('codes are stable and SCREAMING_SNAKE_CASE', () => {
    expect(ERROR_CODES).toEqual([
      'INVALID_INPUT',
      'ZERO_WEIGHTS',
      'DUPLICATE_ID',
      'UNKNOWN_PARENT',
      'CYCLE',
      'INFEASIBLE_CONSTRAINTS',
      'NOT_CONVERGED',
      'NOT_RECIPROCAL',
      'INCONSISTENT_TOTALS',
      ...ERROR_CODES.slice(9),
    ]);
    for (const code of ERROR_CODES) expect(code).toMatch(/^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*$/);
  });

  test('types', () => {
    expectTypeOf<SalesOpsError['code']>().toEqualTypeOf<SalesOpsErrorCode>();
    expectTypeOf<SalesOpsIssue['path']>().toEqualTypeOf<Array<string | number>>();
    const caught: unknown = new SalesOpsError('CYCLE', []);
    if (isSalesOpsError(caught)) expectTypeOf(caught).toEqualTypeOf<SalesOpsError>();
  });
});

describe('paths and values in messages', () => {
  test('formatPath writes paths as code', () => {
    expect(formatPath([])).toBe('input');
    expect(formatPath(['plan', 'nodes', 3, 'parentId'])).toBe('plan.nodes[3].parentId');
    expect(formatPath(['actuals', 'win rate'])).toBe('actuals["win rate"]');
    expect(formatPath(['byId', '__proto__'])).toBe('byId.__proto__');
    expect(formatPath(['x', '1abc'])).toBe('x["1abc"]');
  });

  test('describeValue never throws and stays short', () => {
    expect(describeValue(undefined)).toBe('undefined');
    expect(describeValue(null)).toBe('null');
    expect(describeValue(Number.NaN)).toBe('NaN');
    expect(describeValue(-0)).toBe('-0');
    expect(describeValue(-Infinity)).toBe('-Infinity');
    expect(describeValue(12n)).toBe('12n');
    expect(describeValue('abc')).toBe('"abc"');
    expect(describeValue('x'.repeat(100))).toHaveLength(43);
    expect(describeValue(new Date(Number.NaN))).toBe('Invalid Date');
    expect(describeValue(new Date(0))).toBe('Date(1970-01-01T00:00:00.000Z)');
    expect(describeValue([1, 2, 3])).toBe('an array of 3');
    expect(describeValue({ a: 1 })).toBe('an object');
    expect(describeValue(Object.create(null))).toBe('an object');
    expect(describeValue(Symbol('s'))).toBe('Symbol(s)');
    expect(describeValue(() => 1)).toBe('a function');
  });

  test('fail and invalid throw with the path in the message', () => {
    const error = expectSalesOpsError(() => invalid(['weights', 2], 'must not be negative', -1), 'INVALID_INPUT', ['weights', 2]);
    expect(error.message).toBe('weights[2]: must not be negative (got -1)');
    expectSalesOpsError(() => fail('CYCLE', ['plan', 'nodes'], 'a → b → a'), 'CYCLE', ['plan', 'nodes']);
  });
});
