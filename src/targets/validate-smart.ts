/**
 * The SMART check a planning tool runs on a target before it is approved.
 *
 * A malformed target (wrong types, an amount that is not a number, a date that is not a date)
 * throws; a well-formed target never does, however weak it is as a target — every weakness is a
 * finding with a stable code, so a form can show them all at once.
 */
import {
  compareAmounts,
  compareExact,
  type DecimalInput,
  type DecimalLike,
  divideToNumber,
  exact,
  exactText,
  formatDay,
  times,
  toDay,
} from '../core/index.js';
import { growthRates, growthStatistics, probabilityOfReaching, round12, stanceOf } from './achievability.js';
import {
  DEFAULT_MAX_HORIZON_DAYS,
  DEFAULT_SMART_THRESHOLDS,
  GENERIC_TITLE_WORDS,
  type SmartContext,
  type SmartThresholds,
} from './smart-context.js';
import type { Achievability, FindingSeverity, SmartCriterion, SmartFindingCode, SmartReport } from './smart-report.js';
import { readSalesTarget, readSmartContext } from './read-input.js';
import type { SalesTarget } from './target.js';

const CRITERIA: readonly SmartCriterion[] = ['specific', 'measurable', 'achievable', 'relevant', 'timeBound'];
const SCOPE_FIELDS = ['owner', 'region', 'productLine', 'customerGroup', 'channel'] as const;
const GENERIC_WORDS: ReadonlySet<string> = /* @__PURE__ */ new Set(GENERIC_TITLE_WORDS);

/** The optional figures of a report, filled in by the achievability checks. */
type Extras = Pick<SmartReport, 'achievability' | 'marketShare' | 'capacityUse'>;

type Add = (
  criterion: SmartCriterion,
  code: SmartFindingCode,
  severity: FindingSeverity,
  message: string,
  path?: Array<string | number>,
) => void;

/**
 * Checks a sales target against the SMART criteria — specific, measurable, achievable, relevant,
 * time-bound — and explains every finding.
 *
 * Rules (thresholds in `context.thresholds`, defaults in {@link DEFAULT_SMART_THRESHOLDS}; every
 * code is listed in the targets guide):
 * - **Specific**: a title of at least `minTitleLength` (10) characters (`TITLE_MISSING`,
 *   `TITLE_TOO_SHORT`); a title made only of generic words is a warning (`GENERIC_TITLE`); a
 *   `custom` metric names its unit (`METRIC_NOT_CONCRETE`); at least one scope field (`SCOPE_MISSING`).
 * - **Measurable**: a value above zero (`VALUE_NOT_POSITIVE`); a currency for revenue, a currency
 *   or unit for margin and custom metrics (`CURRENCY_MISSING`, `UNIT_MISSING`); a baseline, else
 *   a warning (`BASELINE_MISSING`).
 * - **Achievable**: with `history`, the growth needed over the baseline (or the last actual)
 *   against the mean and sample standard deviation of past period-over-period growth, and the
 *   probability of reaching it under a normal model; the stance `unrealistic` (p < 0.1) fails,
 *   `sandbagged` (p > 0.9) warns, and so does a value below the baseline (`BELOW_BASELINE`);
 *   with `marketSize`, more than `maxMarketShare` (50 %) of the market fails; with `capacity`,
 *   more than `maxCapacityUse` (100 %) of headcount × productivity fails. Without any of these,
 *   an info `ACHIEVABILITY_NOT_ASSESSED`.
 * - **Relevant**: `alignsTo` is not empty (`NOT_ALIGNED`); with `objectives`, each id is known
 *   (`UNKNOWN_OBJECTIVE`).
 * - **Time-bound**: a start and an end (`START_MISSING`, `END_MISSING`), the end after the start
 *   (`END_NOT_AFTER_START`) and after `asOf` (`END_NOT_AFTER_AS_OF`), at most `maxHorizonDays`
 *   (1098) days from start to end inclusive (`HORIZON_TOO_LONG`).
 *
 * @param target - the target to check (see {@link SalesTargetSchema} for what is malformed)
 * @param context - what else is known: `asOf`, `history`, `marketSize`, `capacity`, `objectives`,
 *   `maxHorizonDays`, `currency`, `genericWords`, `thresholds` (all optional)
 * @returns the five criteria with their findings, `passed` when all pass, and the achievability
 *   figures when the history allows them
 * @throws {@link SalesOpsError} INVALID_INPUT when the target or the context is malformed (the
 *   path names the field, e.g. `target.value` or `context.history[2]`), or when the probability
 *   thresholds are out of order
 *
 * @example
 * ```ts
 * import { validateSmartTarget } from 'salesops-kit/targets';
 *
 * const target = {
 *   id: 'nordics-2026',
 *   title: 'Grow Widget Pro revenue in the Nordics',
 *   metric: { kind: 'revenue' as const, currency: 'EUR' },
 *   value: '1080000',
 *   baseline: '1000000',
 *   scope: { region: 'Nordics', productLine: 'Widget Pro' },
 *   period: { start: '2026-01-01', end: '2026-12-31' },
 *   alignsTo: ['grow-nordics'],
 * };
 * const report = validateSmartTarget(target, {
 *   asOf: '2025-11-15',
 *   history: ['800000', '880000', '920000', '1000000'],
 *   objectives: ['grow-nordics'],
 * });
 * report.passed //=> true
 * report.achievability //=> { requiredGrowth: 0.08, historicalMeanGrowth: 0.077470, historicalVolatility: 0.028483,
 * //   probability: 0.464616, stance: 'realistic', basis: 'baseline', growthRates: [0.1, 0.045455, 0.086957] }
 * report.criteria.achievable.findings[0]?.message
 * //=> 'Realistic: the target needs 8.0 % growth over the baseline; past growth averaged 7.7 % (volatility 2.8 %), a 46.5 % chance.'
 * ```
 */
