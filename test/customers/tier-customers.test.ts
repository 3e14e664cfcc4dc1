import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { Dec } from '../../src/core/decimal.js';
import {
  type ScoreTierOptions,
  type TierCustomer,
  tierCustomers,
  TierCustomerSchema,
  TierCustomersOptionsSchema,
} from '../../src/customers/tier-customers.js';
import { amountString } from '../helpers/arbitraries.js';
import {
  BAD_AMOUNTS,
  BAD_IDS,
  BAD_NUMBERS,
  expectPure,
  expectRejectsAt,
  expectSalesOpsError,
  SPECIAL_IDS,
  withValueAt,
} from '../helpers/bad-input.js';
import { expectSameFirstIssue } from '../helpers/schema-agreement.js';

const valued = (values: Array<string | number>): TierCustomer[] => values.map((value, i) => ({ customerId: `c${i}`, value }));
const tiersOf = (results: Array<{ customerId: string; tier: string }>): string => results.map((r) => `${r.customerId}:${r.tier}`).join(' ');

describe('tierCustomers: Pareto / ABC', () => {
  test('the customer that reaches or crosses a cut-off is in the upper tier', () => {
    // 50 + 30 = 80 % exactly: c1 reaches 0.8 and stays A; c2 starts at 80 % and is B.
    expect(tiersOf(tierCustomers(valued([50, 30, 10, 6, 4]), { method: 'pareto' }))).toBe('c0:A c1:A c2:B c3:B c4:C');
    // 50 + 31 crosses 80 %: c1 is A; 81 + 10 = 91, 91 + 5 = 96 crosses 95 %: c3 is B.
    expect(tiersOf(tierCustomers(valued([50, 31, 10, 5, 4]), { method: 'pareto' }))).toBe('c0:A c1:A c2:B c3:B c4:C');
    // One customer with 90 % of the value is the whole of A.
    expect(tiersOf(tierCustomers(valued([90, 5, 3, 2]), { method: 'pareto' }))).toBe('c0:A c1:B c2:C c3:C');
  });

  test('ties at a boundary stay together, in the upper tier', () => {
    // 40 + 30 = 70 %; the next two are tied at 10 each: the second crosses 80 %, so both are A.
    const result = tierCustomers(valued([40, 30, 10, 10, 5, 5]), { method: 'pareto' });
    expect(tiersOf(result)).toBe('c0:A c1:A c2:A c3:A c4:B c5:B');
    expect(result.map((r) => r.rank)).toEqual([1, 2, 3, 3, 5, 5]);
    // The tie that starts exactly at the cut-off is wholly below it.
    expect(tiersOf(tierCustomers(valued([80, 10, 10]), { method: 'pareto' }))).toBe('c0:A c1:B c2:B');
  });

  test('sorted by value, ties by id; explains share and cumulative share', () => {
    const result = tierCustomers(
      [
        { customerId: 'b', value: '25.005' },
        { customerId: 'a', value: '25.005' },
        { customerId: 'c', value: 49.99 },
      ],
      { method: 'pareto', cutoffs: [0.5], labels: ['Key', 'Other'], scale: 3 },
    );
    // a crosses 50 % (49.99 before it) and b is tied with a: both stay in Key.
    expect(result.map((r) => [r.customerId, r.tier, r.value, r.rank])).toEqual([
      ['c', 'Key', '49.990', 1],
      ['a', 'Key', '25.005', 2],
      ['b', 'Key', '25.005', 2],
    ]);
    expect(result[0]?.share).toBeCloseTo(49.99 / 100, 12);
    expect(result[2]?.cumulativeShare).toBe(1);
  });

  test('values with more decimals than scale are summed exactly and shown rounded half-up', () => {
    const result = tierCustomers(valued(['1.005', '2', '0.995']), { method: 'pareto', cutoffs: [0.5], labels: ['Top', 'Rest'] });
    expect(result.map((r) => [r.customerId, r.value, r.tier, r.cumulativeShare])).toEqual([
      ['c1', '2.00', 'Top', 0.5],
      ['c0', '1.01', 'Rest', 3.005 / 4],
      ['c2', '1.00', 'Rest', 1],
    ]);
  });

  test('custom cut-offs and labels, a zero-value tail', () => {
    const result = tierCustomers(valued([70, 20, 10, 0, 0]), { method: 'pareto', cutoffs: [0.7, 0.9, 1], labels: ['A', 'B', 'C', 'D'] });
    expect(tiersOf(result)).toBe('c0:A c1:B c2:C c3:D c4:D');
  });

  test('exact at the cut-off even when doubles are not (0.1 + 0.2 + 0.7 of 1)', () => {
    const result = tierCustomers(valued(['0.7', '0.2', '0.1']), { method: 'pareto', cutoffs: [0.7, 0.9], labels: ['A', 'B', 'C'] });
    expect(tiersOf(result)).toBe('c0:A c1:B c2:C');
    const long = tierCustomers(valued(['7000000000000000000.00', '2000000000000000000.00', '1000000000000000000.00']), {
      method: 'pareto',
      cutoffs: [0.7, 0.9],
      labels: ['A', 'B', 'C'],
    });
    expect(tiersOf(long)).toBe('c0:A c1:B c2:C');
    expect(long[0]?.value).toBe('7000000000000000000.00');
    const decimals = tierCustomers(
      valued([0, 0, 0]).map((c, i) => ({ ...c, value: new Dec(['0.7', '0.2', '0.1'][i] as string) })),
      { method: 'pareto', cutoffs: [0.7, 0.9], labels: ['A', 'B', 'C'] },
    );
    expect(tiersOf(decimals)).toBe('c0:A c1:B c2:C');
  });

  test('property: one tier each; tier shares respect the cut-offs', () => {
    const values = fc
      .array(amountString({ minUnits: 0, maxUnits: 100000 }), { minLength: 1, maxLength: 50 })
      .filter((vs) => vs.some((v) => Number(v) > 0));
    const cutoffs = fc
      .uniqueArray(fc.integer({ min: 1, max: 99 }), { minLength: 1, maxLength: 3 })
      .map((cs) => cs.sort((a, b) => a - b).map((c) => c / 100));
    fc.assert(
      fc.property(values, cutoffs, (vs, cs) => {
        const labels = ['A', 'B', 'C', 'D'].slice(0, cs.length + 1);
        const result = tierCustomers(valued(vs), { method: 'pareto', cutoffs: cs, labels });
        expect(result).toHaveLength(vs.length);
        expect(new Set(result.map((r) => r.customerId)).size).toBe(vs.length);
        const total = vs.reduce((a, v) => a.plus(v), new Dec(0));
        cs.forEach((c, j) => {
          // The tiers up to j hold at least the cut-off's share…
          const upTo = result.filter((r) => labels.indexOf(r.tier) <= j);
          const held = upTo.reduce((a, r) => a.plus(r.value), new Dec(0));
          expect(held.gte(total.times(c))).toBe(true);
          // …and without its last block of equal values, less than that share.
          const lastValue = upTo[upTo.length - 1]?.value as string;
          const withoutLast = upTo.filter((r) => !new Dec(r.value).eq(lastValue)).reduce((a, r) => a.plus(r.value), new Dec(0));
          expect(withoutLast.lt(total.times(c))).toBe(true);
        });
        // Tiers never go back up along the ranking.
        const indices = result.map((r) => labels.indexOf(r.tier));
        expect(indices).toEqual([...indices].sort((a, b) => a - b));
      }),
    );
  });

  test('property: independent of input order', () => {
    const list = fc.uniqueArray(
      fc.record({ customerId: fc.string({ minLength: 1, maxLength: 4 }), value: amountString({ minUnits: 1, maxUnits: 5000 }) }),
      { selector: (c) => c.customerId, minLength: 1, maxLength: 30 },
    );
    fc.assert(
      fc.property(
        list.chain((l) => fc.tuple(fc.constant(l), fc.shuffledSubarray(l, { minLength: l.length, maxLength: l.length }))),
        ([a, b]) => {
          expect(tierCustomers(b, { method: 'pareto' })).toEqual(tierCustomers(a, { method: 'pareto' }));
        },
      ),
    );
  });
});

