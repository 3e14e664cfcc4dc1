/**
 * The quota functions check their input by hand (see `src/quota/quota-checks.ts`); the exported
 * zod schemas are the reference. These helpers hold the two to the same verdict, the same paths
 * and the same messages.
 */
import { expect } from 'vitest';
import type { z } from 'zod/mini';
import { type SalesOpsIssue, isSalesOpsError } from '../../src/core/errors.js';
import { parseInput } from '../../src/core/schema.js';

/** The issues `run` throws as a SalesOpsError, or `'no error'` (anything else is re-thrown). */
export function issuesOf(run: () => unknown): SalesOpsIssue[] | 'no error' {
  try {
    run();
  } catch (error) {
    if (isSalesOpsError(error)) return error.issues;
    throw error;
  }
  return 'no error';
}

/**
 * Runs the function on `value` (through `call`) and the schema on the same value, and checks that
 * both accept it, or both reject it with INVALID_INPUT and
 * - the same set of paths;
 * - every issue the function reports is one the schema reports, word for word (zod sometimes
 *   reports a second problem at the same path, such as `[]` given as an id: not a string, and
 *   empty);
 * - the same first issue, so that the error message is the same.
 *
 * Only the problems the schema describes are compared: `call` must not reach the function's own
 * later checks (end before start and the like) for a value the schema accepts.
 */
export function expectSameVerdict(call: (value: unknown) => unknown, schema: z.ZodMiniType, value: unknown, path: Array<string | number>, label = ''): void {
  const hand = issuesOf(() => call(value));
  const reference = issuesOf(() => parseInput(schema, value, path));
  const what = `${label} ${JSON.stringify(value, (_, v: unknown) => (typeof v === 'bigint' ? `${v}n` : v))}`;
  if (reference === 'no error') {
    expect(hand, what).toBe('no error');
    return;
  }
  expect(hand, what).not.toBe('no error');
  const mine = hand as SalesOpsIssue[];
  expect(reference, what).toEqual(expect.arrayContaining(mine));
  expect(new Set(mine.map((i) => JSON.stringify(i.path))), what).toEqual(new Set(reference.map((i) => JSON.stringify(i.path))));
  expect(mine[0], what).toEqual(reference[0]);
}
