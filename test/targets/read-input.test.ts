import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { Dec } from '../../src/core/decimal.js';
import { readSalesTarget, readSmartContext } from '../../src/targets/read-input.js';
import { readBenchmarkInput } from '../../src/targets/from-benchmark.js';
import { readCapacityInput } from '../../src/targets/from-capacity.js';
import { readGrowthInput } from '../../src/targets/from-growth.js';
import { readMarketShareInput } from '../../src/targets/from-market-share.js';
import { readOptions, readProposals } from '../../src/targets/triangulate.js';
import {
  BenchmarkTargetInputSchema,
  CapacityTargetInputSchema,
  GrowthTargetInputSchema,
  MarketShareTargetInputSchema,
  SalesTargetSchema,
  SmartContextSchema,
  TargetProposalsSchema,
  targetFromBenchmark,
  targetFromCapacity,
  targetFromGrowth,
  targetFromMarketShare,
  TriangulateOptionsSchema,
  triangulateTargets,
} from 'salesops-kit/targets';
import { BAD_AMOUNTS, BAD_NUMBERS, withValueAt } from '../helpers/bad-input.js';
import { expectSameIssues, issuesOf } from '../helpers/schema-agreement.js';
import { BAD_CONTEXT_VALUES, BAD_TARGET_VALUES, CONTEXT, FULL_CONTEXT, TARGET } from './helpers.js';

// The functions validate their input with hand-written readers (read-input.ts and the core's
// read-shape.ts); the exported zod schemas, validated through parseInput, are the reference. Both
// routes must accept the same values and report the same problems: the same issues, with the same
// paths and messages, in the same order (parseInput lists every problem at once, and so do the
// readers).

