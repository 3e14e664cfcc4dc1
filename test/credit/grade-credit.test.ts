import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  type CreditModel,
  CreditModelSchema,
  type CreditProfile,
  CreditProfileSchema,
  type CreditReason,
  defaultCreditModel,
  type FactorScore,
  gradeCredit,
  prepareCreditModel,
  scoreToPd,
} from 'salesops-kit/credit';
import { BAD_NUMBERS, expectPure, expectSalesOpsError, SPECIAL_IDS, withValueAt } from '../helpers/bad-input.js';

const GRADES = ['AAA', 'AA', 'A', 'BBB', 'BB', 'B', 'CCC', 'CC', 'C'];
const SCALING = { pdo: 20, baseScore: 600, baseOdds: 50 };

const BEST: CreditProfile = {
  avgDaysBeyondTerms: -5,
  worstDaysBeyondTerms: 0,
  onTimeShare: 1,
  paydex: 85,
  utilisation: 0.2,
  overdueShare: 0,
  altmanZone: 'safe',
  currentRatio: 2.5,
  debtToEquity: 0.3,
  yearsInBusiness: 30,
  tenureYears: 10,
  annualPurchases: 2_000_000,
  externalRating: 'AA',
  legalActions: 0,
  bouncedPayments: 0,
};
const WORST: CreditProfile = {
  avgDaysBeyondTerms: 90,
  worstDaysBeyondTerms: 150,
  onTimeShare: 0.2,
  paydex: 20,
  utilisation: 1.5,
  overdueShare: 0.8,
  altmanZone: 'distress',
  currentRatio: 0.5,
  debtToEquity: 5,
  yearsInBusiness: 1,
  tenureYears: 0.5,
  annualPurchases: 5000,
  externalRating: 'D',
  legalActions: 3,
  bouncedPayments: 6,
};

/** For each default factor, values from worst to best (a better value never scores fewer points). */
const LADDERS: Record<string, Array<number | string>> = {
  avgDaysBeyondTerms: [200, 61, 60.5, 31, 30, 16, 15.9, 8, 7, 1, 0.99, 0, -10, -40],
  worstDaysBeyondTerms: [365, 91, 90, 61, 60, 31, 30, 16, 15, 1, 0, -3],
  onTimeShare: [0, 0.49, 0.5, 0.69, 0.7, 0.84, 0.85, 0.949, 0.95, 1],
  paydex: [0, 39.9, 40, 49, 50, 69, 70, 79, 80, 100],
  utilisation: [5, 1.2, 1.19, 1, 0.99, 0.9, 0.89, 0.75, 0.74, 0.5, 0.49, 0],
  overdueShare: [1, 0.5, 0.49, 0.3, 0.29, 0.15, 0.14, 0.05, 0.04, 0],
  altmanZone: ['distress', 'grey', 'safe'],
  currentRatio: [0, 0.79, 0.8, 0.99, 1, 1.19, 1.2, 1.49, 1.5, 1.99, 2, 10],
  debtToEquity: [50, 3, 2.9, 2, 1.9, 1, 0.9, 0.5, 0.4, 0],
  yearsInBusiness: [0, 1.9, 2, 4.9, 5, 9.9, 10, 19.9, 20, 100],
  tenureYears: [0, 0.9, 1, 2.9, 3, 4.9, 5, 40],
  annualPurchases: [0, 9999.99, 10000, 99999, 100000, 999999, 1000000, 5e7],
  externalRating: ['D', 'C', 'CC', 'CCC-', 'CCC+', 'B-', 'B+', 'BB-', 'BB', 'BBB-', 'BBB+', 'A-', 'A+', 'AA-', 'AA+', 'AAA'],
  legalActions: [10, 2, 1, 0],
  bouncedPayments: [10, 4, 3, 2, 1, 0],
};