describe('tierCustomers: multi-criteria score', () => {
  const customers: TierCustomer[] = [
    { customerId: 'a', measures: { value: 1000, frequency: 12, tenure: 900, growth: 0.1, nps: 9, daysBeyondTerms: 0 } },
    { customerId: 'b', measures: { value: 600, frequency: 6, tenure: 300, growth: 0.4, nps: null, daysBeyondTerms: 10 } },
    { customerId: 'c', measures: { value: 200, frequency: 2, tenure: 100, growth: -0.2, nps: 4, daysBeyondTerms: 45 } },
    { customerId: 'd', measures: { value: '400.00', frequency: 4, tenure: 500, growth: 0, nps: 7, daysBeyondTerms: 5 } },
  ];
  const criteria: ScoreTierOptions['criteria'] = [
    { id: 'value', weight: 4 },
    { id: 'frequency', weight: 2, normalize: 'rank' },
    { id: 'tenure', weight: 1 },
    { id: 'growth', weight: 1, normalize: 'zScore' },
    { id: 'nps', weight: 1 },
    { id: 'daysBeyondTerms', weight: 1, direction: 'lowerIsBetter' },
  ];

  test('normalises each criterion and explains the score', () => {
    const [top] = tierCustomers(customers, { method: 'score', criteria, labels: ['VIP', 'Gold', 'Standard'], thresholds: [0.8, 0.5] });
    expect(top?.customerId).toBe('a');
    const byCriterion = Object.fromEntries(top!.contributions.map((c) => [c.criterion, c]));
    expect(byCriterion.value?.normalized).toBe(1); // min-max: (1000 − 200) / 800
    expect(byCriterion.frequency?.normalized).toBe(1); // rank: 3 of the 3 others are worse
    expect(byCriterion.daysBeyondTerms?.normalized).toBe(1); // lower is better: (45 − 0) / 45
    const growth = [0.1, 0.4, -0.2, 0];
    const mean = growth.reduce((x, y) => x + y) / 4;
    const sd = Math.sqrt(growth.reduce((x, y) => x + (y - mean) ** 2, 0) / 4);
    expect(byCriterion.growth?.normalized).toBeCloseTo((0.1 - mean) / sd, 12);
    const weights = top!.contributions.map((c) => c.weight);
    expect(weights.reduce((x, y) => x + y)).toBeCloseTo(1, 12);
    expect(byCriterion.value?.weight).toBeCloseTo(4 / 10, 12);
    expect(top!.score).toBeCloseTo(
      top!.contributions.reduce((x, c) => x + c.contribution, 0),
      12,
    );
  });

  test('an unknown measure (null) is left out and the weights renormalised', () => {
    const result = tierCustomers(customers, { method: 'score', criteria, labels: ['VIP', 'Gold', 'Standard'], thresholds: [0.8, 0.5] });
    const b = result.find((r) => r.customerId === 'b')!;
    const nps = b.contributions.find((c) => c.criterion === 'nps')!;
    expect(nps).toEqual({ criterion: 'nps', measure: null, normalized: null, weight: 0, contribution: 0 });
    expect(b.contributions.find((c) => c.criterion === 'value')?.weight).toBeCloseTo(4 / 9, 12);
  });

  test('tiers by thresholds and by shares of customers (ties together)', () => {
    const list = [10, 9, 9, 7, 6, 5, 4, 3, 2, 1].map((v, i) => ({ customerId: `c${i}`, measures: { value: v } }));
    const byShare = tierCustomers(list, {
      method: 'score',
      criteria: [{ id: 'value', weight: 1 }],
      labels: ['VIP', 'Gold', 'Rest'],
      shares: [0.05, 0.15],
    });
    // 5 % of 10: position 1 is VIP (0 < 0.5); 20 %: positions up to 2, but 9 is tied, so 2 and 3 are Gold.
    expect(tiersOf(byShare)).toBe('c0:VIP c1:Gold c2:Gold c3:Rest c4:Rest c5:Rest c6:Rest c7:Rest c8:Rest c9:Rest');
    const byThreshold = tierCustomers(list, {
      method: 'score',
      criteria: [{ id: 'value', weight: 1 }],
      labels: ['High', 'Low'],
      thresholds: [0.5],
    });
    expect(byThreshold.filter((r) => r.tier === 'High').map((r) => r.customerId)).toEqual(['c0', 'c1', 'c2', 'c3', 'c4']);
  });

  test('property: one tier each; share tiers hold at least their share, and less without their last tie block', () => {
    const list = fc.array(fc.integer({ min: 0, max: 20 }), { minLength: 1, maxLength: 40 });
    const shares = fc.array(fc.integer({ min: 1, max: 33 }), { minLength: 1, maxLength: 3 }).map((s) => s.map((x) => x / 100));
    fc.assert(
      fc.property(list, shares, fc.constantFrom('minMax', 'rank', 'zScore') as fc.Arbitrary<'minMax'>, (values, ss, normalize) => {
        const labels = ['A', 'B', 'C', 'D'].slice(0, ss.length + 1);
        const input = values.map((v, i) => ({ customerId: `c${i}`, measures: { v } }));
        const result = tierCustomers(input, { method: 'score', criteria: [{ id: 'v', weight: 1, normalize }], labels, shares: ss });
        expect(result).toHaveLength(values.length);
        let cumulative = 0;
        ss.forEach((s, j) => {
          cumulative += s;
          const upTo = result.filter((r) => labels.indexOf(r.tier) <= j);
          expect(upTo.length).toBeGreaterThanOrEqual(Math.min(values.length, Math.ceil(cumulative * values.length - 1e-9)));
          const last = upTo[upTo.length - 1];
          if (last !== undefined)
            expect(upTo.filter((r) => r.score !== last.score).length).toBeLessThan(Math.ceil(cumulative * values.length - 1e-9));
        });
      }),
    );
  });
});

