/**
 * Hand-written input readers of the targets module, built on the core readers (`core/read.ts`)
 * and worded exactly as the exported zod schemas are worded through `parseInput`.
 *
 * Why not the schemas? Size and speed. zod's object machinery costs ~6 kB gzipped in a user's
 * bundle, which next to decimal.js would put a single `targetFromGrowth` import over the 20 kB
 * budget; and a planning tool checks every target of a plan at once (100,000 in our benchmark),
 * where a zod parse per target costs more than the SMART check itself. The exported schemas stay
 * the reference: `test/targets/read-input.test.ts` holds both routes to the same issues — paths,
 * messages and order — over the bad-value tables and over random structures.
 *
 * What the core readers do not do, and this file adds, is what `parseInput` does: an argument's
 * problems are **all** reported at once, in the order zod finds them — an object's fields in the
 * schema's order, then its unrecognised keys, then its cross-field checks. {@link objectOf} and
 * {@link listOf} build such readers from the core's, declared once like a schema (so that reading
 * 100,000 targets creates no functions); {@link gather} turns each reader's throw into issues.
 */
import {
  amountToNumber,
  decimalProblem,
  type DecimalLike,
  invalid,
  isDecimalInstance,
  isSalesOpsError,
  issue,
  type IssuePath,
  oneOf,
  readArray,
  readId,
  readNumber,
  readObject,
  readString,
  SalesOpsError,
  type SalesOpsIssue,
  toDay,
} from '../core/index.js';
import { bandProblems, type SmartContext, type SmartThresholds } from './smart-context.js';
import type { SalesTarget } from './target.js';

/** Problems found so far in one argument. @internal */
export type Issues = SalesOpsIssue[];

/**
 * A reader in the core's style: returns the value read, or throws `INVALID_INPUT` at `path` (with
 * one issue, or several for one value). Readers never keep `path` (`issue` copies it), which lets
 * {@link objectOf} and {@link listOf} give every field of an object the same path array.
 * @internal
 */
export type Read = (value: unknown, path: IssuePath) => unknown;

/**
 * Runs a reader; when it throws a `SalesOpsError`, its issues are recorded and the result is
 * `undefined` — so one pass can go on and report every bad field. @internal
 */
export function gather<T>(issues: Issues, read: (value: unknown, path: IssuePath) => T, value: unknown, path: IssuePath): T | undefined {
  try {
    return read(value, path);
  } catch (error) {
    if (!isSalesOpsError(error)) throw error;
    issues.push(...error.issues);
    return undefined;
  }
}

/** Throws the problems found, if any, as one `INVALID_INPUT`. @internal */
export function throwIssues(issues: Issues): void {
  if (issues.length > 0) throw new SalesOpsError('INVALID_INPUT', issues);
}

/** A field of an object: its key, its reader, and whether it may be absent (`undefined`). @internal */
export type FieldSpec = readonly [key: string, read: Read, optional?: boolean];

/**
 * A reader of an object, as `z.looseObject` (`strict` false: keys of the caller's own are
 * ignored) or `z.strictObject` reads it: every field in order, then the unrecognised keys — one
 * at the key itself, several as one problem at the object — then `check` (a cross-field rule,
 * which records its problems in `issues`). Like zod, keys are listed with `for…in` and fields
 * read by property access, so an object with a prototype of its own is read the same way.
 * @internal
 */
export function objectOf(fields: readonly FieldSpec[], strict: boolean, check?: (object: Record<string, unknown>, path: IssuePath, issues: Issues) => void): Read {
  const keys = fields.map((field) => field[0]);
  return (value, path) => {
    const object = readObject(value, path);
    const issues: Issues = [];
    const at = [...path, '']; // the path of the field being read (see Read)
    for (const field of fields) {
      const v = object[field[0]];
      if (v === undefined && field[2] === true) continue;
      at[path.length] = field[0];
      gather(issues, field[1], v, at);
    }
    if (strict) {
      const extra: string[] = [];
      for (const key in object) if (!keys.includes(key)) extra.push(key);
      if (extra.length === 1) issues.push(issue('INVALID_INPUT', [...path, extra[0] as string], 'is not a recognised option'));
      else if (extra.length > 1) issues.push(issue('INVALID_INPUT', path, `has unrecognised options ${extra.map((k) => JSON.stringify(k)).join(', ')}`));
    }
    check?.(object, path, issues);
    throwIssues(issues);
    return object;
  };
}

/**
 * Whether zod's length check refuses `value` too: zod runs a schema's `minLength` on anything
 * with a `length`, so a value of the wrong type (a string given for a list, an empty array given
 * for an id) may also be told it is too short. We report what the schema reports.
 */
