import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { type Feedback360Input, Feedback360InputSchema, type Rating360, score360 } from 'salesops-kit/scoring';
import { BAD_IDS, deepFreeze, expectPure, expectRejectsAt, expectSalesOpsError, SPECIAL_IDS } from '../helpers/bad-input.js';

const r = (subjectId: string, raterId: string, raterGroup: string, competencyId: string, score: number | null): Rating360 => ({
  subjectId,
  raterId,
  raterGroup,
  competencyId,
  score,
});

const BASE: Feedback360Input = {
  competencies: [
    { id: 'negotiation', weight: 2 },
    { id: 'productKnowledge', weight: 1 },
  ],
  raterGroups: [
    { id: 'manager', weight: 40 },
    { id: 'peer', weight: 30 },
    { id: 'customer', weight: 30 },
    { id: 'self', weight: 10 },
  ],
  ratings: [
    r('ana', 'lee', 'manager', 'negotiation', 4),
    r('ana', 'lee', 'manager', 'productKnowledge', 3),
    r('ana', 'p1', 'peer', 'negotiation', 4),
    r('ana', 'p1', 'peer', 'productKnowledge', 3),
    r('ana', 'p2', 'peer', 'negotiation', 4),
    r('ana', 'p2', 'peer', 'productKnowledge', 4),
    r('ana', 'p3', 'peer', 'negotiation', 5),
    r('ana', 'p3', 'peer', 'productKnowledge', 5),
    r('ana', 'c1', 'customer', 'negotiation', 2),
    r('ana', 'c2', 'customer', 'negotiation', 3),
    r('ana', 'ana', 'self', 'negotiation', 5),
    r('ana', 'ana', 'self', 'productKnowledge', 2),
  ],
  scale: { min: 1, max: 5 },
};

describe('score360: a published reference case', () => {
  // SAP Knowledge Base Article 2956013, "Evaluation Summary Overall Rating Calculation with
  // Category Weights - 360 Multi Rater" (SAP SuccessFactors): Overall = Σ avg(category) × weight
  // / Σ weight, unrated ratings excluded. Category 1 (20 %): 3 and unrated; category 2 (30 %):
  // 4 and 3; category 3 (10 %): 2.5 → (3 × 20 + 3.5 × 30 + 2.5 × 10) / 60 = 3.17.
  test('SAP SuccessFactors weighted 360 example: 3.17', () => {
    const [result] = score360({
      competencies: [{ id: 'overall', weight: 1 }],
      raterGroups: [
        { id: 'category1', weight: 20, minRaters: 1 },
        { id: 'category2', weight: 30, minRaters: 1 },
        { id: 'category3', weight: 10, minRaters: 1 },
      ],
      ratings: [
        r('subject', 'user1', 'category1', 'overall', 3),
        r('subject', 'user2', 'category2', 'overall', 4),
        r('subject', 'user3', 'category1', 'overall', null),
        r('subject', 'user4', 'category3', 'overall', 2.5),
        r('subject', 'user5', 'category2', 'overall', 3),
      ],
      scale: { min: 1, max: 5, step: 0.5 },
    });
    expect(Number(result?.overall?.toFixed(2))).toBe(3.17);
    expect(result?.byGroup).toEqual({ category1: 3, category2: 3.5, category3: 2.5 });
    // The unrated answer is left out: user3 is not counted as a rater.
    expect(result?.raterCounts).toEqual({ category1: 1, category2: 2, category3: 1 });
    expect(result?.groupWeights).toEqual({ category1: 20 / 60, category2: 30 / 60, category3: 10 / 60 });
  });
});

function pureByJson(input: Feedback360Input): ReturnType<typeof score360> {
  const before = JSON.stringify(input);
  const result = score360(deepFreeze(structuredClone(input)));
  expect(JSON.stringify(input)).toBe(before);
  expect(JSON.stringify(JSON.parse(JSON.stringify(result)))).toBe(JSON.stringify(result));
  expect(JSON.stringify(score360(input))).toBe(JSON.stringify(result));
  return result;
}