describe('tierCustomers: hysteresis', () => {
  const list = valued([60, 36, 4]); // c0 A; c1 crosses 80 %: A; c2 starts at 96 %: C
  test('a customer moves down only after demoteAfter periods below; up at once', () => {
    const computed = tierCustomers(list, { method: 'pareto' });
    expect(tiersOf(computed)).toBe('c0:A c1:A c2:C');
    const previous = [
      { customerId: 'c0', tier: 'B' },
      { customerId: 'c1', tier: 'A' },
      { customerId: 'c2', tier: 'A', periodsBelow: 1 },
      { customerId: 'gone', tier: 'A' },
    ];
    const once = tierCustomers(list, { method: 'pareto', previous, demoteAfter: 3 });
    expect(once.map((r) => [r.customerId, r.tier, r.computedTier, r.previousTier, r.periodsBelow, r.movement])).toEqual([
      ['c0', 'A', 'A', 'B', 0, 'up'],
      ['c1', 'A', 'A', 'A', 0, 'same'],
      ['c2', 'A', 'C', 'A', 2, 'held'],
    ]);
    const twice = tierCustomers(list, { method: 'pareto', previous: once, demoteAfter: 3 });
    expect(twice[2]).toMatchObject({ tier: 'C', movement: 'down', periodsBelow: 0 });
    const atOnce = tierCustomers(list, { method: 'pareto', previous, demoteAfter: 1 });
    expect(atOnce[2]).toMatchObject({ tier: 'C', movement: 'down' });
  });

  test('property: with demoteAfter N, a customer that stays below is demoted in the N-th period exactly', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 6 }), (n) => {
        let previous = [{ customerId: 'c2', tier: 'A', periodsBelow: 0 }];
        for (let period = 1; period <= n; period += 1) {
          const result = tierCustomers(list, { method: 'pareto', previous, demoteAfter: n });
          const c2 = result.find((r) => r.customerId === 'c2')!;
          expect(c2.tier).toBe(period < n ? 'A' : 'C');
          previous = [{ customerId: 'c2', tier: c2.tier, periodsBelow: c2.periodsBelow }];
        }
      }),
    );
  });
});

