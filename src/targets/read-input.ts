/**
 * Hand-written readers of the targets module's own shapes — a target, a SMART context, a
 * currency code — built on the core readers (`core/read.ts`, `core/read-shape.ts`) and worded
 * exactly as the exported zod schemas are worded through `parseInput`.
 *
 * Why not the schemas? Size and speed. zod's object machinery costs ~6 kB gzipped in a user's
 * bundle, which next to decimal.js would put a single `targetFromGrowth` import over the 20 kB
 * budget; and a planning tool checks every target of a plan at once (100,000 in our benchmark),
 * where a zod parse per target costs more than the SMART check itself. The exported schemas stay
 * the reference: `test/targets/read-input.test.ts` holds both routes to the same issues — paths,
 * messages and order — over the bad-value tables and over random structures.
 */
import {
  checkAmount,
  checkPositiveAmount,
  choice,
  invalid,
  issue,
  type IssuePath,
  type Issues,
  listOf,
  maybe,
  numberIn,
  objectOf,
  readIdInput,
  readNonNegativeAmount,
  readString,
  toDay,
  wholeIn,
} from '../core/index.js';
import { bandProblems, type SmartContext, type SmartThresholds } from './smart-context.js';
import type { SalesTarget } from './target.js';

const CURRENCY = /^[A-Z]{3}$/;

/** Reads an ISO 4217-shaped currency code (the module's `currencySchema`). @internal */
export function readCurrency(value: unknown, path: IssuePath): string {
  if (!CURRENCY.test(readString(value, path))) invalid(path, "must be an ISO 4217 currency code such as 'EUR'", value);
  return value as string;
}

const METRIC_KINDS = ['revenue', 'units', 'margin', 'newCustomers', 'orders', 'custom'] as const;

const TARGET_READER = /* @__PURE__ */ (() =>
  objectOf(
    {
      id: readIdInput,
      title: readString,
      metric: objectOf({ kind: choice(METRIC_KINDS), unit: maybe(readString), currency: maybe(readCurrency) }),
      value: checkAmount,
      baseline: maybe(checkAmount),
      scope: objectOf({
        owner: maybe(readString),
        region: maybe(readString),
        productLine: maybe(readString),
        customerGroup: maybe(readString),
        channel: maybe(readString),
      }),
      period: objectOf({ start: maybe(toDay), end: maybe(toDay) }),
      alignsTo: maybe(listOf(readIdInput)),
    },
    false,
  ))();

/**
 * Reads a target as {@link SalesTargetSchema} does (fields of the caller's own are allowed);
 * throws every problem at once. @internal
 */
export function readSalesTarget(value: unknown): SalesTarget {
  return TARGET_READER(value, ['target']) as unknown as SalesTarget;
}

const THRESHOLD_KEYS: ReadonlyArray<keyof SmartThresholds> = [
  'minTitleLength',
  'unrealisticBelow',
  'stretchBelow',
  'sandbaggedAbove',
  'maxMarketShare',
  'maxCapacityUse',
];

/**
 * The probability bands in order (see `bandProblems`). As in zod, a threshold that is not a
 * finite number (a problem already recorded) stops this check; one merely out of range does not.
 */
function checkBands(object: Record<string, unknown>, path: IssuePath, issues: Issues): void {
  for (const key of THRESHOLD_KEYS) if (object[key] !== undefined && !Number.isFinite(object[key])) return;
  const t = object as NonNullable<SmartContext['thresholds']>;
  for (const [key, problem] of bandProblems(t)) issues.push(issue('INVALID_INPUT', [...path, key], problem, t[key]));
}

const CONTEXT_READER = /* @__PURE__ */ (() =>
  objectOf({
    asOf: maybe(toDay),
    history: maybe(listOf(checkAmount)),
    marketSize: maybe(checkPositiveAmount),
    capacity: maybe(objectOf({ headcount: numberIn(0), productivityPerHead: readNonNegativeAmount })),
    objectives: maybe(listOf(readIdInput)),
    maxHorizonDays: maybe(wholeIn(1)),
    currency: maybe(readCurrency),
    genericWords: maybe(listOf(readString)),
    thresholds: maybe(
      objectOf(
        {
          minTitleLength: maybe(wholeIn(0)),
          unrealisticBelow: maybe(numberIn(0, 1)),
          stretchBelow: maybe(numberIn(0, 1)),
          sandbaggedAbove: maybe(numberIn(0, 1)),
          maxMarketShare: maybe(numberIn(0, 1)),
          maxCapacityUse: maybe(numberIn(0)),
        },
        true,
        checkBands,
      ),
    ),
  }))();

/**
 * Reads a context as {@link SmartContextSchema} does (strict: a misspelt option is an error);
 * throws every problem at once. @internal
 */
export function readSmartContext(value: unknown): SmartContext {
  return CONTEXT_READER(value, ['context']) as unknown as SmartContext;
}
