import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  AhpJudgementOptionsSchema,
  AhpJudgementsSchema,
  AhpMatrixSchema,
  AhpOptionsSchema,
  ahpWeights,
  ahpWeightsFromJudgements,
  randomIndex,
} from 'salesops-kit/scoring';
import { BAD_IDS, BAD_NUMBERS, expectPure, expectRejectsAt, expectSalesOpsError, SPECIAL_IDS } from '../helpers/bad-input.js';

const round = (x: number, places: number): number => Number(x.toFixed(places));

// Saaty, T. L. (2008). "Decision making with the analytic hierarchy process". International
// Journal of Services Sciences 1(1), 83–98: "Which drink is consumed more in the U.S.?" — the
// judgement matrix for coffee, wine, tea, beer, sodas, milk and water, its derived priorities
// .177, .019, .042, .116, .190, .129, .327 and consistency ratio .022 (the figures as printed;
// transcribed in the test suite of ahpy, PhilipGriffith/AHPy tests/test_ahp.py). The paper also
// prints the actual consumption shares, .180 .010 .040 .120 .180 .140 .330 — the point of the
// example is how close the judgements come.
const DRINKS = [
  [1, 9, 5, 2, 1, 1, 1 / 2],
  [1 / 9, 1, 1 / 3, 1 / 9, 1 / 9, 1 / 9, 1 / 9],
  [1 / 5, 3, 1, 1 / 3, 1 / 4, 1 / 3, 1 / 9],
  [1 / 2, 9, 3, 1, 1 / 2, 1, 1 / 3],
  [1, 9, 4, 2, 1, 2, 1 / 2],
  [1, 9, 3, 1, 1 / 2, 1, 1 / 3],
  [2, 9, 9, 3, 2, 3, 1],
];

// Wikipedia, "Analytic hierarchy process – leader example"
// (https://en.wikipedia.org/wiki/Analytic_hierarchy_process_%E2%80%93_leader_example), the
// criteria compared with respect to the goal: Experience is 4× Education, 3× Charisma, 7× Age;
// Charisma 3× Education; Education 3× Age; Charisma 5× Age. Published priorities: Experience
// .547, Education .127, Charisma .270, Age .056; CR = .044. The exact principal eigenvector
// gives Experience 0.54760, which rounds to .548: the page's figure is one unit lower in the
// last place (its four figures add up to exactly 1.000, ours rounded to 1.001), so the weights
// are compared within one unit of the printed last digit, and CR at the printed precision.
const LEADER = [
  [1, 4, 3, 7],
  [1 / 4, 1, 1 / 3, 3],
  [1 / 3, 3, 1, 5],
  [1 / 7, 1 / 3, 1 / 5, 1],
];

describe('published reference cases', () => {
  test('Saaty (2008): drink consumption in the U.S.', () => {
    const result = ahpWeights(DRINKS);
    expect(result.weights.map((w) => round(w, 3))).toEqual([0.177, 0.019, 0.042, 0.116, 0.19, 0.129, 0.327]);
    expect(round(result.consistencyRatio, 3)).toBe(0.022);
    expect(result.consistent).toBe(true);
    expect(result.randomIndex).toBe(1.32);
  });

  test('Wikipedia leader example: the criteria weights', () => {
    const result = ahpWeights(LEADER);
    [0.547, 0.127, 0.27, 0.056].forEach((published, i) =>
      expect(Math.abs((result.weights[i] as number) - published)).toBeLessThanOrEqual(0.001),
    );
    expect(result.weights.map((w) => round(w, 3))).toEqual([0.548, 0.127, 0.27, 0.056]);
    expect(round(result.consistencyRatio, 3)).toBe(0.044);
    expect(result.consistent).toBe(true);
  });

  test('the same matrices as judgements give the same weights keyed by id', () => {
    const names = ['experience', 'education', 'charisma', 'age'];
    const judgements = names.flatMap((a, i) =>
      names.slice(i + 1).map((b, k) => ({ a, b, value: (LEADER[i] as number[])[i + 1 + k] as number })),
    );
    const result = ahpWeightsFromJudgements(judgements);
    expect(result.items).toEqual(names);
    expect(Object.entries(result.weights).map(([id, w]) => [id, round(w, 3)])).toEqual([
      ['experience', 0.548],
      ['education', 0.127],
      ['charisma', 0.27],
      ['age', 0.056],
    ]);
    expect(result.matrix[3]?.[0]).toBeCloseTo(1 / 7, 15);
    // Direction does not matter: b over a with 1 / value is the same judgement.
    const flipped = judgements.map(({ a, b, value }) => ({ a: b, b: a, value: 1 / value }));
    const again = ahpWeightsFromJudgements(flipped, { items: names });
    for (const id of names) expect(again.weights[id]).toBeCloseTo(result.weights[id] as number, 12);
  });
});

