/**
 * Hand-written input checks for the quota functions, built on the core readers (`core/read.ts`).
 *
 * Why not the zod schemas? Speed and size: checking 100,000 plan nodes through a schema takes
 * about 100 ms (the whole decomposition takes less), and zod's object machinery costs ~6 kB
 * gzipped, which would put a single `decomposeQuota` or `phaseQuota` import over the 20 kB
 * budget. The exported schemas stay the reference: these checks give the same paths and the same
 * messages, and the test suites hold both to that.
 *
 * What the core readers do not do, and this file adds: a quota input reports **every** problem at
 * once, as `parseInput` does — {@link gather} turns each reader's throw into issues — and an
 * object with several misspelt keys is one problem at the object, as with `z.strictObject`. The
 * checks are written in the shape of the schemas ({@link objectOf}, {@link listOf},
 * {@link maybe}), so that the two are easy to keep in step.
 */
import {
  amountToNumber,
  type Decimal,
  invalid,
  isDecimalInstance,
  isSalesOpsError,
  issue,
  type IssuePath,
  oneOf,
  readArray,
  readInteger,
  readNumber,
  readObject,
  readStrict,
  SalesOpsError,
  type SalesOpsIssue,
} from '../core/index.js';
import { BASIS_KEYS, BASIS_PROBLEM } from './quota-basis.js';

/** Problems found so far; thrown together as one `INVALID_INPUT`. @internal */
export type Issues = SalesOpsIssue[];

/**
 * Checks one value at `path`: a core reader (which throws at the first problem) or a check built
 * here (which records the problems of the parts in `issues` and goes on). @internal
 */
export type Check = (value: unknown, path: IssuePath, issues: Issues) => unknown;

/**
 * Runs a reader; when it throws a `SalesOpsError`, its issues are added to `issues` and the result
 * is `undefined` — so one call can go on and report every bad field. @internal
 */
export function gather<T>(issues: Issues, read: () => T): T | undefined {
  try {
    return read();
  } catch (error) {
    if (!isSalesOpsError(error)) throw error;
    issues.push(...error.issues);
    return undefined;
  }
}

/** Throws the issues found, if any, as one `INVALID_INPUT`. @internal */
export function throwIssues(issues: Issues): void {
  if (issues.length > 0) throw new SalesOpsError('INVALID_INPUT', issues);
}

/**
 * Checks arguments — each a value, its name and its check — and throws every problem found in
 * them at once. @internal
 */
export function checkArguments(...args: ReadonlyArray<readonly [value: unknown, name: string, check: Check]>): void {
  const issues: Issues = [];
  for (const [value, name, check] of args) gather(issues, () => check(value, [name], issues));
  throwIssues(issues);
}

/** `check` for a value that may be absent (`z.optional`): `undefined` passes. @internal */
export const maybe =
  (check: Check): Check =>
  (value, path, issues) =>
    value === undefined ? undefined : check(value, path, issues);

/** `check` for a value that may be absent or `null` (`z.optional(z.nullable(…))`). @internal */
export const maybeNull =
  (check: Check): Check =>
  (value, path, issues) =>
    value === undefined || value === null ? value : check(value, path, issues);

/**
 * Records the keys of an options object that are not in `keys`, as `z.strictObject` does: one
 * misspelt key at the key itself (worded by the core's `readStrict`), several as one problem at
 * the object (which `readStrict` cannot say).
 */
function checkKeys(issues: Issues, value: Record<string, unknown>, path: IssuePath, keys: readonly string[]): void {
  const extra = Object.keys(value).filter((key) => !keys.includes(key));
  if (extra.length === 1) gather(issues, () => readStrict(value, path, keys));
  else if (extra.length > 1) issues.push(issue('INVALID_INPUT', path, `has unrecognised options ${extra.map((k) => JSON.stringify(k)).join(', ')}`));
}

/**
 * An object whose fields are checked by `fields`, in order, then (with `strict`, as
 * `z.strictObject`) its other keys; without `strict` (`z.looseObject`), other keys are the
 * caller's own and pass. Returns the object.
 * @internal
 */