describe('tierCustomers: purity and bad input', () => {
  test('an empty list gives an empty result', () => {
    expect(tierCustomers([], { method: 'pareto' })).toEqual([]);
    expect(tierCustomers([], { method: 'score', criteria: [{ id: 'v', weight: 1 }], labels: ['X', 'Y'], shares: [0.5] })).toEqual([]);
  });

  test('special ids, purity', () => {
    const list = SPECIAL_IDS.map((customerId, i) => ({ customerId, value: i + 1, measures: { v: i } }));
    expect(tierCustomers(list, { method: 'pareto' }).map((r) => r.customerId)).toEqual([...SPECIAL_IDS].reverse());
    expectPure(tierCustomers, list, { method: 'pareto', previous: [{ customerId: '__proto__', tier: 'A' }] });
    expectPure(tierCustomers, list, {
      method: 'score',
      criteria: [{ id: 'v', weight: 1, normalize: 'zScore' }],
      labels: ['X', 'Y'],
      shares: [0.5],
    });
  });

  const base = valued(['10.00', '5.00']);
  const pareto = (customers: TierCustomer[]): unknown => tierCustomers(customers, { method: 'pareto' });

  test('Pareto values and ids, with the path', () => {
    expectRejectsAt(pareto, base, [1, 'value'], { values: [...BAD_AMOUNTS, -1, '-0.01'], prefix: ['customers'] });
    expectRejectsAt(pareto, base, [1, 'customerId'], { values: BAD_IDS, prefix: ['customers'] });
    expectRejectsAt(pareto, base, [0], { values: [null, 2], prefix: ['customers'] });
    expectSalesOpsError(() => pareto('x' as never), 'INVALID_INPUT', ['customers']);
  });

  test('DUPLICATE_ID and ZERO_WEIGHTS', () => {
    expectSalesOpsError(() => pareto([...base, { customerId: 'c0', value: 1 }]), 'DUPLICATE_ID', ['customers', 2, 'customerId']);
    expectSalesOpsError(() => pareto(valued([0, '0.00'])), 'ZERO_WEIGHTS', ['customers']);
    expectSalesOpsError(
      () =>
        tierCustomers([{ customerId: 'a', measures: { v: 1 } }], {
          method: 'score',
          criteria: [{ id: 'v', weight: 0 }],
          labels: ['X'],
          thresholds: [],
        }),
      'ZERO_WEIGHTS',
      ['options', 'criteria'],
    );
    expectSalesOpsError(
      () =>
        tierCustomers(base, {
          method: 'pareto',
          previous: [
            { customerId: 'c0', tier: 'A' },
            { customerId: 'c0', tier: 'B' },
          ],
        }),
      'DUPLICATE_ID',
      ['options', 'previous', 1, 'customerId'],
    );
  });

  test('Pareto options', () => {
    const run = (options: unknown): unknown => tierCustomers(base, options as never);
    expectSalesOpsError(() => run({ method: 'pareto', cutoffs: [0.9, 0.8] }), 'INVALID_INPUT', ['options', 'cutoffs', 1]);
    expectSalesOpsError(() => run({ method: 'pareto', cutoffs: [0, 0.8] }), 'INVALID_INPUT', ['options', 'cutoffs', 0]);
    expectSalesOpsError(() => run({ method: 'pareto', cutoffs: [0.8, 1.2] }), 'INVALID_INPUT', ['options', 'cutoffs', 1]);
    expectSalesOpsError(() => run({ method: 'pareto', labels: ['A', 'B'] }), 'INVALID_INPUT', ['options', 'labels']);
    expectSalesOpsError(() => run({ method: 'pareto', labels: ['A', 'A', 'B'] }), 'INVALID_INPUT', ['options', 'labels']);
    expectSalesOpsError(() => run({ method: 'pareto', previous: [{ customerId: 'c0', tier: 'Z' }] }), 'INVALID_INPUT', [
      'options',
      'previous',
      0,
      'tier',
    ]);
    expectSalesOpsError(() => run({ method: 'pareto', previous: [{ customerId: 'c0', tier: 'A', periodsBelow: -1 }] }), 'INVALID_INPUT', [
      'options',
      'previous',
      0,
      'periodsBelow',
    ]);
    expectSalesOpsError(() => run({ method: 'pareto', demoteAfter: 0 }), 'INVALID_INPUT', ['options', 'demoteAfter']);
    expectSalesOpsError(() => run({ method: 'abc' }), 'INVALID_INPUT', ['options', 'method']);
    expectSalesOpsError(() => run({ method: 'pareto', cutoff: [0.5] }), 'INVALID_INPUT', ['options', 'cutoff']);
  });

  test('score options and measures', () => {
    const list = [
      { customerId: 'a', measures: { v: 1, w: 2 } },
      { customerId: 'b', measures: { v: 3, w: null } },
    ];
    const options = {
      method: 'score',
      criteria: [
        { id: 'v', weight: 1 },
        { id: 'w', weight: 1 },
      ],
      labels: ['X', 'Y'],
      thresholds: [0.5],
    } as const;
    const run = (customers: unknown, opts: unknown = options): unknown => tierCustomers(customers as never, opts as never);
    expectRejectsAt(run, list, [0, 'measures', 'v'], {
      values: BAD_AMOUNTS.filter((v) => v !== null && v !== undefined),
      prefix: ['customers'],
    });
    expectSalesOpsError(() => run([{ customerId: 'a', measures: { v: 1 } }]), 'INVALID_INPUT', ['customers', 0, 'measures', 'w']);
    expectSalesOpsError(() => run([{ customerId: 'a' }]), 'INVALID_INPUT', ['customers', 0, 'measures']);
    expectSalesOpsError(
      () =>
        run([{ customerId: 'a', measures: { v: null, w: 1 } }], {
          ...options,
          criteria: [
            { id: 'v', weight: 1 },
            { id: 'w', weight: 0 },
          ],
        }),
      'INVALID_INPUT',
      ['customers', 0, 'measures'],
    );
    expectSalesOpsError(() => run(list, { ...options, thresholds: undefined }), 'INVALID_INPUT', ['options']);
    expectSalesOpsError(() => run(list, { ...options, shares: [0.5] }), 'INVALID_INPUT', ['options']);
    expectSalesOpsError(() => run(list, { ...options, labels: ['X', 'Y', 'Z'], thresholds: [0.2, 0.5] }), 'INVALID_INPUT', [
      'options',
      'thresholds',
      1,
    ]);
    expectSalesOpsError(
      () => run(list, { ...options, thresholds: undefined, shares: [0.7, 0.6], labels: ['X', 'Y', 'Z'] }),
      'INVALID_INPUT',
      ['options', 'shares'],
    );
    expectSalesOpsError(() => run(list, { ...options, criteria: [] }), 'INVALID_INPUT', ['options', 'criteria']);
    expectSalesOpsError(
      () =>
        run(list, {
          ...options,
          criteria: [
            { id: 'v', weight: 1 },
            { id: 'v', weight: 1 },
          ],
        }),
      'DUPLICATE_ID',
      ['options', 'criteria', 1, 'id'],
    );
    expectSalesOpsError(() => run(list, { ...options, criteria: [{ id: 'v', weight: -1 }] }), 'INVALID_INPUT', [
      'options',
      'criteria',
      0,
      'weight',
    ]);
    expectSalesOpsError(() => run(list, { ...options, criteria: [{ id: 'v', weight: 1, normalize: 'log' }] }), 'INVALID_INPUT', [
      'options',
      'criteria',
      0,
      'normalize',
    ]);
  });

  test('the options are read as TierCustomersOptionsSchema reads them: same verdicts, paths and messages', () => {
    const pareto = (extra: Record<string, unknown>): unknown => ({ method: 'pareto', ...extra });
    const score = (extra: Record<string, unknown>): unknown => ({
      method: 'score',
      criteria: [{ id: 'v', weight: 1 }],
      labels: ['X', 'Y'],
      thresholds: [0.5],
      ...extra,
    });
    const numbers = BAD_NUMBERS.filter((v) => v !== undefined);
    const bad: unknown[] = [
      undefined,
      null,
      [],
      'x',
      {},
      ...['abc', null, 3, ''].map((method) => ({ method })),
      pareto({ cutoff: [0.5] }),
      pareto({ scale: 2, thresholds: [0.5] }),
      ...['x', null, [null], [1.5], [-0.1], ...numbers.map((v) => [v])].map((cutoffs) => pareto({ cutoffs })),
      ...['x', [''], [1], [null]].map((labels) => pareto({ labels })),
      ...[21, 1.5, -1, '2', null].map((scale) => pareto({ scale })),
      ...['x', [null], [[]], [{}], [{ customerId: 'a' }], [{ customerId: 'a', tier: '' }], [{ customerId: 1, tier: 'A' }]].map((previous) =>
        pareto({ previous }),
      ),
      ...[-1, 1.5, '1', null].map((periodsBelow) => pareto({ previous: [{ customerId: 'a', tier: 'A', periodsBelow }] })),
      ...[0, 1.5, 'x', null].map((demoteAfter) => pareto({ demoteAfter })),
      { method: 'score' },
      { method: 'score', criteria: [] },
      ...[
        'x',
        null,
        [null],
        [{}],
        [{ id: 'v' }],
        [{ id: '', weight: 1 }],
        [{ id: 'v', weight: 1, x: 1 }],
        ...[-1, ...numbers].map((weight) => [{ id: 'v', weight }]),
      ].map((criteria) => score({ criteria })),
      ...['log', null, 1].map((normalize) => score({ criteria: [{ id: 'v', weight: 1, normalize }] })),
      ...['up', null].map((direction) => score({ criteria: [{ id: 'v', weight: 1, direction }] })),
      ...['x', null, [''], [2]].map((labels) => score({ labels })),
      ...['x', null, ...numbers.map((v) => [v])].map((thresholds) => score({ thresholds })),
      ...['x', [2], [-0.5], [Number.NaN]].map((shares) => score({ thresholds: undefined, shares })),
      score({ cutoffs: [0.5] }),
      score({ scale: 2 }),
    ];
    for (const options of bad)
      expectSameFirstIssue(() => tierCustomers(base, options as never), TierCustomersOptionsSchema, options, ['options']);
    for (const options of [
      { method: 'pareto' },
      {
        method: 'pareto',
        cutoffs: [0.5, 1],
        labels: ['A', 'B', 'C'],
        scale: 0,
        previous: [{ customerId: 'c0', tier: 'C', periodsBelow: 0, note: 'kept' }],
        demoteAfter: 1,
      },
      {
        method: 'score',
        criteria: [{ id: 'v', weight: 0.5, normalize: 'rank', direction: 'lowerIsBetter' }],
        labels: ['X', 'Y'],
        shares: [0.5],
      },
    ] as const) {
      expect(TierCustomersOptionsSchema.safeParse(options).success).toBe(true);
      const customers = base.map((c, i) => ({ ...c, measures: { v: i } }));
      expect(() => tierCustomers(customers, options as never)).not.toThrow();
    }
  });

  test('the hand-written checks and TierCustomerSchema reject the same values', () => {
    for (const bad of [...BAD_AMOUNTS.filter((v) => v !== undefined), -1]) {
      const row = { customerId: 'a', value: bad };
      expect(TierCustomerSchema.safeParse(row).success, String(bad)).toBe(false);
      expectSalesOpsError(() => pareto([row as never]), 'INVALID_INPUT', ['customers', 0, 'value']);
    }
    for (const bad of BAD_AMOUNTS.filter((v) => v !== null && v !== undefined)) {
      const row = { customerId: 'a', measures: { v: bad } };
      expect(TierCustomerSchema.safeParse(row).success, String(bad)).toBe(false);
      expectSalesOpsError(
        () => tierCustomers([row as never], { method: 'score', criteria: [{ id: 'v', weight: 1 }], labels: ['X'], thresholds: [] }),
        'INVALID_INPUT',
        ['customers', 0, 'measures', 'v'],
      );
    }
    for (const bad of BAD_IDS) {
      const row = withValueAt({ customerId: 'a', value: 1 }, ['customerId'], bad);
      expect(TierCustomerSchema.safeParse(row).success).toBe(false);
      // Ids and rows are read by the core readers, in the schema's words.
      expectSameFirstIssue(() => pareto([{ customerId: 'z', value: 1 }, row]), TierCustomerSchema, row, ['customers', 1]);
    }
    for (const row of [null, 2, 'a', [], undefined])
      expectSameFirstIssue(() => pareto([row as never]), TierCustomerSchema, row, ['customers', 0]);
    expect(
      TierCustomersOptionsSchema.safeParse({ method: 'score', criteria: [{ id: 'v', weight: 1 }], labels: ['X'], shares: [] }).success,
    ).toBe(true);
  });
});

describe('signs are exact in the schema and the function alike', () => {
  test("'-1e-400' is a negative value for both; '-0.00' is zero for both", () => {
    expect(TierCustomerSchema.safeParse({ customerId: 'a', value: '-1e-400' }).success).toBe(false);
    expectSalesOpsError(
      () =>
        tierCustomers(
          [
            { customerId: 'a', value: '-1e-400' },
            { customerId: 'b', value: 1 },
          ],
          { method: 'pareto' },
        ),
      'INVALID_INPUT',
      ['customers', 0, 'value'],
    );
    expect(TierCustomerSchema.safeParse({ customerId: 'a', value: '-0.00' }).success).toBe(true);
    expect(
      tierCustomers(
        [
          { customerId: 'a', value: '-0.00' },
          { customerId: 'b', value: 1 },
        ],
        { method: 'pareto' },
      ).map((t) => t.customerId),
    ).toEqual(['b', 'a']);
  });
});
