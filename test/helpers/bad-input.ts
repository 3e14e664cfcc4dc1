/**
 * Shared checks for the rules every public function follows (see the brief): bad input throws a
 * SalesOpsError with a stable code and the path of the offending value; inputs are never mutated
 * (frozen inputs are fine); results survive a JSON round trip unchanged; the same input gives the
 * same output. Module suites use these so every module is held to the same standard.
 */
import { expect } from 'vitest';
import { formatPath, type IssuePath, isSalesOpsError, type SalesOpsError, type SalesOpsErrorCode } from '../../src/core/errors.js';
import { Dec } from '../../src/core/decimal.js';

/** Values that are not a plain finite number (for scores, weights, rates). */
export const BAD_NUMBERS: readonly unknown[] = [
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  '',
  'abc',
  '1e999',
  '12',
  null,
  undefined,
  true,
  {},
  [],
  10n,
];

/** Values that are not an amount (for money and quantities: string | number | Decimal). */
export const BAD_AMOUNTS: readonly unknown[] = [
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  '',
  ' ',
  'abc',
  '1e999',
  '-1e999',
  '1,000',
  '0x10',
  '1e',
  '12 ',
  1e21,
  null,
  undefined,
  true,
  {},
  [],
  10n,
  new Dec(Number.NaN),
  new Dec(Number.POSITIVE_INFINITY),
];

/** Values that are not a calendar date. */
export const BAD_DATES: readonly unknown[] = [
  '',
  'abc',
  '2026-02-30',
  '2026-13-01',
  '2026-00-10',
  '2026-1-5',
  '20260105',
  '2026-01-05T00:00:00Z',
  new Date(Number.NaN),
  null,
  undefined,
  0,
  Number.NaN,
  {},
];

/** Values that are not an id. */
export const BAD_IDS: readonly unknown[] = ['', null, undefined, 1, {}, [], true];

/** Ids that break naive object lookups; the library treats them as ordinary ids. */
export const SPECIAL_IDS: readonly string[] = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf'];

/**
 * Runs `run` and asserts it throws a SalesOpsError with `code`; with `path`, that one of its
 * issues has exactly that path and that the message names it. Returns the error.
 */
export function expectSalesOpsError(run: () => unknown, code: SalesOpsErrorCode, path?: IssuePath): SalesOpsError {
  let thrown: unknown;
  try {
    run();
  } catch (error) {
    thrown = error;
  }
  if (thrown === undefined)
    throw new Error(`expected a SalesOpsError ${code}${path ? ` at ${formatPath(path)}` : ''}, but nothing was thrown`);
  if (!isSalesOpsError(thrown)) throw thrown;
  expect(thrown.code, thrown.message).toBe(code);
  expect(thrown.issues.length).toBeGreaterThan(0);
  if (path !== undefined) {
    const match = thrown.issues.find((i) => JSON.stringify(i.path) === JSON.stringify(path));
    expect(match, `no issue at ${JSON.stringify(path)}; issues: ${JSON.stringify(thrown.issues)}`).toBeDefined();
    expect(match?.message).toContain(formatPath(path));
    expect(thrown.message).toContain(formatPath(path).split(/[.[]/)[0] as string);
  }
  return thrown;
}

/** Marks a key to delete in {@link withValueAt}. */
export const REMOVE: unique symbol = Symbol('remove') as never;

function cloneData<T>(value: T): T {
  if (Array.isArray(value)) return value.map(cloneData) as T;
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value)) {
      Object.defineProperty(out, key, {
        value: cloneData((value as Record<string, unknown>)[key]),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
    return out as T;
  }
  return value;
}

/** A copy of `base` with the value at `path` replaced (or removed, with {@link REMOVE}). */
export function withValueAt<T>(base: T, path: IssuePath, value: unknown): T {
  const copy = cloneData(base);
  if (path.length === 0) return value as T;
  let node: Record<string | number, unknown> = copy as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  const last = path[path.length - 1] as string | number;
  if (value === REMOVE) delete node[last];
  else Object.defineProperty(node, last, { value, enumerable: true, writable: true, configurable: true });
  return copy;
}

/**
 * For each bad value, puts it at `path` inside `base` and asserts `call` throws `code` with the
 * issue at `[...prefix, ...path]` (prefix: usually the parameter name).
 */
export function expectRejectsAt<T>(
  call: (input: T) => unknown,
  base: T,
  path: IssuePath,
  options: { values?: readonly unknown[]; code?: SalesOpsErrorCode; prefix?: IssuePath } = {},
): void {
  const { values = BAD_AMOUNTS, code = 'INVALID_INPUT', prefix = [] } = options;
  for (const bad of values) {
    try {
      expectSalesOpsError(() => call(withValueAt(base, path, bad)), code, [...prefix, ...path]);
    } catch (error) {
      throw new Error(`with ${describe(bad)} at ${formatPath([...prefix, ...path])}: ${(error as Error).message}`);
    }
  }
}

function describe(value: unknown): string {
  if (typeof value === 'bigint') return `${value}n`;
  if (typeof value === 'string') return JSON.stringify(value);
  if (value instanceof Date) return `Date(${value.getTime()})`;
  return String(value);
}

/** Freezes a value and everything reachable from it. */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}

