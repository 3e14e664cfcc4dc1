/**
 * Schema agreement: a function that validates its input by hand (with the core readers, see
 * `src/core/read.ts` and `src/core/read-shape.ts`) must report a bad value as its exported zod
 * schema does through `parseInput` — same code, paths and messages — so that an error reads the
 * same whichever route found it.
 *
 * Two kinds of hand-written validation, two checks:
 * - {@link expectSameIssues}: readers that report every problem at once (quota, targets), held to
 *   exactly the issues `parseInput` reports, in its order;
 * - {@link expectSameFirstIssue}: readers that stop at the first problem (customers), held to the
 *   first issue `parseInput` reports.
 */
import { expect } from 'vitest';
import type * as z from 'zod/mini';
import { type IssuePath, isSalesOpsError, type SalesOpsIssue } from '../../src/core/errors.js';
import { parseInput } from '../../src/core/schema.js';

/** The issues `run` throws as a `SalesOpsError`, or `'accepted'` when it throws none (anything else is re-thrown). */
export function issuesOf(run: () => unknown): SalesOpsIssue[] | 'accepted' {
  try {
    run();
    return 'accepted';
  } catch (error) {
    if (!isSalesOpsError(error)) throw error;
    return error.issues;
  }
}

/** What `parseInput(schema, value, path)` reports: its issues, or `'accepted'`. */
export function schemaIssues(schema: z.ZodMiniType, value: unknown, path: IssuePath): SalesOpsIssue[] | 'accepted' {
  return issuesOf(() => parseInput(schema, value, path));
}

/** A label for a value in a failure message: JSON, with bigints, `undefined` and non-finite numbers shown. */
export function show(value: unknown): string {
  try {
    return (
      JSON.stringify(value, (_, v: unknown) =>
        typeof v === 'bigint' ? `${v}n` : v === undefined ? 'undefined' : typeof v === 'number' && !Number.isFinite(v) ? String(v) : v,
      ) ?? String(value)
    );
  } catch {
    return String(value);
  }
}

/**
 * `run(value)` — the hand-written route, which may also close over `value` — reports exactly what
 * `parseInput(schema, value, path)` reports: both accept `value`, or both throw the same issues
 * (paths, codes, messages) in the same order. Returns the schema's verdict.
 */
export function expectSameIssues(
  run: (value: unknown) => unknown,
  schema: z.ZodMiniType,
  value: unknown,
  path: IssuePath,
  label = '',
): SalesOpsIssue[] | 'accepted' {
  const reference = schemaIssues(schema, value, path);
  expect(
    issuesOf(() => run(value)),
    `${label} ${show(value)}`,
  ).toEqual(reference);
  return reference;
}

/**
 * `schema` rejects `value`, and `run(value)` — a route that stops at the first problem — throws
 * exactly the first issue `parseInput(schema, value, path)` reports.
 */
export function expectSameFirstIssue(
  run: (value: unknown) => unknown,
  schema: z.ZodMiniType,
  value: unknown,
  path: IssuePath,
  label = '',
): void {
  const reference = schemaIssues(schema, value, path);
  const what = `${label} ${show(value)}`;
  expect(reference, `the schema accepts ${what}`).not.toBe('accepted');
  expect(
    issuesOf(() => run(value)),
    what,
  ).toEqual((reference as SalesOpsIssue[]).slice(0, 1));
}