describe('targets and contexts: the readers report what the schemas report', () => {
  test('both accept the good inputs', () => {
    for (const t of [
      TARGET,
      { ...TARGET, metric: { kind: 'units' }, baseline: undefined, alignsTo: undefined, period: {} },
      { ...TARGET, status: 'draft' },
    ]) {
      expectSameIssues(readSalesTarget, SalesTargetSchema, t, ['target']);
      expect(readSalesTarget(t)).toBe(t);
    }
    for (const c of [{}, CONTEXT, FULL_CONTEXT, { history: [] }, { thresholds: {} }, { thresholds: { minTitleLength: undefined } }]) {
      expectSameIssues(readSmartContext, SmartContextSchema, c, ['context']);
      expect(readSmartContext(c)).toBe(c);
    }
  });

  for (const [path, values] of BAD_TARGET_VALUES) {
    test(`the same issues for each bad target${path.map((k) => `.${k}`).join('')}`, () => {
      for (const bad of values) {
        expect(expectSameIssues(readSalesTarget, SalesTargetSchema, withValueAt(TARGET, path, bad), ['target'], String(bad))).not.toBe(
          'accepted',
        );
      }
    });
  }

  for (const [path, values] of BAD_CONTEXT_VALUES) {
    test(`the same issues for each bad context${path.map((k) => `.${k}`).join('')}`, () => {
      for (const bad of values) {
        expect(
          expectSameIssues(readSmartContext, SmartContextSchema, withValueAt(FULL_CONTEXT, path, bad), ['context'], String(bad)),
        ).not.toBe('accepted');
      }
    });
  }

  test.each<[string, unknown]>([
    [
      'several problems, in the schema’s order',
      { ...TARGET, id: '', value: 'abc', period: { start: 'soon', end: '2026-02-30' }, alignsTo: ['a', '', 3] },
    ],
    [
      'a missing metric kind, and several misspelt keys (one problem at the object)',
      { ...TARGET, metric: { curency: 'EUR', knd: 'revenue' } },
    ],
    ['a bad kind and a misspelt key: the fields first, then the key', { ...TARGET, metric: { kind: 'sales', curency: 'EUR' } }],
    ['everything missing', { metric: undefined }],
    [
      'a misspelt key inherited from a prototype (zod reads keys with for…in)',
      { ...TARGET, scope: Object.create({ regoin: 'Nordics' }) as object },
    ],
    ['a bad field inherited from a prototype', Object.assign(Object.create({ title: 7 }) as object, { ...TARGET, title: undefined })],
    ['an array with holes', { ...TARGET, alignsTo: new Array(2) }],
    [
      'ids that have a length (zod checks it even on a value of the wrong type)',
      { ...TARGET, id: { length: 0 }, alignsTo: [[], () => 1, { length: '0' }, { length: 2 }, 'a'] },
    ],
    ['amounts whose sign is read from the text', { ...TARGET, value: '-1e-400', baseline: new Dec('-1e-400') }],
  ])('targets: %s', (_, value) => {
    expectSameIssues(readSalesTarget, SalesTargetSchema, value, ['target']);
  });

  test.each<[string, unknown]>([
    [
      'several problems at several depths, then the misspelt key',
      {
        asOf: 'x',
        history: ['x', 1, 'y'],
        objectives: 'a',
        capacity: { headcount: -1, productivityPerHead: '-1', z: 1 },
        thresholds: { stretchBelow: 0.05 },
        foo: 1,
      },
    ],
    ['a missing headcount and productivity', { capacity: {} }],
    ['a fraction out of range: two problems', { maxHorizonDays: -1.5, thresholds: { minTitleLength: -2.5 } }],
    [
      'bands out of order with values merely out of range: the band check still runs',
      { thresholds: { unrealisticBelow: 2, sandbaggedAbove: -1 } },
    ],
    [
      'bands out of order with a fraction as minTitleLength: the band check still runs',
      { thresholds: { minTitleLength: 2.5, stretchBelow: 0.05 } },
    ],
    ['bands out of order with a misspelt key: the key first, then the band', { thresholds: { stretchBelow: 0.05, x: 1 } }],
    ['a threshold that is not a number stops the band check', { thresholds: { unrealisticBelow: 'x', stretchBelow: 0.05 } }],
    [
      'NaN and Infinity stop the band check too',
      { thresholds: { stretchBelow: Number.NaN, unrealisticBelow: 0.5, sandbaggedAbove: Number.POSITIVE_INFINITY } },
    ],
    ['both bands out of order', { thresholds: { unrealisticBelow: 0.5, stretchBelow: 0.3, sandbaggedAbove: 0.2 } }],
    ['a band set through a prototype', { thresholds: Object.create({ stretchBelow: 0.01 }) as object }],
    ['positive market sizes read from the text', { marketSize: '1e-400' }],
    ['market sizes of zero however written', { marketSize: '0e5' }],
    ['a negative zero market size', { marketSize: '-0' }],
    ['a Decimal zero market size', { marketSize: new Dec('-0') }],
    ['a negative Decimal productivity', { capacity: { headcount: 1, productivityPerHead: new Dec('-1e-400') } }],
    ['a negative productivity that is zero as a number', { capacity: { headcount: 1, productivityPerHead: '-1e-400' } }],
  ])('contexts: %s', (_, value) => {
    expectSameIssues(readSmartContext, SmartContextSchema, value, ['context']);
  });

  test('on random structures, the readers and the schemas report the same issues', () => {
    const leaf = fc.oneof(
      fc.string({ maxLength: 4 }),
      fc.integer({ min: -3, max: 3 }),
      fc.double(),
      fc.constantFrom(
        null,
        undefined,
        true,
        'EUR',
        'eur',
        '2026-01-01',
        '2026-02-30',
        '12.5',
        '-0',
        '1e-400',
        'revenue',
        'x',
        0.05,
        0.5,
        0.95,
        2.5,
      ),
    );
    const value = fc.oneof(leaf, fc.array(leaf, { maxLength: 3 }));
    const shaped = (keys: string[]) => fc.oneof(fc.dictionary(fc.constantFrom(...keys), value, { maxKeys: keys.length }), leaf);
    const targets = fc.record(
      {
        id: leaf,
        title: leaf,
        value: leaf,
        baseline: leaf,
        metric: shaped(['kind', 'unit', 'currency', 'other', 'more']),
        scope: shaped(['owner', 'region', 'other']),
        period: shaped(['start', 'end', 'stop']),
        alignsTo: value,
      },
      { requiredKeys: [] },
    );
    const contexts = fc.record(
      {
        asOf: leaf,
        history: value,
        marketSize: leaf,
        capacity: shaped(['headcount', 'productivityPerHead', 'heads']),
        objectives: value,
        maxHorizonDays: leaf,
        currency: leaf,
        genericWords: value,
        thresholds: shaped([
          'minTitleLength',
          'unrealisticBelow',
          'stretchBelow',
          'sandbaggedAbove',
          'maxMarketShare',
          'maxCapacityUse',
          'maxShare',
        ]),
        asof: leaf,
      },
      { requiredKeys: [] },
    );
    let refused = 0;
    fc.assert(
      fc.property(targets, contexts, (t, c) => {
        const target = expectSameIssues(readSalesTarget, SalesTargetSchema, t, ['target']);
        expectSameIssues(readSmartContext, SmartContextSchema, c, ['context']);
        if (target !== 'accepted') refused += 1;
      }),
      { numRuns: 3000 },
    );
    expect(refused).toBeGreaterThan(1000); // bad values are common: the comparison is exercised
  });
});

