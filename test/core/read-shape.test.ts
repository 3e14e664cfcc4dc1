import * as z from 'zod/mini';
import { describe, expect, test } from 'vitest';
import { Dec } from '../../src/core/decimal.js';
import { SalesOpsError } from '../../src/core/errors.js';
import { readNonNegativeAmount } from '../../src/core/amount-input.js';
import { readId, readWeight } from '../../src/core/read.js';
import {
  checkArguments,
  choice,
  gather,
  type Issues,
  listOf,
  maybe,
  maybeNull,
  numberIn,
  objectOf,
  passes,
  type Read,
  readIdInput,
  readScale,
  readWhole,
  throwIssues,
  wholeIn,
} from '../../src/core/read-shape.js';
import { idSchema, integerSchema, nonNegativeAmount, numberSchema, scaleSchema, weightSchema } from '../../src/core/schema.js';
import { BAD_AMOUNTS, BAD_IDS, BAD_NUMBERS } from '../helpers/bad-input.js';
import { expectSameIssues, issuesOf } from '../helpers/schema-agreement.js';

// Moved from the quota and targets modules (quota-checks.ts, read-input.ts), which wrote these
// readers twice. Every reader here must report exactly what parseInput reports for the schema it
// stands for: the same issues, paths and messages, in the same order.

/** Runs a reader as a function reads its argument `x`. */
const run =
  (read: Read) =>
  (value: unknown): void =>
    checkArguments([value, 'x', read]);

describe('leaf readers report what the core schemas report', () => {
  test('readWhole is integerSchema: a fraction out of range has two problems, as in zod', () => {
    for (const value of [...BAD_NUMBERS, 0, 6, -1, 7, 2.5, -0.5, 7.5, -0, 1e300]) {
      expectSameIssues((v) => readWhole(v, ['x'], 0, 6), integerSchema(0, 6), value, ['x']);
      expectSameIssues((v) => readWhole(v, ['x'], 1), integerSchema(1), value, ['x']);
      expectSameIssues((v) => readWhole(v, ['x']), integerSchema(), value, ['x']);
    }
    expect(readWhole(3, ['x'], 0, 6)).toBe(3);
    expect(Object.is(readWhole(-0, ['x'], 0), 0)).toBe(true);
    expect(issuesOf(() => readWhole(-0.5, ['x'], 0))).toHaveLength(2);
  });

  test('readScale is scaleSchema, with a default when absent', () => {
    for (const value of [-1, 21, 1.5, -0.5, 20.5, '2', null, Number.NaN, 0, 20])
      expectSameIssues((v) => readScale(v, ['s']), scaleSchema(), value, ['s']);
    expect(readScale(undefined, ['s'])).toBe(2);
    expect(readScale(undefined, ['s'], 0)).toBe(0);
    expect(readScale(4, ['s'], 0)).toBe(4);
  });

  test('readIdInput is idSchema: [] is not a string and is empty, as in zod', () => {
    for (const value of [...BAD_IDS, { length: 0 }, { length: 2 }, { length: '0' }, () => 1, 'a', '__proto__']) {
      expectSameIssues((v) => readIdInput(v, ['x']), idSchema(), value, ['x']);
    }
    expect(issuesOf(() => readIdInput([], ['x']))).toHaveLength(2);
    // The core's readId stops at the first problem.
    expect(issuesOf(() => readId([], ['x']))).toHaveLength(1);
  });

  test('numberIn and wholeIn are numberSchema and integerSchema', () => {
    for (const value of [...BAD_NUMBERS, -1, 0, 0.5, 1, 1.5, 2.5]) {
      expectSameIssues(run(numberIn(0, 1)), numberSchema(0, 1), value, ['x']);
      expectSameIssues(run(numberIn(0)), numberSchema(0), value, ['x']);
      expectSameIssues(run(wholeIn(1, 2)), integerSchema(1, 2), value, ['x']);
    }
  });

  test('choice is a required z.enum: a missing value is told the choices', () => {
    for (const value of [undefined, null, 'c', 1, 'a']) {
      expectSameIssues(run(choice(['a', 'b'])), z.enum(['a', 'b']), value, ['x']);
      expectSameIssues(run(choice(['a'])), z.enum(['a']), value, ['x']);
    }
    expect(choice(['a', 'b'])('b', ['x'])).toBe('b');
  });
});

