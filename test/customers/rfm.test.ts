import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { Dec } from '../../src/core/decimal.js';
import {
  RFM_SEGMENTS,
  type RfmCustomer,
  RfmCustomerSchema,
  type RfmOptions,
  RfmOptionsSchema,
  rfmScores,
} from '../../src/customers/rfm.js';
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

const customer = (customerId: string, recencyDays: number, frequency: number, monetaryTotal: string | number): RfmCustomer => ({
  customerId,
  recencyDays,
  frequency,
  monetaryTotal,
});

const customerArb = fc.record({
  customerId: fc.string({ minLength: 1, maxLength: 6 }),
  recencyDays: fc.integer({ min: 0, max: 400 }),
  frequency: fc.integer({ min: 0, max: 12 }),
  monetaryTotal: amountString({ minUnits: -10000, maxUnits: 500000 }),
});
const customersArb = fc.uniqueArray(customerArb, { selector: (c) => c.customerId, minLength: 1, maxLength: 60 });

describe('rfmScores', () => {
  test('scores by rank: 1 + floor(bins × (rank − 1) / n), equal values share the lowest rank', () => {
    // Ten customers with frequencies 1,1,1,2,2,3,4,5,5,9: ranks 1,1,1,4,4,6,7,8,8,10.
    const frequencies = [1, 1, 1, 2, 2, 3, 4, 5, 5, 9];
    const scores = rfmScores(
      frequencies.map((f, i) => customer(`c${i}`, 10, f, '1')),
      {},
    );
    expect(scores.map((s) => s.frequencyRank)).toEqual([1, 1, 1, 4, 4, 6, 7, 8, 8, 10]);
    expect(scores.map((s) => s.f)).toEqual([1, 1, 1, 2, 2, 3, 4, 4, 4, 5]);
    // All recencies equal: everyone shares rank 1 and score 1.
    expect(new Set(scores.map((s) => s.r))).toEqual(new Set([1]));
    expect(scores.map((s) => s.rfm)[9]).toBe('151');
  });

  test('recency: fewer days since the last purchase is better', () => {
    const scores = rfmScores([customer('old', 300, 1, 1), customer('recent', 2, 1, 1), customer('mid', 40, 1, 1)], { bins: 3 });
    expect(scores.map((s) => [s.customerId, s.recencyRank, s.r])).toEqual([
      ['old', 1, 1],
      ['recent', 3, 3],
      ['mid', 2, 2],
    ]);
  });

  test('differs from quantile breaks (R rfm) on tied data', () => {
    // R's rfm package (rsquaredacademy/rfm, R/rfm-table.R and R/utils.R) scores a measure by the
    // interval it falls in, between min, quantile(x, seq(0, 1, length.out = bins + 1)) inner
    // breaks + 1 (type 7, interpolated), and max + 1. Re-implemented here on 20 frequencies, 12
    // of them 1: the breaks are 2, 2, 2.4, 4, so score 2 is empty and 2 purchases score 3.
    // By rank, the score says how many customers are worse: 2 purchases is rank 13 of 20 (12
    // worse), score 1 + floor(5 × 12 / 20) = 4.
    const f = [...Array(12).fill(1), 2, 2, 2, 3, 3, 4, 6, 9] as number[];
    const quantile7 = (sorted: number[], p: number): number => {
      const h = (sorted.length - 1) * p;
      const lo = Math.floor(h);
      return sorted[lo]! + (h - lo) * ((sorted[Math.min(lo + 1, sorted.length - 1)] ?? 0) - sorted[lo]!);
    };
    const breaks = [0.2, 0.4, 0.6, 0.8].map((p) => quantile7(f, p) + 1);
    expect(breaks.map((b) => b.toFixed(6))).toEqual(['2.000000', '2.000000', '2.400000', '4.000000']);
    const lower = [Math.min(...f), ...breaks];
    const upper = [...breaks, Math.max(...f) + 1];
    const rScores = f.map((x) => 1 + lower.findIndex((l, i) => x >= l && x < upper[i]!));
    expect(rScores).toEqual([...Array(12).fill(1), 3, 3, 3, 4, 4, 5, 5, 5]);
    const ours = rfmScores(
      f.map((x, i) => customer(String(i), 1, x, 1)),
      {},
    ).map((s) => s.f);
    expect(ours).toEqual([...Array(12).fill(1), 4, 4, 4, 4, 4, 5, 5, 5]);
  });

  test('bins from 1 to 9; the code has three digits', () => {
    const list = Array.from({ length: 9 }, (_, i) => customer(`c${i}`, 9 - i, i, String(i)));
    expect(rfmScores(list, { bins: 9 }).map((s) => s.rfm)).toEqual(['111', '222', '333', '444', '555', '666', '777', '888', '999']);
    expect(rfmScores(list, { bins: 1 }).every((s) => s.rfm === '111')).toBe(true);
  });

  test('default segments: the map covers all 125 combinations, first match wins', () => {
    // Build customers whose 5-point scores hit every combination: 5 customers per measure value.
    const seen = new Map<string, string>();
    for (let r = 1; r <= 5; r += 1) {
      for (let f = 1; f <= 5; f += 1) {
        for (let m = 1; m <= 5; m += 1) {
          const rule = RFM_SEGMENTS.find(
            (x) =>
              (!x.r || (x.r[0] <= r && r <= x.r[1])) && (!x.f || (x.f[0] <= f && f <= x.f[1])) && (!x.m || (x.m[0] <= m && m <= x.m[1])),
          );
          expect(rule, `${r}${f}${m}`).toBeDefined();
          seen.set(`${r}${f}${m}`, rule?.name as string);
        }
      }
    }
    expect(new Set(seen.values())).toEqual(new Set(RFM_SEGMENTS.map((x) => x.name)));
    expect(seen.get('555')).toBe('Champions');
    expect(seen.get('553')).toBe('Loyal');
    expect(seen.get('151')).toBe('At risk');
    expect(seen.get('155')).toBe("Can't lose");
    expect(seen.get('111')).toBe('Lost');
    expect(Object.isFrozen(RFM_SEGMENTS) && Object.isFrozen(RFM_SEGMENTS[0]) && Object.isFrozen(RFM_SEGMENTS[0]?.r)).toBe(true);
  });

  test('the default map reads the 5-point scores whatever bins is', () => {
    const list = Array.from({ length: 10 }, (_, i) => customer(`c${i}`, 100 - i, i, String(i * 10)));
    const three = rfmScores(list, { bins: 3 });
    const five = rfmScores(list, {});
    expect(three.map((s) => s.segment)).toEqual(five.map((s) => s.segment));
    expect(three.map((s) => s.rfm)).not.toEqual(five.map((s) => s.rfm));
  });

  test('custom segment maps, first match wins, with a catch-all', () => {
    const list = [customer('a', 1, 5, 500), customer('b', 50, 1, 10), customer('c', 20, 3, 80)];
    const options = {
      bins: 3,
      segments: [
        { name: 'Top', r: [3, 3] as const },
        { name: 'Also top', r: [2, 3] as const },
      ],
      otherSegment: 'Rest',
    };
    expect(rfmScores(list, options).map((s) => s.segment)).toEqual(['Top', 'Rest', 'Also top']);
    expect(rfmScores(list, { segments: [] }).map((s) => s.segment)).toEqual(['Other', 'Other', 'Other']);
  });

  test('property: every customer gets exactly one segment, from the map or the catch-all', () => {
    const rule = fc.record({
      name: fc.constantFrom('X', 'Y', 'Z'),
      r: fc.option(fc.tuple(fc.integer({ min: 1, max: 3 }), fc.integer({ min: 3, max: 4 })), { nil: undefined }),
      f: fc.option(fc.tuple(fc.integer({ min: 1, max: 2 }), fc.integer({ min: 2, max: 4 })), { nil: undefined }),
    });
    fc.assert(
      fc.property(customersArb, fc.array(rule, { maxLength: 4 }), (list, segments) => {
        const clean = segments.map((s) => Object.fromEntries(Object.entries(s).filter(([, v]) => v !== undefined))) as never[];
        const scores = rfmScores(list, { bins: 4, segments: clean, otherSegment: 'Other' });
        expect(scores).toHaveLength(list.length);
        for (const s of scores) {
          const first = (clean as Array<{ name: string; r?: number[]; f?: number[] }>).find(
            (x) => (!x.r || (x.r[0]! <= s.r && s.r <= x.r[1]!)) && (!x.f || (x.f[0]! <= s.f && s.f <= x.f[1]!)),
          );
          expect(s.segment).toBe(first?.name ?? 'Other');
        }
        const defaults = rfmScores(list, {});
        expect(defaults.every((s) => RFM_SEGMENTS.some((x) => x.name === s.segment))).toBe(true);
      }),
    );
  });

  test('property: scores do not depend on the order of the input', () => {
    fc.assert(
      fc.property(
        customersArb.chain((list) =>
          fc.tuple(fc.constant(list), fc.shuffledSubarray(list, { minLength: list.length, maxLength: list.length })),
        ),
        fc.integer({ min: 1, max: 9 }),
        ([list, shuffled], bins) => {
          const byId = (scores: ReturnType<typeof rfmScores>): Map<string, unknown> => new Map(scores.map((s) => [s.customerId, s]));
          expect(byId(rfmScores(shuffled, { bins }))).toEqual(byId(rfmScores(list, { bins })));
        },
      ),
    );
  });

  test('property: raising a customer’s monetary total never lowers its M score (or its rank)', () => {
    fc.assert(
      fc.property(
        customersArb,
        fc.nat(),
        fc.integer({ min: 0, max: 100000 }),
        fc.integer({ min: 1, max: 9 }),
        (list, pick, raise, bins) => {
          const i = pick % list.length;
          const raised = list.map((c, k) =>
            k === i ? { ...c, monetaryTotal: new Dec(c.monetaryTotal).plus(raise).dividedBy(1).toFixed(2) } : c,
          );
          const before = rfmScores(list, { bins })[i];
          const after = rfmScores(raised, { bins })[i];
          expect(after?.m).toBeGreaterThanOrEqual(before?.m as number);
          expect(after?.monetaryRank).toBeGreaterThanOrEqual(before?.monetaryRank as number);
        },
      ),
    );
  });

  test('property: equal values always share a score; scores are within 1..bins and every rank is 1 + the number worse', () => {
    fc.assert(
      fc.property(customersArb, fc.integer({ min: 1, max: 9 }), (list, bins) => {
        const scores = rfmScores(list, { bins });
        list.forEach((c, i) => {
          const s = scores[i]!;
          expect(s.monetaryRank).toBe(1 + list.filter((o) => new Dec(o.monetaryTotal).lt(c.monetaryTotal)).length);
          expect(s.recencyRank).toBe(1 + list.filter((o) => o.recencyDays > c.recencyDays).length);
          for (const v of [s.r, s.f, s.m]) expect(v >= 1 && v <= bins).toBe(true);
        });
        for (let a = 0; a < list.length; a += 1) {
          for (let b = 0; b < list.length; b += 1) if (list[a]!.frequency === list[b]!.frequency) expect(scores[a]!.f).toBe(scores[b]!.f);
        }
      }),
    );
  });

  test('money read exactly: Decimals and long strings rank like short ones', () => {
    const list = [customer('a', 1, 1, '12345678901234567.01'), customer('b', 1, 1, '12345678901234567.02'), customer('c', 1, 1, 3)];
    expect(rfmScores(list, {}).map((s) => s.monetaryRank)).toEqual([2, 3, 1]);
    const decimals = [customer('a', 1, 1, 0), customer('b', 1, 1, 0)].map((c, i) => ({ ...c, monetaryTotal: new Dec(i) }));
    expect(rfmScores(decimals, {}).map((s) => s.monetaryRank)).toEqual([1, 2]);
  });

  test('property: exotic amounts (Decimals, exponents, more than 15 digits) rank exactly', () => {
    const exotic = fc.oneof(
      fc.integer({ min: 0, max: 30 }).map((k) => `12345678901234567.${String(k).padStart(2, '0')}`),
      fc.integer({ min: -5, max: 5 }).map((k) => new Dec(k).dividedBy(1000)),
      fc.integer({ min: -5, max: 5 }).map((k) => `${k}e-3`),
      fc.constantFrom<string | number>('1e-9999', '-1e-9999', 0, '0.0', 0.1 + 0.2, '0.3'),
    );
    fc.assert(
      fc.property(fc.array(exotic, { minLength: 1, maxLength: 25 }), (money) => {
        const list = money.map((m, i) => customer(`c${i}`, 1, 1, m as string));
        const ranks = rfmScores(list, {}).map((s) => s.monetaryRank);
        expect(ranks).toEqual(money.map((m) => 1 + money.filter((o) => new Dec(o as string).lt(m as string)).length));
      }),
    );
  });

  test('special ids; empty input; purity', () => {
    const list = SPECIAL_IDS.map((id, i) => customer(id, i, i, i));
    expect(rfmScores(list, {}).map((s) => s.customerId)).toEqual([...SPECIAL_IDS]);
    expect(rfmScores([], {})).toEqual([]);
    expectPure(rfmScores, list, { bins: 3, segments: [{ name: 'Best', r: [3, 3] }] });
    expectPure(rfmScores, list);
  });
});

