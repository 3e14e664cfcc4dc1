/**
 * Hand-written checks that mirror {@link SalesTargetSchema} and {@link SmartContextSchema}.
 *
 * Why: a planning tool validates every target of a plan at once (100,000 in our benchmark), and
 * zod costs more than the whole SMART check. These predicates accept only what the schemas accept
 * (they are stricter where that is simpler: plain objects only). When one says no, the caller runs
 * the schema, which throws the full, readable `INVALID_INPUT`; so errors always come from zod, and
 * a value the predicates refuse but the schema accepts only costs time. `test/targets/read-input`
 * runs both over the same bad-value tables.
 */
import { decimalProblem, toDay, toDecimal } from '../core/index.js';
import { DEFAULT_SMART_THRESHOLDS, type SmartContext, type SmartThresholds } from './smart-context.js';
import type { SalesTarget } from './target.js';

const METRIC_KINDS = ['revenue', 'units', 'margin', 'newCustomers', 'orders', 'custom'];
const CURRENCY = /^[A-Z]{3}$/;

function isPlain(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

/** A plain object whose own keys are all among `keys`, each absent, `undefined` or accepted by `check`. */
function strict(value: unknown, keys: readonly string[], check: (key: string, v: unknown) => boolean): boolean {
  if (!isPlain(value)) return false;
  for (const key of Object.keys(value)) if (!keys.includes(key)) return false;
  for (const key of keys) {
    const v = value[key];
    if (v !== undefined && !check(key, v)) return false;
  }
  return true;
}

const isString = (v: unknown): v is string => typeof v === 'string';
const isId = (v: unknown): boolean => typeof v === 'string' && v.length > 0;
const isAmount = (v: unknown): boolean => decimalProblem(v) === undefined;
function isDate(v: unknown): boolean {
  // toDay accepts exactly what dateProblem accepts, and reads ISO strings without date-fns.
  try {
    toDay(v, []);
    return true;
  } catch {
    return false;
  }
}
const isCurrency = (v: unknown): boolean => typeof v === 'string' && CURRENCY.test(v);
const isNumber = (v: unknown, min: number, max = Number.POSITIVE_INFINITY): boolean =>
  typeof v === 'number' && Number.isFinite(v) && v >= min && v <= max;
const isList = (v: unknown, item: (x: unknown) => boolean): boolean => Array.isArray(v) && v.every(item);

/** Whether `value` is a target {@link SalesTargetSchema} accepts. @internal */
export function isSalesTarget(value: unknown): value is SalesTarget {
  if (!isPlain(value)) return false;
  const { id, title, metric, value: amount, baseline, scope, period, alignsTo } = value;
  return (
    isId(id) &&
    isString(title) &&
    isAmount(amount) &&
    (baseline === undefined || isAmount(baseline)) &&
    isPlain(metric) &&
    METRIC_KINDS.includes(metric['kind'] as string) &&
    strict(metric, ['kind', 'unit', 'currency'], (key, v) => key === 'kind' || (key === 'unit' ? isString(v) : isCurrency(v))) &&
    strict(scope, ['owner', 'region', 'productLine', 'customerGroup', 'channel'], (_, v) => isString(v)) &&
    strict(period, ['start', 'end'], (_, v) => isDate(v)) &&
    (alignsTo === undefined || isList(alignsTo, isId))
  );
}

const THRESHOLD_LIMITS: Record<keyof SmartThresholds, [number, number]> = {
  minTitleLength: [0, Number.POSITIVE_INFINITY],
  unrealisticBelow: [0, 1],
  stretchBelow: [0, 1],
  sandbaggedAbove: [0, 1],
  maxMarketShare: [0, 1],
  maxCapacityUse: [0, Number.POSITIVE_INFINITY],
};

const THRESHOLD_KEYS = /* @__PURE__ */ Object.keys(THRESHOLD_LIMITS);

function isThresholds(value: unknown): boolean {
  return (
    strict(value, THRESHOLD_KEYS, (key, v) => {
      const [min, max] = THRESHOLD_LIMITS[key as keyof SmartThresholds];
      return isNumber(v, min, max) && (key !== 'minTitleLength' || Number.isInteger(v));
    }) && bandsInOrder(value as NonNullable<SmartContext['thresholds']>)
  );
}

function bandsInOrder(t: NonNullable<SmartContext['thresholds']>): boolean {
  const d = DEFAULT_SMART_THRESHOLDS;
  const low = t.unrealisticBelow ?? d.unrealisticBelow;
  const stretch = t.stretchBelow ?? d.stretchBelow;
  return low <= stretch && stretch <= (t.sandbaggedAbove ?? d.sandbaggedAbove);
}

const CONTEXT_CHECKS: Record<keyof SmartContext, (v: unknown) => boolean> = {
  asOf: isDate,
  history: (v) => isList(v, isAmount),
  marketSize: (v) => isAmount(v) && toDecimal(v, []).gt(0),
  capacity: (v) =>
    strict(v, ['headcount', 'productivityPerHead'], (key, x) =>
      key === 'headcount' ? isNumber(x, 0) : isAmount(x) && !toDecimal(x, []).isNegative(),
    ) && (v as Record<string, unknown>)['headcount'] !== undefined && (v as Record<string, unknown>)['productivityPerHead'] !== undefined,
  objectives: (v) => isList(v, isId),
  maxHorizonDays: (v) => isNumber(v, 1) && Number.isInteger(v),
  currency: isCurrency,
  genericWords: (v) => isList(v, isString),
  thresholds: isThresholds,
};

const CONTEXT_KEYS = /* @__PURE__ */ Object.keys(CONTEXT_CHECKS);

/** Whether `value` is a context {@link SmartContextSchema} accepts. @internal */
export function isSmartContext(value: unknown): value is SmartContext {
  return strict(value, CONTEXT_KEYS, (key, v) => CONTEXT_CHECKS[key as keyof SmartContext](v));
}
