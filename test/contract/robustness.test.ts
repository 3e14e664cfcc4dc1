/**
 * Robustness of every public function, through the public entry point: a valid call is
 * mutated at every place of its arguments — each value replaced, one at a time, by junk (NaN,
 * ±Infinity, -0, 1e300, '', 'abc', '1e999', '-1e-400', impossible dates, null, undefined,
 * objects, arrays, special ids…). Whatever the input, a function either throws a SalesOpsError
 * or returns plain JSON data: never a TypeError, never NaN, Infinity, -0 or undefined in a
 * result. (This test found a NaN share from an absurd padding, and -0 echoed from -0 inputs.)
 */
import { describe, expect, test } from 'vitest';
import * as L from 'salesops-kit';
import { jsonProblems } from '../helpers/bad-input.js';

// Junk put, one at a time, at every place of a valid call.
const JUNK: readonly unknown[] = [
  NaN,
  Infinity,
  -Infinity,
  -1,
  0,
  -0,
  1e300,
  1e-300,
  0.5,
  2,
  1000,
  '',
  'abc',
  '1e999',
  '-1e-400',
  '0',
  '-5',
  '12.5',
  '2026-02-30',
  '2026-01-01',
  '9999-12-31',
  '0001-01-01',
  null,
  undefined,
  true,
  [],
  {},
  '__proto__',
  'constructor',
  [1],
  1e21,
  2 ** 53,
];
const seasonal = [6, 7, 9, 8, 8, 9, 7, 6, 9, 9, 10, 12];
/** One valid call of each public function that takes structured input. */
const CALLS: Array<[string, unknown[]]> = [
  ['allocate', ['100.00', [1, 2, 3], { scale: 2 }]],
  [
    'decomposeQuota',
    [
      {
        total: '1000',
        overAssignment: 0.1,
        basis: { history: 0.6, potential: 0.4 },
        nodes: [
          { id: 'r' },
          { id: 'a', parentId: 'r', history: 3, potential: 5, min: 100 },
          { id: 'b', parentId: 'r', history: 7, potential: 5, max: 800, rampFactor: 0.5 },
          { id: 'c', parentId: 'a', history: 1, potential: 1 },
        ],
      },
    ],
  ],
  ['phaseQuota', ['1200', { start: '2026-01-15', end: '2026-12-31', granularity: 'month', profile: seasonal, holidays: ['2026-05-01'] }]],
  ['phaseQuota', ['1200', { start: '2026-01-01', end: '2026-03-31', granularity: 'week', profile: 'businessDays', weekend: [0, 6] }]],
  ['phaseQuotaNested', ['1200', { start: '2026-01-01', end: '2026-12-31', levels: ['quarter', 'month'], profile: seasonal }]],
  [
    'fitMatrix',
    [
      [
        [1, 2],
        [3, 4],
      ],
      [3, 7],
      [4, 6],
      { tolerance: 1e-9, maxIterations: 100 },
    ],
  ],
  [
    'decomposeMatrix',
    [
      [
        [1, 2],
        [3, 4],
      ],
      ['3', '7'],
      ['4', '6'],
      { scale: 2 },
    ],
  ],
  [
    'rebalanceQuota',
    [
      {
        target: '1200',
        periods: [
          { period: '2026-01', plan: '600', actual: '500' },
          { period: '2026-02', plan: '600', actual: null },
        ],
      },
    ],
  ],
  ['trackAttainment', [{ target: '1200', actual: '500', start: '2026-01-01', end: '2026-12-31', asOf: '2026-06-30' }]],
  ['rollUpQuota', [{ nodes: [{ id: 'r' }, { id: 'a', parentId: 'r', amount: '5' }] }]],
  [
    'validateSmartTarget',
    [
      {
        id: 't',
        title: 'Grow revenue in the North region',
        metric: { kind: 'revenue', currency: 'EUR' },
        value: '110',
        baseline: '100',
        scope: { region: 'N' },
        period: { start: '2026-01-01', end: '2026-12-31' },
        alignsTo: ['g'],
      },
      {
        asOf: '2025-12-01',
        history: ['80', '90', '100'],
        marketSize: '1000',
        capacity: { headcount: 2, productivityPerHead: '100' },
        objectives: ['g'],
      },
    ],
  ],
  ['targetFromGrowth', [{ baseline: '100', growthRate: 0.05, adjustment: 0.01, periods: 2 }]],
  ['targetFromMarketShare', [{ marketSize: '1000', currentShare: 0.1, penetrationGain: 0.02 }]],
  ['targetFromBenchmark', [{ benchmarkResult: '500', ownSize: 2, benchmarkSize: 4 }]],
  [
    'targetFromCapacity',
    [{ headcount: 3, productivityPerHead: '100', newHires: [{ count: 1, rampFactor: 0.5 }], attritionRate: 0.1, attainmentRate: 0.9 }],
  ],
  [
    'triangulateTargets',
    [
      [
        { value: '100', weight: 1 },
        { value: '120', weight: 2 },
      ],
      { method: 'weighted' },
    ],
  ],
  [
    'scoreKpis',
    [
      [
        { id: 'a', weight: 2, direction: 'higherIsBetter', target: '100', threshold: '50', stretch: '150', cap: 120 },
        { id: 'b', weight: 1, direction: 'lowerIsBetter', target: 30 },
      ],
      { a: '90', b: 40 },
    ],
  ],
  [
    'ahpWeights',
    [
      [
        [1, 3, 5],
        [1 / 3, 1, 2],
        [1 / 5, 1 / 2, 1],
      ],
    ],
  ],
  [
    'score360',
    [
      {
        competencies: [{ id: 'c', weight: 1 }],
        raterGroups: [
          { id: 'manager', weight: 2 },
          { id: 'peer', weight: 1, minRaters: 1 },
        ],
        ratings: [
          { subjectId: 's', raterId: 'm', raterGroup: 'manager', competencyId: 'c', score: 4 },
          { subjectId: 's', raterId: 'p', raterGroup: 'peer', competencyId: 'c', score: 3 },
        ],
        scale: { min: 1, max: 5 },
        calibrate: 'zScore',
      },
    ],
  ],
  [
    'interRaterReliability',
    [
      [
        [1, 2, 3],
        [2, 3, 3],
        [4, 4, 5],
      ],
    ],
  ],
  [
    'combineScores',
    [
      [
        { id: 'k', score: 80, weight: 0.7 },
        { id: 'f', score: 4, weight: 0.3, scale: { min: 1, max: 5 } },
      ],
    ],
  ],
  [
    'assignBands',
    [
      [
        { id: 'a', score: 90 },
        { id: 'b', score: 70 },
        { id: 'c', score: 50 },
      ],
      {
        kind: 'forced',
        bands: [
          { label: 'A', share: 0.2 },
          { label: 'B', share: 0.7 },
          { label: 'C', share: 0.1 },
        ],
      },
    ],
  ],
  [
    'summarizeCustomers',
    [
      [
        { customerId: 'a', date: '2026-01-01', amount: '10' },
        { customerId: 'a', date: '2026-01-08', amount: '-2' },
        { customerId: 'b', date: '2026-01-03', amount: 5 },
      ],
      { asOf: '2026-01-15', periodUnit: 'week' },
    ],
  ],
  [
    'rfmScores',
    [
      [
        { customerId: 'a', recencyDays: 3, frequency: 2, monetaryTotal: '10' },
        { customerId: 'b', recencyDays: 9, frequency: 1, monetaryTotal: '5' },
      ],
      { bins: 5 },
    ],
  ],
  [
    'tierCustomers',
    [
      [
        { customerId: 'a', value: '10' },
        { customerId: 'b', value: 5 },
      ],
      { method: 'pareto' },
    ],
  ],
  ['netPromoterScore', [[10, 9, 5, 7]]],
  [
    'fitBgNbd',
    [
      [
        { x: 2, tx: 30, T: 38 },
        { x: 0, tx: 0, T: 38 },
        { x: 5, tx: 35, T: 38 },
        { x: 1, tx: 5, T: 38 },
        { x: 0, tx: 0, T: 20 },
      ],
      { onNotConverged: 'return' },
    ],
  ],
  [
    'probabilityAlive',
    [
      { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 },
      { x: 2, tx: 30.43, T: 38.86 },
    ],
  ],
  ['expectedPurchases', [{ r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 }, { x: 2, tx: 30.43, T: 38.86 }, 39]],
  [
    'customerLifetimeValue',
    [
      { bgNbd: { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 }, gammaGamma: { p: 6.25, q: 3.74, gamma: 15.44 } },
      { x: 2, tx: 30.43, T: 38.86, monetaryValue: '22.35' },
      { periodUnit: 'week' },
    ],
  ],
  [
    'gradeCredit',
    [{ avgDaysBeyondTerms: 10, paydex: 70, utilisation: 0.8, altmanZone: 'grey', annualPurchases: '100000', externalRating: 'BB' }],
  ],
  [
    'ageReceivables',
    [
      [
        { id: '1', customerId: 'c', invoiceDate: '2026-01-01', dueDate: '2026-01-31', amount: '100', paid: '10' },
        { id: '2', customerId: 'c', invoiceDate: '2026-01-01', dueDate: '2026-01-31', amount: '-20' },
      ],
      { asOf: '2026-04-01', buckets: [30, 60] },
    ],
  ],
  ['paydexScore', [[{ amount: 100, dueDate: '2026-01-31', paidDate: '2026-02-10' }]]],
  [
    'altmanZScore',
    [
      {
        workingCapital: 100,
        retainedEarnings: 200,
        ebit: 50,
        bookValueOfEquity: 500,
        sales: 1000,
        totalAssets: 1000,
        totalLiabilities: 400,
      },
      { variant: 'private' },
    ],
  ],
  [
    'daysSalesOutstanding',
    [
      {
        receivables: 150000,
        periods: [
          { sales: 90000, days: 31 },
          { sales: 60000, days: 28 },
        ],
      },
    ],
  ],
  ['recommendCreditTerms', ['BB', { expectedAnnualPurchases: '240000', equity: '600000' }]],
  [
    'checkCreditExposure',
    [
      {
        limit: '10000',
        openReceivables: '4000',
        openOrders: '1000',
        unbilledDeliveries: '500',
        orderAmount: '3000',
        overdue: { amount: '100', oldestDays: 12 },
      },
    ],
  ],
  [
    'creditWarnings',
    [
      [
        { date: '2026-01-31', utilisation: 0.5, grade: 'A', daysBeyondTerms: 1, paydex: 80 },
        { date: '2026-02-28', utilisation: 0.95, grade: 'BB', daysBeyondTerms: 5, paydex: 45 },
      ],
    ],
  ],
  [
    'gradeTransitionMatrix',
    [
      [
        { customerId: 'a', date: '2025-01-01', grade: 'A' },
        { customerId: 'a', date: '2025-07-01', grade: 'BB' },
        { customerId: 'b', date: '2025-01-01', grade: 'A' },
      ],
      { from: '2025-01-01', to: '2026-01-01' },
    ],
  ],
];
type Path = Array<string | number>;