export function validateSmartTarget(target: SalesTarget, context: SmartContext = {}): SmartReport {
  const t = readSalesTarget(target);
  const c = readSmartContext(context);
  let th: SmartThresholds = DEFAULT_SMART_THRESHOLDS;
  if (c.thresholds !== undefined) {
    th = { ...th };
    for (const key of Object.keys(th) as Array<keyof SmartThresholds>) th[key] = c.thresholds[key] ?? th[key];
  }

  const criteria: SmartReport['criteria'] = {
    specific: { passed: true, findings: [] },
    measurable: { passed: true, findings: [] },
    achievable: { passed: true, findings: [] },
    relevant: { passed: true, findings: [] },
    timeBound: { passed: true, findings: [] },
  };
  const add: Add = (criterion, code, severity, message, path) => {
    const result = criteria[criterion];
    result.findings.push(path === undefined ? { criterion, code, severity, message } : { criterion, code, severity, message, path });
    if (severity === 'error') result.passed = false;
  };
  const report: Extras = {};

  checkSpecific(t, c, th, add);
  checkMeasurable(t, add);
  checkAchievable(t, c, th, add, report);
  checkRelevant(t, c, add);
  checkTimeBound(t, c, add);

  const passed = CRITERIA.every((criterion) => criteria[criterion].passed);
  return { targetId: t.id, passed, criteria, ...report };
}

function blank(text: string | undefined): boolean {
  return text === undefined || text.trim() === '';
}

/** A percentage for messages: 0.125 → "12.5 %". */
function pct(x: number): string {
  const text = (x * 100).toFixed(1);
  return `${text === '-0.0' ? '0.0' : text} %`;
}

/** An amount for messages, as written in decimals. */
function amount(x: DecimalInput): string {
  return exactText(exact(x));
}

/** The nearest double of an (already validated) amount, for growth statistics and quick comparisons. */
function toNumber(x: DecimalInput): number {
  return typeof x === 'number' ? x : Number(typeof x === 'string' ? x : (x as DecimalLike).toString());
}

/** Whether every word of a title is generic (letters and digits of any script make words). */
function isGeneric(title: string, generic: ReadonlySet<string>): boolean {
  const words = /[\p{L}\p{N}]+/gu;
  const lower = title.toLowerCase();
  for (let match = words.exec(lower); match !== null; match = words.exec(lower)) {
    if (!generic.has(match[0])) return false;
  }
  return true;
}

