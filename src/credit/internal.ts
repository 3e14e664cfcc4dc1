/**
 * Small readers shared by the credit functions: hand-written where a function runs over millions
 * of rows (a zod parse per row would cost more than the work itself), and the default grade scale.
 * Each reader throws `INVALID_INPUT` at the exact path, with the same wording the exported zod
 * schemas use, so both reject the same values the same way.
 */
import { type Decimal, type IssuePath, invalid, toDecimal } from '../core/index.js';

/** The default grade scale, best first. */
export const DEFAULT_GRADES: readonly string[] = ['AAA', 'AA', 'A', 'BBB', 'BB', 'B', 'CCC', 'CC', 'C'];

/** Whether `value` is a non-null, non-array object. */
export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Reads a finite number within optional inclusive bounds. */
export function readNumber(value: unknown, path: IssuePath, min?: number, max?: number): number {
  if (typeof value !== 'number') invalid(path, value === undefined ? 'is required' : 'must be a number', value);
  if (!Number.isFinite(value)) invalid(path, Number.isNaN(value) ? 'must be a number, not NaN' : 'must be a finite number', value);
  if (min !== undefined && value < min) invalid(path, `must be at least ${min}`, value);
  if (max !== undefined && value > max) invalid(path, `must be at most ${max}`, value);
  return value === 0 ? 0 : value;
}

/** Reads a whole number within optional inclusive bounds. */
export function readInteger(value: unknown, path: IssuePath, min?: number, max?: number): number {
  const n = readNumber(value, path);
  if (!Number.isInteger(n)) invalid(path, 'must be a whole number', value);
  return readNumber(n, path, min, max);
}

/** Reads a non-empty string (an id, a grade). */
export function readId(value: unknown, path: IssuePath): string {
  if (typeof value !== 'string') invalid(path, value === undefined ? 'is required' : 'must be a string', value);
  if (value === '') invalid(path, 'must not be empty', value);
  return value;
}

/** Reads a grade and returns its index on `scale` (0 = best). */
export function gradeIndex(value: unknown, scale: readonly string[], path: IssuePath): number {
  const index = scale.indexOf(readId(value, path));
  if (index < 0) invalid(path, `must be one of the grades ${scale.join(', ')}`, value);
  return index;
}

/** Reads a grade scale (best first): non-empty, distinct grades. */
export function readGradeScale(value: unknown, path: IssuePath): readonly string[] {
  if (value === undefined) return DEFAULT_GRADES;
  if (!Array.isArray(value) || value.length === 0) invalid(path, 'must be a non-empty array of grades, best first', value);
  const seen = new Set<string>();
  value.forEach((grade, i) => {
    if (seen.has(readId(grade, [...path, i]))) invalid([...path, i], 'appears twice in the grade scale', grade);
    seen.add(grade as string);
  });
  return value as string[];
}

/** Rounds a plain number for display in a message (at most 4 decimals, no exponent). */
export function show(n: number): string {
  return String(Math.round(n * 1e4) / 1e4);
}

/**
 * Reads an options-like object: a plain object whose keys are all in `keys` (a misspelt key is an
 * error, as with the strict zod schemas).
 */
export function readStrict(value: unknown, path: IssuePath, keys: readonly string[]): Record<string, unknown> {
  if (!isObject(value)) invalid(path, 'must be an object', value);
  for (const key of Object.keys(value)) if (!keys.includes(key)) invalid([...path, key], 'is not a recognised option');
  return value;
}

/** `undefined` stays `undefined`; anything else is read by `read`. */
export function optional<T>(value: unknown, read: (v: unknown) => T): T | undefined {
  return value === undefined ? undefined : read(value);
}

/** Reads a string (any, empty included). */
export function readString(value: unknown, path: IssuePath): string {
  if (typeof value !== 'string') invalid(path, value === undefined ? 'is required' : 'must be a string', value);
  return value;
}

/** Reads a boolean. */
export function readBoolean(value: unknown, path: IssuePath): boolean {
  if (typeof value !== 'boolean') invalid(path, value === undefined ? 'is required' : 'must be a boolean', value);
  return value;
}

/** Reads one of `values`; `undefined` gives the first (the default). */
export function oneOf<T extends string>(value: unknown, values: readonly T[], path: IssuePath): T {
  if (value === undefined) return values[0] as T;
  if (!values.includes(value as T)) invalid(path, `must be one of ${values.map((v) => JSON.stringify(v)).join(', ')}`, value);
  return value as T;
}

/**
 * Reads an amount as a `Decimal`; with `sign`, also checks it is not negative (`'nonNegative'`)
 * or is greater than zero (`'positive'`), with the wording of the core's amount schemas.
 */
export function readAmount(value: unknown, path: IssuePath, sign?: 'nonNegative' | 'positive'): Decimal {
  const d = toDecimal(value, path);
  if (sign === 'nonNegative' && d.isNegative() && !d.isZero()) invalid(path, 'must not be negative', value);
  if (sign === 'positive' && !(d.isPositive() && !d.isZero())) invalid(path, 'must be greater than zero', value);
  return d;
}
