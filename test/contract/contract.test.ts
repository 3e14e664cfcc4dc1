/**
 * The public contract (names, entry points, result shapes) that programs embedding the library
 * rely on, checked through the public entry points only. A change here is a breaking change.
 */
import { describe, expect, test } from 'vitest';
import * as all from 'salesops-kit';
import * as credit from 'salesops-kit/credit';
import * as customers from 'salesops-kit/customers';
import * as quota from 'salesops-kit/quota';
import * as scoring from 'salesops-kit/scoring';
import * as targets from 'salesops-kit/targets';

const ENTRY_POINTS = {
  'salesops-kit': all,
  'salesops-kit/targets': targets,
  'salesops-kit/quota': quota,
  'salesops-kit/scoring': scoring,
  'salesops-kit/customers': customers,
  'salesops-kit/credit': credit,
};

const CONTRACT: Record<string, string[]> = {
  targets: [
    'validateSmartTarget',
    'targetFromGrowth',
    'targetFromMarketShare',
    'targetFromBenchmark',
    'targetFromCapacity',
    'triangulateTargets',
  ],
  quota: ['allocate', 'decomposeQuota', 'phaseQuota', 'fitMatrix', 'decomposeMatrix', 'rebalanceQuota', 'trackAttainment'],
  scoring: ['ahpWeights', 'scoreKpis', 'score360', 'interRaterReliability', 'combineScores', 'assignBands'],
  customers: [
    'summarizeCustomers',
    'rfmScores',
    'tierCustomers',
    'lifecycleStage',
    'netPromoterScore',
    'fitBgNbd',
    'probabilityAlive',
    'expectedPurchases',
    'fitGammaGamma',
    'customerLifetimeValue',
  ],
  credit: [
    'scorecardScaling',
    'oddsToScore',
    'scoreToOdds',
    'scoreToPd',
    'gradeCredit',
    'ageReceivables',
    'paydexScore',
    'altmanZScore',
    'daysSalesOutstanding',
    'recommendCreditTerms',
    'checkCreditExposure',
    'creditWarnings',
    'gradeTransitionMatrix',
  ],
};

describe('entry points', () => {
  test.each(Object.entries(ENTRY_POINTS))('%s exports SalesOpsError, isSalesOpsError and safe', (_, entry) => {
    expect(typeof entry.SalesOpsError).toBe('function');
    expect(typeof entry.isSalesOpsError).toBe('function');
    expect(typeof entry.safe).toBe('function');
    expect(entry.SalesOpsError).toBe(all.SalesOpsError);
  });

  test.each(Object.entries(CONTRACT))('%s exports the contract functions, also from the root', (module, names) => {
    const entry = ENTRY_POINTS[`salesops-kit/${module}` as keyof typeof ENTRY_POINTS] as Record<string, unknown>;
    for (const name of names) {
      expect(typeof entry[name], `${module}.${name}`).toBe('function');
      expect((all as Record<string, unknown>)[name], `root ${name}`).toBe(entry[name]);
    }
  });

  test('every function input has an exported zod schema named <Name>Schema', () => {
    const schemas = Object.entries(all).filter(([name]) => name.endsWith('Schema'));
    expect(schemas.length).toBeGreaterThan(40);
    for (const [name, schema] of schemas) expect(typeof (schema as { safeParse?: unknown }).safeParse, name).toBe('function');
  });

  test('safe() wraps any library function', () => {
    expect(all.safe(quota.allocate)(100, [1, 2])).toEqual({ success: true, data: ['33.33', '66.67'] });
    const failed = all.safe(quota.allocate)(100, [0, 0]);
    expect(failed.success).toBe(false);
    if (!failed.success) expect(failed.error.code).toBe('ZERO_WEIGHTS');
  });
});

