/**
 * Type tests of the public API, as a TypeScript user sees it. They are checked by `tsc`
 * (`npm run typecheck`, with strict, noUncheckedIndexedAccess and exactOptionalPropertyTypes);
 * at run time they only exercise the calls.
 */
import { describe, expectTypeOf, test } from 'vitest';
import {
  type Aging,
  ageReceivables,
  allocate,
  type AchievabilityStance,
  type CreditGrade,
  type CustomerSummary,
  type DecimalInput,
  decomposeQuota,
  gradeCredit,
  type KpiScorecard,
  phaseQuota,
  type QuotaNode,
  safe,
  type SafeResult,
  scoreKpis,
  type SmartReport,
  summarizeCustomers,
  trackAttainment,
  validateSmartTarget,
} from 'salesops-kit';
import { Decimal } from 'decimal.js';

describe('public types', () => {
  test('amounts go in as string | number | Decimal and come out as strings', () => {
    expectTypeOf<DecimalInput>().toEqualTypeOf<string | number | Decimal>();
    expectTypeOf(allocate).returns.toEqualTypeOf<string[]>();
    expectTypeOf(allocate('100', [1])).toEqualTypeOf<string[]>();
    expectTypeOf(allocate(new Decimal('100'), [1])).toEqualTypeOf<string[]>();
    // weights are numbers (the contract's rule), not amounts: a type error (and a runtime one).
    const wrong = (): string[] =>
      // @ts-expect-error weights must be numbers
      allocate('100', ['1']);
    expectTypeOf(wrong).returns.toEqualTypeOf<string[]>();
  });

  test('optional options accept undefined (exactOptionalPropertyTypes users)', () => {
    const scale: number | undefined = undefined;
    expectTypeOf(allocate(100, [1, 1], { scale })).toEqualTypeOf<string[]>();
    phaseQuota('1200', { start: '2026-01-01', end: '2026-12-31', granularity: 'month', profile: undefined, scale });
  });

  test('results are typed to the contract', () => {
    const report = validateSmartTarget({
      id: 't',
      title: 'Grow revenue in the North region',
      metric: { kind: 'revenue', currency: 'EUR' },
      value: '100',
      scope: { region: 'North' },
      period: { start: '2026-01-01', end: '2026-12-31' },
      alignsTo: ['growth'],
    });
    expectTypeOf(report).toEqualTypeOf<SmartReport>();
    expectTypeOf(report.passed).toEqualTypeOf<boolean>();
    expectTypeOf<AchievabilityStance>().toEqualTypeOf<'sandbagged' | 'realistic' | 'stretch' | 'unrealistic'>();

    const plan = decomposeQuota({ total: 100, nodes: [{ id: 'r' }] });
    expectTypeOf(plan.nodes).toEqualTypeOf<QuotaNode[]>();
    expectTypeOf<QuotaNode['quota']>().toEqualTypeOf<string>();
    expectTypeOf<QuotaNode['share']>().toEqualTypeOf<number>();
    expectTypeOf<QuotaNode['parentId']>().toEqualTypeOf<string | null>();
    // noUncheckedIndexedAccess: an element may be missing.
    expectTypeOf(plan.nodes[0]).toEqualTypeOf<QuotaNode | undefined>();

    const attainment = trackAttainment({ target: '100', actual: '50', start: '2026-01-01', end: '2026-12-31', asOf: '2026-06-30' });
    expectTypeOf(attainment.status).toEqualTypeOf<'ahead' | 'onTrack' | 'atRisk' | 'behind'>();
    expectTypeOf(attainment.gap).toEqualTypeOf<string>();

    expectTypeOf(scoreKpis([{ id: 'r', weight: 1, direction: 'higherIsBetter', target: 1 }], { r: 1 })).toEqualTypeOf<KpiScorecard>();
    expectTypeOf(summarizeCustomers([], { asOf: '2026-01-01' })).toEqualTypeOf<CustomerSummary[]>();
    expectTypeOf<CustomerSummary['monetaryTotal']>().toEqualTypeOf<string>();
    expectTypeOf<CustomerSummary['x']>().toEqualTypeOf<number>();
    expectTypeOf(gradeCredit({})).toEqualTypeOf<CreditGrade>();
    expectTypeOf<CreditGrade['score']>().toEqualTypeOf<number>();
    const aging = ageReceivables([], { asOf: '2026-01-01' });
    expectTypeOf(aging.total).toEqualTypeOf<Aging>();
    expectTypeOf<Aging['open']>().toEqualTypeOf<string>();
  });

  test('safe() keeps the parameters and wraps the result', () => {
    const safeAllocate = safe(allocate);
    expectTypeOf(safeAllocate).parameters.toEqualTypeOf<Parameters<typeof allocate>>();
    expectTypeOf(safeAllocate(1, [1])).toEqualTypeOf<SafeResult<string[]>>();
    const result = safeAllocate(1, [1]);
    if (result.success) expectTypeOf(result.data).toEqualTypeOf<string[]>();
    else expectTypeOf(result.error.code).toBeString();
  });
});