function zodTooShort(value: unknown, minLength: number): boolean {
  if (value === null || value === undefined) return false;
  const length = (value as { length?: unknown }).length;
  return length !== undefined && !((length as number) >= minLength);
}

/** A reader of an array (of at least `minLength` items, else the problem `tooShort`), each item read by `item`. @internal */
export function listOf(item: Read, minLength = 0, tooShort = ''): Read {
  return (value, path) => {
    if (minLength > 0 && !Array.isArray(value) && zodTooShort(value, minLength)) {
      throw new SalesOpsError('INVALID_INPUT', [issue('INVALID_INPUT', path, 'must be an array', value), issue('INVALID_INPUT', path, tooShort, value)]);
    }
    const list = readArray(value, path);
    const issues: Issues = [];
    if (list.length < minLength) issues.push(issue('INVALID_INPUT', path, tooShort, list));
    const at = [...path, 0]; // the path of the item being read (see Read)
    for (let i = 0; i < list.length; i += 1) {
      at[path.length] = i;
      gather(issues, item, list[i], at);
    }
    throwIssues(issues);
    return list;
  };
}

/**
 * Reads a whole number from `min` to `max`. As with the core's `integerSchema`, a fraction out of
 * range has two problems (`must be a whole number`, then the bound). @internal
 */
export function readWhole(value: unknown, path: IssuePath, min: number, max?: number): number {
  if (Number.isInteger(readNumber(value, path))) return readNumber(value, path, min, max);
  const issues: Issues = [issue('INVALID_INPUT', path, 'must be a whole number', value)];
  // `value`, not the number read (which is never -0), so that a -0 out of range shows as -0.
  gather(issues, (v, p) => readNumber(v, p, min, max), value, path);
  throw new SalesOpsError('INVALID_INPUT', issues);
}

/**
 * Reads an id (the core's `idSchema`); as zod does, an empty array is told both that it "must be
 * a string" and that it "must not be empty" (see `zodTooShort`).
 * @internal
 */
export function readIdInput(value: unknown, path: IssuePath): string {
  if (typeof value === 'string' || !zodTooShort(value, 1)) return readId(value, path);
  throw new SalesOpsError('INVALID_INPUT', [issue('INVALID_INPUT', path, 'must be a string', value), issue('INVALID_INPUT', path, 'must not be empty', value)]);
}

/** Reads a weight: a finite number, zero or more (the core's `weightSchema`). @internal */
export function readWeight(value: unknown, path: IssuePath): number {
  const n = readNumber(value, path);
  if (n < 0) invalid(path, 'must not be negative', value);
  return n;
}

/**
 * Reads an amount, without decimal.js; with `sign`, checks it as the core's `nonNegativeAmount`
 * and `positiveAmount` schemas do. As there, a string's sign is read from its text — `'-1e-400'`
 * is not negative (its value as a number is zero), `'1e-400'` is positive — and a `Decimal`'s
 * from the `Decimal`.
 * @internal
 */
export function readAmountInput(value: unknown, path: IssuePath, sign?: 'nonNegative' | 'positive'): void {
  // decimalProblem is what the core's amountToNumber checks, without reading the number: most
  // amounts here need no sign, and a plan has hundreds of thousands of them.
  const problem = decimalProblem(value);
  if (problem !== undefined) invalid(path, problem, value);
  if (sign === undefined) return;
  const n = amountToNumber(value, path);
  const decimal = isDecimalInstance(value) ? (value as DecimalLike & { isZero(): boolean; isNegative(): boolean; isPositive(): boolean }) : undefined;
  if (sign === 'nonNegative') {
    if (decimal ? decimal.isNegative() && !decimal.isZero() : n < 0) invalid(path, 'must not be negative', value);
    return;
  }
  const positive = decimal
    ? decimal.isPositive() && !decimal.isZero()
    : typeof value === 'number'
      ? value > 0
      : !(value as string).startsWith('-') && /[1-9]/.test((value as string).replace(/[eE].*$/, ''));
  if (!positive) invalid(path, 'must be greater than zero', value);
}

/** An amount of zero or more (the core's `nonNegativeAmount`). @internal */
export const readNonNegative: Read = (value, path) => readAmountInput(value, path, 'nonNegative');

/** A number of decimals (the core's `scaleSchema`). @internal */
export const readScale: Read = (value, path) => readWhole(value, path, 0, 20);

/** A share or probability from 0 to 1 (the core's `probabilitySchema`). @internal */
export const readShare: Read = (value, path) => readNumber(value, path, 0, 1);