/**
 * Where `value` is not plain JSON data (the contract's promise for results): `undefined`, `-0`,
 * non-finite numbers, bigints, functions, symbols, and objects that are not plain objects or
 * arrays (class instances, Dates, Maps). Returns the paths and problems found.
 */
export function jsonProblems(value: unknown, path = 'result'): string[] {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return [];
    case 'number':
      if (!Number.isFinite(value)) return [`${path} is ${value}`];
      return Object.is(value, -0) ? [`${path} is -0`] : [];
    case 'object': {
      if (value === null) return [];
      if (Array.isArray(value)) return value.flatMap((item, i) => jsonProblems(item, `${path}[${i}]`));
      const proto = Object.getPrototypeOf(value) as unknown;
      if (proto !== Object.prototype && proto !== null) return [`${path} is not a plain object`];
      return Object.keys(value).flatMap((key) => jsonProblems((value as Record<string, unknown>)[key], `${path}.${key}`));
    }
    default:
      return [`${path} is ${typeof value}`];
  }
}

/**
 * Deep equality of data: own enumerable keys of plain objects, arrays item by item, numbers with
 * Object.is (so -0 ≠ 0), Dates by time and Decimals by value. Unlike `toStrictEqual` it treats an
 * own key named `'constructor'` or `'__proto__'` as ordinary data, as the library does.
 */
export function sameData(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (a instanceof Date || b instanceof Date) return a instanceof Date && b instanceof Date && Object.is(a.getTime(), b.getTime());
  const tagA = (a as { toStringTag?: unknown }).toStringTag;
  if (tagA === '[object Decimal]' || (b as { toStringTag?: unknown }).toStringTag === '[object Decimal]') {
    return tagA === (b as { toStringTag?: unknown }).toStringTag && String(a) === String(b);
  }
  if (Array.isArray(a) !== Array.isArray(b) || Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  const keysA = Object.keys(a);
  const keysB = Object.keys(b);
  if (keysA.length !== keysB.length) return false;
  return keysA.every(
    (key) =>
      Object.prototype.hasOwnProperty.call(b, key) && sameData((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]),
  );
}

/** Asserts that a result is plain JSON data and survives `JSON.parse(JSON.stringify(result))` unchanged. */
export function expectJsonSafe(result: unknown): void {
  expect(jsonProblems(result)).toEqual([]);
  expect(sameData(JSON.parse(JSON.stringify(result)), result), 'the JSON round trip changed the result').toBe(true);
}

/**
 * Calls `fn(...args)` with the arguments deep-frozen and asserts: it does not throw for being
 * frozen, it does not mutate them, its result is JSON-safe, and a second call on fresh copies
 * gives an equal result. Returns the result.
 */
export function expectPure<Args extends unknown[], R>(fn: (...args: Args) => R, ...args: Args): R {
  const before = cloneData(args);
  deepFreeze(args);
  const first = fn(...args);
  expect(sameData(args, before), 'the arguments were mutated').toBe(true);
  expectJsonSafe(first);
  const second = fn(...(cloneData(before) as Args));
  expect(sameData(second, first), 'a second call on copies gave another result').toBe(true);
  return first;
}
