import { describe, expect, test } from 'vitest';
import {
  DEFAULT_SMART_THRESHOLDS,
  GENERIC_TITLE_WORDS,
  SmartContextSchema,
  validateSmartTarget,
  type SmartContext,
} from 'salesops-kit/targets';
import { expectRejectsAt, expectSalesOpsError, withValueAt } from '../helpers/bad-input.js';
import { BAD_CONTEXT_VALUES, FULL_CONTEXT, TARGET } from './helpers.js';

describe('SmartContextSchema and malformed contexts', () => {
  test('accepts an empty context and a full one', () => {
    expect(SmartContextSchema.safeParse({}).success).toBe(true);
    expect(SmartContextSchema.safeParse(FULL_CONTEXT).success).toBe(true);
    expect(() => validateSmartTarget(TARGET, FULL_CONTEXT)).not.toThrow();
  });

  for (const [path, values] of BAD_CONTEXT_VALUES) {
    test(`INVALID_INPUT at context${path.map((k) => `.${k}`).join('')} for each malformed value`, () => {
      expectRejectsAt((c: SmartContext) => validateSmartTarget(TARGET, c), FULL_CONTEXT as SmartContext, path, {
        values,
        prefix: ['context'],
      });
      for (const bad of values) expect(SmartContextSchema.safeParse(withValueAt(FULL_CONTEXT, path, bad)).success).toBe(false);
    });
  }

  test('the probability bands must be in order; the problem is reported on the threshold given', () => {
    const run = (thresholds: SmartContext['thresholds']) => () => validateSmartTarget(TARGET, { thresholds });
    const stretch = expectSalesOpsError(run({ stretchBelow: 0.05 }), 'INVALID_INPUT', ['context', 'thresholds', 'stretchBelow']);
    expect(stretch.message).toBe('context.thresholds.stretchBelow: must be at least unrealisticBelow (0.1) (got 0.05)');
    expectSalesOpsError(run({ unrealisticBelow: 0.5 }), 'INVALID_INPUT', ['context', 'thresholds', 'unrealisticBelow']);
    expectSalesOpsError(run({ sandbaggedAbove: 0.3 }), 'INVALID_INPUT', ['context', 'thresholds', 'sandbaggedAbove']);
    expectSalesOpsError(run({ stretchBelow: 0.95 }), 'INVALID_INPUT', ['context', 'thresholds', 'stretchBelow']);
    expect(SmartContextSchema.safeParse({ thresholds: { stretchBelow: 0.05 } }).success).toBe(false);
    // Equal thresholds leave a band empty, which is allowed.
    expect(() =>
      validateSmartTarget(TARGET, { thresholds: { unrealisticBelow: 0.4, stretchBelow: 0.4, sandbaggedAbove: 0.4 } }),
    ).not.toThrow();
  });

  test('the documented defaults', () => {
    expect(DEFAULT_SMART_THRESHOLDS).toEqual({
      minTitleLength: 10,
      unrealisticBelow: 0.1,
      stretchBelow: 0.4,
      sandbaggedAbove: 0.9,
      maxMarketShare: 0.5,
      maxCapacityUse: 1,
    });
    expect(Object.isFrozen(DEFAULT_SMART_THRESHOLDS)).toBe(true);
    expect(Object.isFrozen(GENERIC_TITLE_WORDS)).toBe(true);
    expect(GENERIC_TITLE_WORDS.every((w) => w === w.toLowerCase() && /^\p{L}+$/u.test(w))).toBe(true);
  });

  test('thresholds given as undefined keep their defaults', () => {
    expect(validateSmartTarget(TARGET, { thresholds: { minTitleLength: undefined } })).toEqual(validateSmartTarget(TARGET, {}));
  });
});