function checkSpecific(t: SalesTarget, c: SmartContext, th: SmartThresholds, add: Add): void {
  const title = t.title.trim();
  let length = 0;
  // Characters are code points: an emoji counts once.
  for (let i = 0; i < title.length; i += 1) if ((title.charCodeAt(i) & 0xfc00) !== 0xdc00) length += 1;
  if (length === 0) {
    add('specific', 'TITLE_MISSING', 'error', 'The target has no title.', ['target', 'title']);
  } else {
    if (length < th.minTitleLength) {
      add(
        'specific',
        'TITLE_TOO_SHORT',
        'error',
        `The title "${title}" is too short to say what is targeted (${length} characters; at least ${th.minTitleLength}).`,
        ['target', 'title'],
      );
    }
    const generic = c.genericWords === undefined ? GENERIC_WORDS : new Set(c.genericWords.map((w) => w.toLowerCase()));
    if (isGeneric(title, generic)) {
      add('specific', 'GENERIC_TITLE', 'warning', `The title "${title}" is generic: say what, where or for whom.`, ['target', 'title']);
    }
  }
  if (t.metric.kind === 'custom' && blank(t.metric.unit)) {
    add('specific', 'METRIC_NOT_CONCRETE', 'error', "A custom metric must say what it counts: give its unit, e.g. 'demos booked'.", [
      'target',
      'metric',
      'unit',
    ]);
  }
  if (SCOPE_FIELDS.every((field) => blank(t.scope[field]))) {
    add('specific', 'SCOPE_MISSING', 'error', 'The target has no scope: give an owner, region, product line, customer group or channel.', [
      'target',
      'scope',
    ]);
  }
}

function checkMeasurable(t: SalesTarget, add: Add): void {
  if (compareAmounts(t.value, 0) <= 0) {
    add('measurable', 'VALUE_NOT_POSITIVE', 'error', `The target value must be above zero (got ${amount(t.value)}).`, ['target', 'value']);
  }
  const { kind, currency } = t.metric;
  const hasUnit = !blank(t.metric.unit);
  if (currency === undefined && (kind === 'revenue' || (kind === 'margin' && !hasUnit))) {
    add(
      'measurable',
      'CURRENCY_MISSING',
      'error',
      `A ${kind} target needs a currency, e.g. 'EUR'${kind === 'margin' ? ", or a unit such as '%'" : ''}.`,
      ['target', 'metric', 'currency'],
    );
  }
  if (kind === 'custom' && !hasUnit && currency === undefined) {
    add('measurable', 'UNIT_MISSING', 'error', 'A custom metric needs a unit or a currency to be measured in.', [
      'target',
      'metric',
      'unit',
    ]);
  }
  if (t.baseline === undefined) {
    add('measurable', 'BASELINE_MISSING', 'warning', 'There is no baseline, so progress cannot be compared with the previous period.', [
      'target',
      'baseline',
    ]);
  }
}