describe('ahpWeights', () => {
  test('the geometric mean method', () => {
    const result = ahpWeights(DRINKS, { method: 'geometricMean' });
    expect(result.method).toBe('geometricMean');
    expect(result.iterations).toBe(0);
    expect(result.weights.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 14);
    // Close to the eigenvector, not equal to it.
    expect(result.weights[6]).toBeCloseTo(0.3243, 4);
    expect(result.consistencyRatio).toBeCloseTo(0.0221, 4);
  });

  test('n = 1 and n = 2 are always consistent', () => {
    expect(ahpWeights([[1]])).toMatchObject({ weights: [1], lambdaMax: 1, consistencyIndex: 0, consistencyRatio: 0, consistent: true });
    const two = ahpWeights([
      [1, 9],
      [1 / 9, 1],
    ]);
    expect(two.weights[0]).toBeCloseTo(0.9, 15);
    expect(two.weights[1]).toBeCloseTo(0.1, 15);
    expect(two).toMatchObject({ consistencyRatio: 0, consistent: true });
  });

  test('an inconsistent matrix is reported inconsistent (CR ≥ 0.1)', () => {
    // a > b, b > c, but c > a: a preference cycle.
    const cycle = ahpWeights([
      [1, 5, 1 / 5],
      [1 / 5, 1, 5],
      [5, 1 / 5, 1],
    ]);
    expect(cycle.consistencyRatio).toBeGreaterThan(1);
    expect(cycle.consistent).toBe(false);
    expect(cycle.weights.map((w) => round(w, 6))).toEqual([0.333333, 0.333333, 0.333333]);
  });

  test('rounded reciprocals within reciprocalTolerance pass; looser ones are NOT_RECIPROCAL', () => {
    expect(
      ahpWeights([
        [1, 3],
        [0.333, 1],
      ]).weights[0],
    ).toBeCloseTo(0.75, 3);
    expect(
      ahpWeights([
        [1, 3],
        [0.33, 1],
      ]).consistent,
    ).toBe(true);
    expectSalesOpsError(
      () =>
        ahpWeights([
          [1, 7],
          [0.14, 1],
        ]),
      'NOT_RECIPROCAL',
      ['matrix', 1, 0],
    );
    expect(
      ahpWeights(
        [
          [1, 7],
          [0.14, 1],
        ],
        { reciprocalTolerance: 0.05 },
      ).consistent,
    ).toBe(true);
    expectSalesOpsError(
      () =>
        ahpWeights(
          [
            [1, 3],
            [1 / 3, 1],
          ],
          { reciprocalTolerance: 1 },
        ),
      'INVALID_INPUT',
      ['options', 'reciprocalTolerance'],
    );
  });

  // The random index: n = 1..10 as the contract fixes it; n = 11..15 from the same table of
  // Saaty (1980), "The Analytic Hierarchy Process", McGraw-Hill, as reproduced by Karlsson and
  // Ryan (1997), "A cost-value approach for prioritizing requirements", IEEE Software 14(5).
  test('sizes up to 15 use the random index table, which is extended from n = 10 by Saaty (1980)', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map(randomIndex)).toEqual([0, 0, 0.58, 0.9, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49]);
    expect([11, 12, 13, 14, 15].map(randomIndex)).toEqual([1.51, 1.48, 1.56, 1.57, 1.59]);
    for (const bad of [0, 16, 2.5, Number.NaN]) expectSalesOpsError(() => randomIndex(bad), 'INVALID_INPUT', ['n']);
    const n = 15;
    const m = Array.from({ length: n }, (_, i) =>
      Array.from({ length: n }, (_, j) => (i === j ? 1 : i < j ? 1 + ((i * 7 + j * 3) % 9) : 0)),
    );
    for (let i = 0; i < n; i += 1) for (let j = 0; j < i; j += 1) (m[i] as number[])[j] = 1 / ((m[j] as number[])[i] as number);
    const result = ahpWeights(m);
    expect(result.randomIndex).toBe(1.59);
    expect(result.consistencyRatio).toBeGreaterThan(0);
    // Never CR 0 for a size the table lacks: 16 items are refused.
    const sixteen = Array.from({ length: 16 }, () => Array.from({ length: 16 }, () => 1));
    expectSalesOpsError(() => ahpWeights(sixteen), 'INVALID_INPUT', ['matrix']);
  });

  test('NOT_CONVERGED when the power iteration runs out of steps', () => {
    expectSalesOpsError(() => ahpWeights(DRINKS, { maxIterations: 2 }), 'NOT_CONVERGED', ['matrix']);
    expect(ahpWeights(DRINKS, { maxIterations: 100 }).iterations).toBeLessThan(100);
  });

  test('NOT_RECIPROCAL for non-positive entries, a diagonal other than 1, or a broken mirror — every one listed', () => {
    expectSalesOpsError(
      () =>
        ahpWeights([
          [1, 0],
          [1, 1],
        ]),
      'NOT_RECIPROCAL',
      ['matrix', 0, 1],
    );
    expectSalesOpsError(
      () =>
        ahpWeights([
          [1, -2],
          [-0.5, 1],
        ]),
      'NOT_RECIPROCAL',
      ['matrix', 1, 0],
    );
    expectSalesOpsError(
      () =>
        ahpWeights([
          [2, 1],
          [1, 1],
        ]),
      'NOT_RECIPROCAL',
      ['matrix', 0, 0],
    );
    const error = expectSalesOpsError(
      () =>
        ahpWeights([
          [1, 3, 5],
          [3, 1, 2],
          [1 / 5, 2, 1],
        ]),
      'NOT_RECIPROCAL',
      ['matrix', 1, 0],
    );
    expect(error.issues.map((i) => i.path)).toEqual([
      ['matrix', 1, 0],
      ['matrix', 2, 1],
    ]);
  });

  test('bad input tables', () => {
    const call = (m: unknown): unknown => ahpWeights(m as number[][]);
    const base = [
      [1, 2],
      [0.5, 1],
    ];
    expectRejectsAt(call, base, [0, 1], { values: BAD_NUMBERS, prefix: ['matrix'] });
    expectRejectsAt(call, base, [1], { values: [null, 1, 'row'], prefix: ['matrix'] });
    expectRejectsAt(call, base, [], { values: [null, [], {}, 'm'], prefix: ['matrix'] });
    expectSalesOpsError(() => ahpWeights([[1, 2], [0.5]]), 'INVALID_INPUT', ['matrix', 1]);
    expectSalesOpsError(
      () =>
        ahpWeights([
          [1, 2, 3],
          [0.5, 1, 1],
        ]),
      'INVALID_INPUT',
      ['matrix', 0],
    );
    expectSalesOpsError(() => ahpWeights(base, { method: 'mean' } as never), 'INVALID_INPUT', ['options', 'method']);
    expectSalesOpsError(() => ahpWeights(base, { maxIterations: 0.5 }), 'INVALID_INPUT', ['options', 'maxIterations']);
    expectSalesOpsError(() => ahpWeights(base, { tolerance: 0 }), 'INVALID_INPUT', ['options', 'tolerance']);
    expectSalesOpsError(() => ahpWeights(base, { iterations: 3 } as never), 'INVALID_INPUT', ['options', 'iterations']);
    expect(AhpMatrixSchema.safeParse([[1, Number.NaN]]).success).toBe(false);
    expect(AhpOptionsSchema.safeParse({ tolerance: -1 }).success).toBe(false);
  });

  test('is pure', () => {
    expectPure(ahpWeights, DRINKS, { method: 'eigenvector' });
    expectPure(ahpWeights, LEADER, { method: 'geometricMean' });
  });

  // Property: a perfectly consistent matrix a[i][j] = w[i] / w[j] has CR 0 and gives back w
  // (normalised), by either method; and the weights always sum to 1.
  test('property: a consistent matrix has CR 0 and recovers its weights', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0.05, max: 20, noNaN: true }), { minLength: 1, maxLength: 15 }),
        fc.constantFrom('eigenvector', 'geometricMean'),
        (w, method) => {
          const m = w.map((wi) => w.map((wj) => wi / wj));
          const result = ahpWeights(m, { method: method as 'eigenvector' });
          const total = w.reduce((a, b) => a + b, 0);
          result.weights.forEach((x, i) => expect(x).toBeCloseTo((w[i] as number) / total, 10));
          expect(result.consistencyRatio).toBe(0);
          expect(result.consistencyIndex).toBe(0);
          expect(result.lambdaMax).toBe(w.length);
          expect(result.consistent).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });

  test('property: weights sum to 1 and CR is finite for any positive reciprocal matrix on the 1–9 scale', () => {
    const scale = fc.constantFrom(1 / 9, 1 / 7, 1 / 5, 1 / 3, 1, 2, 3, 5, 7, 9);
    fc.assert(
      fc.property(
        fc
          .integer({ min: 1, max: 15 })
          .chain((n) => fc.array(scale, { minLength: (n * (n - 1)) / 2, maxLength: (n * (n - 1)) / 2 }).map((upper) => ({ n, upper }))),
        ({ n, upper }) => {
          const m = Array.from({ length: n }, () => new Array<number>(n).fill(1));
          let k = 0;
          for (let i = 0; i < n; i += 1) {
            for (let j = i + 1; j < n; j += 1) {
              (m[i] as number[])[j] = upper[k] as number;
              (m[j] as number[])[i] = 1 / (upper[k] as number);
              k += 1;
            }
          }
          const result = ahpWeights(m);
          expect(result.weights.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
          expect(Number.isFinite(result.consistencyRatio)).toBe(true);
          expect(result.consistencyRatio).toBeGreaterThanOrEqual(0);
          expect(result.lambdaMax).toBeGreaterThanOrEqual(n - 1e-9);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('ahpWeightsFromJudgements', () => {
  const J = [
    { a: 'revenue', b: 'margin', value: 2 },
    { a: 'revenue', b: 'newLogos', value: 4 },
    { a: 'margin', b: 'newLogos', value: 2 },
  ];

  test('special ids are ordinary ids', () => {
    const ids = SPECIAL_IDS.slice(0, 3);
    const result = expectPure(ahpWeightsFromJudgements, [
      { a: ids[0] as string, b: ids[1] as string, value: 2 },
      { a: ids[0] as string, b: ids[2] as string, value: 4 },
      { a: ids[1] as string, b: ids[2] as string, value: 2 },
    ]);
    expect(Object.keys(result.weights)).toEqual(ids);
    expect(result.weights[ids[0] as string]).toBeCloseTo(4 / 7, 12);
    expect(JSON.parse(JSON.stringify(result.weights))).toEqual(result.weights);
  });

  test('one item, given by options.items', () => {
    expect(ahpWeightsFromJudgements([], { items: ['only'] }).weights).toEqual({ only: 1 });
  });

  test('a missing pair is refused, every one listed', () => {
    const error = expectSalesOpsError(
      () => ahpWeightsFromJudgements([J[0] as (typeof J)[number]], { items: ['revenue', 'margin', 'newLogos'] }),
      'INVALID_INPUT',
      ['judgements'],
    );
    expect(error.issues).toHaveLength(2);
    expect(error.message).toContain('"revenue", "newLogos"');
  });

  test('DUPLICATE_ID: a pair judged twice (either way round), or items repeated', () => {
    expectSalesOpsError(() => ahpWeightsFromJudgements([...J, { a: 'newLogos', b: 'revenue', value: 0.25 }]), 'DUPLICATE_ID', [
      'judgements',
      3,
    ]);
    expectSalesOpsError(() => ahpWeightsFromJudgements(J, { items: ['revenue', 'margin', 'revenue'] }), 'DUPLICATE_ID', [
      'options',
      'items',
      2,
    ]);
  });

  test('bad input tables', () => {
    const call = (j: unknown): unknown => ahpWeightsFromJudgements(j as typeof J);
    expectRejectsAt(call, J, [0, 'a'], { values: BAD_IDS, prefix: ['judgements'] });
    expectRejectsAt(call, J, [1, 'b'], { values: BAD_IDS, prefix: ['judgements'] });
    expectRejectsAt(call, J, [2, 'value'], { values: [...BAD_NUMBERS, 0, -2], prefix: ['judgements'] });
    expectRejectsAt(call, J, [0], { values: [null, 'x'], prefix: ['judgements'] });
    expectSalesOpsError(() => ahpWeightsFromJudgements([{ a: 'x', b: 'x', value: 1 }]), 'INVALID_INPUT', ['judgements', 0, 'b']);
    expectSalesOpsError(() => ahpWeightsFromJudgements(J, { items: ['revenue', 'margin'] }), 'INVALID_INPUT', ['judgements', 1, 'b']);
    expectSalesOpsError(() => ahpWeightsFromJudgements([]), 'INVALID_INPUT', ['judgements']);
    expectSalesOpsError(() => ahpWeightsFromJudgements(J, { items: [''] }), 'INVALID_INPUT', ['options', 'items', 0]);
    const many = Array.from({ length: 16 }, (_, i) => `k${i}`);
    const all = many.flatMap((a, i) => many.slice(i + 1).map((b) => ({ a, b, value: 1 })));
    expectSalesOpsError(() => ahpWeightsFromJudgements(all), 'INVALID_INPUT', ['judgements']);
    // Four items (for three, the geometric-mean start is already the eigenvector).
    const four = [
      ...J,
      { a: 'revenue', b: 'nps', value: 7 },
      { a: 'margin', b: 'nps', value: 1 / 3 },
      { a: 'newLogos', b: 'nps', value: 5 },
    ];
    expectSalesOpsError(() => ahpWeightsFromJudgements(four, { maxIterations: 1, method: 'eigenvector' }), 'NOT_CONVERGED', ['matrix']);
    expect(AhpJudgementsSchema.safeParse([{ a: 'x', b: 'y', value: -1 }]).success).toBe(false);
    expect(AhpJudgementOptionsSchema.safeParse({ items: 'x' }).success).toBe(false);
  });
});