export function objectOf(fields: Readonly<Record<string, Check>>, strict = true): Check {
  const keys = Object.keys(fields);
  return (value, path, issues) => {
    const object = readObject(value, path);
    for (const key of keys) gather(issues, () => (fields[key] as Check)(object[key], [...path, key], issues));
    if (strict) checkKeys(issues, object, path, keys);
    return object;
  };
}

/**
 * An array, each item checked by `check`. With `min`, fewer items is a problem worded `tooFew`
 * (the schema's message). Returns the array.
 * @internal
 */
export function listOf(check: Check, min = 0, tooFew = ''): Check {
  return (value, path, issues) => {
    const list = readArray(value, path);
    if (list.length < min) invalid(path, tooFew, list);
    // By index, not forEach: a hole in a sparse array is a missing item, as for zod.
    for (let i = 0; i < list.length; i += 1) gather(issues, () => check(list[i], [...path, i], issues));
    return list;
  };
}

/** One of `values`, which must be given: as `z.enum`, a missing value is told the choices. @internal */
export function choice(values: readonly string[]): Check {
  return (value, path) => {
    if (value === undefined) invalid(path, `must be one of ${values.map((v) => JSON.stringify(v)).join(', ')}`);
    return oneOf(value, values, path);
  };
}

/** One of `values`, or absent. @internal */
export const maybeChoice = (values: readonly string[]): Check => maybe(choice(values));

/** A finite number, zero or more (the core's `numberSchema(0)`). @internal */
export const atLeastZero: Check = (value, path) => readNumber(value, path, 0);

/** A number of decimals: a whole number from 0 to 20 (the core's `scaleSchema`). @internal */
export const scaleCheck: Check = (value, path) => readInteger(value, path, 0, 20);

/** A weekday number, 0 (Sunday) to 6 (the schemas' `integerSchema(0, 6)`). @internal */
export const weekdayCheck: Check = (value, path) => readInteger(value, path, 0, 6);

/** Reads a weight: a finite number, zero or more (the core's `weightSchema`). @internal */
export function readWeight(value: unknown, path: IssuePath): number {
  const n = readNumber(value, path);
  if (n < 0) invalid(path, 'must not be negative', value);
  return n;
}

/**
 * Reads an amount of zero or more as a plain number (the core's `nonNegativeAmount` schema),
 * without decimal.js. As in the schema, a string's sign is that of its value as a number, a
 * `Decimal`'s that of the `Decimal`.
 * @internal
 */
export function readNonNegative(value: unknown, path: IssuePath): number {
  const n = amountToNumber(value, path);
  if (n < 0 || (isDecimalInstance(value) && (value as Decimal).isNegative() && !(value as Decimal).isZero())) invalid(path, 'must not be negative', value);
  return n;
}

/** Reads an optional number of decimals, `fallback` when absent. @internal */
export function readScale(value: unknown, path: IssuePath, fallback = 2): number {
  return value === undefined ? fallback : (scaleCheck(value, path, []) as number);
}

const BLEND = /* @__PURE__ */ (() =>
  objectOf({ equal: maybe(readWeight), weight: maybe(readWeight), history: maybe(readWeight), potential: maybe(readWeight), capacity: maybe(readWeight) }))();

/** A basis (`QuotaBasisSchema`): a basis name, or a blend object of non-negative coefficients. @internal */
export const basisCheck: Check = (value, path, issues) => {
  if (typeof value === 'string' ? !(BASIS_KEYS as readonly string[]).includes(value) : typeof value !== 'object' || value === null || Array.isArray(value)) {
    invalid(path, BASIS_PROBLEM, value);
  }
  return typeof value === 'string' ? value : BLEND(value, path, issues);
};

/** Whether `check` finds no problem with `value`, recording those it finds. @internal */
export function passes(issues: Issues, value: unknown, path: IssuePath, check: Check): boolean {
  const before = issues.length;
  gather(issues, () => check(value, path, issues));
  return issues.length === before;
}