function placesOf(value: unknown, path: Path = [], out: Path[] = []): Path[] {
  out.push(path);
  if (value !== null && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) placesOf(child, [...path, Array.isArray(value) ? Number(key) : key], out);
  }
  return out;
}

function copy(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(copy);
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, copy(v)]));
  }
  return value;
}

function withJunk(args: unknown[], path: Path, junk: unknown): unknown[] {
  const out = copy(args) as Record<string | number, unknown>;
  let node = out;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  node[path[path.length - 1] as string | number] = junk;
  return out as unknown as unknown[];
}

describe('every function, any input: a SalesOpsError or plain JSON data', () => {
  test.each(CALLS.map(([name, args], i) => [`${name} #${i}`, name, args] as const))('%s', (_, name, args) => {
    const fn = (L as unknown as Record<string, (...a: unknown[]) => unknown>)[name];
    expect(typeof fn).toBe('function');
    const call = fn as (...a: unknown[]) => unknown;
    expect(jsonProblems(call(...(copy(args) as unknown[])))).toEqual([]);
    const problems: string[] = [];
    const places = placesOf(args).filter((p) => p.length > 0);
    expect(places.length).toBeGreaterThan(0);
    for (const path of places) {
      for (const junk of JUNK) {
        const where = `${JSON.stringify(path)} = ${typeof junk === 'string' ? JSON.stringify(junk) : Object.is(junk, -0) ? '-0' : String(junk)}`;
        try {
          const found = jsonProblems(call(...withJunk(args, path, junk)));
          if (found.length > 0) problems.push(`${where}: ${found.join(', ')}`);
        } catch (error) {
          if (!L.isSalesOpsError(error)) problems.push(`${where}: threw ${String(error)}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });
});
