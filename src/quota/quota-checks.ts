/**
 * Hand-written input checks for `allocate` and `decomposeQuota`.
 *
 * Why not the zod schemas? Speed and size: checking 100,000 plan nodes through a schema takes
 * about 100 ms (the whole decomposition takes less), and pulling zod's object machinery into a
 * bundle costs ~5 kB gzipped, which would put a single `decomposeQuota` import over the 20 kB
 * budget. The exported schemas stay the reference: these checks give the same paths and the
 * same messages, and the test suites hold both to that.
 */
import { decimalProblem, type Decimal, describeValue, formatPath, type IssuePath, type SalesOpsIssue } from '../core/index.js';
import { BASIS_KEYS, BASIS_PROBLEM } from './quota-basis.js';

/** Problems found so far; thrown together as one `INVALID_INPUT`. @internal */
export type Issues = SalesOpsIssue[];

/** Records a problem, showing the value (even `undefined`) the way the schemas do. @internal */
export function report(issues: Issues, path: IssuePath, problem: string, value: unknown): void {
  issues.push({ path, code: 'INVALID_INPUT', message: `${formatPath(path)}: ${problem} (got ${describeValue(value)})` });
}

/** A plain object (not null, not an array). @internal */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Checks that `value` is an object — with no keys but `allowed`, when given (a misspelt option is
 * an error).
 * Returns false, with the problem recorded, when it is not an object at all.
 * @internal
 */
export function checkObject(issues: Issues, value: unknown, path: IssuePath, allowed?: readonly string[]): value is Record<string, unknown> {
  if (!isRecord(value)) {
    report(issues, path, value === undefined ? 'is required' : 'must be an object', value);
    return false;
  }
  if (allowed === undefined) return true; // a record the caller may enrich: extra keys are fine
  const extra = Object.keys(value).filter((key) => !allowed.includes(key));
  if (extra.length === 1) issues.push({ path: [...path, extra[0] as string], code: 'INVALID_INPUT', message: `${formatPath([...path, extra[0] as string])}: is not a recognised option` });
  else if (extra.length > 1) issues.push({ path, code: 'INVALID_INPUT', message: `${formatPath(path)}: has unrecognised options ${extra.map((k) => JSON.stringify(k)).join(', ')}` });
  return true;
}

/**
 * Why `value` is not a finite number from `min` to `max` (whole with `integer`), in the core
 * schemas' words; `undefined` when it is one. `low` is the message below `min`.
 * @internal
 */
export function numberIssue(value: unknown, min: number, max = Infinity, integer = false, low = `must be at least ${min}`): string | undefined {
  if (typeof value !== 'number') return value === undefined ? 'is required' : 'must be a number';
  if (Number.isNaN(value)) return 'must be a number, not NaN';
  if (!Number.isFinite(value)) return 'must be a finite number';
  if (integer && !Number.isInteger(value)) return 'must be a whole number';
  if (value < min) return low;
  return value > max ? `must be at most ${max}` : undefined;
}

/** A weight: a finite number, zero or more (the core's `weightSchema`). @internal */
export const weightIssue = (value: unknown): string | undefined => numberIssue(value, 0, Infinity, false, 'must not be negative');

/** A decimal count of decimals: a whole number from 0 to 20 (the core's `scaleSchema`). @internal */
export const scaleIssue = (value: unknown): string | undefined => numberIssue(value, 0, 20, true);

/** Why `value` is not an amount of zero or more (the core's `nonNegativeAmount`). @internal */
export function amountIssue(value: unknown): string | undefined {
  const problem = decimalProblem(value);
  if (problem !== undefined) return problem;
  const negative = typeof value === 'object' ? (value as Decimal).isNegative() && !(value as Decimal).isZero() : Number(value) < 0;
  return negative ? 'must not be negative' : undefined;
}

/** Why `value` is not an id (with `optional`, `null` and `undefined` pass too). @internal */
export function idIssue(value: unknown, optional: boolean): string | undefined {
  if (typeof value === 'string') return value === '' ? 'must not be empty' : undefined;
  if (optional && (value === undefined || value === null)) return undefined;
  return value === undefined ? 'is required' : 'must be a string';
}

/** Checks a basis (`QuotaBasisSchema`'s rules); returns whether it is valid. @internal */
export function checkBasis(issues: Issues, value: unknown, path: IssuePath): boolean {
  const before = issues.length;
  if (typeof value === 'string' ? !(BASIS_KEYS as readonly string[]).includes(value) : !isRecord(value)) report(issues, path, BASIS_PROBLEM, value);
  else if (typeof value !== 'string' && checkObject(issues, value, path, BASIS_KEYS)) {
    for (const key of BASIS_KEYS) {
      const c = value[key];
      const problem = c === undefined ? undefined : weightIssue(c);
      if (problem !== undefined) report(issues, [...path, key], problem, c);
    }
  }
  return issues.length === before;
}

/**
 * Checks a list of records `{ id, parentId?, [amountKey] }` (extra keys allowed). `amountKey`
 * is a non-negative amount, required or optional. Returns the list, or `[]` when it is not a
 * (non-empty, with `nonEmpty`) array.
 * @internal
 */
export function checkRecords(
  issues: Issues,
  list: unknown,
  path: IssuePath,
  options: { parent: boolean; amountKey: string; amountRequired: boolean; nonEmpty: boolean },
): Array<Record<string, unknown>> {
  if (!Array.isArray(list) || (options.nonEmpty && list.length === 0)) {
    report(issues, path, Array.isArray(list) ? 'must have at least 1 item' : list === undefined ? 'is required' : 'must be an array', list);
    return [];
  }
  list.forEach((item: unknown, i) => {
    if (!checkObject(issues, item, [...path, i])) return;
    const problems: Array<[string, string | undefined]> = [['id', idIssue(item.id, false)]];
    if (options.parent) problems.push(['parentId', idIssue(item.parentId, true)]);
    const amount = item[options.amountKey];
    if (amount !== undefined || options.amountRequired) problems.push([options.amountKey, amountIssue(amount)]);
    for (const [key, problem] of problems) if (problem !== undefined) report(issues, [...path, i, key], problem, item[key]);
  });
  return list as Array<Record<string, unknown>>;
}

/** Reads an optional `scale` (default 2), recording a problem at `path`. @internal */
export function readScale(issues: Issues, value: unknown, path: IssuePath): number {
  if (value === undefined) return 2;
  const problem = scaleIssue(value);
  if (problem === undefined) return value as number;
  report(issues, path, problem, value);
  return 2;
}