describe('gradeCredit with the default model', () => {
  test('a profile scores its bins, grade and reasons', () => {
    const result = gradeCredit({ ...BEST, altmanZone: 'grey', bouncedPayments: 1, paydex: 72 });
    expect(result.score).toBe(804 - 18 - 12 - 10);
    expect(result.grade).toBe('AAA');
    expect(result.reasons.map((r) => [r.code, r.pointsLost])).toEqual([
      ['WEAK_ALTMAN_Z', 18],
      ['BOUNCED_PAYMENTS', 12],
      ['LOW_PAYDEX', 10],
    ]);
    expect(result.reasons[0]?.message).toBe('Altman Z-score zone grey: 18 points below its best bin');
    const i = result.factors.findIndex((f) => f.factor === 'bouncedPayments');
    expect(result.factors[i]).toEqual({ factor: 'bouncedPayments', group: 'adverse', bin: '1', points: 28, bestPoints: 40 });
    expect(result.values[i]).toBe(1);
    expect(result.values).toHaveLength(15);
    expect(result.missing).toEqual([]);
  });

  test('the documented range: 804 at best (AAA), 259 at worst (C), 591 with no data (B)', () => {
    expect(gradeCredit(BEST)).toMatchObject({ score: 804, grade: 'AAA', reasons: [], missing: [] });
    expect(gradeCredit(WORST)).toMatchObject({ score: 259, grade: 'C' });
    const empty = gradeCredit({});
    expect(empty).toMatchObject({ score: 591, grade: 'B' });
    expect(empty.missing).toHaveLength(15);
    expect(empty.factors.every((f) => f.bin === null)).toBe(true);
    expect(empty.values.every((v) => v === null)).toBe(true);
    // Most points lost first; paydex and overdueShare both lose 15: the earlier factor wins the tie.
    expect(empty.reasons.map((r) => [r.factor, r.code, r.pointsLost])).toEqual([
      ['avgDaysBeyondTerms', 'MISSING_DATA', 23],
      ['externalRating', 'MISSING_DATA', 22],
      ['altmanZone', 'MISSING_DATA', 20],
      ['paydex', 'MISSING_DATA', 15],
    ]);
  });

  test('null counts as missing', () => {
    expect(gradeCredit({ paydex: null }).missing).toContain('paydex');
  });

  test('grade cut-offs: AAA ≥ 740, AA ≥ 710 … CC ≥ 530, C below', () => {
    const model = defaultCreditModel();
    expect(model.grades?.map((g) => [g.grade, g.minScore ?? null])).toEqual([
      ['AAA', 740],
      ['AA', 710],
      ['A', 680],
      ['BBB', 650],
      ['BB', 620],
      ['B', 590],
      ['CCC', 560],
      ['CC', 530],
      ['C', null],
    ]);
  });

  test('PD is consistent with scorecardScaling: scorePd = scoreToPd(score), grade PD = PD of the band middle', () => {
    const middles = [755, 725, 695, 665, 635, 605, 575, 545, 515];
    for (const profile of [BEST, WORST, {}, { paydex: 60, utilisation: 0.95 }]) {
      const r = gradeCredit(profile);
      expect(r.scorePd).toBeCloseTo(scoreToPd(r.score, SCALING), 15);
      expect(r.pd).toBeCloseTo(scoreToPd(middles[GRADES.indexOf(r.grade)] as number, SCALING), 15);
    }
    // The grade PDs rise from AAA to C.
    const pds = middles.map((m) => scoreToPd(m, SCALING));
    expect(pds).toEqual([...pds].sort((a, b) => a - b));
  });

  test('property: a better value of any single factor never lowers the score or the grade', () => {
    const factorIds = Object.keys(LADDERS);
    const profile = fc.record(
      Object.fromEntries(
        factorIds.map((id) => [id, fc.option(fc.constantFrom(...(LADDERS[id] as Array<number | string>)), { nil: undefined })]),
      ),
    );
    fc.assert(
      fc.property(profile, fc.constantFrom(...factorIds), fc.nat(), fc.nat(), (base, factor, a, b) => {
        const ladder = LADDERS[factor] as Array<number | string>;
        const [lo, hi] = [Math.min(a % ladder.length, b % ladder.length), Math.max(a % ladder.length, b % ladder.length)];
        const worse = gradeCredit({ ...base, [factor]: ladder[lo] } as CreditProfile);
        const better = gradeCredit({ ...base, [factor]: ladder[hi] } as CreditProfile);
        expect(better.score).toBeGreaterThanOrEqual(worse.score);
        expect(GRADES.indexOf(better.grade)).toBeLessThanOrEqual(GRADES.indexOf(worse.grade));
      }),
      { numRuns: 500 },
    );
  });

  test('a result is plain data of its own: fresh objects, not frozen, shared with no other result', () => {
    const a = gradeCredit({ paydex: 60 });
    const b = gradeCredit({ paydex: 60 });
    expect(b).toEqual(a);
    for (const part of ['factors', 'values', 'reasons', 'missing'] as const) expect(a[part]).not.toBe(b[part]);
    a.factors.forEach((entry, i) => {
      expect(entry).not.toBe(b.factors[i]);
      expect(Object.getPrototypeOf(entry)).toBe(Object.prototype);
      expect(Object.isFrozen(entry) || Object.isSealed(entry) || !Object.isExtensible(entry)).toBe(false);
    });
    expect(a.reasons.length).toBeGreaterThan(0);
    a.reasons.forEach((reason, i) => {
      expect(reason).not.toBe(b.reasons[i]);
      expect(Object.isFrozen(reason)).toBe(false);
    });
    // A caller may annotate or change its copy: no TypeError, and no other result (nor the
    // model) changes.
    Object.assign(a.factors[0] as FactorScore, { note: 'checked by hand' });
    (a.factors[3] as FactorScore).points = 0;
    (a.factors[3] as FactorScore).bin = 'edited';
    (a.reasons[0] as CreditReason).message = 'edited';
    a.missing.push('edited');
    a.values[3] = 0;
    const full = gradeCredit(BEST);
    expect(full.missing).toEqual([]);
    full.missing.push('edited');
    full.reasons.push({ factor: 'x', code: 'X', pointsLost: 1, message: 'x' });
    expect(gradeCredit({ paydex: 60 })).toEqual(b);
    expect(gradeCredit(BEST)).toMatchObject({ missing: [], reasons: [] });
    expect(b.factors[0]).not.toHaveProperty('note');
    expect(b.values[3]).toBe(60);
    expect(gradeCredit({ paydex: 65 }).values[3]).toBe(65);
    expect(Object.is(gradeCredit({ avgDaysBeyondTerms: -0 }).values[0], 0)).toBe(true);
  });

  test('a prepared model gives fresh results too', () => {
    const model = prepareCreditModel(defaultCreditModel());
    const a = gradeCredit({ paydex: 60 }, model);
    const b = gradeCredit({ paydex: 60 }, model);
    expect(a).toEqual(b);
    expect(a.factors[3]).not.toBe(b.factors[3]);
    (a.factors[3] as FactorScore).points = 0;
    expect(gradeCredit({ paydex: 60 }, model)).toEqual(b);
  });

  test('purity and JSON safety', () => {
    expectPure(gradeCredit, { ...BEST, annualPurchases: '123456.78' });
    expectPure(gradeCredit, {});
  });

  test('amount factor accepts numbers, strings and Decimals', () => {
    const a = gradeCredit({ annualPurchases: '250000.00' });
    expect(a.values[a.factors.findIndex((f) => f.factor === 'annualPurchases')]).toBe(250000);
    expect(gradeCredit({ annualPurchases: 250000 }).score).toBe(a.score);
  });
});

