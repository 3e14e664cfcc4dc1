import DecimalJs from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  type KpiActuals,
  KpiActualsSchema,
  type KpiDefinition,
  KpiDefinitionSchema,
  scoreKpis,
  scoreKpisBatch,
  ScoreKpisOptionsSchema,
} from 'salesops-kit/scoring';
import { weights } from '../helpers/arbitraries.js';
import {
  BAD_AMOUNTS,
  BAD_IDS,
  BAD_NUMBERS,
  expectPure,
  expectRejectsAt,
  expectSalesOpsError,
  REMOVE,
  SPECIAL_IDS,
  withValueAt,
} from '../helpers/bad-input.js';

const KPIS: KpiDefinition[] = [
  { id: 'revenue', name: 'Revenue', weight: 40, group: 'results', direction: 'higherIsBetter', target: '250000.00' },
  { id: 'margin', weight: 20, group: 'results', direction: 'higherIsBetter', target: '0.30' },
  { id: 'daysToClose', weight: 20, group: 'results', direction: 'lowerIsBetter', target: 30, threshold: 60 },
  { id: 'crmHygiene', weight: 10, group: 'attitude', direction: 'higherIsBetter', target: 1 },
  {
    id: 'handoffs',
    weight: 10,
    group: 'teamwork',
    direction: 'higherIsBetter',
    target: 12,
    curve: {
      steps: [
        { from: 6, score: 60 },
        { from: 12, score: 100 },
      ],
    },
  },
];
const ACTUALS: KpiActuals = { revenue: '225000.00', margin: '0.33', daysToClose: 45, crmHygiene: '0.8', handoffs: 9 };

