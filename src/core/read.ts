/**
 * Hand-written readers for input validation. Functions that run over millions of rows, and
 * functions that must stay small in a user's bundle, validate with these instead of calling zod
 * at run time; the exported zod schemas remain the reference, and each module tests that its
 * readers and its schemas accept and reject the same values.
 *
 * Every reader throws `INVALID_INPUT` at the exact path, worded as the zod schemas are worded
 * through `parseInput` (`is required`, `must be a number`, `must be at least 0`,
 * `is not a recognised option`, …), so an error reads the same whichever route found it. They stop
 * at the first problem; `read-shape.ts` builds readers from them that report every problem of an
 * argument at once, as `parseInput` does.
 */
import { type IssuePath, invalid } from './errors.js';

/** Whether `value` is a non-null, non-array object. @internal */
export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Whether `value` is a plain object (`{}` or `Object.create(null)`): a record of ids. @internal */
export function isPlainRecord(value: unknown): value is Record<string, unknown> {
  if (!isObject(value)) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

/** Reads an object (for records inside arrays, which may carry extra fields). @internal */
export function readObject(value: unknown, path: IssuePath): Record<string, unknown> {
  if (!isObject(value)) invalid(path, value === undefined ? 'is required' : 'must be an object', value);
  return value;
}

/**
 * Reads an options-like object: a plain object whose keys are all in `keys` (a misspelt key is an
 * error, as with the strict zod schemas). @internal
 */
export function readStrict(value: unknown, path: IssuePath, keys: readonly string[]): Record<string, unknown> {
  const object = readObject(value, path);
  for (const key of Object.keys(object)) if (!keys.includes(key)) invalid([...path, key], 'is not a recognised option');
  return object;
}

/** Reads an array, with an optional minimum length. @internal */
export function readArray(value: unknown, path: IssuePath, minLength = 0): unknown[] {
  if (!Array.isArray(value)) invalid(path, value === undefined ? 'is required' : 'must be an array', value);
  if (value.length < minLength) invalid(path, `must have at least ${minLength} item${minLength === 1 ? '' : 's'}`, value);
  return value;
}

/** Reads a finite number within optional inclusive bounds. Never returns `-0`. @internal */
export function readNumber(value: unknown, path: IssuePath, min?: number, max?: number): number {
  if (typeof value !== 'number') invalid(path, value === undefined ? 'is required' : 'must be a number', value);
  if (!Number.isFinite(value)) invalid(path, Number.isNaN(value) ? 'must be a number, not NaN' : 'must be a finite number', value);
  if (min !== undefined && value < min) invalid(path, `must be at least ${min}`, value);
  if (max !== undefined && value > max) invalid(path, `must be at most ${max}`, value);
  return value === 0 ? 0 : value;
}

/** Reads a whole number within optional inclusive bounds. @internal */
export function readInteger(value: unknown, path: IssuePath, min?: number, max?: number): number {
  const n = readNumber(value, path);
  if (!Number.isInteger(n)) invalid(path, 'must be a whole number', value);
  return readNumber(n, path, min, max);
}

/** Reads a non-empty string (an id). Every string is an ordinary id, `'__proto__'` included. @internal */
export function readId(value: unknown, path: IssuePath): string {
  if (typeof value !== 'string') invalid(path, value === undefined ? 'is required' : 'must be a string', value);
  if (value === '') invalid(path, 'must not be empty', value);
  return value;
}

/** Reads a string (any, empty included). @internal */
export function readString(value: unknown, path: IssuePath): string {
  if (typeof value !== 'string') invalid(path, value === undefined ? 'is required' : 'must be a string', value);
  return value;
}

/** Reads a boolean. @internal */
export function readBoolean(value: unknown, path: IssuePath): boolean {
  if (typeof value !== 'boolean') invalid(path, value === undefined ? 'is required' : 'must be a boolean', value);
  return value;
}

/** Reads one of `values`; `undefined` gives `fallback` (or the first value). @internal */
export function oneOf<T extends string>(value: unknown, values: readonly T[], path: IssuePath, fallback: T = values[0] as T): T {
  if (value === undefined) return fallback;
  if (!values.includes(value as T))
    invalid(path, `must be ${values.length === 1 ? '' : 'one of '}${values.map((v) => JSON.stringify(v)).join(', ')}`, value);
  return value as T;
}

/** `undefined` stays `undefined`; anything else is read by `read`. @internal */
export function optional<T>(value: unknown, read: (v: unknown) => T): T | undefined {
  return value === undefined ? undefined : read(value);
}

/**
 * Reads a weight: a finite number, zero or more (the core's `weightSchema`, "must not be
 * negative"); with `max`, also at most `max` ("must be at most …", as `z.lte(max)`). Never
 * returns `-0`.
 * @internal
 */
export function readWeight(value: unknown, path: IssuePath, max?: number): number {
  const n = readNumber(value, path, undefined, max);
  if (n < 0) invalid(path, 'must not be negative', value);
  return n;
}

/** Reads a finite number greater than 0 (worded as `z.gt(0)`: "must be greater than 0"). @internal */
export function readAboveZero(value: unknown, path: IssuePath): number {
  const n = readNumber(value, path);
  if (!(n > 0)) invalid(path, 'must be greater than 0', value);
  return n;
}

/**
 * The largest number of decimals an amount may be rounded to. (Here, not in `decimal.ts`, so that
 * reading a scale does not import decimal.js.)
 */
export const MAX_SCALE = 20;

/**
 * Reads a number of decimals: an integer from 0 to {@link MAX_SCALE}, or `fallback` when absent.
 * @internal
 */
export function toScale(value: unknown, path: IssuePath, fallback: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > MAX_SCALE) {
    invalid(path, `must be a whole number of decimals from 0 to ${MAX_SCALE}`, value);
  }
  return value;
}