describe('the target-setting methods: the readers report what the schemas report', () => {
  const methods = [
    [
      'targetFromGrowth',
      GrowthTargetInputSchema,
      readGrowthInput,
      targetFromGrowth,
      { baseline: '1000000', growthRate: 0.05, adjustment: 0.02, periods: 2, scale: 2 },
    ],
    [
      'targetFromMarketShare',
      MarketShareTargetInputSchema,
      readMarketShareInput,
      targetFromMarketShare,
      { marketSize: '20000000', currentShare: 0.1, penetrationGain: 0.025, scale: 2 },
    ],
    [
      'targetFromBenchmark',
      BenchmarkTargetInputSchema,
      readBenchmarkInput,
      targetFromBenchmark,
      { benchmarkResult: '5000000', ownSize: 40, benchmarkSize: 100, scale: 2 },
    ],
    [
      'targetFromCapacity',
      CapacityTargetInputSchema,
      readCapacityInput,
      targetFromCapacity,
      {
        headcount: 10,
        productivityPerHead: '250000',
        newHires: [{ count: 2, rampFactor: 0.5 }],
        attritionRate: 0.1,
        attainmentRate: 0.9,
        scale: 2,
      },
    ],
  ] as const;
  const bad = [
    ...BAD_NUMBERS,
    ...BAD_AMOUNTS,
    -1,
    -0.5,
    0,
    '0',
    '-0',
    '-1e-400',
    '1e-400',
    new Dec('-1e-400'),
    new Dec(0),
    1.5,
    2,
    21,
    101,
    0.5,
    '1e30',
  ];

  for (const [name, schema, read, method, good] of methods) {
    test(`${name}: every field with every bad value, misspelt and missing keys, several problems at once`, () => {
      const inputs: unknown[] = [good, undefined, null, [], 'x', {}, { ...good, sacle: 2 }, { ...good, a: 1, b: 2 }];
      for (const key of Object.keys(good)) {
        const { [key]: _, ...without } = good as Record<string, unknown>;
        inputs.push(without);
        for (const value of bad) inputs.push({ ...good, [key]: value });
      }
      inputs.push(Object.fromEntries(Object.keys(good).map((key) => [key, -1.5])));
      inputs.push({ ...Object.fromEntries(Object.keys(good).map((key) => [key, 'x'])), typo: 1 });
      let refused = 0;
      for (const input of inputs) {
        const schemaIssues = expectSameIssues(read, schema, input, ['input'], name);
        if (schemaIssues === 'accepted') continue;
        refused += 1;
        // …and the method throws exactly those issues.
        expect(issuesOf(() => method(input as never))).toEqual(schemaIssues);
      }
      expect(refused).toBeGreaterThan(50);
    });
  }

  test('targetFromCapacity: the new-hire cohorts', () => {
    const base = { headcount: 10, productivityPerHead: '250000' };
    for (const newHires of [
      [],
      null,
      'x',
      {},
      [null],
      [{}],
      [{ count: -1, rampFactor: 2, extra: 1 }, 5],
      [{ count: 'x', rampFactor: Number.NaN }],
      [{ count: 1.5, rampFactor: 1 }],
    ]) {
      const input = { ...base, newHires };
      expectSameIssues(readCapacityInput, CapacityTargetInputSchema, input, ['input']);
    }
  });

  test('triangulateTargets: proposals and options', () => {
    const proposals: unknown[] = [
      [{ value: 1 }],
      [{ value: '2', weight: 0, method: '__proto__', explanation: 'x' }],
      undefined,
      null,
      {},
      'x',
      '',
      () => 1,
      { length: 0 },
      [],
      [null],
      [{}],
      [{ value: 'x', weight: -1, method: 3 }, 5, { value: 1, weight: Number.NaN }],
      [{ value: '-1e-400', weight: '1', extra: {} }],
    ];
    for (const p of proposals) {
      const schemaIssues = expectSameIssues(readProposals, TargetProposalsSchema, p, ['proposals']);
      if (schemaIssues !== 'accepted') expect(issuesOf(() => triangulateTargets(p as never))).toEqual(schemaIssues);
    }
    const options: unknown[] = [
      {},
      { method: 'median', scale: 0 },
      null,
      'x',
      [],
      { method: 'average' },
      { method: null },
      { scale: -0.5 },
      { method: 1, scale: 'x', methd: 'min' },
      { a: 1, b: 2 },
    ];
    for (const o of options) {
      const schemaIssues = expectSameIssues(readOptions, TriangulateOptionsSchema, o, ['options']);
      if (schemaIssues !== 'accepted') expect(issuesOf(() => triangulateTargets([{ value: 1 }], o as never))).toEqual(schemaIssues);
    }
  });
});
