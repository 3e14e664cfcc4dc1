import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  type LifecycleCustomer,
  LifecycleCustomerSchema,
  lifecycleStage,
  LifecycleStageOptionsSchema,
} from '../../src/customers/lifecycle-stage.js';
import { summarizeCustomers } from '../../src/customers/summarize-customers.js';
import { BAD_DATES, BAD_NUMBERS, expectPure, expectRejectsAt, expectSalesOpsError } from '../helpers/bad-input.js';

// A customer who bought on 7 days, every 30 days on average: first 2025-01-10, last 2025-07-09.
const regular: LifecycleCustomer = {
  firstPurchase: '2025-01-10',
  previousPurchase: '2025-06-09',
  lastPurchase: '2025-07-09',
  purchaseDays: 7,
};
const stageOn = (customer: LifecycleCustomer, asOf: string, rules = {}): string => lifecycleStage(customer, { asOf, rules }).stage;

describe('lifecycleStage', () => {
  test('thresholds follow the customer’s own gap between purchases: 2, 3 and 4 gaps', () => {
    // Typical gap (2025-07-09 − 2025-01-10) / 6 = 180 / 6 = 30 days.
    const result = lifecycleStage(regular, { asOf: '2025-07-20' });
    expect(result).toEqual({
      stage: 'active',
      reason: 'withinRhythm',
      daysSinceLastPurchase: 11,
      tenureDays: 191,
      typicalGapDays: 30,
      lastGapDays: 30,
      thresholds: { atRisk: 60, lapsed: 90, churned: 120 },
      sources: { atRisk: 'typicalGap', lapsed: 'typicalGap', churned: 'typicalGap' },
      newWithinDays: 30,
    });
    expect(stageOn(regular, '2025-09-07')).toBe('active'); // 60 days: not more than 60
    expect(stageOn(regular, '2025-09-08')).toBe('atRisk'); // 61
    expect(stageOn(regular, '2025-10-08')).toBe('lapsed'); // 91
    expect(lifecycleStage(regular, { asOf: '2025-11-07' }).reason).toBe('beyondChurned'); // 121
  });

  test('fixed days when the gap is unknown (one purchase day); new within 30 days', () => {
    const once: LifecycleCustomer = { firstPurchase: '2025-01-01', lastPurchase: '2025-01-01', purchaseDays: 1 };
    expect(stageOn(once, '2025-01-31')).toBe('new');
    expect(stageOn(once, '2025-02-01')).toBe('active');
    expect(stageOn(once, '2025-04-02')).toBe('atRisk'); // 91 days
    expect(stageOn(once, '2025-07-01')).toBe('lapsed'); // 181
    expect(stageOn(once, '2026-01-02')).toBe('churned'); // 366
    expect(lifecycleStage(once, { asOf: '2025-03-01' })).toMatchObject({
      typicalGapDays: null,
      thresholds: { atRisk: 90, lapsed: 180, churned: 365 },
      sources: { atRisk: 'fallback' },
    });
  });

  test('inactivity outranks newness; prospects have no purchase', () => {
    const newButQuiet: LifecycleCustomer = { firstPurchase: '2025-01-01', lastPurchase: '2025-01-03', purchaseDays: 2 };
    // Gap 2 days: 4, 6 and 8 days would be absurd, so the floors apply: 14, 30, 60.
    expect(lifecycleStage(newButQuiet, { asOf: '2025-01-18' })).toMatchObject({
      stage: 'atRisk',
      typicalGapDays: 2,
      thresholds: { atRisk: 14, lapsed: 30, churned: 60 },
      sources: { atRisk: 'minimum', lapsed: 'minimum', churned: 'minimum' },
    });
    expect(lifecycleStage(newButQuiet, { asOf: '2025-01-08', rules: { minimumDays: { atRisk: 0, lapsed: 0, churned: 0 } } })).toMatchObject(
      { stage: 'atRisk', thresholds: { atRisk: 4 } },
    );
    expect(lifecycleStage({ firstPurchase: null, lastPurchase: null, purchaseDays: 0 }, { asOf: '2025-01-10' })).toMatchObject({
      stage: 'prospect',
      reason: 'noPurchase',
      daysSinceLastPurchase: null,
      typicalGapDays: null,
    });
  });

  test('reactivated: came back after a gap beyond the lapsed threshold of the history before it', () => {
    // Monthly buyer (5 purchase days Jan–May 2024, gap 30), silent for a year, back on 2025-06-01.
    const back: LifecycleCustomer = {
      firstPurchase: '2024-01-01',
      previousPurchase: '2024-04-30',
      lastPurchase: '2025-06-01',
      purchaseDays: 6,
    };
    const result = lifecycleStage(back, { asOf: '2025-06-10' });
    expect(result).toMatchObject({ stage: 'reactivated', reason: 'returnedAfterLapse', lastGapDays: 397 });
    // Judged by the overall mean gap (517 / 5 = 103.4 days) alone, the year-long gap would not count.
    expect(result.typicalGapDays).toBeCloseTo(103.4, 10);
    // Without the previous purchase day there is no way to tell.
    const { previousPurchase: _, ...withoutPrevious } = back;
    expect(stageOn(withoutPrevious, '2025-06-10')).toBe('active');
    // Two purchase days a year apart: fallback lapsed threshold 180 days.
    expect(
      stageOn({ firstPurchase: '2024-01-01', previousPurchase: '2024-01-01', lastPurchase: '2025-02-01', purchaseDays: 2 }, '2025-02-10'),
    ).toBe('reactivated');
  });

  test('rules override the defaults', () => {
    expect(stageOn(regular, '2025-08-01', { fixedDays: { atRisk: 14 } })).toBe('atRisk');
    expect(lifecycleStage(regular, { asOf: '2025-08-01', rules: { fixedDays: { atRisk: 14 } } }).sources).toEqual({
      atRisk: 'fixed',
      lapsed: 'typicalGap',
      churned: 'typicalGap',
    });
    expect(stageOn(regular, '2025-09-08', { gapMultiples: { atRisk: 2.5 } })).toBe('active');
    const once: LifecycleCustomer = { firstPurchase: '2025-01-01', lastPurchase: '2025-01-01', purchaseDays: 1 };
    expect(stageOn(once, '2025-02-15', { fallbackDays: { atRisk: 30 } })).toBe('atRisk');
    expect(stageOn(once, '2025-02-15', { newWithinDays: 60 })).toBe('new');
  });

  test('works on summaries; every customer gets one stage', () => {
    const summaries = summarizeCustomers(
      [
        { customerId: 'a', date: '2025-01-01', amount: 10 },
        { customerId: 'a', date: '2025-02-01', amount: 10 },
        { customerId: 'b', date: '2025-06-20', amount: 10 },
      ],
      { asOf: '2025-07-01' },
    );
    // a: gap 31 days, churned after 124 days without a purchase; 150 days have passed.
    expect(summaries.map((s) => stageOn(s, '2025-07-01'))).toEqual(['churned', 'new']);
  });

  test('property: a stage for every consistent customer, and it never gets better with more silence', () => {
    const order = ['new', 'active', 'reactivated', 'atRisk', 'lapsed', 'churned'];
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 20 }),
        fc.integer({ min: 0, max: 400 }),
        fc.integer({ min: 0, max: 500 }),
        fc.integer({ min: 1, max: 200 }),
        (days, span, wait, more) => {
          const first = Date.UTC(2024, 0, 1);
          const iso = (ms: number): string => new Date(ms).toISOString().slice(0, 10);
          const customer = {
            firstPurchase: iso(first),
            lastPurchase: iso(first + (days === 1 ? 0 : Math.max(span, days - 1)) * 864e5),
            purchaseDays: days,
          };
          const last = Date.parse(customer.lastPurchase);
          const a = lifecycleStage(customer, { asOf: iso(last + wait * 864e5) });
          const b = lifecycleStage(customer, { asOf: iso(last + (wait + more) * 864e5) });
          expect(order).toContain(a.stage);
          if (a.stage !== 'new' && b.stage !== 'new') expect(order.indexOf(b.stage)).toBeGreaterThanOrEqual(order.indexOf(a.stage));
        },
      ),
    );
  });

  test('is pure', () => {
    expectPure(lifecycleStage, regular, { asOf: '2025-09-08', rules: { fixedDays: { churned: 400 } } });
  });
});

