import { describe, expect, test } from 'vitest';
import { SalesTargetSchema, validateSmartTarget, type SalesTarget } from 'salesops-kit/targets';
import { expectRejectsAt, expectSalesOpsError, withValueAt } from '../helpers/bad-input.js';
import { BAD_TARGET_VALUES, CONTEXT, TARGET } from './helpers.js';

describe('SalesTargetSchema and malformed targets', () => {
  test('accepts the model target and every metric kind', () => {
    expect(SalesTargetSchema.safeParse(TARGET).success).toBe(true);
    for (const kind of ['revenue', 'units', 'margin', 'newCustomers', 'orders', 'custom']) {
      expect(SalesTargetSchema.safeParse({ ...TARGET, metric: { kind } }).success).toBe(true);
    }
  });

  test('well-formed but weak targets are accepted by the schema (the check reports them)', () => {
    const weak = { id: 'w', title: '', metric: { kind: 'custom' }, value: -3, scope: {}, period: {} };
    expect(SalesTargetSchema.safeParse(weak).success).toBe(true);
    expect(() => validateSmartTarget(weak as SalesTarget)).not.toThrow();
  });

  for (const [path, values] of BAD_TARGET_VALUES) {
    test(`INVALID_INPUT at target${path.map((k) => `.${k}`).join('')} for each malformed value`, () => {
      expectRejectsAt((t: SalesTarget) => validateSmartTarget(t, CONTEXT), TARGET as SalesTarget, path, { values, prefix: ['target'] });
      for (const bad of values) expect(SalesTargetSchema.safeParse(withValueAt(TARGET, path, bad)).success).toBe(false);
    });
  }

  test('messages name the path and the value', () => {
    const error = expectSalesOpsError(() => validateSmartTarget({ ...TARGET, value: Number.NaN }), 'INVALID_INPUT', ['target', 'value']);
    expect(error.message).toBe('target.value: must be a number, not NaN (got NaN)');
    const currency = expectSalesOpsError(
      () => validateSmartTarget({ ...TARGET, metric: { kind: 'revenue', currency: 'eur' } }),
      'INVALID_INPUT',
      ['target', 'metric', 'currency'],
    );
    expect(currency.message).toBe(`target.metric.currency: must be an ISO 4217 currency code such as 'EUR' (got "eur")`);
    const date = expectSalesOpsError(
      () => validateSmartTarget({ ...TARGET, period: { start: '2026-02-30', end: '2026-12-31' } }),
      'INVALID_INPUT',
      ['target', 'period', 'start'],
    );
    expect(date.message).toContain('2026-02-30');
    const typo = expectSalesOpsError(() => validateSmartTarget({ ...TARGET, scope: { regoin: 'Nordics' } } as never), 'INVALID_INPUT', [
      'target',
      'scope',
      'regoin',
    ]);
    expect(typo.message).toBe('target.scope.regoin: is not a recognised option');
  });

  test('every problem is listed at once', () => {
    const error = expectSalesOpsError(
      () => validateSmartTarget({ ...TARGET, id: '', value: 'abc', period: { start: 'soon' } }),
      'INVALID_INPUT',
    );
    expect(error.issues.map((i) => i.path)).toEqual([
      ['target', 'id'],
      ['target', 'value'],
      ['target', 'period', 'start'],
    ]);
  });
});
