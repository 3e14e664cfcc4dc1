/**
 * Schema helpers on `zod/mini`, and the one place where zod's issues become a `SalesOpsError`.
 *
 * Every module describes its input with these building blocks and validates it with
 * {@link parseInput}, so that a bad amount is reported the same way — code `INVALID_INPUT`, the
 * path of the value, a sentence naming it — whichever function received it.
 *
 * Conventions: option objects are strict (a misspelt option is an error, not silently ignored);
 * records inside arrays (transactions, invoices, nodes) are loose, so callers may pass their own
 * richer objects.
 */
import * as z from 'zod/mini';
import { describeValue, formatPath, type IssuePath, SalesOpsError, type SalesOpsIssue } from './errors.js';
import { decimalProblem, isNegativeAmount, isPositiveAmount } from './amount-input.js';
import { isPlainRecord } from './read.js';
import type { DecimalInput } from './decimal.js';
import { dateProblem, type DateInput } from './dates.js';

/** A zod schema as accepted by the helpers here. @internal */
export type Schema<T = unknown> = z.ZodMiniType<T>;

/**
 * Validates `value` against `schema`; throws `INVALID_INPUT` listing every problem, each with
 * its full path (prefixed by `path`, usually the parameter name). Returns `value` itself — not a
 * copy — typed as the schema's output; our schemas never transform.
 * @internal
 */
export function parseInput<S extends z.ZodMiniType>(schema: S, value: unknown, path: IssuePath): z.output<S> {
  const result = schema.safeParse(value, { reportInput: true });
  if (result.success) return value as z.output<S>;
  throw new SalesOpsError(
    'INVALID_INPUT',
    result.error.issues.map((zodIssue) => toIssue(zodIssue, path)),
  );
}

type ZodIssue = z.core.$ZodIssue & { input?: unknown };

function toIssue(zodIssue: ZodIssue, prefix: IssuePath): SalesOpsIssue {
  let path: IssuePath = [...prefix, ...zodIssue.path.map((key) => (typeof key === 'symbol' ? String(key) : key))];
  let problem = explain(zodIssue);
  let shown: unknown = zodIssue.input;
  const hasInput = 'input' in zodIssue;
  if (zodIssue.code === 'unrecognized_keys') {
    // Point at the unknown key itself: that is the field the caller must fix.
    const keys = zodIssue.keys;
    if (keys.length === 1) path = [...path, keys[0] as string];
    problem =
      keys.length === 1 ? 'is not a recognised option' : `has unrecognised options ${keys.map((k) => JSON.stringify(k)).join(', ')}`;
    return { path, code: 'INVALID_INPUT', message: `${formatPath(path)}: ${problem}` };
  }
  if (!hasInput) shown = undefined;
  const discriminator = (zodIssue as { discriminator?: unknown }).discriminator;
  if (zodIssue.code === 'invalid_union' && typeof discriminator === 'string' && typeof shown === 'object' && shown !== null) {
    shown = (shown as Record<string, unknown>)[discriminator];
  }
  // A missing value is "required"; "(got undefined)" would add nothing (the readers agree).
  const got = shown === undefined ? '' : ` (got ${describeValue(shown)})`;
  return { path, code: 'INVALID_INPUT', message: `${formatPath(path)}: ${problem}${got}` };
}

const DEFAULT_MESSAGE = 'Invalid input';

