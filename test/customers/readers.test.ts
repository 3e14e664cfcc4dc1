import * as z from 'zod/mini';
import { describe, expect, test } from 'vitest';
import { weightSchema } from '../../src/core/schema.js';
import { readAboveZero, readNonNegative } from '../../src/customers/readers.js';
import { BAD_NUMBERS } from '../helpers/bad-input.js';
import { expectSameFirstIssue } from './same-issues.js';

// The two readers must word their errors as the schemas they stand for, through parseInput.
describe('number readers the core words differently', () => {
  test('readNonNegative is weightSchema (and with a maximum, a share of at most 1)', () => {
    for (const v of [...BAD_NUMBERS, -1, -0.5]) expectSameFirstIssue(() => readNonNegative(v, ['x']), weightSchema(), v, ['x']);
    const share = z.number().check(z.gte(0, 'must not be negative'), z.lte(1, 'must be at most 1'));
    for (const v of [...BAD_NUMBERS, -1, 1.5]) expectSameFirstIssue(() => readNonNegative(v, ['x'], 1), share, v, ['x']);
    expect([readNonNegative(0, ['x']), readNonNegative(1, ['x'], 1), readNonNegative(2.5, ['x'])]).toEqual([0, 1, 2.5]);
    expect(Object.is(readNonNegative(-0, ['x']), 0)).toBe(true);
  });

  test('readAboveZero is z.gt(0)', () => {
    const positive = z.number().check(z.gt(0, 'must be greater than 0'));
    for (const v of [...BAD_NUMBERS, 0, -0, -1]) expectSameFirstIssue(() => readAboveZero(v, ['x']), positive, v, ['x']);
    expect(readAboveZero(1e-300, ['x'])).toBe(1e-300);
  });
});
