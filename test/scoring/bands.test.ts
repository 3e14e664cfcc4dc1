import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { assignBands, type BandScheme, BandSchemeSchema, BandScoresSchema } from 'salesops-kit/scoring';
import { BAD_IDS, BAD_NUMBERS, expectPure, expectRejectsAt, expectSalesOpsError, SPECIAL_IDS } from '../helpers/bad-input.js';

const people = (scores: number[]) => scores.map((score, i) => ({ id: `p${i}`, score }));
const ABC: BandScheme = {
  kind: 'absolute',
  bands: [
    { label: 'A', min: 90 },
    { label: 'B', min: 75 },
    { label: 'C', min: 50 },
  ],
};
const FORCED: BandScheme = {
  kind: 'forced',
  bands: [
    { label: 'top', share: 20 },
    { label: 'core', share: 70 },
    { label: 'low', share: 10 },
  ],
};

describe('assignBands: absolute', () => {
  test('a score at or above a band’s min gets it; below every band, null', () => {
    const result = assignBands(people([95, 90, 89.99, 75, 50, 49]), ABC);
    expect(result.assignments.map((a) => a.band)).toEqual(['A', 'A', 'B', 'B', 'C', null]);
    expect(result.bands).toEqual([
      { label: 'A', count: 2 },
      { label: 'B', count: 2 },
      { label: 'C', count: 1 },
    ]);
    expect(result.assignments.map((a) => a.rank)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  test('the last band may catch everything below', () => {
    const result = assignBands(people([10, 99]), { kind: 'absolute', bands: [{ label: 'A', min: 90 }, { label: 'rest' }] });
    expect(result.assignments.map((a) => a.band)).toEqual(['rest', 'A']);
  });
});

describe('assignBands: forced distribution', () => {
  test('20 / 70 / 10 of 10 people by largest remainder; ranks reported', () => {
    const result = assignBands(people([60, 95, 70, 80, 75, 65, 85, 90, 78, 50]), FORCED);
    expect(result.bands).toEqual([
      { label: 'top', count: 2, quota: 2 },
      { label: 'core', count: 7, quota: 7 },
      { label: 'low', count: 1, quota: 1 },
    ]);
    expect(result.assignments.map((a) => [a.id, a.rank, a.band])).toEqual([
      ['p0', 9, 'core'],
      ['p1', 1, 'top'],
      ['p2', 7, 'core'],
      ['p3', 4, 'core'],
      ['p4', 6, 'core'],
      ['p5', 8, 'core'],
      ['p6', 3, 'core'],
      ['p7', 2, 'top'],
      ['p8', 5, 'core'],
      ['p9', 10, 'low'],
    ]);
  });

  test("ties across a boundary stay together ('keepTogether'): the better band overflows, the ones below shrink", () => {
    const result = assignBands(people([95, 90, 90, 85, 80, 78, 75, 70, 65, 60]), FORCED);
    expect(result.bands).toEqual([
      { label: 'top', count: 3, quota: 2 },
      { label: 'core', count: 6, quota: 7 },
      { label: 'low', count: 1, quota: 1 },
    ]);
    expect(result.assignments.slice(0, 3).map((a) => [a.rank, a.band])).toEqual([
      [1, 'top'],
      [2, 'top'],
      [2, 'top'],
    ]);
  });

  test("'secondaryKey' breaks ties by the secondary key (higher first); equal on both stay together", () => {
    const scores = [
      { id: 'a', score: 95, secondary: 0 },
      { id: 'b', score: 90, secondary: 1 },
      { id: 'c', score: 90, secondary: 2 },
      ...people([85, 80, 78, 75, 70, 65, 60]),
    ].map((p) => ({ secondary: 0, ...p }));
    const result = assignBands(scores, { ...FORCED, ties: 'secondaryKey' } as BandScheme);
    expect(result.assignments.slice(0, 3).map((a) => [a.id, a.rank, a.band])).toEqual([
      ['a', 1, 'top'],
      ['b', 3, 'core'],
      ['c', 2, 'top'],
    ]);
    expect(result.bands.map((b) => b.count)).toEqual([2, 7, 1]);
    const still = scores.map((p) => (p.id === 'c' ? { ...p, secondary: 1 } : p));
    expect(assignBands(still, { ...FORCED, ties: 'secondaryKey' } as BandScheme).bands.map((b) => b.count)).toEqual([3, 6, 1]);
    expectSalesOpsError(() => assignBands(people([1, 2]), { ...FORCED, ties: 'secondaryKey' } as BandScheme), 'INVALID_INPUT', [
      'scores',
      0,
      'secondary',
    ]);
  });

  test('everyone tied: one band holds them all', () => {
    expect(assignBands(people([7, 7, 7, 7]), FORCED).bands.map((b) => b.count)).toEqual([4, 0, 0]);
  });

  test('an empty population', () => {
    expect(assignBands([], FORCED)).toEqual({
      assignments: [],
      bands: [
        { label: 'top', count: 0, quota: 0 },
        { label: 'core', count: 0, quota: 0 },
        { label: 'low', count: 0, quota: 0 },
      ],
    });
  });

  test('property: head counts always sum to the population; quotas too; nobody better is banded below somebody worse', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 20 }), { maxLength: 60 }),
        fc.array(fc.integer({ min: 0, max: 50 }), { minLength: 1, maxLength: 5 }).filter((s) => s.some((x) => x > 0)),
        (scores, shares) => {
          const scheme: BandScheme = { kind: 'forced', bands: shares.map((share, i) => ({ label: `b${i}`, share })) };
          const result = assignBands(people(scores), scheme);
          expect(result.bands.reduce((a, b) => a + b.count, 0)).toBe(scores.length);
          expect(result.bands.reduce((a, b) => a + (b.quota as number), 0)).toBe(scores.length);
          const bandIndex = (label: string | null): number => Number(label?.slice(1));
          for (const x of result.assignments) {
            for (const y of result.assignments) {
              if (x.score > y.score) expect(bandIndex(x.band)).toBeLessThanOrEqual(bandIndex(y.band));
              if (x.score === y.score) expect(x.band).toBe(y.band);
            }
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('assignBands: purity, ids and bad input', () => {
  test('special ids, purity', () => {
    const special = SPECIAL_IDS.map((id, i) => ({ id, score: i }));
    expect(expectPure(assignBands, special, FORCED).assignments.map((a) => a.id)).toEqual([...SPECIAL_IDS]);
    expectPure(assignBands, people([1, 2, 3]), ABC);
  });

  test('bad input', () => {
    const base = people([1, 2]);
    const call = (s: unknown): unknown => assignBands(s as typeof base, ABC);
    expectRejectsAt(call, base, [0, 'id'], { values: BAD_IDS, prefix: ['scores'] });
    expectRejectsAt(call, base, [0, 'score'], { values: BAD_NUMBERS, prefix: ['scores'] });
    expectRejectsAt(call, base, [1, 'secondary'], { values: [Number.NaN, '1', null], prefix: ['scores'] });
    const scheme = (s: unknown): unknown => assignBands(base, s as BandScheme);
    expectRejectsAt(scheme, FORCED, ['bands', 0, 'share'], { values: [...BAD_NUMBERS, -1], prefix: ['scheme'] });
    expectRejectsAt(scheme, FORCED, ['bands', 1, 'label'], { values: ['', null, 1], prefix: ['scheme'] });
    expectRejectsAt(scheme, FORCED, ['ties'], { values: ['split', null], prefix: ['scheme'] });
    expectRejectsAt(scheme, ABC, ['bands', 1, 'min'], { values: [90, 95, undefined], prefix: ['scheme'] });
    expectSalesOpsError(() => assignBands(base, { kind: 'quota', bands: [] } as never), 'INVALID_INPUT', ['scheme', 'kind']);
    expectSalesOpsError(() => assignBands(base, null as never), 'INVALID_INPUT', ['scheme']);
    expectSalesOpsError(() => assignBands(base, { kind: 'forced', bands: [] } as never), 'INVALID_INPUT', ['scheme', 'bands']);
    expectSalesOpsError(() => assignBands([...base, { id: 'p0', score: 3 }], ABC), 'DUPLICATE_ID', ['scores', 2, 'id']);
    expectSalesOpsError(() => assignBands(base, { kind: 'forced', bands: [{ label: 'x', share: 0 }] }), 'ZERO_WEIGHTS', [
      'scheme',
      'bands',
    ]);
    expect(BandScoresSchema.safeParse([{ id: 'a', score: '1' }]).success).toBe(false);
    expect(BandSchemeSchema.safeParse({ kind: 'absolute', bands: [{ label: 'A', min: '90' }] }).success).toBe(false);
  });
});
