/**
 * Readers in the shape of a zod schema, which report **every** problem of an argument at once, as
 * `parseInput` does, in the order zod finds them and in its words — so that a function can
 * validate without zod at run time (zod's object machinery costs ~6 kB gzipped in a user's bundle,
 * and a zod parse per record costs more than the work on a big input) while its exported zod
 * schema stays the reference. Each module tests that its readers and its schemas report the same
 * issues (`test/helpers/schema-agreement.ts`).
 *
 * A reader ({@link Read}) is what the core readers of `read.ts` already are: it returns the value
 * read or throws `INVALID_INPUT` at `path`. A reader built here — {@link objectOf},
 * {@link listOf} — runs the readers of the parts through {@link gather}, which records what each
 * throws and goes on, and then throws all of it together; declared once, like a schema, at module
 * level, so that reading 100,000 records creates no functions.
 *
 * The core readers stop at the first problem of a value. zod sometimes reports two for one value;
 * the readers here that say so are {@link readWhole} (a fraction out of range), {@link readIdInput}
 * (`[]` given as an id) and {@link listOf} (a string given for a list that must not be empty).
 */
import { invalid, type IssuePath, isSalesOpsError, issue, SalesOpsError, type SalesOpsIssue } from './errors.js';
import { MAX_SCALE, oneOf, readArray, readId, readNumber, readObject } from './read.js';

/** Problems found so far, to be thrown together as one `INVALID_INPUT`. @internal */
export type Issues = SalesOpsIssue[];

/**
 * A reader: returns the value read, or throws `INVALID_INPUT` at `path` (with one issue, or
 * several for one value) — as the core readers of `read.ts` do.
 * @internal
 */
export type Read<T = unknown> = (value: unknown, path: IssuePath) => T;

/**
 * Runs `read`; when it throws a `SalesOpsError`, its issues are added to `issues` and the result
 * is `undefined` — so one pass can go on and report every bad field. Anything else thrown is a
 * bug, and is thrown on.
 * @internal
 */