describe('objectOf, listOf, maybe, maybeNull: every problem at once, as zod reports them', () => {
  test('objectOf is z.strictObject: fields in order, then one misspelt key at the key, several at the object', () => {
    const shape = z.strictObject({ scale: z.optional(scaleSchema()), rate: z.optional(z.number().check(z.gte(0, 'must be at least 0'))) });
    const read = objectOf({ scale: readScale, rate: maybe(numberIn(0)) });
    const candidates = [
      {},
      { scale: 2, rate: 0.5 },
      undefined,
      null,
      [],
      'x',
      { scale: -1, rate: -1 },
      { scale: -1.5 },
      { sacle: 2 },
      { sacle: 2, rat: 1, scale: 1.5 },
      { a: 1, b: 2, c: 3 },
    ];
    for (const value of candidates) expectSameIssues(run(read), shape, value, ['x']);
  });

  test('objectOf lists keys with for…in and reads fields through the prototype, as zod does', () => {
    const shape = z.strictObject({ a: z.optional(z.number()), b: z.optional(z.number()) });
    const read = objectOf({ a: maybe(numberIn()), b: maybe(numberIn()) });
    const candidates = [
      Object.create({ c: 1 }) as object,
      Object.create({ a: 'x' }) as object,
      Object.assign(Object.create({ c: 1, d: 2 }) as object, { a: 1 }),
      Object.create(null) as object,
    ];
    for (const value of candidates) expectSameIssues(run(read), shape, value, ['x']);
  });

  test('objectOf(…, false) is z.looseObject; maybeNull is z.optional(z.nullable(…))', () => {
    const shape = z.looseObject({ id: idSchema(), parentId: z.optional(z.nullable(idSchema())) });
    const read = objectOf({ id: readIdInput, parentId: maybeNull(readIdInput) }, false);
    const candidates = [
      { id: 'a' },
      { id: 'a', parentId: null, extra: 1 },
      { id: 'a', parentId: 'b' },
      {},
      { id: '', parentId: '' },
      { id: 1, parentId: 2 },
      { id: [], parentId: [] },
      null,
    ];
    for (const value of candidates) expectSameIssues(run(read), shape, value, ['x']);
  });

  test('objectOf runs its cross-field check after the fields and the keys', () => {
    const shape = z
      .strictObject({ low: z.number(), high: z.number() })
      .check(z.refine((o) => o.low <= o.high, { message: 'must not be below low', path: ['high'] }));
    const read = objectOf({ low: numberIn(), high: numberIn() }, true, (o, path, issues) => {
      if (typeof o['low'] === 'number' && typeof o['high'] === 'number' && o['low'] > o['high'])
        issues.push({ path: [...path, 'high'], code: 'INVALID_INPUT', message: 'x.high: must not be below low (got an object)' });
    });
    for (const value of [
      { low: 1, high: 2 },
      { low: 2, high: 1 },
      { low: 'a', high: 1 },
    ])
      expectSameIssues(run(read), shape, value, ['x']);
  });

  test('listOf is z.array, with a minimum length worded as the schema words it (after the items, as zod)', () => {
    const shape = z
      .array(z.array(weightSchema()).check(z.minLength(1, 'must have at least one cell')))
      .check(z.minLength(1, 'must have at least one row'));
    const read = listOf(listOf(readWeight, 1, 'must have at least one cell'), 1, 'must have at least one row');
    const sparse = [1, 2];
    delete sparse[1];
    const candidates = [
      [[1]],
      [[0, 2], [3]],
      [],
      [[]],
      undefined,
      null,
      'x',
      '',
      { length: 0 },
      [[], 'row', [1, -1, 'x'], sparse],
      [undefined],
      [''],
      [{ length: 0 }],
    ];
    for (const value of candidates) expectSameIssues(run(read), shape, value, ['x']);
    const pairs = z.array(weightSchema()).check(z.minLength(2, 'must have at least 2 items'));
    const readPairs = listOf(readWeight, 2, 'must have at least 2 items');
    for (const value of [[-1], [1], [1, 2], 'a', 'ab', [-1, -2]]) expectSameIssues(run(readPairs), pairs, value, ['x']);
  });

  test('amounts: readNonNegativeAmount is nonNegativeAmount in a list', () => {
    const values = [...BAD_AMOUNTS, -1, '-0.01', '-1e-30', '-1e-400', '-0', 0, '12.5', new Dec(-1), new Dec('-1e-400'), new Dec('-0')];
    expectSameIssues(run(listOf(readNonNegativeAmount)), z.array(nonNegativeAmount()), values, ['x']);
  });

  test('checkArguments reports the problems of several arguments at once, in order', () => {
    const error = (() => {
      try {
        checkArguments([-1, 'a', readWeight], [1, 'b', readWeight], ['x', 'c', readScale]);
      } catch (e) {
        return e as SalesOpsError;
      }
      throw new Error('nothing thrown');
    })();
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.issues.map((i) => i.path)).toEqual([['a'], ['c']]);
    expect(error.message).toBe('a: must not be negative (got -1) (and 1 more problem)');
  });

  test('objectOf and listOf read each part at its own path', () => {
    const paths: unknown[] = [];
    const keep: Read = (value, path) => {
      paths.push([...path]);
      return readWeight(value, path);
    };
    const issues = issuesOf(() => checkArguments([{ a: [-1, 2, -3], b: -4 }, 'x', objectOf({ a: listOf(keep), b: keep })]));
    expect(paths).toEqual([
      ['x', 'a', 0],
      ['x', 'a', 1],
      ['x', 'a', 2],
      ['x', 'b'],
    ]);
    expect(issues !== 'accepted' && issues.map((i) => i.path)).toEqual([
      ['x', 'a', 0],
      ['x', 'a', 2],
      ['x', 'b'],
    ]);
  });

  test('gather and passes pass on what is not a SalesOpsError', () => {
    const bug: Read = () => {
      throw new TypeError('a bug');
    };
    expect(() => gather([], bug, 1, ['x'])).toThrow(TypeError);
    const issues: Issues = [];
    expect(gather(issues, (v) => v, 7, ['x'])).toBe(7);
    expect(passes(issues, readWeight, 1, ['x'])).toBe(true);
    expect(issues).toEqual([]);
    expect(passes(issues, readWeight, -1, ['x'])).toBe(false);
    expect(issues.map((i) => i.message)).toEqual(['x: must not be negative (got -1)']);
    expect(() => throwIssues([])).not.toThrow();
    expect(() => throwIssues([{ path: ['x'], code: 'INVALID_INPUT', message: 'x: is required' }])).toThrow(SalesOpsError);
  });
});
