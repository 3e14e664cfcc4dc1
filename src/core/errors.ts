/**
 * The one error type of the library. Every function validates its input and throws a
 * `SalesOpsError` — never returns `NaN`, `Infinity` or a silently wrong figure — so callers can
 * match on a stable `code` and show `issues` next to the offending form fields.
 *
 * This file deliberately imports nothing: `import { SalesOpsError } from 'salesops-kit'` must
 * stay within a 2 kB bundle.
 */

/**
 * The stable error codes, shared by every module.
 *
 * @example
 * ```ts
 * import { ERROR_CODES } from 'salesops-kit';
 *
 * ERROR_CODES.includes('ZERO_WEIGHTS') //=> true
 * ```
 */
export const ERROR_CODES = [
  'INVALID_INPUT',
  'ZERO_WEIGHTS',
  'DUPLICATE_ID',
  'UNKNOWN_PARENT',
  'CYCLE',
  'INFEASIBLE_CONSTRAINTS',
  'NOT_CONVERGED',
  'NOT_RECIPROCAL',
  'INCONSISTENT_TOTALS',
] as const;

/** A stable, SCREAMING_SNAKE_CASE error code (see {@link ERROR_CODES}). */
export type SalesOpsErrorCode = (typeof ERROR_CODES)[number];

/** A path into the arguments of a call: the parameter name, then keys and array indices. */
export type IssuePath = Array<string | number>;

/** One problem found in the input: where it is, what kind it is, and what is wrong. */
export interface SalesOpsIssue {
  /** Where the offending value sits, starting with the parameter name, e.g. `['weights', 2]`. */
  path: IssuePath;
  /** The error code of this problem. */
  code: SalesOpsErrorCode;
  /** A sentence naming the path and the value, e.g. `weights[2]: must not be negative (got -1)`. */
  message: string;
}

/** The plain-object form of a {@link SalesOpsError}, as returned by `toJSON()`. */
export interface SalesOpsErrorJSON {
  /** Always `'SalesOpsError'`. */
  name: 'SalesOpsError';
  /** The stable error code. */
  code: SalesOpsErrorCode;
  /** The error message. */
  message: string;
  /** Every problem found. */
  issues: SalesOpsIssue[];
}

// A registry-wide symbol, so that two copies of the library (an ESM and a CJS build loaded side
// by side, or two bundles on one page) still recognise each other's errors.
const BRAND: unique symbol = Symbol.for('salesops-kit.SalesOpsError') as never;

/**
 * The error every function of the library throws on invalid input.
 *
 * `code` is stable across versions; `message` names the offending path and value; `issues`
 * lists every problem found (at least one). `instanceof SalesOpsError` works across copies of
 * the library; {@link isSalesOpsError} does the same as a type guard.
 *
 * @example
 * ```ts
 * import { SalesOpsError } from 'salesops-kit';
 *
 * const error = new SalesOpsError('INVALID_INPUT', [
 *   { path: ['weights', 2], code: 'INVALID_INPUT', message: 'weights[2]: must not be negative (got -1)' },
 * ]);
 * error.code //=> 'INVALID_INPUT'
 * error.message //=> 'weights[2]: must not be negative (got -1)'
 * error instanceof Error //=> true
 * ```
 */
export class SalesOpsError extends Error {
  /** The stable error code. */
  readonly code: SalesOpsErrorCode;
  /** Every problem found, each with its path. */
  readonly issues: SalesOpsIssue[];

  /**
   * @param code - the stable error code
   * @param issues - the problems found; the message is built from them
   */
  constructor(code: SalesOpsErrorCode, issues: SalesOpsIssue[]) {
    super(summarise(code, issues));
    this.name = 'SalesOpsError';
    this.code = code;
    this.issues = issues.length > 0 ? issues.map(copyIssue) : [{ path: [], code, message: this.message }];
  }

  /** @internal brand read by {@link isSalesOpsError}. */
  get [BRAND](): true {
    return true;
  }