describe('rfmScores: bad input', () => {
  const base = [customer('a', 1, 2, '10.00'), customer('b', 3, 4, '5.00')];
  const call = (summaries: RfmCustomer[]): unknown => rfmScores(summaries, {});
  const badCounts = [...BAD_NUMBERS, -1, -0.5];

  test('every field, with the path', () => {
    expectRejectsAt(call, base, [1, 'customerId'], { values: BAD_IDS, prefix: ['summaries'] });
    expectRejectsAt(call, base, [1, 'recencyDays'], { values: badCounts, prefix: ['summaries'] });
    expectRejectsAt(call, base, [1, 'frequency'], { values: badCounts, prefix: ['summaries'] });
    expectRejectsAt(call, base, [1, 'monetaryTotal'], { values: BAD_AMOUNTS, prefix: ['summaries'] });
    expectRejectsAt(call, base, [0], { values: [null, 1, 'a'], prefix: ['summaries'] });
    expectSalesOpsError(() => call({} as never), 'INVALID_INPUT', ['summaries']);
  });

  test('DUPLICATE_ID', () => {
    expectSalesOpsError(() => call([...base, customer('a', 1, 1, 1)]), 'DUPLICATE_ID', ['summaries', 2, 'customerId']);
  });

  test('options', () => {
    const run = (options: unknown): unknown => rfmScores(base, options as never);
    for (const bins of [0, 10, 2.5, '5', null]) expectSalesOpsError(() => run({ bins }), 'INVALID_INPUT', ['options', 'bins']);
    expectSalesOpsError(() => run({ bin: 5 }), 'INVALID_INPUT', ['options', 'bin']);
    expectSalesOpsError(() => run({ segments: [{ name: 'X', r: [3, 2] }] }), 'INVALID_INPUT', ['options', 'segments', 0, 'r']);
    expectSalesOpsError(() => run({ bins: 3, segments: [{ name: 'X', f: [1, 4] }] }), 'INVALID_INPUT', ['options', 'segments', 0, 'f']);
    expectSalesOpsError(() => run({ segments: [{ name: '' }] }), 'INVALID_INPUT', ['options', 'segments', 0, 'name']);
    expectSalesOpsError(() => run({ segments: [{ name: 'X', rr: [1, 2] }] }), 'INVALID_INPUT', ['options', 'segments', 0, 'rr']);
    expectSalesOpsError(() => run({ otherSegment: '' }), 'INVALID_INPUT', ['options', 'otherSegment']);
  });

  test('the hand-written checks and RfmCustomerSchema reject the same values, with the same paths and messages', () => {
    const good = customer('a', 1, 2, '3.00');
    expect(RfmCustomerSchema.safeParse(good).success).toBe(true);
    const cases: Array<[string, readonly unknown[]]> = [
      ['customerId', BAD_IDS],
      ['recencyDays', badCounts],
      ['frequency', badCounts],
      ['monetaryTotal', BAD_AMOUNTS],
    ];
    for (const [field, values] of cases) {
      for (const bad of values) {
        const row = withValueAt(good, [field], bad);
        expect(RfmCustomerSchema.safeParse(row).success, `${field} ${String(bad)}`).toBe(false);
        expectSalesOpsError(() => call([row]), 'INVALID_INPUT', ['summaries', 0, field]);
        expectSameFirstIssue(() => call([customer('z', 1, 1, 1), row]), RfmCustomerSchema, row, ['summaries', 1]);
      }
    }
    for (const row of [null, 1, 'a', [], undefined])
      expectSameFirstIssue(() => call([row as never]), RfmCustomerSchema, row, ['summaries', 0]);
    expect(RfmOptionsSchema.safeParse({ bins: 9, otherSegment: 'Rest' }).success).toBe(true);
  });

  test('the options are read as RfmOptionsSchema reads them: same verdicts, paths and messages', () => {
    const bad: unknown[] = [
      null,
      [],
      'x',
      ...[0, 10, 2.5, '5', null, Number.NaN].map((bins) => ({ bins })),
      { bin: 5 },
      { segments: 'x' },
      { segments: [null] },
      { segments: [{}] },
      { segments: [{ name: '' }] },
      { segments: [{ name: 1 }] },
      ...['x', null, [1], [1, 2, 3], [0, 2], [1, 10], [1.5, 2], [1, '2']].map((r) => ({ segments: [{ name: 'X', r }] })),
      { segments: [{ name: 'X', m: [1, 0] }] },
      { segments: [{ name: 'X', rr: [1, 2] }] },
      { otherSegment: '' },
      { otherSegment: 3 },
    ];
    for (const options of bad) expectSameFirstIssue(() => rfmScores(base, options as never), RfmOptionsSchema, options, ['options']);
    const good: RfmOptions[] = [
      {},
      { bins: 1 },
      { bins: 9, segments: [], otherSegment: 'Rest' },
      { segments: [{ name: 'X', r: [1, 1], f: [2, 5], m: [5, 5] }] },
    ];
    for (const options of good) {
      expect(RfmOptionsSchema.safeParse(options).success).toBe(true);
      expect(() => rfmScores(base, options)).not.toThrow();
    }
  });
});