describe('lifecycleStage: bad input', () => {
  const run = (customer: unknown): unknown => lifecycleStage(customer as never, { asOf: '2025-08-01' });

  test('dates and counts, with the path', () => {
    expectRejectsAt(run, regular, ['firstPurchase'], { values: BAD_DATES.filter((d) => d !== null), prefix: ['customer'] });
    expectRejectsAt(run, regular, ['lastPurchase'], { values: BAD_DATES.filter((d) => d !== null), prefix: ['customer'] });
    expectRejectsAt(run, regular, ['previousPurchase'], {
      values: BAD_DATES.filter((d) => d !== null && d !== undefined),
      prefix: ['customer'],
    });
    expectRejectsAt(run, regular, ['purchaseDays'], { values: [...BAD_NUMBERS, -1, 1.5], prefix: ['customer'] });
    expectRejectsAt((options: unknown) => lifecycleStage(regular, options as never), { asOf: '2025-08-01' }, ['asOf'], {
      values: BAD_DATES,
      prefix: ['options'],
    });
  });

  test('contradictions', () => {
    expectSalesOpsError(() => run({ ...regular, firstPurchase: '2025-08-01' }), 'INVALID_INPUT', ['customer', 'firstPurchase']);
    expectSalesOpsError(() => run({ ...regular, lastPurchase: '2025-08-02' }), 'INVALID_INPUT', ['customer', 'lastPurchase']);
    expectSalesOpsError(() => run({ ...regular, purchaseDays: 1 }), 'INVALID_INPUT', ['customer', 'purchaseDays']);
    expectSalesOpsError(() => run({ ...regular, purchaseDays: 0 }), 'INVALID_INPUT', ['customer', 'purchaseDays']);
    expectSalesOpsError(() => run({ firstPurchase: null, lastPurchase: '2025-01-01', purchaseDays: 1 }), 'INVALID_INPUT', [
      'customer',
      'purchaseDays',
    ]);
    expectSalesOpsError(() => run({ ...regular, previousPurchase: '2025-07-09' }), 'INVALID_INPUT', ['customer', 'previousPurchase']);
    expectSalesOpsError(() => run({ ...regular, previousPurchase: '2024-12-31' }), 'INVALID_INPUT', ['customer', 'previousPurchase']);
    expectSalesOpsError(() => run(null), 'INVALID_INPUT', ['customer']);
  });

  test('rules', () => {
    const withRules = (rules: unknown): unknown => lifecycleStage(regular, { asOf: '2025-08-01', rules } as never);
    expectSalesOpsError(() => withRules({ newWithinDays: -1 }), 'INVALID_INPUT', ['options', 'rules', 'newWithinDays']);
    expectSalesOpsError(() => withRules({ fixedDays: { atRisk: Number.NaN } }), 'INVALID_INPUT', [
      'options',
      'rules',
      'fixedDays',
      'atRisk',
    ]);
    expectSalesOpsError(() => withRules({ gapMultiples: { soon: 1 } }), 'INVALID_INPUT', ['options', 'rules', 'gapMultiples', 'soon']);
    expectSalesOpsError(() => withRules({ fallback: {} }), 'INVALID_INPUT', ['options', 'rules', 'fallback']);
  });

  test('the schemas accept and reject like the function', () => {
    expect(LifecycleCustomerSchema.safeParse(regular).success).toBe(true);
    expect(LifecycleCustomerSchema.safeParse({ ...regular, lastPurchase: '2025-02-30' }).success).toBe(false);
    expect(LifecycleStageOptionsSchema.safeParse({ asOf: '2025-01-01', rules: { fixedDays: { lapsed: 100 } } }).success).toBe(true);
  });
});