function checkAchievable(t: SalesTarget, c: SmartContext, th: SmartThresholds, add: Add, report: Extras): void {
  const belowBaseline = t.baseline !== undefined && compareAmounts(t.value, t.baseline) < 0;
  if (belowBaseline) {
    add(
      'achievable',
      'BELOW_BASELINE',
      'warning',
      `The target (${amount(t.value)}) is below the baseline (${amount(t.baseline as DecimalInput)}): it asks for less than the previous period.`,
      ['target', 'value'],
    );
  }
  const { history, marketSize, capacity } = c;
  if (history === undefined && marketSize === undefined && capacity === undefined) {
    add(
      'achievable',
      'ACHIEVABILITY_NOT_ASSESSED',
      'info',
      'Achievability was not assessed: give the history of actuals, the market size or the team capacity.',
    );
    return;
  }
  const currency = t.metric.currency;
  if (c.currency !== undefined && currency !== undefined && c.currency !== currency) {
    add(
      'achievable',
      'CURRENCY_MISMATCH',
      'error',
      `The target is in ${currency} but the history, market and capacity figures are in ${c.currency}; they were not compared.`,
      ['context', 'currency'],
    );
    return;
  }
  if (history !== undefined) {
    const achievability = assessHistory(history, t, belowBaseline, th, add);
    if (achievability !== undefined) report.achievability = achievability;
  }
  if (marketSize === undefined && capacity === undefined) return;
  // Exact, as everywhere: a share or capacity use is rounded to 40 significant digits before it
  // becomes a number, and a limit is `market × share` (or `capacity × use`) to 40 digits.
  const value = exact(t.value);
  if (marketSize !== undefined) {
    const market = exact(marketSize);
    const share = divideToNumber(value, market);
    // A share beyond a double's range (a market of 1e-300) is not reported as Infinity.
    if (Number.isFinite(share)) report.marketShare = share;
    if (compareExact(value, times(market, exact(th.maxMarketShare))) > 0) {
      add(
        'achievable',
        'ABOVE_MARKET_SHARE',
        'error',
        `The target is ${pct(share)} of the market (${exactText(market)}); at most ${pct(th.maxMarketShare)} is reachable.`,
        ['target', 'value'],
      );
    }
  }
  if (capacity !== undefined) {
    const perHead = exact(capacity.productivityPerHead);
    const total = times(perHead, exact(capacity.headcount));
    const use = total.sign === 0 ? Number.NaN : divideToNumber(value, total);
    if (Number.isFinite(use)) report.capacityUse = use;
    if (compareExact(value, times(total, exact(th.maxCapacityUse))) > 0) {
      const figures = `${exactText(total)} (${capacity.headcount} × ${exactText(perHead)})`;
      add(
        'achievable',
        'ABOVE_CAPACITY',
        'error',
        total.sign === 0
          ? `The team has no capacity: ${figures}.`
          : `The target needs ${pct(use)} of the team's capacity of ${figures}; at most ${pct(th.maxCapacityUse)} is possible.`,
        ['target', 'value'],
      );
    }
  }
}

function assessHistory(
  history: readonly DecimalInput[],
  t: SalesTarget,
  belowBaseline: boolean,
  th: SmartThresholds,
  add: Add,
): Achievability | undefined {
  const actuals = history.map(toNumber);
  const { rates, skipped } = growthRates(actuals);
  for (const i of skipped) {
    add(
      'achievable',
      'GROWTH_UNDEFINED',
      'info',
      `Growth from ${amount(history[i - 1] as DecimalInput)} to ${amount(history[i] as DecimalInput)} cannot be computed (the earlier actual must be above zero); that period is left out.`,
      ['context', 'history', i - 1],
    );
  }
  const basis = t.baseline === undefined ? 'lastActual' : 'baseline';
  const last = actuals.length - 1;
  const reference = t.baseline === undefined ? actuals[last] : toNumber(t.baseline);
  let required: number | undefined;
  if (reference !== undefined) {
    required = reference > 0 ? round12((toNumber(t.value) - reference) / reference) : undefined;
    if (required === undefined || !Number.isFinite(required)) {
      required = undefined;
      const what = t.baseline === undefined ? `last actual (${amount(history[last] as DecimalInput)})` : `baseline (${amount(t.baseline)})`;
      add(
        'achievable',
        'REFERENCE_NOT_POSITIVE',
        'warning',
        `The ${what} is not above zero, so the growth the target needs cannot be computed.`,
        t.baseline === undefined ? ['context', 'history', last] : ['target', 'baseline'],
      );
    }
  }
  if (rates.length < 2) {
    add(
      'achievable',
      'HISTORY_TOO_SHORT',
      'warning',
      `The history gives ${rates.length} usable growth rate${rates.length === 1 ? '' : 's'}; at least 2 are needed to judge how likely the target is.`,
      ['context', 'history'],
    );
  }
  if (required === undefined || rates.length < 2) return undefined;

  const { mean, volatility } = growthStatistics(rates);
  const probability = probabilityOfReaching(required, mean, volatility);
  const stance = stanceOf(probability, belowBaseline, th);
  if (volatility === 0) {
    add(
      'achievable',
      'ZERO_VOLATILITY',
      'info',
      `The history grew by exactly ${pct(mean)} every period, so the model is certain: the target is either sure or out of reach.`,
      ['context', 'history'],
    );
  }
  const figures = `the target needs ${pct(required)} growth over the ${basis === 'baseline' ? 'baseline' : 'last actual'}; past growth averaged ${pct(mean)} (volatility ${pct(volatility)}), a ${pct(probability)} chance`;
  if (stance === 'unrealistic') {
    add('achievable', 'UNREALISTIC_TARGET', 'error', `Unrealistic: ${figures} (below ${pct(th.unrealisticBelow)}).`, ['target', 'value']);
  } else if (probability > th.sandbaggedAbove) {
    add('achievable', 'SANDBAGGED_TARGET', 'warning', `Not challenging: ${figures} (above ${pct(th.sandbaggedAbove)}).`, [
      'target',
      'value',
    ]);
  } else if (stance === 'stretch') {
    add('achievable', 'STRETCH_TARGET', 'info', `A stretch: ${figures}.`, ['target', 'value']);
  } else if (stance === 'realistic') {
    add('achievable', 'REALISTIC_TARGET', 'info', `Realistic: ${figures}.`, ['target', 'value']);
  }
  return {
    requiredGrowth: required,
    historicalMeanGrowth: mean,
    historicalVolatility: volatility,
    probability,
    stance,
    basis,
    growthRates: rates,
  };
}

