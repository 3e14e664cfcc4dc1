/**
 * Fixtures shared by the targets suites: a target that passes every rule, its context, and the
 * tables of malformed values (used both against validateSmartTarget and against the hand-written
 * predicates, which must refuse exactly what the schemas refuse).
 */
import type { IssuePath } from '../../src/core/errors.js';
import type { SmartContext } from '../../src/targets/smart-context.js';
import type { Finding, SmartReport } from '../../src/targets/smart-report.js';
import type { SalesTarget } from '../../src/targets/target.js';
import { BAD_AMOUNTS, BAD_DATES, BAD_IDS, BAD_NUMBERS } from '../helpers/bad-input.js';

/** A target that passes every rule with {@link CONTEXT}: 8 % growth against a 7.7 % ± 2.8 % history. */
export const TARGET = {
  id: 'nordics-2026',
  title: 'Grow Widget Pro revenue in the Nordics',
  metric: { kind: 'revenue', currency: 'EUR' },
  value: '1080000',
  baseline: '1000000',
  scope: { region: 'Nordics', productLine: 'Widget Pro' },
  period: { start: '2026-01-01', end: '2026-12-31' },
  alignsTo: ['grow-nordics'],
} satisfies SalesTarget;

export const CONTEXT = {
  asOf: '2025-11-15',
  history: ['800000', '880000', '920000', '1000000'],
  objectives: ['grow-nordics'],
} satisfies SmartContext;

/** A copy of TARGET with some fields replaced. */
export function target(changes: Partial<SalesTarget> = {}): SalesTarget {
  return { ...structuredClone(TARGET), ...changes } as SalesTarget;
}

/** Every finding of a report, in criterion order. */
export function allFindings(report: SmartReport): Finding[] {
  const c = report.criteria;
  return [...c.specific.findings, ...c.measurable.findings, ...c.achievable.findings, ...c.relevant.findings, ...c.timeBound.findings];
}

/** The codes of a report's findings. */
export function codes(report: SmartReport): string[] {
  return allFindings(report).map((f) => f.code);
}

/** The one finding with `code` (fails the test when there is none or several). */
export function finding(report: SmartReport, code: string): Finding {
  const found = allFindings(report).filter((f) => f.code === code);
  if (found.length !== 1) throw new Error(`expected one ${code}, got ${found.length}: ${JSON.stringify(allFindings(report))}`);
  return found[0] as Finding;
}

const withoutUndefined = (values: readonly unknown[]): unknown[] => values.filter((v) => v !== undefined);

/** Malformed values of the target, by path (relative to the target). */
export const BAD_TARGET_VALUES: Array<[IssuePath, readonly unknown[]]> = [
  [[], [null, undefined, 'target', 42, []]],
  [['id'], BAD_IDS],
  [['title'], [null, undefined, 1, {}, [], true]],
  [['metric'], [null, undefined, 'revenue', []]],
  [
    ['metric', 'kind'],
    ['', 'Revenue', 'sales', null, undefined, 1],
  ],
  [
    ['metric', 'currency'],
    ['eur', 'EURO', 'EU', '', '€', 'US$', 978, null],
  ],
  [
    ['metric', 'unit'],
    [1, null, {}, true],
  ],
  [['metric', 'curency'], ['EUR']],
  [['value'], BAD_AMOUNTS],
  [['baseline'], withoutUndefined(BAD_AMOUNTS)],
  [['scope'], [null, undefined, 'Nordics', []]],
  [
    ['scope', 'region'],
    [1, null, {}, true],
  ],
  [['scope', 'regoin'], ['Nordics']],
  [['period'], [null, undefined, '2026']],
  [['period', 'start'], withoutUndefined(BAD_DATES)],
  [['period', 'end'], withoutUndefined(BAD_DATES)],
  [['alignsTo'], [null, 'grow-nordics', {}]],
  [['alignsTo', 0], BAD_IDS],
];

/** Malformed values of the context, by path (relative to the context). */
export const BAD_CONTEXT_VALUES: Array<[IssuePath, readonly unknown[]]> = [
  [[], [null, 'context', 42, []]],
  [['asof'], ['2025-11-15']],
  [['asOf'], withoutUndefined(BAD_DATES)],
  [['history'], [null, '100', {}, 5]],
  [['history', 1], BAD_AMOUNTS],
  [['marketSize'], [...withoutUndefined(BAD_AMOUNTS), 0, '0', '0.00', -1, '-5']],
  [['capacity'], [null, 5, []]],
  [
    ['capacity', 'headcount'],
    [...BAD_NUMBERS, -1],
  ],
  [
    ['capacity', 'productivityPerHead'],
    [...BAD_AMOUNTS, -1, '-0.01'],
  ],
  [['capacity', 'heads'], [3]],
  [['objectives'], [null, 'grow-nordics']],
  [['objectives', 0], BAD_IDS],
  [['maxHorizonDays'], [0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, '30', null]],
  [['currency'], ['usd', 'US', 1, null]],
  [['genericWords'], [null, 'sales']],
  [
    ['genericWords', 0],
    [1, null, {}],
  ],
  [['thresholds'], [null, 0.5, []]],
  [
    ['thresholds', 'minTitleLength'],
    [-1, 2.5, Number.NaN, '10', null],
  ],
  [
    ['thresholds', 'unrealisticBelow'],
    [-0.1, 1.1, Number.NaN, Number.POSITIVE_INFINITY, '0.1', null],
  ],
  [
    ['thresholds', 'stretchBelow'],
    [-0.1, 1.1, Number.NaN, '0.4'],
  ],
  [
    ['thresholds', 'sandbaggedAbove'],
    [-0.1, 1.1, Number.NaN, null],
  ],
  [
    ['thresholds', 'maxMarketShare'],
    [-0.1, 1.1, Number.NaN],
  ],
  [
    ['thresholds', 'maxCapacityUse'],
    [-1, Number.NaN, Number.POSITIVE_INFINITY],
  ],
  [['thresholds', 'maxShare'], [0.5]],
];

/** A context with market and capacity, so that those fields are present to be replaced. */
export const FULL_CONTEXT = {
  ...CONTEXT,
  marketSize: '5000000',
  capacity: { headcount: 5, productivityPerHead: '250000' },
  maxHorizonDays: 400,
  currency: 'EUR',
  genericWords: ['sales', 'grow'],
  thresholds: {
    minTitleLength: 8,
    unrealisticBelow: 0.05,
    stretchBelow: 0.3,
    sandbaggedAbove: 0.95,
    maxMarketShare: 0.4,
    maxCapacityUse: 1.1,
  },
} satisfies SmartContext;