export function gather<T>(issues: Issues, read: Read<T>, value: unknown, path: IssuePath): T | undefined {
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

/** Whether `read` finds no problem with `value`, recording those it finds in `issues`. @internal */
export function passes(issues: Issues, read: Read, value: unknown, path: IssuePath): boolean {
  const before = issues.length;
  gather(issues, read, value, path);
  return issues.length === before;
}

/**
 * Reads a function's arguments — each a value, its parameter name and its reader — and throws
 * every problem found in any of them at once. @internal
 */
export function checkArguments(...args: ReadonlyArray<readonly [value: unknown, name: string, read: Read]>): void {
  const issues: Issues = [];
  for (const [value, name, read] of args) gather(issues, read, value, [name]);
  throwIssues(issues);
}

/** `read` for a value that may be absent (`z.optional`): `undefined` passes. @internal */
export function maybe<T>(read: Read<T>): Read<T | undefined> {
  return (value, path) => (value === undefined ? undefined : read(value, path));
}

/** `read` for a value that may be absent or `null` (`z.optional(z.nullable(…))`). @internal */
export function maybeNull<T>(read: Read<T>): Read<T | null | undefined> {
  return (value, path) => (value === undefined || value === null ? value : read(value, path));
}

/**
 * One of `values`, which must be given (`z.enum`): unlike the core's `oneOf`, which gives a
 * default, a missing value is told the choices. @internal
 */
export function choice<T extends string>(values: readonly T[]): Read<T> {
  return (value, path) =>
    value === undefined
      ? invalid(path, `must be ${values.length === 1 ? '' : 'one of '}${values.map((v) => JSON.stringify(v)).join(', ')}`)
      : oneOf(value, values, path);
}

/** A finite number within optional inclusive bounds (`numberSchema(min, max)`). @internal */
export function numberIn(min?: number, max?: number): Read<number> {
  return (value, path) => readNumber(value, path, min, max);
}

/** A whole number within optional inclusive bounds (`integerSchema(min, max)`), see {@link readWhole}. @internal */
export function wholeIn(min?: number, max?: number): Read<number> {
  return (value, path) => readWhole(value, path, min, max);
}

/**
 * A reader of an object, as `z.strictObject` (`strict`, the default) or `z.looseObject` (keys of
 * the caller's own are ignored) reads it: every field in the order of `fields`, then the
 * unrecognised keys — one at the key itself, several as one problem at the object — then `check`
 * (a cross-field rule, which records its problems in `issues`). Like zod, it lists keys with
 * `for…in` and reads fields by property access, so an object with a prototype of its own is read
 * the same way. Returns the object itself.
 * @internal
 */
export function objectOf(
  fields: Readonly<Record<string, Read>>,
  strict = true,
  check?: (object: Record<string, unknown>, path: IssuePath, issues: Issues) => void,
): Read<Record<string, unknown>> {
  const keys = Object.keys(fields);
  return (value, path) => {
    const object = readObject(value, path);
    const issues: Issues = [];
    for (const key of keys) gather(issues, fields[key] as Read, object[key], [...path, key]);
    const extra: string[] = [];
    if (strict) for (const key in object) if (!keys.includes(key)) extra.push(key);
    if (extra.length === 1) issues.push(issue('INVALID_INPUT', [...path, extra[0] as string], 'is not a recognised option'));
    if (extra.length > 1)
      issues.push(issue('INVALID_INPUT', path, `has unrecognised options ${extra.map((k) => JSON.stringify(k)).join(', ')}`));
    check?.(object, path, issues);
    throwIssues(issues);
    return object;
  };
}

/**
 * Whether zod's length check refuses `value`: zod runs a schema's `minLength` on anything with a
 * `length`, so a value of the wrong type (a string given for a list, an empty array given for an
 * id) may also be told it is too short. We report what the schema reports.
 */
function tooShort(value: unknown, minLength: number): boolean {
  const length = (value as { length?: unknown } | null | undefined)?.length;
  return length !== undefined && !((length as number) >= minLength);
}

/**
 * A reader of an array (`z.array(…)`), each item read by `item` — by index, so a hole in a sparse
 * array is a missing item, as for zod — and, with `minLength`, at least that many items (else the
 * problem `short`, the schema's message, after the items' problems, as zod reports it). Returns
 * the array itself.
 * @internal
 */
export function listOf(item: Read, minLength = 0, short = ''): Read<unknown[]> {
  return (value, path) => {
    const issues: Issues = [];
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i += 1) gather(issues, item, value[i], [...path, i]);
    } else gather(issues, readArray, value, path);
    if (minLength > 0 && tooShort(value, minLength)) issues.push(issue('INVALID_INPUT', path, short, value));
    throwIssues(issues);
    return value as unknown[];
  };
}

/**
 * Reads a whole number within optional inclusive bounds, as the core's `integerSchema` reports it
 * through `parseInput`: a fraction out of range has two problems (`must be a whole number`, then
 * the bound). (The core's `readInteger` stops at the first.)
 * @internal
 */
export function readWhole(value: unknown, path: IssuePath, min?: number, max?: number): number {
  const n = readNumber(value, path);
  // `value`, not `n` (which is never -0), so that a -0 out of range shows as -0.
  if (Number.isInteger(n)) return readNumber(value, path, min, max);
  const issues: Issues = [issue('INVALID_INPUT', path, 'must be a whole number', value)];
  gather(issues, (v, p) => readNumber(v, p, min, max), value, path);
  throw new SalesOpsError('INVALID_INPUT', issues);
}

/**
 * Reads a number of decimals, a whole number from 0 to 20 (the core's `scaleSchema`, see
 * {@link readWhole}), or `fallback` when absent.
 * @internal
 */
export function readScale(value: unknown, path: IssuePath, fallback = 2): number {
  return value === undefined ? fallback : readWhole(value, path, 0, MAX_SCALE);
}

/**
 * Reads an id (the core's `idSchema`) as `parseInput` reports it: as zod does, an empty array is
 * told both that it "must be a string" and that it "must not be empty". (The core's `readId`
 * stops at the first.)
 * @internal
 */
export function readIdInput(value: unknown, path: IssuePath): string {
  const issues: Issues = [];
  const id = gather(issues, readId, value, path);
  if (typeof value !== 'string' && tooShort(value, 1)) issues.push(issue('INVALID_INPUT', path, 'must not be empty', value));
  throwIssues(issues);
  return id as string;
}