describe('score360', () => {
  test('averages within groups, weights groups present, suppresses small groups, keeps self apart', () => {
    const [ana] = score360(BASE);
    expect(ana?.subjectId).toBe('ana');
    // customer has 2 raters (< 3): suppressed — not shown, not folded in, weight shared.
    expect(ana?.suppressedGroups).toEqual(['customer']);
    expect(ana?.minRaters).toEqual({ manager: 1, peer: 3, customer: 3, self: 1 });
    expect(ana?.byGroup).toEqual({ manager: (2 * 4 + 3) / 3, peer: (2 * (13 / 3) + 4) / 3, self: (2 * 5 + 2) / 3 });
    expect(ana?.raterCounts).toEqual({ manager: 1, peer: 3, customer: 2, self: 1 });
    expect(ana?.groupWeights).toEqual({ manager: 40 / 70, peer: 30 / 70 });
    expect(ana?.overall).toBeCloseTo((40 * (11 / 3) + 30 * (38 / 9)) / 70, 12);
    expect(ana?.byCompetency['negotiation']).toBeCloseTo((40 * 4 + 30 * (13 / 3)) / 70, 12);
    expect(ana?.byCompetency['productKnowledge']).toBeCloseTo((40 * 3 + 30 * 4) / 70, 12);
    expect(ana?.selfGap).toEqual({
      negotiation: {
        self: 5,
        others: ana?.byCompetency['negotiation'],
        gap: 5 - (ana?.byCompetency['negotiation'] as number),
        kind: 'blindSpot',
      },
      productKnowledge: {
        self: 2,
        others: ana?.byCompetency['productKnowledge'],
        gap: 2 - (ana?.byCompetency['productKnowledge'] as number),
        kind: 'hiddenStrength',
      },
    });
    expect(ana?.calibration).toBeNull();
  });

  test('includeSelf counts self in overall and byCompetency; the gap still compares with the others', () => {
    const [ana] = score360({ ...BASE, includeSelf: true });
    expect(ana?.groupWeights).toEqual({ manager: 40 / 80, peer: 30 / 80, self: 10 / 80 });
    expect(ana?.overall).toBeCloseTo((40 * (11 / 3) + 30 * (38 / 9) + 10 * 4) / 80, 12);
    const [without] = score360(BASE);
    expect(ana?.selfGap).toEqual(without?.selfGap);
    expectSalesOpsError(() => score360({ ...BASE, includeSelf: true, raterGroups: BASE.raterGroups.slice(0, 3) }), 'INVALID_INPUT', [
      'input',
      'raterGroups',
    ]);
  });

  test("'self' need not be listed: its ratings only feed the gap", () => {
    const [ana] = score360({ ...BASE, raterGroups: BASE.raterGroups.slice(0, 3) });
    expect(ana?.byGroup['self']).toBe(4);
    expect(ana?.groupWeights).toEqual({ manager: 40 / 70, peer: 30 / 70 });
    expect(Object.keys(ana?.selfGap ?? {})).toEqual(['negotiation', 'productKnowledge']);
  });

  test('gapThreshold decides blind spot, hidden strength or aligned', () => {
    const [ana] = score360({ ...BASE, gapThreshold: 2 });
    expect(ana?.selfGap['negotiation']?.kind).toBe('aligned');
    expect(ana?.selfGap['productKnowledge']?.kind).toBe('aligned');
  });

  test('a rater answering several questions on one competency counts once', () => {
    const input: Feedback360Input = {
      competencies: [{ id: 'c', weight: 1 }],
      raterGroups: [{ id: 'peer', weight: 1, minRaters: 2 }],
      ratings: [r('s', 'a', 'peer', 'c', 5), r('s', 'a', 'peer', 'c', 5), r('s', 'a', 'peer', 'c', 5), r('s', 'b', 'peer', 'c', 1)],
      scale: { min: 1, max: 5 },
    };
    expect(score360(input)[0]?.overall).toBe(3);
  });

  test('a group rates only some competencies: its score is over those, re-weighted', () => {
    const [x] = score360({
      competencies: [
        { id: 'a', weight: 3 },
        { id: 'b', weight: 1 },
      ],
      raterGroups: [
        { id: 'manager', weight: 1 },
        { id: 'customer', weight: 1, minRaters: 1 },
      ],
      ratings: [r('x', 'm', 'manager', 'a', 4), r('x', 'm', 'manager', 'b', 2), r('x', 'c', 'customer', 'b', 5)],
      scale: { min: 1, max: 5 },
    });
    expect(x?.byGroup).toEqual({ manager: 3.5, customer: 5 });
    expect(x?.overall).toBe(4.25);
    expect(x?.byCompetency).toEqual({ a: 4, b: 3.5 });
  });

  test('overall is null when no group is left to score; byCompetency null where nothing counted', () => {
    const [onlySelf] = score360({ ...BASE, ratings: BASE.ratings.filter((x) => x.raterGroup === 'self') });
    expect(onlySelf).toMatchObject({
      overall: null,
      byCompetency: { negotiation: null, productKnowledge: null },
      selfGap: {},
      groupWeights: {},
    });
    const [suppressed] = score360({ ...BASE, ratings: BASE.ratings.filter((x) => x.raterGroup === 'customer') });
    expect(suppressed).toMatchObject({
      overall: null,
      byGroup: {},
      suppressedGroups: ['customer'],
      raterCounts: { customer: 2 },
      minRaters: { customer: 3 },
    });
  });

  test('subjects come in order of first appearance; a rater may be a peer of one and the manager of another', () => {
    const results = score360({
      ...BASE,
      ratings: [
        r('bob', 'lee', 'manager', 'negotiation', 3),
        r('ana', 'lee', 'peer', 'negotiation', 4),
        r('bob', 'ana', 'peer', 'negotiation', 2),
      ],
    });
    expect(results.map((x) => x.subjectId)).toEqual(['bob', 'ana']);
    expect(results[0]?.byGroup).toEqual({ manager: 3 });
  });

  test('agreement: pooled SD and rwg(J) (James, Demaree and Wolf 1984) per shown group', () => {
    // Peers on a 1–5 scale (A = 5 options, null variance (25 − 1) / 12 = 2):
    // negotiation 4, 4, 5 → s² = 1/3; productKnowledge 3, 4, 5 → s² = 1; mean s² = 2/3;
    // r = 1 − (2/3)/2 = 2/3; rwg(2) = 2r / (2r + 1 − r) = 0.8.
    const ratings = [
      r('s', 'p1', 'peer', 'negotiation', 4),
      r('s', 'p2', 'peer', 'negotiation', 4),
      r('s', 'p3', 'peer', 'negotiation', 5),
      r('s', 'p1', 'peer', 'productKnowledge', 3),
      r('s', 'p2', 'peer', 'productKnowledge', 4),
      r('s', 'p3', 'peer', 'productKnowledge', 5),
      r('s', 'm', 'manager', 'negotiation', 4),
      r('s', 's', 'self', 'negotiation', 4),
    ];
    const [s] = score360({ ...BASE, ratings });
    expect(s?.agreement['peer']?.raters).toBe(3);
    expect(s?.agreement['peer']?.sd).toBeCloseTo(Math.sqrt(2 / 3), 12);
    expect(s?.agreement['peer']?.rwg).toBeCloseTo(0.8, 12);
    expect(s?.agreement['manager']).toEqual({ raters: 1, sd: null, rwg: null });
    expect(s?.agreement).not.toHaveProperty('self');
    // Disagreement beyond the uniform null: rwg is reported as 0, not negative.
    const split = [1, 5, 1, 5].map((x, i) => r('t', `p${i}`, 'peer', 'negotiation', x));
    expect(score360({ ...BASE, ratings: split })[0]?.agreement['peer']).toEqual({
      raters: 4,
      sd: expect.closeTo(Math.sqrt(16 / 3), 12),
      rwg: 0,
    });
    // On a 0–10 scale with steps of 1 (A = 11) the same spread agrees more.
    const wide = score360({ ...BASE, ratings: split, scale: { min: 0, max: 10 } })[0]?.agreement['peer']?.rwg;
    expect(wide).toBeCloseTo(1 - 16 / 3 / 10, 12);
  });

  describe("calibrate: 'zScore'", () => {
    // A lenient rater (always 1 point above the others) and a severe one, over three subjects.
    const ratings: Rating360[] = [];
    const truth: Record<string, number> = { s1: 2, s2: 3, s3: 4 };
    for (const [s, t] of Object.entries(truth)) {
      ratings.push(r(s, 'lenient', 'peer', 'negotiation', t + 1));
      ratings.push(r(s, 'fair', 'peer', 'negotiation', t));
      ratings.push(r(s, 'severe', 'peer', 'negotiation', t - 1));
      ratings.push(r(s, s, 'self', 'negotiation', 5));
    }
    const input: Feedback360Input = { ...BASE, ratings, calibrate: 'zScore' };

    test('removes a rater’s leniency: the three raters agree after calibration', () => {
      const plain = score360({ ...input, calibrate: 'none' });
      const calibrated = score360(input);
      expect(plain[0]?.agreement['peer']?.sd).toBeCloseTo(1, 12);
      for (const result of calibrated) {
        expect(result.agreement['peer']?.sd).toBeCloseTo(0, 12);
        expect(result.agreement['peer']?.rwg).toBeCloseTo(1, 12);
        expect(result.calibration).toEqual({ calibrated: 3, keptAsGiven: 0, setToMean: 0 });
      }
      // Rescaled to the population mean (3) and spread: s2 sits at the mean.
      expect(calibrated[1]?.overall).toBeCloseTo(3, 12);
      expect(calibrated[0]?.overall).toBeLessThan(3);
      expect(calibrated[2]?.overall).toBeGreaterThan(3);
      // Self ratings are never calibrated.
      expect(calibrated[0]?.byGroup['self']).toBe(5);
    });

    test('guards raters with a single rating (kept as given) or no spread (set to the mean)', () => {
      const extra = [
        ...ratings,
        r('s1', 'once', 'peer', 'negotiation', 5),
        r('s1', 'flat', 'peer', 'negotiation', 5),
        r('s2', 'flat', 'peer', 'negotiation', 5),
      ];
      const [s1, s2] = score360({ ...input, ratings: extra });
      expect(s1?.calibration).toEqual({ calibrated: 3, keptAsGiven: 1, setToMean: 1 });
      expect(s2?.calibration).toEqual({ calibrated: 3, keptAsGiven: 0, setToMean: 1 });
      for (const result of [s1, s2]) {
        expect(Number.isFinite(result?.overall)).toBe(true);
      }
    });

    test('calibrated scores stay on the scale', () => {
      const skewed = [
        r('a', 'x', 'peer', 'negotiation', 1),
        r('b', 'x', 'peer', 'negotiation', 1),
        r('c', 'x', 'peer', 'negotiation', 1),
        r('d', 'x', 'peer', 'negotiation', 5),
      ];
      const others = ['a', 'b', 'c', 'd'].flatMap((s) => [r(s, 'y', 'peer', 'negotiation', 5), r(s, 'z', 'peer', 'negotiation', 4)]);
      for (const result of score360({
        ...BASE,
        ratings: [...skewed, ...others],
        raterGroups: [{ id: 'peer', weight: 1 }],
        calibrate: 'zScore',
      })) {
        for (const v of Object.values(result.byGroup)) {
          expect(v).toBeGreaterThanOrEqual(1);
          expect(v).toBeLessThanOrEqual(5);
        }
      }
    });
  });

  test('special ids are ordinary ids everywhere', () => {
    for (const id of SPECIAL_IDS) {
      const input: Feedback360Input = {
        competencies: [{ id, weight: 1 }],
        raterGroups: [
          { id, weight: 1, minRaters: 1 },
          { id: 'self', weight: 1 },
        ],
        ratings: [r(id, id, id, id, 4), r(id, 'me', 'self', id, 5)],
        scale: { min: 1, max: 5 },
      };
      // (expectPure's toStrictEqual compares `.constructor` by identity, so a record with an own
      // 'constructor' key holding an object never equals its copy; check that id by JSON.)
      const [result] = id === 'constructor' ? pureByJson(input) : expectPure(score360, input);
      expect(result?.subjectId).toBe(id);
      expect(Object.keys(result?.byGroup ?? {})).toEqual([id, 'self']);
      expect(result?.byGroup[id]).toBe(4);
      expect(result?.byCompetency[id]).toBe(4);
      expect(result?.selfGap[id]?.gap).toBe(1);
      expect(result?.raterCounts[id]).toBe(1);
    }
  });

  test('is pure', () => {
    expectPure(score360, BASE);
    expectPure(score360, { ...BASE, calibrate: 'zScore' as const, includeSelf: true });
  });

  test('property: overall and every score stay on the scale; group weights sum to 1', () => {
    const groups = ['manager', 'peer', 'directReport', 'customer', 'self'];
    const rating = fc.record({
      subject: fc.integer({ min: 0, max: 3 }),
      rater: fc.integer({ min: 0, max: 8 }),
      competency: fc.integer({ min: 0, max: 2 }),
      score: fc.option(fc.integer({ min: 1, max: 7 }), { freq: 8 }),
    });
    fc.assert(
      fc.property(
        fc.array(rating, { maxLength: 80 }),
        fc.array(fc.integer({ min: 0, max: 10 }), { minLength: 5, maxLength: 5 }),
        fc.boolean(),
        (rs, ws, calibrated) => {
          const input: Feedback360Input = {
            competencies: [0, 1, 2].map((c) => ({ id: `c${c}`, weight: c + 1 })),
            raterGroups: groups.map((id, g) => ({
              id,
              weight: g === 0 ? 1 + (ws[g] as number) : (ws[g] as number),
              minRaters: 1 + (g % 3),
            })),
            // The rater's group follows from the rater, so no rater has two groups for one subject.
            ratings: rs.map((x) =>
              r(
                `s${x.subject}`,
                x.rater === 4 ? `s${x.subject}` : `r${x.rater}`,
                groups[x.rater % 5] as string,
                `c${x.competency}`,
                x.score,
              ),
            ),
            scale: { min: 1, max: 7 },
            calibrate: calibrated ? 'zScore' : 'none',
          };
          for (const result of score360(input)) {
            const values = [result.overall, ...Object.values(result.byGroup), ...Object.values(result.byCompetency)].filter(
              (v): v is number => v !== null,
            );
            for (const v of values) {
              expect(v).toBeGreaterThanOrEqual(1 - 1e-12);
              expect(v).toBeLessThanOrEqual(7 + 1e-12);
            }
            const weights = Object.values(result.groupWeights);
            if (result.overall !== null) expect(weights.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
            for (const id of result.suppressedGroups) expect(Object.keys(result.byGroup)).not.toContain(id);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('bad input', () => {
  const call = (input: unknown): unknown => score360(input as Feedback360Input);
  const both = (input: unknown, code: 'INVALID_INPUT' | 'DUPLICATE_ID' | 'ZERO_WEIGHTS', path: Array<string | number>): void => {
    expectSalesOpsError(() => call(input), code, path);
    // The exported schema accepts exactly what score360 accepts.
    const parsed = Feedback360InputSchema.safeParse(input);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.some((i) => JSON.stringify(i.path) === JSON.stringify(path.slice(1)))).toBe(true);
  };

  test('ratings: every field, checked by the fast path and by the schema alike', () => {
    expectRejectsAt(call, BASE, ['ratings', 0, 'subjectId'], { values: BAD_IDS, prefix: ['input'] });
    expectRejectsAt(call, BASE, ['ratings', 1, 'raterId'], { values: BAD_IDS, prefix: ['input'] });
    expectRejectsAt(call, BASE, ['ratings', 2, 'raterGroup'], { values: [...BAD_IDS, 'boss', '__proto__'], prefix: ['input'] });
    expectRejectsAt(call, BASE, ['ratings', 3, 'competencyId'], { values: [...BAD_IDS, 'charm', 'constructor'], prefix: ['input'] });
    expectRejectsAt(call, BASE, ['ratings', 4, 'score'], {
      values: [undefined, Number.NaN, Number.POSITIVE_INFINITY, 0, 5.5, -1, '4', true, {}],
      prefix: ['input'],
    });
    expectRejectsAt(call, BASE, ['ratings', 5], { values: [null, 'x', 1, []], prefix: ['input'] });
    for (const [path, value] of [
      [['ratings', 4, 'score'], 6],
      [['ratings', 2, 'raterGroup'], 'boss'],
      [['ratings', 0, 'subjectId'], ''],
    ] as const) {
      const bad = structuredClone(BASE) as unknown as Record<string, Array<Record<string, unknown>>>;
      (bad['ratings'] as Array<Record<string, unknown>>)[path[1]]![path[2]] = value;
      both(bad, 'INVALID_INPUT', ['input', ...path]);
    }
  });

  test('a rater in two groups for the same subject', () => {
    both({ ...BASE, ratings: [...BASE.ratings, r('ana', 'p1', 'customer', 'negotiation', 3)] }, 'INVALID_INPUT', [
      'input',
      'ratings',
      12,
      'raterGroup',
    ]);
  });

  test('competencies, groups, scale and options', () => {
    expectRejectsAt(call, BASE, ['competencies', 0, 'id'], { values: BAD_IDS, prefix: ['input'] });
    expectRejectsAt(call, BASE, ['competencies', 0, 'weight'], { values: [Number.NaN, -1, '1', null], prefix: ['input'] });
    expectRejectsAt(call, BASE, ['raterGroups', 0, 'weight'], { values: [Number.NaN, -1, '1', null], prefix: ['input'] });
    expectRejectsAt(call, BASE, ['raterGroups', 1, 'minRaters'], { values: [0, 1.5, -1, Number.NaN, '3', null], prefix: ['input'] });
    expectRejectsAt(call, BASE, ['scale', 'min'], { values: [Number.NaN, undefined, '1'], prefix: ['input'] });
    expectRejectsAt(call, BASE, ['scale', 'max'], { values: [1, 0, Number.POSITIVE_INFINITY], prefix: ['input'] });
    expectRejectsAt(call, BASE, ['scale', 'step'], { values: [0, -1, 3, Number.NaN], prefix: ['input'] });
    expectRejectsAt(call, BASE, ['includeSelf'], { values: ['yes', 1, null], prefix: ['input'] });
    expectRejectsAt(call, BASE, ['calibrate'], { values: ['z', true, null], prefix: ['input'] });
    expectRejectsAt(call, BASE, ['gapThreshold'], { values: [-1, Number.NaN, '1'], prefix: ['input'] });
    expectRejectsAt(call, BASE, ['competencies'], { values: [[], null, {}], prefix: ['input'] });
    expectRejectsAt(call, BASE, ['ratings'], { values: [null, {}, 'x'], prefix: ['input'] });
    expectSalesOpsError(() => call({ ...BASE, calibration: 'zScore' }), 'INVALID_INPUT', ['input', 'calibration']);
    expectSalesOpsError(() => call(null), 'INVALID_INPUT', ['input']);
    both({ ...BASE, scale: { min: 1, max: 5, step: 3 } }, 'INVALID_INPUT', ['input', 'scale', 'step']);
  });

  test('DUPLICATE_ID', () => {
    both({ ...BASE, competencies: [...BASE.competencies, { id: 'negotiation', weight: 1 }] }, 'DUPLICATE_ID', [
      'input',
      'competencies',
      2,
      'id',
    ]);
    both({ ...BASE, raterGroups: [...BASE.raterGroups, { id: 'peer', weight: 1 }] }, 'DUPLICATE_ID', ['input', 'raterGroups', 4, 'id']);
  });

  test('ZERO_WEIGHTS', () => {
    both({ ...BASE, competencies: BASE.competencies.map((c) => ({ ...c, weight: 0 })) }, 'ZERO_WEIGHTS', ['input', 'competencies']);
    both({ ...BASE, raterGroups: BASE.raterGroups.map((g) => ({ ...g, weight: g.id === 'self' ? 5 : 0 })) }, 'ZERO_WEIGHTS', [
      'input',
      'raterGroups',
    ]);
  });

  test('the schema accepts valid input', () => {
    expect(Feedback360InputSchema.safeParse(BASE).success).toBe(true);
    expect(Feedback360InputSchema.safeParse({ ...BASE, calibrate: 'zScore', includeSelf: true, gapThreshold: 0.25 }).success).toBe(true);
  });
});