describe('result shapes', () => {
  test('validateSmartTarget → SmartReport', () => {
    const report = targets.validateSmartTarget(
      {
        id: 't',
        title: 'Grow instrument revenue in the North region',
        metric: { kind: 'revenue', currency: 'USD' },
        value: '1100000',
        baseline: '1000000',
        scope: { region: 'North' },
        period: { start: '2026-01-01', end: '2026-12-31' },
        alignsTo: ['growth'],
      },
      { asOf: '2025-12-01', history: ['800000', '900000', '1000000'] },
    );
    expect(Object.keys(report.criteria).sort()).toEqual(['achievable', 'measurable', 'relevant', 'specific', 'timeBound']);
    for (const criterion of Object.values(report.criteria)) {
      expect(typeof criterion.passed).toBe('boolean');
      for (const finding of criterion.findings) {
        expect(Object.keys(finding)).toEqual(expect.arrayContaining(['criterion', 'code', 'severity', 'message']));
        expect(['error', 'warning', 'info']).toContain(finding.severity);
      }
    }
    expect(report.passed).toBe(Object.values(report.criteria).every((c) => c.passed));
    expect(Object.keys(report.achievability ?? {})).toEqual(
      expect.arrayContaining(['requiredGrowth', 'historicalMeanGrowth', 'historicalVolatility', 'probability', 'stance']),
    );
    expect(['sandbagged', 'realistic', 'stretch', 'unrealistic']).toContain(report.achievability?.stance);
    for (const method of [
      targets.targetFromGrowth({ baseline: '100', growthRate: 0.1 }),
      targets.targetFromMarketShare({ marketSize: '1000', targetShare: 0.1 }),
      targets.targetFromBenchmark({ benchmarkResult: '500', sizeRatio: 0.5 }),
      targets.targetFromCapacity({ headcount: 2, productivityPerHead: '100' }),
      targets.triangulateTargets([{ value: '100' }, { value: '120' }], { method: 'median' }),
    ]) {
      expect(typeof method.value).toBe('string');
      expect(typeof method.method).toBe('string');
      expect(typeof method.explanation).toBe('string');
    }
  });

  test('quota: allocate, decomposeQuota, phaseQuota, fitMatrix, decomposeMatrix, trackAttainment', () => {
    expect(quota.allocate(-100, [1, 2])).toEqual(['-33.33', '-66.67']);
    const plan = quota.decomposeQuota({
      total: 100,
      nodes: [{ id: 'r' }, { id: 'a', parentId: 'r', weight: 1 }, { id: 'b', parentId: 'r', weight: 2 }],
    });
    for (const node of plan.nodes)
      expect(Object.keys(node)).toEqual(expect.arrayContaining(['id', 'parentId', 'depth', 'quota', 'share', 'basisWeight']));
    expect(plan.nodes[0]).toMatchObject({ id: 'r', parentId: null, depth: 0, quota: '100.00' });
    const months = quota.phaseQuota('1200', { start: '2026-01-01', end: '2026-03-31', granularity: 'month' });
    for (const month of months) expect(Object.keys(month)).toEqual(expect.arrayContaining(['period', 'start', 'end', 'amount', 'share']));
    const fit = quota.fitMatrix(
      [
        [1, 1],
        [1, 1],
      ],
      [3, 1],
      [2, 2],
    );
    expect(Object.keys(fit)).toEqual(expect.arrayContaining(['matrix', 'iterations', 'converged', 'maxDeviation']));
    expect(
      quota.decomposeMatrix(
        [
          [1, 1],
          [1, 1],
        ],
        ['3', '1'],
        ['2', '2'],
      ).matrix,
    ).toEqual([
      ['1.50', '1.50'],
      ['0.50', '0.50'],
    ]);
    const attainment = quota.trackAttainment({ target: '1200', actual: '500', start: '2026-01-01', end: '2026-12-31', asOf: '2026-06-30' });
    expect(Object.keys(attainment)).toEqual(
      expect.arrayContaining(['attainment', 'expectedToDate', 'actualToDate', 'pace', 'gap', 'requiredRunRate', 'forecast', 'status']),
    );
    expect(['ahead', 'onTrack', 'atRisk', 'behind']).toContain(attainment.status);
  });

  test('scoring: ahpWeights, scoreKpis, score360, interRaterReliability', () => {
    const ahp = scoring.ahpWeights([
      [1, 3],
      [1 / 3, 1],
    ]);
    expect(Object.keys(ahp)).toEqual(
      expect.arrayContaining(['weights', 'lambdaMax', 'consistencyIndex', 'consistencyRatio', 'consistent']),
    );
    expect(ahp.consistent).toBe(true);
    const card = scoring.scoreKpis([{ id: 'r', weight: 1, direction: 'higherIsBetter', target: 100 }], { r: 150 });
    expect(card.total).toBe(100); // capped at 100 by default
    for (const item of card.items)
      expect(Object.keys(item)).toEqual(expect.arrayContaining(['id', 'achievement', 'score', 'weight', 'contribution']));
    const [subject] = scoring.score360({
      competencies: [{ id: 'c', weight: 1 }],
      raterGroups: [{ id: 'manager', weight: 1 }],
      ratings: [{ subjectId: 's', raterId: 'm', raterGroup: 'manager', competencyId: 'c', score: 4 }],
      scale: { min: 1, max: 5 },
    });
    expect(Object.keys(subject ?? {})).toEqual(
      expect.arrayContaining(['subjectId', 'overall', 'byGroup', 'byCompetency', 'selfGap', 'suppressedGroups', 'raterCounts']),
    );
    const icc = scoring.interRaterReliability([
      [1, 2],
      [2, 3],
      [4, 4],
    ]);
    for (const key of ['icc1', 'icc2', 'icc3'] as const)
      expect(Object.keys(icc[key])).toEqual(expect.arrayContaining(['single', 'average']));
  });

  test('customers: summaries, RFM, NPS, BG/NBD', () => {
    const [summary] = customers.summarizeCustomers(
      [
        { customerId: 'a', date: '2026-01-01', amount: '10' },
        { customerId: 'a', date: '2026-01-08', amount: '20' },
      ],
      { asOf: '2026-01-15', periodUnit: 'week' },
    );
    expect(summary).toMatchObject({
      customerId: 'a',
      firstPurchase: '2026-01-01',
      lastPurchase: '2026-01-08',
      recencyDays: 7,
      frequency: 2,
      x: 1,
      tx: 1,
      T: 2,
    });
    expect(Object.keys(summary ?? {})).toEqual(expect.arrayContaining(['monetaryTotal', 'averageOrderValue', 'monetaryValue']));
    const [rfm] = customers.rfmScores(summary ? [summary] : [], {});
    expect(Object.keys(rfm ?? {})).toEqual(expect.arrayContaining(['customerId', 'r', 'f', 'm', 'rfm', 'segment']));
    expect(customers.netPromoterScore([10, 9, 7, 3])).toMatchObject({ nps: 25, promoters: 2, passives: 1, detractors: 1, n: 4 });
    const params = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };
    expect(customers.probabilityAlive(params, { x: 2, tx: 30.43, T: 38.86 })).toBeGreaterThan(0);
    expect(customers.expectedPurchases(params, { x: 2, tx: 30.43, T: 38.86 }, 39)).toBeGreaterThan(0);
  });

  test('credit: scaling, grade, aging, PAYDEX, Altman', () => {
    const scaling = { pdo: 20, baseScore: 600, baseOdds: 50 };
    expect(credit.scorecardScaling(scaling)).toEqual({ factor: 20 / Math.LN2, offset: expect.closeTo(487.1229, 4) });
    expect(credit.oddsToScore(100, scaling)).toBeCloseTo(620, 9);
    expect(credit.scoreToOdds(580, scaling)).toBeCloseTo(25, 9);
    expect(credit.scoreToPd(600, scaling)).toBeCloseTo(1 / 51, 12);
    const grade = credit.gradeCredit({ avgDaysBeyondTerms: 5 });
    expect(Object.keys(grade)).toEqual(expect.arrayContaining(['score', 'grade', 'pd', 'factors', 'reasons']));
    expect(['AAA', 'AA', 'A', 'BBB', 'BB', 'B', 'CCC', 'CC', 'C']).toContain(grade.grade);
    const aging = credit.ageReceivables(
      [
        { id: '1', customerId: 'c', invoiceDate: '2026-01-01', dueDate: '2026-01-31', amount: '100' },
        { id: '2', customerId: 'c', invoiceDate: '2026-01-01', dueDate: '2026-03-02', amount: '50' },
      ],
      { asOf: '2026-03-02' },
    );
    expect(aging.total.open).toBe('150.00');
    expect(aging.total.notDue).toBe('50.00');
    expect(aging.total.buckets.map((b) => [b.label, b.amount])).toEqual([
      ['1-30', '100.00'],
      ['31-60', '0.00'],
      ['61-90', '0.00'],
      ['91-120', '0.00'],
      ['120+', '0.00'],
    ]);
    expect(aging.byCustomer[0]?.customerId).toBe('c');
    expect(credit.paydexScore([{ amount: 100, dueDate: '2026-01-31', paidDate: '2026-01-31' }])).toMatchObject({
      score: 80,
      daysBeyondTerms: 0,
    });
    const z = credit.altmanZScore(
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
    );
    expect(['safe', 'grey', 'distress']).toContain(z.zone);
    expect(typeof z.z).toBe('number');
  });
});
