import * as z from 'zod/mini';
import { describe, expect, test } from 'vitest';
import type { SalesOpsError } from '../../src/core/errors.js';
import {
  isPlainRecord,
  oneOf,
  optional,
  readAboveZero,
  readArray,
  readBoolean,
  readId,
  readInteger,
  readNumber,
  readObject,
  readStrict,
  readString,
  readWeight,
} from '../../src/core/read.js';
import { idSchema, integerSchema, numberSchema, parseInput, weightSchema } from '../../src/core/schema.js';
import { BAD_IDS, BAD_NUMBERS, expectSalesOpsError, SPECIAL_IDS } from '../helpers/bad-input.js';

function errorOf(run: () => unknown): SalesOpsError {
  try {
    run();
  } catch (error) {
    return error as SalesOpsError;
  }
  throw new Error('nothing was thrown');
}

// The hand-written readers must word their errors exactly as the zod schemas do through
// parseInput, so that an error reads the same whichever route found it.
describe('readers agree with the zod schemas, message for message', () => {
  const cases: Array<[string, (v: unknown) => unknown, z.ZodMiniType, readonly unknown[]]> = [
    ['readNumber', (v) => readNumber(v, ['x']), z.number(), BAD_NUMBERS],
    ['readNumber ≥ 0 ≤ 1', (v) => readNumber(v, ['x'], 0, 1), numberSchema(0, 1), [...BAD_NUMBERS, -0.5, 1.5]],
    ['readInteger 1..9', (v) => readInteger(v, ['x'], 1, 9), integerSchema(1, 9), [...BAD_NUMBERS, 0, 10, 2.5]],
    ['readId', (v) => readId(v, ['x']), idSchema(), BAD_IDS],
    ['readString', (v) => readString(v, ['x']), z.string(), [undefined, null, 1, {}]],
    ['readBoolean', (v) => readBoolean(v, ['x']), z.boolean(), [undefined, null, 1, 'true']],
    ['readArray', (v) => readArray(v, ['x']), z.array(z.unknown()), [undefined, null, 'a', {}]],
    ['oneOf', (v) => oneOf(v ?? null, ['a', 'b'], ['x']), z.enum(['a', 'b']), [null, 'c', 1]],
    // Moved from the quota, targets and customers modules, which each had their own.
    ['readWeight', (v) => readWeight(v, ['x']), weightSchema(), [...BAD_NUMBERS, -1, -0.5, -1e-300]],
    [
      'readWeight ≤ 1',
      (v) => readWeight(v, ['x'], 1),
      z.number().check(z.gte(0, 'must not be negative'), z.lte(1, 'must be at most 1')),
      [...BAD_NUMBERS, -1, 1.5],
    ],
    ['readAboveZero', (v) => readAboveZero(v, ['x']), z.number().check(z.gt(0, 'must be greater than 0')), [...BAD_NUMBERS, 0, -0, -1]],
  ];
  for (const [name, read, schema, bad] of cases) {
    test(name, () => {
      for (const value of bad) {
        const mine = errorOf(() => read(value));
        const theirs = errorOf(() => parseInput(schema, value, ['x']));
        // (zod may add a second issue for the same value, e.g. a length check on [] given as an id)
        expect(mine.issues, `${name}(${String(value)})`).toEqual(theirs.issues.slice(0, 1));
      }
    });
  }
});

describe('readers', () => {
  test('accept good values, never return -0', () => {
    expect(Object.is(readNumber(-0, ['x']), 0)).toBe(true);
    expect(readInteger(3, ['x'], 1, 9)).toBe(3);
    for (const id of SPECIAL_IDS) expect(readId(id, ['x'])).toBe(id);
    expect(readString('', ['x'])).toBe('');
    expect(oneOf(undefined, ['a', 'b'], ['x'])).toBe('a');
    expect(oneOf(undefined, ['a', 'b'], ['x'], 'b')).toBe('b');
    expect(optional(undefined, (v) => readNumber(v, ['x']))).toBeUndefined();
    expect(readArray([1], ['x'], 1)).toEqual([1]);
    expect([readWeight(0, ['x']), readWeight(1, ['x'], 1), readWeight(2.5, ['x']), readWeight(1e300, ['x'])]).toEqual([0, 1, 2.5, 1e300]);
    expect(Object.is(readWeight(-0, ['x']), 0)).toBe(true);
    expect(readAboveZero(1e-300, ['x'])).toBe(1e-300);
  });

  test('strict objects reject misspelt keys at the key, like z.strictObject', () => {
    const mine = errorOf(() => readStrict({ scale: 2, sacle: 2 }, ['options'], ['scale']));
    const theirs = errorOf(() => parseInput(z.strictObject({ scale: z.optional(z.number()) }), { scale: 2, sacle: 2 }, ['options']));
    expect(mine.issues).toEqual(theirs.issues);
    expectSalesOpsError(() => readObject(null, ['row']), 'INVALID_INPUT', ['row']);
    expectSalesOpsError(() => readArray([], ['rows'], 1), 'INVALID_INPUT', ['rows']);
  });

  test('plain records', () => {
    expect(isPlainRecord({})).toBe(true);
    expect(isPlainRecord(Object.create(null))).toBe(true);
    expect(isPlainRecord([])).toBe(false);
    expect(isPlainRecord(new Map())).toBe(false);
    expect(isPlainRecord(null)).toBe(false);
  });
});