describe('bad profiles: the hand checks and CreditProfileSchema reject the same values', () => {
  const cases: Array<[string, unknown[]]> = [
    ['avgDaysBeyondTerms', [...BAD_NUMBERS.filter((v) => v !== null && v !== undefined)]],
    ['onTimeShare', [-0.1, 1.01, 'abc', Number.NaN]],
    ['paydex', [-1, 101, Number.POSITIVE_INFINITY]],
    ['utilisation', [-0.5, '0.5', true]],
    ['overdueShare', [2, -1]],
    ['altmanZone', ['good', 1, 'SAFE']],
    ['currentRatio', [-1]],
    ['debtToEquity', [-0.5]],
    ['yearsInBusiness', [-1]],
    ['tenureYears', [-2]],
    ['annualPurchases', [-1, '-0.01', 'abc', '1e999', Number.NaN, {}]],
    ['externalRating', ['AAAA', 'aa', 3]],
    ['legalActions', [1.5, -1, '1']],
    ['bouncedPayments', [0.5, -3]],
  ];
  test.each(cases)('%s', (factor, values) => {
    for (const bad of values) {
      expectSalesOpsError(() => gradeCredit({ [factor]: bad } as never), 'INVALID_INPUT', ['profile', factor]);
      expect(CreditProfileSchema.safeParse({ [factor]: bad }).success, `${factor} = ${String(bad)}`).toBe(false);
    }
  });

  test('good values pass both', () => {
    for (const [factor, ladder] of Object.entries(LADDERS)) {
      for (const good of ladder) {
        expect(() => gradeCredit({ [factor]: good } as never)).not.toThrow();
        expect(CreditProfileSchema.safeParse({ [factor]: good }).success, `${factor} = ${String(good)}`).toBe(true);
      }
    }
  });

  test('a profile that is not an object', () => {
    for (const bad of [null, 3, 'x', []]) expectSalesOpsError(() => gradeCredit(bad as never), 'INVALID_INPUT', ['profile']);
  });
});

