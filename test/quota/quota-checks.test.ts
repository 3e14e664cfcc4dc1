import * as z from 'zod/mini';
import { describe, expect, test } from 'vitest';
import { Dec } from '../../src/core/decimal.js';
import { SalesOpsError } from '../../src/core/errors.js';
import { readId } from '../../src/core/read.js';
import { idSchema, nonNegativeAmount, scaleSchema, weightSchema } from '../../src/core/schema.js';
import {
  atLeastZero,
  type Check,
  checkArguments,
  choice,
  gather,
  type Issues,
  listOf,
  maybe,
  maybeNull,
  objectOf,
  readNonNegative,
  readScale,
  readWeight,
  scaleCheck,
  throwIssues,
} from '../../src/quota/quota-checks.js';
import { BAD_AMOUNTS, BAD_NUMBERS } from '../helpers/bad-input.js';
import { expectSameVerdict } from './schema-agreement.js';

// The quota readers stand in for core schemas that the core readers do not word the same way.
describe('quota readers agree with the core schemas', () => {
  test('readWeight is weightSchema', () => {
    for (const value of [...BAD_NUMBERS, -1, -1e-300, 0, -0, 1.5, 1e300]) expectSameVerdict((v) => readWeight(v, ['w']), weightSchema(), value, ['w']);
    expect(Object.is(readWeight(-0, ['w']), 0)).toBe(true);
  });

  test('readNonNegative is nonNegativeAmount, without decimal.js', () => {
    const values = [...BAD_AMOUNTS, -1, '-0.01', '-1e-30', '-1e-400', '-0', '-0.00', 0, -0, '0', '1e20', 12.5, '.5', new Dec(-1), new Dec('-1e-400'), new Dec('-0'), new Dec('2.5')];
    for (const value of values) expectSameVerdict((v) => readNonNegative(v, ['a']), nonNegativeAmount(), value, ['a']);
    expect(readNonNegative('1250.50', ['a'])).toBe(1250.5);
    expect(Object.is(readNonNegative('-0.00', ['a']), 0)).toBe(true);
  });

  test('readScale and scaleCheck are scaleSchema (readScale with a default when absent)', () => {
    for (const value of [-1, 21, 1.5, '2', null, Number.NaN, 0, 20]) {
      expectSameVerdict((v) => readScale(v, ['s']), scaleSchema(), value, ['s']);
      expectSameVerdict((v) => scaleCheck(v, ['s'], []), scaleSchema(), value, ['s']);
    }
    expect(readScale(undefined, ['s'])).toBe(2);
    expect(readScale(undefined, ['s'], 0)).toBe(0);
  });

  test('choice is a required z.enum: a missing value is told the choices', () => {
    for (const value of [undefined, null, 'c', 1, 'a']) expectSameVerdict((v) => choice(['a', 'b'])(v, ['k'], []), z.enum(['a', 'b']), value, ['k']);
  });
});

// The checks that mirror the schemas' shape, against the zod constructs they stand for.
describe('objectOf, listOf, maybe, maybeNull: every problem at once, as zod reports them', () => {
  const run =
    (check: Check) =>
    (value: unknown): void =>
      checkArguments([value, 'x', check]);

  test('objectOf is z.strictObject: fields in order, then one misspelt key at the key, several at the object', () => {
    const shape = z.strictObject({ scale: z.optional(scaleSchema()), rate: z.optional(z.number().check(z.gte(0, 'must be at least 0'))) });
    const check = objectOf({ scale: maybe(scaleCheck), rate: maybe(atLeastZero) });
    const candidates = [{}, { scale: 2, rate: 0.5 }, undefined, null, [], 'x', { scale: -1, rate: -1 }, { sacle: 2 }, { sacle: 2, rat: 1, scale: 1.5 }, { a: 1, b: 2, c: 3 }];
    for (const value of candidates) expectSameVerdict(run(check), shape, value, ['x']);
  });

  test('objectOf(…, false) is z.looseObject; maybeNull is z.optional(z.nullable(…))', () => {
    const shape = z.looseObject({ id: idSchema(), parentId: z.optional(z.nullable(idSchema())) });
    const check = objectOf({ id: readId, parentId: maybeNull(readId) }, false);
    const candidates = [{ id: 'a' }, { id: 'a', parentId: null, extra: 1 }, { id: 'a', parentId: 'b' }, {}, { id: '', parentId: '' }, { id: 1, parentId: 2 }, null];
    for (const value of candidates) expectSameVerdict(run(check), shape, value, ['x']);
  });

  test('listOf is z.array, with a minimum length worded as the schema words it', () => {
    const shape = z.array(z.array(weightSchema()).check(z.minLength(1, 'must have at least one cell'))).check(z.minLength(1, 'must have at least one row'));
    const check = listOf(listOf(readWeight, 1, 'must have at least one cell'), 1, 'must have at least one row');
    const sparse = [1, 2];
    delete sparse[1];
    const candidates = [[[1]], [[0, 2], [3]], [], [[]], undefined, null, 'x', [[], 'row', [1, -1, 'x'], sparse], [undefined]];
    for (const value of candidates) expectSameVerdict(run(check), shape, value, ['x']);
  });

  test('checkArguments reports the problems of several arguments at once, in order', () => {
    const error = (() => {
      try {
        checkArguments([-1, 'a', readWeight], [1, 'b', readWeight], ['x', 'c', scaleCheck]);
      } catch (e) {
        return e as SalesOpsError;
      }
      throw new Error('nothing thrown');
    })();
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.issues.map((i) => i.path)).toEqual([['a'], ['c']]);
    expect(error.message).toBe('a: must not be negative (got -1) (and 1 more problem)');
  });

  test('gather passes on what is not a SalesOpsError', () => {
    expect(() =>
      gather([], () => {
        throw new TypeError('a bug');
      }),
    ).toThrow(TypeError);
    const issues: Issues = [];
    expect(gather(issues, () => 7)).toBe(7);
    expect(issues).toEqual([]);
    expect(() => throwIssues([])).not.toThrow();
    expect(() => throwIssues([{ path: ['x'], code: 'INVALID_INPUT', message: 'x: is required' }])).toThrow(SalesOpsError);
  });
});