function explain(zodIssue: ZodIssue): string {
  if (zodIssue.message !== DEFAULT_MESSAGE && zodIssue.message !== '') return zodIssue.message;
  switch (zodIssue.code) {
    case 'invalid_type':
      if (!('input' in zodIssue) || zodIssue.input === undefined) return 'is required';
      if (zodIssue.expected === 'number' && typeof zodIssue.input === 'number') {
        return Number.isNaN(zodIssue.input) ? 'must be a number, not NaN' : 'must be a finite number';
      }
      return `must be ${article(zodIssue.expected)}`;
    case 'too_small': {
      const bound = String(zodIssue.minimum);
      if (zodIssue.origin === 'array' || zodIssue.origin === 'set') return `must have at least ${bound} item${bound === '1' ? '' : 's'}`;
      if (zodIssue.origin === 'string') return bound === '1' ? 'must not be empty' : `must have at least ${bound} characters`;
      return zodIssue.inclusive ? `must be at least ${bound}` : `must be greater than ${bound}`;
    }
    case 'too_big': {
      const bound = String(zodIssue.maximum);
      if (zodIssue.origin === 'array' || zodIssue.origin === 'set') return `must have at most ${bound} items`;
      if (zodIssue.origin === 'string') return `must have at most ${bound} characters`;
      return zodIssue.inclusive ? `must be at most ${bound}` : `must be less than ${bound}`;
    }
    case 'invalid_value':
      return `must be ${zodIssue.values.length === 1 ? '' : 'one of '}${zodIssue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'invalid_union': {
      // A discriminated union whose discriminator matched no option: name the accepted values.
      const options = (zodIssue as { options?: unknown[] }).options;
      if (zodIssue.errors.length === 0) {
        return options && options.length > 0
          ? `must be one of ${options.map((v) => JSON.stringify(v)).join(', ')}`
          : 'does not match any accepted form';
      }
      const expected = zodIssue.errors
        .map((branch) => branch[0])
        .filter((first): first is z.core.$ZodIssueInvalidType => first?.code === 'invalid_type' && first.path.length === 0)
        .map((first) => first.expected);
      return expected.length === zodIssue.errors.length
        ? `must be ${expected.map(article).join(' or ')}`
        : 'does not match any accepted form';
    }
    case 'not_multiple_of':
      return `must be a multiple of ${String(zodIssue.divisor)}`;
    case 'invalid_format':
      return `must be a valid ${zodIssue.format}`;
    default:
      return 'is not valid';
  }
}

function article(type: string): string {
  if (type === 'int') return 'a whole number';
  if (type === 'array' || type === 'object') return `an ${type}`;
  return `a ${type}`;
}

/**
 * An amount: a finite number, a numeric string (`'1250.00'`) or a decimal.js `Decimal`, of
 * magnitude below 1e21. Rejects `NaN`, `±Infinity`, `''`, `'abc'` and `'1e999'`.
 *
 * @example
 * ```ts
 * import { DecimalInputSchema } from 'salesops-kit';
 *
 * DecimalInputSchema.safeParse('1250.00').success //=> true
 * DecimalInputSchema.safeParse('1e999').success //=> false
 * DecimalInputSchema.safeParse(Number.NaN).success //=> false
 * ```
 */
export const DecimalInputSchema: z.ZodMiniType<DecimalInput> = /* @__PURE__ */ (() =>
  z.custom<DecimalInput>((value) => decimalProblem(value) === undefined, {
    error: (iss) => decimalProblem(iss.input) ?? 'is not a valid amount',
  }))();

/**
 * A calendar date: a `'YYYY-MM-DD'` string naming a real day, or a valid `Date` (read in UTC).
 *
 * @example
 * ```ts
 * import { DateInputSchema } from 'salesops-kit';
 *
 * DateInputSchema.safeParse('2026-02-28').success //=> true
 * DateInputSchema.safeParse('2026-02-30').success //=> false
 * ```
 */
export const DateInputSchema: z.ZodMiniType<DateInput> = /* @__PURE__ */ (() =>
  z.custom<DateInput>((value) => dateProblem(value) === undefined, { error: (iss) => dateProblem(iss.input) ?? 'is not a valid date' }))();

/** An amount that must not be negative (its sign read as `isNegativeAmount` reads it). @internal */
export function nonNegativeAmount(): z.ZodMiniType<DecimalInput> {
  return z.custom<DecimalInput>((value) => decimalProblem(value) === undefined && !isNegativeAmount(value), {
    error: (iss) => decimalProblem(iss.input) ?? 'must not be negative',
  });
}

/** An amount that must be greater than zero (its sign read as `isPositiveAmount` reads it). @internal */
export function positiveAmount(): z.ZodMiniType<DecimalInput> {
  return z.custom<DecimalInput>((value) => decimalProblem(value) === undefined && isPositiveAmount(value), {
    error: (iss) => decimalProblem(iss.input) ?? 'must be greater than zero',
  });
}

/**
 * A record from ids to values. Unlike `z.record`, which skips a `'__proto__'` key (and so would
 * let its value through unchecked), every own key is validated, special ids included.
 * @internal
 */
export function recordSchema<T>(valueSchema: z.ZodMiniType<T>): z.ZodMiniType<Record<string, T>> {
  return z
    .custom<Record<string, T>>((value) => isPlainRecord(value), { error: 'must be an object' })
    .check(
      z.superRefine((record, ctx) => {
        for (const key of Object.keys(record)) {
          const result = valueSchema.safeParse(record[key], { reportInput: true });
          if (result.success) continue;
          for (const found of result.error.issues) {
            ctx.issues.push({ ...found, path: [key, ...found.path], input: (found as { input?: unknown }).input } as never);
          }
        }
      }),
    );
}

/** An identifier: a non-empty string. Any string is an ordinary id, `'__proto__'` included. @internal */
export function idSchema(): z.ZodMiniString<string> {
  return z.string().check(z.minLength(1, 'must not be empty'));
}

/** A weight: a finite number, zero or more. @internal */
export function weightSchema(): z.ZodMiniNumber<number> {
  return z.number().check(z.gte(0, 'must not be negative'));
}

/** A finite number within optional bounds (inclusive). @internal */
export function numberSchema(min?: number, max?: number): z.ZodMiniNumber<number> {
  const checks: Array<z.core.$ZodCheck<number>> = [];
  if (min !== undefined) checks.push(z.gte(min, `must be at least ${min}`));
  if (max !== undefined) checks.push(z.lte(max, `must be at most ${max}`));
  return checks.length === 0 ? z.number() : z.number().check(...checks);
}

/** A whole number within optional bounds (inclusive). @internal */
export function integerSchema(min?: number, max?: number): z.ZodMiniNumber<number> {
  const checks: Array<z.core.$ZodCheck<number>> = [z.refine((n: number) => Number.isInteger(n), 'must be a whole number')];
  if (min !== undefined) checks.push(z.gte(min, `must be at least ${min}`));
  if (max !== undefined) checks.push(z.lte(max, `must be at most ${max}`));
  return z.number().check(...checks);
}

/** A probability or share: a number from 0 to 1. @internal */
export function probabilitySchema(): z.ZodMiniNumber<number> {
  return numberSchema(0, 1);
}

/** The number of decimals of an amount output: a whole number from 0 to 20. @internal */
export function scaleSchema(): z.ZodMiniNumber<number> {
  return integerSchema(0, 20);
}