  /** Recognises errors from any copy of the library. */
  static override [Symbol.hasInstance](value: unknown): boolean {
    return isSalesOpsError(value);
  }

  /**
   * The error as a plain object, for logs and for sending across a worker or network boundary.
   *
   * @returns `{ name, code, message, issues }`
   */
  toJSON(): SalesOpsErrorJSON {
    return { name: 'SalesOpsError', code: this.code, message: this.message, issues: this.issues.map(copyIssue) };
  }
}

function copyIssue(issue: SalesOpsIssue): SalesOpsIssue {
  return { path: [...issue.path], code: issue.code, message: issue.message };
}

function summarise(code: SalesOpsErrorCode, issues: SalesOpsIssue[]): string {
  const [first] = issues;
  if (first === undefined) return code;
  if (issues.length === 1) return first.message;
  return `${first.message} (and ${issues.length - 1} more problem${issues.length > 2 ? 's' : ''})`;
}

/**
 * Tells whether a value is a {@link SalesOpsError} (from this or any other copy of the library).
 *
 * @param value - anything caught
 * @returns `true` when `value` is a `SalesOpsError`; narrows its type
 *
 * @example
 * ```ts
 * import { isSalesOpsError, SalesOpsError } from 'salesops-kit';
 *
 * isSalesOpsError(new SalesOpsError('CYCLE', [])) //=> true
 * isSalesOpsError(new Error('boom')) //=> false
 * ```
 */
export function isSalesOpsError(value: unknown): value is SalesOpsError {
  return typeof value === 'object' && value !== null && (value as { [BRAND]?: unknown })[BRAND] === true;
}

/**
 * Formats a path the way a developer writes it: `plan.nodes[3].parentId`.
 * @internal
 */
export function formatPath(path: readonly (string | number)[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(key)) out += out === '' ? key : `.${key}`;
    else out += `[${JSON.stringify(key)}]`;
  }
  return out === '' ? 'input' : out;
}

/**
 * Describes a received value for an error message, briefly and without throwing.
 * @internal
 */
export function describeValue(value: unknown): string {
  switch (typeof value) {
    case 'undefined':
      return 'undefined';
    case 'number':
      return Object.is(value, -0) ? '-0' : String(value);
    case 'bigint':
      return `${value}n`;
    case 'boolean':
      return String(value);
    case 'string': {
      const text = JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
      return text;
    }
    case 'symbol':
      return value.toString();
    case 'function':
      return 'a function';
    default:
      break;
  }
  if (value === null) return 'null';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'Invalid Date' : `Date(${value.toISOString()})`;
  if (Array.isArray(value)) return `an array of ${value.length}`;
  const tag = (value as { toStringTag?: unknown }).toStringTag;
  if (tag === '[object Decimal]') return `Decimal(${String(value)})`;
  return 'an object';
}

/** Marks "no value to show" for {@link issue}. @internal */
export const NO_VALUE: unique symbol = Symbol('no value') as never;

/**
 * Builds one issue whose message names the path and (unless `NO_VALUE`) the received value.
 * @internal
 */
export function issue(code: SalesOpsErrorCode, path: IssuePath, problem: string, value: unknown = NO_VALUE): SalesOpsIssue {
  const got = value === NO_VALUE ? '' : ` (got ${describeValue(value)})`;
  return { path: [...path], code, message: `${formatPath(path)}: ${problem}${got}` };
}

/**
 * Throws a `SalesOpsError` with one issue. Returns `never`, so it can end an expression.
 * @internal
 */
export function fail(code: SalesOpsErrorCode, path: IssuePath, problem: string, value: unknown = NO_VALUE): never {
  throw new SalesOpsError(code, [issue(code, path, problem, value)]);
}

/** Shorthand for `fail('INVALID_INPUT', …)`. @internal */
export function invalid(path: IssuePath, problem: string, value: unknown = NO_VALUE): never {
  return fail('INVALID_INPUT', path, problem, value);
}