describe('scoreKpis', () => {
  test('one level: weights normalised over the card, total = Σ weight × score', () => {
    const card = scoreKpis(KPIS, ACTUALS);
    expect(card.items.map((i) => [i.id, i.score, i.weight])).toEqual([
      ['revenue', 90, 0.4],
      ['margin', 100, 0.2],
      ['daysToClose', 50, 0.2],
      ['crmHygiene', 80, 0.1],
      ['handoffs', 60, 0.1],
    ]);
    expect(card.items[1]).toMatchObject({ achievement: expect.closeTo(1.1, 12), reason: 'AT_CAP' });
    expect(card.items[0]?.name).toBe('Revenue');
    expect(card.items[1]).not.toHaveProperty('name');
    expect(card.total).toBeCloseTo(36 + 20 + 10 + 8 + 6, 12);
    expect(card.groups).toEqual([
      { id: 'results', weight: expect.closeTo(0.8, 12), score: expect.closeTo(82.5, 12), contribution: expect.closeTo(66, 12) },
      { id: 'attitude', weight: 0.1, score: 80, contribution: 8 },
      { id: 'teamwork', weight: 0.1, score: 60, contribution: 6 },
    ]);
    expect(card.excluded).toEqual([]);
    expect(card.missingActual).toBe('exclude');
  });

  test('two levels: group weights, then KPI weights within each group', () => {
    const card = scoreKpis(KPIS, ACTUALS, { groupWeights: { results: 70, attitude: 15, teamwork: 15 } });
    const w = Object.fromEntries(card.items.map((i) => [i.id, i.weight]));
    expect(w['revenue']).toBeCloseTo(0.35, 12);
    expect(w['margin']).toBeCloseTo(0.175, 12);
    expect(w['daysToClose']).toBeCloseTo(0.175, 12);
    expect(w['crmHygiene']).toBeCloseTo(0.15, 12);
    expect(card.groups.map((g) => [g.id, g.score])).toEqual([
      ['results', expect.closeTo(82.5, 12)],
      ['attitude', 80],
      ['teamwork', 60],
    ]);
    expect(card.total).toBeCloseTo(0.7 * 82.5 + 0.15 * 80 + 0.15 * 60, 10);
  });

  test('a missing actual is excluded and its weight shared inside its group (SAP), listed with the reason', () => {
    const { margin: _, ...actuals } = ACTUALS;
    const card = scoreKpis(KPIS, { ...actuals, crmHygiene: null }, { groupWeights: { results: 70, attitude: 15, teamwork: 15 } });
    expect(card.items.map((i) => i.id)).toEqual(['revenue', 'daysToClose', 'handoffs']);
    expect(card.excluded).toEqual([
      { kind: 'kpi', id: 'margin', reason: 'NO_ACTUAL' },
      { kind: 'kpi', id: 'crmHygiene', reason: 'NO_ACTUAL' },
      { kind: 'group', id: 'attitude', reason: 'NO_ACTUAL' },
    ]);
    // results keeps its share (70 of 85), now split 40:20 between revenue and daysToClose.
    expect(card.items[0]?.weight).toBeCloseTo((70 / 85) * (2 / 3), 12);
    expect(card.items[2]?.weight).toBeCloseTo(15 / 85, 12);
  });

  test("missingActual: 'scoreZero' keeps the weight and scores 0 — never silently", () => {
    const card = scoreKpis(KPIS, { ...ACTUALS, margin: null }, { missingActual: 'scoreZero' });
    expect(card.items[1]).toEqual({
      id: 'margin',
      group: 'results',
      achievement: null,
      score: 0,
      weight: 0.2,
      contribution: 0,
      reason: 'NO_ACTUAL_SCORED_ZERO',
    });
    expect(card.excluded).toEqual([]);
    expect(card.missingActual).toBe('scoreZero');
    expect(card.total).toBeCloseTo(36 + 10 + 8 + 6, 12);
  });

  test('a group whose KPIs with actuals all weigh zero is excluded and its weight shared', () => {
    const kpis: KpiDefinition[] = [
      { id: 'a', weight: 1, group: 'g1', direction: 'higherIsBetter', target: 10 },
      { id: 'b', weight: 0, group: 'g1', direction: 'higherIsBetter', target: 10 },
      { id: 'c', weight: 1, group: 'g2', direction: 'higherIsBetter', target: 10 },
    ];
    const card = scoreKpis(kpis, { b: 5, c: 8 }, { groupWeights: { g1: 1, g2: 1 } });
    expect(card.excluded).toContainEqual({ kind: 'group', id: 'g1', reason: 'NO_WEIGHT_LEFT' });
    expect(card.items.map((i) => [i.id, i.weight])).toEqual([
      ['b', 0],
      ['c', 1],
    ]);
    expect(card.total).toBe(80);
    expect(card.groups).toEqual([
      { id: 'g1', weight: 0, score: 50, contribution: 0 },
      { id: 'g2', weight: 1, score: 80, contribution: 80 },
    ]);
  });

  test('ungrouped KPIs are scored but belong to no group', () => {
    const card = scoreKpis([{ id: 'x', weight: 1, direction: 'higherIsBetter', target: 4 }], { x: 3 });
    expect(card.items[0]?.group).toBeNull();
    expect(card.groups).toEqual([]);
    expect(card.total).toBe(75);
  });

  test('actuals may be numbers, strings or Decimals', () => {
    const kpis: KpiDefinition[] = [{ id: 'r', weight: 1, direction: 'higherIsBetter', target: new DecimalJs('0.3') }];
    expect(scoreKpis(kpis, { r: new DecimalJs('0.27') }).total).toBeCloseTo(90, 12);
    expect(scoreKpis(kpis, { r: '0.27' }).total).toBeCloseTo(90, 12);
  });

  test('special ids are ordinary ids', () => {
    for (const id of SPECIAL_IDS) {
      const kpis: KpiDefinition[] = [
        { id, weight: 1, group: id, direction: 'higherIsBetter', target: 10 },
        { id: 'other', weight: 1, group: 'g', direction: 'higherIsBetter', target: 10 },
      ];
      const actuals = JSON.parse(`{${JSON.stringify(id)}: 5, "other": 10}`) as KpiActuals;
      const groupWeights = JSON.parse(`{${JSON.stringify(id)}: 3, "g": 1}`) as Record<string, number>;
      const card = expectPure(scoreKpis, kpis, actuals, { groupWeights });
      expect(card.items[0]).toMatchObject({ id, group: id, score: 50, weight: 0.75 });
      expect(card.groups[0]?.id).toBe(id);
      // A special id missing from actuals is missing, not found on Object.prototype.
      const other = JSON.parse('{"other": 10}') as KpiActuals;
      expect(scoreKpis(kpis, other, { groupWeights }).excluded[0]).toEqual({ kind: 'kpi', id, reason: 'NO_ACTUAL' });
    }
  });

  test('is pure: frozen inputs, JSON-safe result, deterministic', () => {
    expectPure(scoreKpis, KPIS, ACTUALS, { groupWeights: { results: 2, attitude: 1, teamwork: 1 } });
    expectPure(scoreKpis, KPIS, { revenue: '-0', daysToClose: 0 }, { missingActual: 'scoreZero' });
  });

  test('property: the normalised weights always sum to 1 and the contributions to the total', () => {
    fc.assert(
      fc.property(
        weights({ minLength: 1, maxLength: 12 }),
        fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 12, maxLength: 12 }),
        fc.array(fc.boolean(), { minLength: 12, maxLength: 12 }),
        fc.boolean(),
        (ws, groupOf, has, twoLevels) => {
          const kpis: KpiDefinition[] = ws.map((weight, i) => ({
            id: `k${i}`,
            weight,
            group: `g${groupOf[i]}`,
            direction: 'higherIsBetter',
            target: 10,
          }));
          const actuals: KpiActuals = Object.fromEntries(kpis.map((k, i) => [k.id, has[i] || i === ws.findIndex((w) => w > 0) ? i : null]));
          const groups = [...new Set(kpis.map((k) => k.group as string))];
          const groupWeights = Object.fromEntries(groups.map((g, i) => [g, i + 1]));
          let card;
          try {
            card = scoreKpis(kpis, actuals, twoLevels ? { groupWeights } : {});
          } catch (error) {
            // Only a group whose KPIs all weigh zero may refuse a two-level card.
            expect((error as { code: string }).code).toBe('ZERO_WEIGHTS');
            return;
          }
          const sum = card.items.reduce((a, i) => a + i.weight, 0);
          expect(sum).toBeCloseTo(1, 12);
          expect(card.groups.reduce((a, g) => a + g.weight, 0)).toBeCloseTo(1, 12);
          expect(card.items.reduce((a, i) => a + i.contribution, 0)).toBeCloseTo(card.total, 9);
          for (const i of card.items) expect(i.weight).toBeGreaterThanOrEqual(0);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('scoreKpisBatch', () => {
  test('gives exactly what scoreKpis gives, person by person', () => {
    const people: KpiActuals[] = [ACTUALS, { ...ACTUALS, revenue: 0 }, { margin: '0.1' }];
    const options = { groupWeights: { results: 3, attitude: 1, teamwork: 1 } };
    expect(scoreKpisBatch(KPIS, people, options)).toEqual(people.map((p) => scoreKpis(KPIS, p, options)));
    expectPure(scoreKpisBatch, KPIS, people, options);
    expect(scoreKpisBatch(KPIS, [])).toEqual([]);
  });

  test('rejects what scoreKpis rejects, with paths from actualsList', () => {
    for (const bad of BAD_AMOUNTS.filter((v) => v !== undefined && v !== null)) {
      expectSalesOpsError(() => scoreKpis(KPIS, { revenue: bad as never }), 'INVALID_INPUT', ['actuals', 'revenue']);
      expectSalesOpsError(() => scoreKpisBatch(KPIS, [ACTUALS, { revenue: bad as never }]), 'INVALID_INPUT', ['actualsList', 1, 'revenue']);
      // The exported schema rejects the same values.
      expect(KpiActualsSchema.safeParse({ revenue: bad }).success).toBe(false);
    }
    for (const bad of [null, [], 'x', 1, new Date(0), new Map()]) {
      expectSalesOpsError(() => scoreKpis(KPIS, bad as never), 'INVALID_INPUT', ['actuals']);
      expectSalesOpsError(() => scoreKpisBatch(KPIS, [bad as never]), 'INVALID_INPUT', ['actualsList', 0]);
      expect(KpiActualsSchema.safeParse(bad).success).toBe(false);
    }
    expectSalesOpsError(() => scoreKpisBatch(KPIS, {} as never), 'INVALID_INPUT', ['actualsList']);
    expectSalesOpsError(() => scoreKpisBatch(KPIS, [{ revnue: 1 }]), 'INVALID_INPUT', ['actualsList', 0, 'revnue']);
  });
});

describe('bad input', () => {
  const call = (kpis: unknown): unknown => scoreKpis(kpis as KpiDefinition[], ACTUALS);
  test('every field of a KPI definition', () => {
    expectRejectsAt(call, KPIS, [0, 'id'], { values: BAD_IDS, prefix: ['kpis'] });
    expectRejectsAt(call, KPIS, [0, 'weight'], { values: [...BAD_NUMBERS, -1], prefix: ['kpis'] });
    expectRejectsAt(call, KPIS, [0, 'direction'], { values: [undefined, 'up', 1], prefix: ['kpis'] });
    expectRejectsAt(call, KPIS, [0, 'target'], { values: BAD_AMOUNTS, prefix: ['kpis'] });
    expectRejectsAt(call, KPIS, [2, 'threshold'], { values: BAD_AMOUNTS.filter((v) => v !== undefined), prefix: ['kpis'] });
    expectRejectsAt(call, KPIS, [0, 'stretch'], { values: BAD_AMOUNTS.filter((v) => v !== undefined), prefix: ['kpis'] });
    expectRejectsAt(call, KPIS, [0, 'cap'], { values: [...BAD_NUMBERS.filter((v) => v !== undefined), 99], prefix: ['kpis'] });
    expectRejectsAt(call, KPIS, [0, 'thresholdScore'], {
      values: [...BAD_NUMBERS.filter((v) => v !== undefined), -1, 101],
      prefix: ['kpis'],
    });
    expectRejectsAt(call, KPIS, [0, 'floor'], { values: [...BAD_NUMBERS.filter((v) => v !== undefined), -1, 101], prefix: ['kpis'] });
    expectRejectsAt(call, KPIS, [0, 'group'], { values: ['', 1, null], prefix: ['kpis'] });
    expectRejectsAt(call, KPIS, [0, 'name'], { values: [1, null], prefix: ['kpis'] });
    expectRejectsAt(call, KPIS, [0, 'curve'], { values: ['steps', 1, null], prefix: ['kpis'] });
    expectRejectsAt(call, KPIS, [4, 'curve', 'steps', 0, 'score'], { values: [...BAD_NUMBERS, -1], prefix: ['kpis'] });
    expectRejectsAt(call, KPIS, [4, 'curve', 'onBoundary'], { values: ['up', 1, null], prefix: ['kpis'] });
    expectRejectsAt(call, KPIS, [0], { values: [null, 1, 'kpi'], prefix: ['kpis'] });
    expectRejectsAt(call, KPIS, [], { values: [null, {}, [], 'kpis'], prefix: ['kpis'] });
    // The exported schema rejects a bad field too.
    expect(KpiDefinitionSchema.safeParse(withValueAt(KPIS[0], ['weight'], -1)).success).toBe(false);
    expect(KpiDefinitionSchema.safeParse(withValueAt(KPIS[0], ['target'], REMOVE)).success).toBe(false);
  });

  test('options are strict', () => {
    expectSalesOpsError(() => scoreKpis(KPIS, ACTUALS, { missing: 'zero' } as never), 'INVALID_INPUT', ['options', 'missing']);
    expectSalesOpsError(() => scoreKpis(KPIS, ACTUALS, { missingActual: 'drop' } as never), 'INVALID_INPUT', ['options', 'missingActual']);
    expectSalesOpsError(() => scoreKpis(KPIS, ACTUALS, { groupWeights: { results: -1, attitude: 1, teamwork: 1 } }), 'INVALID_INPUT', [
      'options',
      'groupWeights',
      'results',
    ]);
    expectSalesOpsError(() => scoreKpis(KPIS, ACTUALS, { groupWeights: [] } as never), 'INVALID_INPUT', ['options', 'groupWeights']);
    expectSalesOpsError(
      () => scoreKpis(KPIS, ACTUALS, { groupWeights: { results: 1, attitude: 1, teamwork: 1, sales: 2 } }),
      'INVALID_INPUT',
      ['options', 'groupWeights', 'sales'],
    );
    expect(ScoreKpisOptionsSchema.safeParse({ groupWeights: { a: Number.NaN } }).success).toBe(false);
  });

  test('an actual for no KPI is an error, not ignored', () => {
    expectSalesOpsError(() => scoreKpis(KPIS, { ...ACTUALS, revenu: 1 }), 'INVALID_INPUT', ['actuals', 'revenu']);
  });

  test('no actual at all', () => {
    expectSalesOpsError(() => scoreKpis(KPIS, {}), 'INVALID_INPUT', ['actuals']);
    expectSalesOpsError(() => scoreKpis(KPIS, { revenue: null }), 'INVALID_INPUT', ['actuals']);
  });

  test('DUPLICATE_ID', () => {
    expectSalesOpsError(
      () => scoreKpis([KPIS[0] as KpiDefinition, { ...(KPIS[1] as KpiDefinition), id: 'revenue' }], ACTUALS),
      'DUPLICATE_ID',
      ['kpis', 1, 'id'],
    );
  });

  test('UNKNOWN_PARENT: a KPI in a group without a weight; a KPI without a group on a two-level card', () => {
    expectSalesOpsError(() => scoreKpis(KPIS, ACTUALS, { groupWeights: { results: 1, attitude: 1 } }), 'UNKNOWN_PARENT', [
      'kpis',
      4,
      'group',
    ]);
    const ungrouped = [...KPIS, { id: 'x', weight: 1, direction: 'higherIsBetter', target: 1 } as KpiDefinition];
    expectSalesOpsError(() => scoreKpis(ungrouped, ACTUALS, { groupWeights: { results: 1, attitude: 1, teamwork: 1 } }), 'INVALID_INPUT', [
      'kpis',
      5,
      'group',
    ]);
  });

  test('ZERO_WEIGHTS', () => {
    const zero = KPIS.map((k) => ({ ...k, weight: 0 }));
    expectSalesOpsError(() => scoreKpis(zero, ACTUALS), 'ZERO_WEIGHTS', ['kpis']);
    expectSalesOpsError(() => scoreKpis(KPIS, ACTUALS, { groupWeights: { results: 0, attitude: 0, teamwork: 0 } }), 'ZERO_WEIGHTS', [
      'options',
      'groupWeights',
    ]);
    const emptyGroup = KPIS.map((k) => (k.group === 'teamwork' ? { ...k, weight: 0 } : k));
    expectSalesOpsError(() => scoreKpis(emptyGroup, ACTUALS, { groupWeights: { results: 1, attitude: 1, teamwork: 1 } }), 'ZERO_WEIGHTS', [
      'options',
      'groupWeights',
      'teamwork',
    ]);
    // Left with only zero-weight KPIs after exclusions.
    const partly = [{ ...(KPIS[0] as KpiDefinition), weight: 0 }, KPIS[1] as KpiDefinition];
    expectSalesOpsError(() => scoreKpis(partly, { revenue: 1 }), 'ZERO_WEIGHTS', ['actuals']);
  });

  test('safe() gives the error as data', async () => {
    const { safe } = await import('salesops-kit/scoring');
    const result = safe(scoreKpis)(KPIS, { revenue: 'lots' });
    expect(result.success).toBe(false);
    if (!result.success) expect(result.error.issues[0]?.path).toEqual(['actuals', 'revenue']);
  });
});
