import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { isSalesTarget, isSmartContext } from '../../src/targets/read-input.js';
import { SalesTargetSchema } from '../../src/targets/target.js';
import { SmartContextSchema } from '../../src/targets/smart-context.js';
import { withValueAt } from '../helpers/bad-input.js';
import { BAD_CONTEXT_VALUES, BAD_TARGET_VALUES, CONTEXT, FULL_CONTEXT, TARGET } from './helpers.js';

// The hand-written predicates are validateSmartTarget's fast path. They must never accept what
// the schemas refuse (that would skip validation); refusing more only costs time.
describe('the fast predicates agree with the schemas', () => {
  test('they accept the good inputs', () => {
    for (const t of [TARGET, { ...TARGET, metric: { kind: 'units' }, baseline: undefined, alignsTo: undefined, period: {} }]) {
      expect(isSalesTarget(t)).toBe(true);
      expect(SalesTargetSchema.safeParse(t).success).toBe(true);
    }
    for (const c of [{}, CONTEXT, FULL_CONTEXT, { history: [] }, { thresholds: {} }]) {
      expect(isSmartContext(c)).toBe(true);
      expect(SmartContextSchema.safeParse(c).success).toBe(true);
    }
  });

  for (const [path, values] of BAD_TARGET_VALUES) {
    test(`both refuse each bad target${path.map((k) => `.${k}`).join('')}`, () => {
      for (const bad of values) {
        const input = withValueAt(TARGET, path, bad);
        expect([isSalesTarget(input), SalesTargetSchema.safeParse(input).success], String(bad)).toEqual([false, false]);
      }
    });
  }

  for (const [path, values] of BAD_CONTEXT_VALUES) {
    test(`both refuse each bad context${path.map((k) => `.${k}`).join('')}`, () => {
      for (const bad of values) {
        const input = withValueAt(FULL_CONTEXT, path, bad);
        expect([isSmartContext(input), SmartContextSchema.safeParse(input).success], String(bad)).toEqual([false, false]);
      }
    });
  }

  test('on random structures, the predicates never accept what the schemas refuse', () => {
    const leaf = fc.oneof(fc.string(), fc.integer(), fc.double(), fc.constantFrom(null, undefined, true, 'EUR', '2026-01-01', '12.5', 'revenue', 'x'));
    const shaped = (keys: string[]) => fc.dictionary(fc.constantFrom(...keys), fc.oneof(leaf, fc.array(leaf, { maxLength: 3 })), { maxKeys: keys.length });
    const targets = fc.record({
      id: leaf,
      title: leaf,
      value: leaf,
      baseline: leaf,
      metric: shaped(['kind', 'unit', 'currency', 'other']),
      scope: shaped(['owner', 'region', 'other']),
      period: shaped(['start', 'end']),
      alignsTo: fc.oneof(leaf, fc.array(leaf, { maxLength: 3 })),
    }, { requiredKeys: [] });
    const contexts = fc.record({
      asOf: leaf,
      history: fc.oneof(leaf, fc.array(leaf, { maxLength: 4 })),
      marketSize: leaf,
      capacity: shaped(['headcount', 'productivityPerHead']),
      maxHorizonDays: leaf,
      currency: leaf,
      thresholds: shaped(['unrealisticBelow', 'stretchBelow', 'sandbaggedAbove', 'minTitleLength']),
    }, { requiredKeys: [] });
    fc.assert(
      fc.property(targets, contexts, (t, c) => {
        if (isSalesTarget(t)) expect(SalesTargetSchema.safeParse(t).success).toBe(true);
        if (isSmartContext(c)) expect(SmartContextSchema.safeParse(c).success).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});