const TINY: CreditModel = {
  factors: [
    {
      id: 'paydex',
      label: 'PAYDEX',
      code: 'LOW_PAYDEX',
      bins: [
        { to: 50, points: 300 },
        { from: 50, to: 80, points: 400 },
        { from: 80, points: 500 },
      ],
    },
    {
      id: 'sector',
      bins: [
        { categories: ['retail'], points: 0 },
        { categories: ['public', 'utility'], points: 100 },
      ],
      neutralPoints: 10,
    },
  ],
  grades: [{ grade: 'A', minScore: 550 }, { grade: 'B', minScore: 450 }, { grade: 'C' }],
  scaling: { pdo: 50, baseScore: 500, baseOdds: 20 },
  maxReasons: 1,
};

describe('custom models', () => {
  test('a prepared model grades like the raw one, and is frozen', () => {
    const prepared = prepareCreditModel(TINY);
    expect(Object.isFrozen(prepared) && Object.isFrozen(prepared.factors[0]?.bins[0])).toBe(true);
    const profile = { paydex: 60, sector: 'public' };
    expect(gradeCredit(profile, prepared)).toEqual(gradeCredit(profile, TINY));
    expect(gradeCredit(profile, prepared)).toMatchObject({
      score: 500,
      grade: 'B',
      reasons: [{ factor: 'paydex', code: 'LOW_PAYDEX', pointsLost: 100 }],
    });
    expect(gradeCredit({ paydex: 90 }, prepared)).toMatchObject({
      score: 510,
      missing: ['sector'],
      reasons: [{ code: 'MISSING_DATA', pointsLost: 90 }],
    });
    expectPure(prepareCreditModel, TINY);
  });

  test('bin bounds: from inclusive, to exclusive', () => {
    expect(gradeCredit({ paydex: 50, sector: 'retail' }, TINY).factors[0]).toMatchObject({ bin: '50 to under 80', points: 400 });
    expect(gradeCredit({ paydex: 49.999, sector: 'retail' }, TINY).factors[0]).toMatchObject({ bin: 'under 50', points: 300 });
    expect(gradeCredit({ paydex: 80, sector: 'retail' }, TINY).factors[0]).toMatchObject({ bin: '80 or more', points: 500 });
  });

  test('default neutral points: halfway between the lowest and highest bin', () => {
    const model = { ...TINY, factors: [TINY.factors[0] as never] };
    expect(gradeCredit({}, model).score).toBe(400);
  });

  test('explicit grade PDs win; default PDs come from the scaling', () => {
    const withPd = {
      ...TINY,
      grades: [
        { grade: 'A', minScore: 550, pd: 0.001 },
        { grade: 'B', minScore: 450 },
        { grade: 'C', pd: 0.5 },
      ],
    };
    expect(gradeCredit({ paydex: 90, sector: 'public' }, withPd).pd).toBe(0.001);
    // B spans 450–550: its PD is the PD of 500 on the scaling, 1/(1+20).
    expect(gradeCredit({ paydex: 60, sector: 'public' }, TINY).pd).toBeCloseTo(1 / 21, 12);
  });

  test('special ids are ordinary factor ids, read from own properties only', () => {
    for (const id of SPECIAL_IDS) {
      const model: CreditModel = {
        factors: [
          {
            id,
            bins: [
              { to: 1, points: 0 },
              { from: 1, points: 10 },
            ],
            neutralPoints: 5,
          },
        ],
      };
      expect(gradeCredit({}, model)).toMatchObject({ score: 5, missing: [id] });
      const profile = JSON.parse(`{${JSON.stringify(id)}: 3}`) as CreditProfile;
      const result = gradeCredit(profile, model);
      expect(result.score).toBe(10);
      expect(result.factors[0]?.factor).toBe(id);
    }
  });

  const BASE_BINS = [
    { to: 10, points: 1 },
    { from: 10, to: 20, points: 2 },
    { from: 20, points: 3 },
  ];
  const base: CreditModel = { factors: [{ id: 'x', bins: BASE_BINS }] };
  const badModels: Array<[string, unknown, Array<string | number>, 'INVALID_INPUT' | 'DUPLICATE_ID', boolean]> = [
    // [what, model, path, code, also rejected by CreditModelSchema (a shape error)]
    ['a gap', withValueAt(base, ['factors', 0, 'bins', 1, 'from'], 11), ['model', 'factors', 0, 'bins', 1, 'from'], 'INVALID_INPUT', false],
    [
      'an overlap',
      withValueAt(base, ['factors', 0, 'bins', 2, 'from'], 15),
      ['model', 'factors', 0, 'bins', 2, 'from'],
      'INVALID_INPUT',
      false,
    ],
    [
      'a first bin bounded below',
      withValueAt(base, ['factors', 0, 'bins', 0, 'from'], 0),
      ['model', 'factors', 0, 'bins', 0, 'from'],
      'INVALID_INPUT',
      false,
    ],
    [
      'a last bin bounded above',
      withValueAt(base, ['factors', 0, 'bins', 2, 'to'], 99),
      ['model', 'factors', 0, 'bins', 2, 'to'],
      'INVALID_INPUT',
      false,
    ],
    [
      'an inner bin without to',
      withValueAt(base, ['factors', 0, 'bins', 1, 'to'], undefined),
      ['model', 'factors', 0, 'bins', 1, 'to'],
      'INVALID_INPUT',
      false,
    ],
    [
      'an empty bin (from = to)',
      {
        factors: [
          {
            id: 'x',
            bins: [
              { to: 5, points: 1 },
              { from: 5, to: 5, points: 2 },
              { from: 5, points: 3 },
            ],
          },
        ],
      },
      ['model', 'factors', 0, 'bins', 1, 'to'],
      'INVALID_INPUT',
      false,
    ],
    [
      'a category in two bins',
      {
        factors: [
          {
            id: 's',
            bins: [
              { categories: ['a', 'b'], points: 1 },
              { categories: ['b'], points: 2 },
            ],
          },
        ],
      },
      ['model', 'factors', 0, 'bins', 1, 'categories', 0],
      'INVALID_INPUT',
      false,
    ],
    [
      'mixed bins',
      {
        factors: [
          {
            id: 's',
            bins: [
              { categories: ['a'], points: 1 },
              { from: 1, points: 2 },
            ],
          },
        ],
      },
      ['model', 'factors', 0, 'bins', 1],
      'INVALID_INPUT',
      false,
    ],
    [
      'min above max',
      { factors: [{ id: 'x', min: 5, max: 1, bins: [{ points: 1 }] }] },
      ['model', 'factors', 0, 'max'],
      'INVALID_INPUT',
      false,
    ],
    [
      'two factors with one id',
      {
        factors: [
          { id: 'x', bins: [{ points: 1 }] },
          { id: 'x', bins: [{ points: 2 }] },
        ],
      },
      ['model', 'factors', 1, 'id'],
      'DUPLICATE_ID',
      false,
    ],
    [
      'two grades with one name',
      { ...base, grades: [{ grade: 'A', minScore: 2 }, { grade: 'A' }] },
      ['model', 'grades', 1, 'grade'],
      'DUPLICATE_ID',
      false,
    ],
    [
      'grades out of order',
      { ...base, grades: [{ grade: 'A', minScore: 2 }, { grade: 'B', minScore: 3 }, { grade: 'C' }] },
      ['model', 'grades', 1, 'minScore'],
      'INVALID_INPUT',
      false,
    ],
    [
      'a last grade with a minScore',
      {
        ...base,
        grades: [
          { grade: 'A', minScore: 2 },
          { grade: 'B', minScore: 1 },
        ],
      },
      ['model', 'grades', 1, 'minScore'],
      'INVALID_INPUT',
      false,
    ],
    [
      'an inner grade without minScore',
      { ...base, grades: [{ grade: 'A' }, { grade: 'B' }] },
      ['model', 'grades', 0, 'minScore'],
      'INVALID_INPUT',
      false,
    ],
    [
      'points that are not numbers',
      withValueAt(base, ['factors', 0, 'bins', 0, 'points'], 'ten'),
      ['model', 'factors', 0, 'bins', 0, 'points'],
      'INVALID_INPUT',
      true,
    ],
    [
      'NaN points',
      withValueAt(base, ['factors', 0, 'bins', 0, 'points'], Number.NaN),
      ['model', 'factors', 0, 'bins', 0, 'points'],
      'INVALID_INPUT',
      true,
    ],
    ['no factors', { factors: [] }, ['model', 'factors'], 'INVALID_INPUT', true],
    ['no bins', { factors: [{ id: 'x', bins: [] }] }, ['model', 'factors', 0, 'bins'], 'INVALID_INPUT', true],
    ['an empty id', withValueAt(base, ['factors', 0, 'id'], ''), ['model', 'factors', 0, 'id'], 'INVALID_INPUT', true],
    ['a misspelt option', { ...base, maxReason: 3 }, ['model', 'maxReason'], 'INVALID_INPUT', true],
    [
      'a misspelt bin key',
      withValueAt(base, ['factors', 0, 'bins', 0, 'point'], 1),
      ['model', 'factors', 0, 'bins', 0, 'point'],
      'INVALID_INPUT',
      true,
    ],
    ['a negative maxReasons', { ...base, maxReasons: -1 }, ['model', 'maxReasons'], 'INVALID_INPUT', true],
    [
      'a grade PD above 1',
      { ...base, grades: [{ grade: 'A', minScore: 2, pd: 1.5 }, { grade: 'B' }] },
      ['model', 'grades', 0, 'pd'],
      'INVALID_INPUT',
      true,
    ],
    ['one grade', { ...base, grades: [{ grade: 'A' }] }, ['model', 'grades'], 'INVALID_INPUT', true],
    ['a bad scaling', { ...base, scaling: { pdo: 0, baseScore: 600, baseOdds: 50 } }, ['model', 'scaling', 'pdo'], 'INVALID_INPUT', true],
    ['a non-object', 'default', ['model'], 'INVALID_INPUT', true],
  ];
  test.each(badModels)('rejects %s', (_, model, path, code, shape) => {
    expectSalesOpsError(() => prepareCreditModel(model as CreditModel), code, path);
    expectSalesOpsError(() => gradeCredit({}, model as CreditModel), code, path);
    expect(CreditModelSchema.safeParse(model).success).toBe(!shape);
  });

  test('the default model passes the schema and preparation', () => {
    expect(CreditModelSchema.safeParse(defaultCreditModel()).success).toBe(true);
    expect(() => prepareCreditModel(defaultCreditModel())).not.toThrow();
    expect(defaultCreditModel()).not.toBe(defaultCreditModel());
  });

  test('a profile value outside a custom factor range or categories', () => {
    expectSalesOpsError(() => gradeCredit({ sector: 'mining' }, TINY), 'INVALID_INPUT', ['profile', 'sector']);
    const ranged: CreditModel = { factors: [{ id: 'n', min: 0, max: 10, integer: true, bins: [{ points: 1 }] }] };
    for (const bad of [-1, 11, 2.5, 'x'])
      expectSalesOpsError(() => gradeCredit({ n: bad } as never, ranged), 'INVALID_INPUT', ['profile', 'n']);
  });
});