/** A number of zero or more (the core's `numberSchema(0)`). @internal */
export const readNotNegative: Read = (value, path) => readNumber(value, path, 0);

const CURRENCY = /^[A-Z]{3}$/;

/** Reads an ISO 4217-shaped currency code (the module's `currencySchema`). @internal */
export function readCurrency(value: unknown, path: IssuePath): string {
  if (!CURRENCY.test(readString(value, path))) invalid(path, "must be an ISO 4217 currency code such as 'EUR'", value);
  return value as string;
}

const METRIC_KINDS = ['revenue', 'units', 'margin', 'newCustomers', 'orders', 'custom'] as const;

/** A metric kind; a missing one is told the choices, as z.enum tells it (the core's `oneOf` would default). */
function readKind(value: unknown, path: IssuePath): string {
  if (value === undefined) invalid(path, `must be one of ${METRIC_KINDS.map((k) => JSON.stringify(k)).join(', ')}`);
  return oneOf(value, METRIC_KINDS, path);
}

const TARGET_READER = /* @__PURE__ */ objectOf(
  [
    ['id', readIdInput],
    ['title', readString],
    [
      'metric',
      /* @__PURE__ */ objectOf(
        [
          ['kind', readKind],
          ['unit', readString, true],
          ['currency', readCurrency, true],
        ],
        true,
      ),
    ],
    ['value', readAmountInput],
    ['baseline', readAmountInput, true],
    [
      'scope',
      /* @__PURE__ */ objectOf(
        [
          ['owner', readString, true],
          ['region', readString, true],
          ['productLine', readString, true],
          ['customerGroup', readString, true],
          ['channel', readString, true],
        ],
        true,
      ),
    ],
    [
      'period',
      /* @__PURE__ */ objectOf(
        [
          ['start', toDay, true],
          ['end', toDay, true],
        ],
        true,
      ),
    ],
    ['alignsTo', /* @__PURE__ */ listOf(readIdInput), true],
  ],
  false,
);

/**
 * Reads a target as {@link SalesTargetSchema} does (fields of the caller's own are allowed);
 * throws every problem at once. @internal
 */
export function readSalesTarget(value: unknown): SalesTarget {
  return TARGET_READER(value, ['target']) as SalesTarget;
}

const THRESHOLD_KEYS: ReadonlyArray<keyof SmartThresholds> = ['minTitleLength', 'unrealisticBelow', 'stretchBelow', 'sandbaggedAbove', 'maxMarketShare', 'maxCapacityUse'];

/**
 * The probability bands in order (see `bandProblems`). As in zod, a threshold that is not a
 * finite number (a problem already recorded) stops this check; one merely out of range does not.
 */
function checkBands(object: Record<string, unknown>, path: IssuePath, issues: Issues): void {
  for (const key of THRESHOLD_KEYS) if (object[key] !== undefined && !Number.isFinite(object[key])) return;
  const t = object as NonNullable<SmartContext['thresholds']>;
  for (const [key, problem] of bandProblems(t)) issues.push(issue('INVALID_INPUT', [...path, key], problem, t[key]));
}

const CONTEXT_READER = /* @__PURE__ */ objectOf(
  [
    ['asOf', toDay, true],
    ['history', /* @__PURE__ */ listOf(readAmountInput), true],
    ['marketSize', (value, path) => readAmountInput(value, path, 'positive'), true],
    [
      'capacity',
      /* @__PURE__ */ objectOf(
        [
          ['headcount', readNotNegative],
          ['productivityPerHead', readNonNegative],
        ],
        true,
      ),
      true,
    ],
    ['objectives', /* @__PURE__ */ listOf(readIdInput), true],
    ['maxHorizonDays', (value, path) => readWhole(value, path, 1), true],
    ['currency', readCurrency, true],
    ['genericWords', /* @__PURE__ */ listOf(readString), true],
    [
      'thresholds',
      /* @__PURE__ */ objectOf(
        [
          ['minTitleLength', (value, path) => readWhole(value, path, 0), true],
          ['unrealisticBelow', readShare, true],
          ['stretchBelow', readShare, true],
          ['sandbaggedAbove', readShare, true],
          ['maxMarketShare', readShare, true],
          ['maxCapacityUse', readNotNegative, true],
        ],
        true,
        checkBands,
      ),
      true,
    ],
  ],
  true,
);

/**
 * Reads a context as {@link SmartContextSchema} does (strict: a misspelt option is an error);
 * throws every problem at once. @internal
 */
export function readSmartContext(value: unknown): SmartContext {
  return CONTEXT_READER(value, ['context']) as SmartContext;
}
