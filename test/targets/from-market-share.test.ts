import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { Dec } from '../../src/core/decimal.js';
import { targetFromMarketShare, type MarketShareTargetInput } from 'salesops-kit/targets';
import { amountString } from '../helpers/arbitraries.js';
import { BAD_AMOUNTS, BAD_NUMBERS, expectPure, expectRejectsAt, expectSalesOpsError } from '../helpers/bad-input.js';

describe('targetFromMarketShare', () => {
  test('market size × target share', () => {
    expect(targetFromMarketShare({ marketSize: '20000000', targetShare: 0.125 })).toEqual({
      value: '2500000.00',
      method: 'marketShare',
      explanation: 'Market size 20000000.00 × target share 12.5 % = 2500000.00.',
      share: 0.125,
    });
  });

  test('market size × (current share + penetration gain), exactly (0.1 + 0.2 is 0.3)', () => {
    expect(targetFromMarketShare({ marketSize: 1000, currentShare: 0.1, penetrationGain: 0.2 })).toEqual({
      value: '300.00',
      method: 'marketShare',
      explanation: 'Market size 1000.00 × (current share 10 % + penetration gain 20 %) = 1000.00 × 30 % = 300.00.',
      share: 0.3,
    });
  });

  test('a planned loss of share, and no gain at all', () => {
    expect(targetFromMarketShare({ marketSize: 1000, currentShare: 0.3, penetrationGain: -0.05 }).explanation).toBe(
      'Market size 1000.00 × (current share 30 % − penetration gain 5 %) = 1000.00 × 25 % = 250.00.',
    );
    expect(targetFromMarketShare({ marketSize: 1000, currentShare: 0.3 }).value).toBe('300.00');
  });

  test('units at scale 0, half-up', () => {
    expect(targetFromMarketShare({ marketSize: 4005, targetShare: 0.1, scale: 0 }).value).toBe('401'); // 400.5
  });

  test('one form or the other', () => {
    expectSalesOpsError(() => targetFromMarketShare({ marketSize: 1, targetShare: 0.1, currentShare: 0.1 }), 'INVALID_INPUT', [
      'input',
      'targetShare',
    ]);
    expectSalesOpsError(() => targetFromMarketShare({ marketSize: 1, targetShare: 0.1, penetrationGain: 0.1 }), 'INVALID_INPUT', [
      'input',
      'targetShare',
    ]);
    expectSalesOpsError(() => targetFromMarketShare({ marketSize: 1 }), 'INVALID_INPUT', ['input', 'targetShare']);
    expectSalesOpsError(() => targetFromMarketShare({ marketSize: 1, penetrationGain: 0.1 }), 'INVALID_INPUT', ['input', 'currentShare']);
  });

  test('the resulting share must stay between 0 and 1', () => {
    const error = expectSalesOpsError(
      () => targetFromMarketShare({ marketSize: 1, currentShare: 0.9, penetrationGain: 0.2 }),
      'INVALID_INPUT',
      ['input', 'penetrationGain'],
    );
    expect(error.message).toContain('between 0 and 1');
    expectSalesOpsError(() => targetFromMarketShare({ marketSize: 1, currentShare: 0.1, penetrationGain: -0.2 }), 'INVALID_INPUT', [
      'input',
      'penetrationGain',
    ]);
    expect(targetFromMarketShare({ marketSize: 1, currentShare: 0.9, penetrationGain: 0.1 }).share).toBe(1);
  });

  test('bad input', () => {
    const base: MarketShareTargetInput = { marketSize: '20000000', targetShare: 0.125 };
    expectRejectsAt(targetFromMarketShare, base, ['marketSize'], { prefix: ['input'], values: [...BAD_AMOUNTS, -1] });
    expectRejectsAt(targetFromMarketShare, base, ['targetShare'], {
      prefix: ['input'],
      values: [...BAD_NUMBERS.filter((v) => v !== undefined), -0.1, 1.1, 12.5],
    });
    const current: MarketShareTargetInput = { marketSize: 1000, currentShare: 0.1, penetrationGain: 0.1 };
    expectRejectsAt(targetFromMarketShare, current, ['currentShare'], { prefix: ['input'], values: [-0.1, 1.5, Number.NaN, '0.1'] });
    expectRejectsAt(targetFromMarketShare, current, ['penetrationGain'], {
      prefix: ['input'],
      values: [-1.5, 1.5, Number.NaN, '0.1', null],
    });
    expectRejectsAt(targetFromMarketShare, base, ['share'], { prefix: ['input'], values: [0.1] });
  });

  test('pure', () => {
    expectPure(targetFromMarketShare, { marketSize: '20000000', currentShare: 0.1, penetrationGain: 0.025 });
  });

  test('property: the target never exceeds the market and grows with the share', () => {
    fc.assert(
      fc.property(
        amountString(),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (market, s1, s2) => {
          const [low, high] = s1 <= s2 ? [s1, s2] : [s2, s1];
          const a = new Dec(targetFromMarketShare({ marketSize: market, targetShare: low }).value);
          const b = new Dec(targetFromMarketShare({ marketSize: market, targetShare: high }).value);
          expect(b.gte(a)).toBe(true);
          expect(b.lte(market)).toBe(true);
        },
      ),
    );
  });
});