function checkRelevant(t: SalesTarget, c: SmartContext, add: Add): void {
  const alignsTo = t.alignsTo ?? [];
  if (alignsTo.length === 0) {
    add('relevant', 'NOT_ALIGNED', 'error', 'The target is not linked to any strategic objective.', ['target', 'alignsTo']);
  }
  const known = c.objectives === undefined ? undefined : new Set(c.objectives);
  const seen = new Set<string>();
  alignsTo.forEach((id, i) => {
    if (seen.has(id)) {
      add('relevant', 'DUPLICATE_OBJECTIVE', 'warning', `Objective "${id}" is listed more than once.`, ['target', 'alignsTo', i]);
    } else if (known !== undefined && !known.has(id)) {
      add('relevant', 'UNKNOWN_OBJECTIVE', 'error', `"${id}" is not one of the known strategic objectives.`, ['target', 'alignsTo', i]);
    }
    seen.add(id);
  });
}

function checkTimeBound(t: SalesTarget, c: SmartContext, add: Add): void {
  const { start: startInput, end: endInput } = t.period;
  const start = startInput === undefined ? undefined : toDay(startInput, ['target', 'period', 'start']);
  const end = endInput === undefined ? undefined : toDay(endInput, ['target', 'period', 'end']);
  if (start === undefined) add('timeBound', 'START_MISSING', 'error', 'The period has no start date.', ['target', 'period', 'start']);
  if (end === undefined) {
    add('timeBound', 'END_MISSING', 'error', 'The period has no end date.', ['target', 'period', 'end']);
    return;
  }
  if (start !== undefined) {
    const days = end - start + 1;
    const maxDays = c.maxHorizonDays ?? DEFAULT_MAX_HORIZON_DAYS;
    if (end <= start) {
      add('timeBound', 'END_NOT_AFTER_START', 'error', `The period must end after it starts (${formatDay(start)} to ${formatDay(end)}).`, [
        'target',
        'period',
        'end',
      ]);
    } else if (days > maxDays) {
      add('timeBound', 'HORIZON_TOO_LONG', 'error', `The period spans ${days} days; at most ${maxDays} are allowed.`, [
        'target',
        'period',
        'end',
      ]);
    }
  }
  if (c.asOf !== undefined) {
    const asOf = toDay(c.asOf, ['context', 'asOf']);
    if (end <= asOf) {
      add(
        'timeBound',
        'END_NOT_AFTER_AS_OF',
        'error',
        `The period ends on ${formatDay(end)}, not after ${formatDay(asOf)}: it is already over.`,
        ['target', 'period', 'end'],
      );
    }
  }
}
