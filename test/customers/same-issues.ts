/**
 * For the customer tests: a function that validates by hand must report a bad value as its
 * exported zod schema does through `parseInput` — same path, same message — so an error reads
 * the same whichever route found it. (The readers stop at the first problem; zod lists them all,
 * so only its first issue is compared.)
 */
import type * as z from 'zod/mini';
import { expect } from 'vitest';
import type { SalesOpsError, SalesOpsIssue } from '../../src/core/errors.js';
import type { IssuePath } from '../../src/core/errors.js';
import { parseInput } from '../../src/core/schema.js';

function issuesOf(run: () => unknown): SalesOpsIssue[] | undefined {
  try {
    run();
  } catch (error) {
    return (error as SalesOpsError).issues;
  }
  return undefined;
}

/** `run` (the function given `value`) throws the first issue `schema` finds in `value` at `path`. */
export function expectSameFirstIssue(run: () => unknown, schema: z.ZodMiniType, value: unknown, path: IssuePath): void {
  const theirs = issuesOf(() => parseInput(schema, value, path));
  const label = describe(value);
  expect(theirs, `the schema accepts ${label}`).toBeDefined();
  expect(issuesOf(run), label).toEqual(theirs?.slice(0, 1));
}

function describe(value: unknown): string {
  try {
    return JSON.stringify(value, (_, v: unknown) => (typeof v === 'bigint' ? `${v}n` : typeof v === 'number' && !Number.isFinite(v) ? String(v) : v)) ?? String(value);
  } catch {
    return String(value);
  }
}
