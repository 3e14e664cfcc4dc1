import { commands } from 'vitest/browser';
import { describe, expect, test } from 'vitest';
import {
  isSalesOpsError,
  safe,
  triangulateTargets,
  validateSmartTarget,
  targetFromCapacity,
  targetFromGrowth,
  targetFromMarketShare,
} from 'salesops-kit/targets';

// Runs in headless Chromium (time zone Pacific/Kiritimati, locale ar-EG) and compares what the
// browser computes with what Node computes for the same input.
const target = {
  id: 'nordics-2026',
  title: 'Grow Widget Pro revenue in the Nordics',
  metric: { kind: 'revenue' as const, currency: 'EUR' },
  value: '1080000',
  baseline: '1000000',
  scope: { region: 'Nordics', productLine: 'Widget Pro' },
  period: { start: '2026-01-01', end: '2026-12-31' },
  alignsTo: ['grow-nordics', 'grow-nordics'],
};
const context = {
  asOf: '2025-11-15',
  history: ['800000', '880000', '920000', '1000000'],
  objectives: ['grow-nordics'],
  marketSize: '2500000',
  capacity: { headcount: 4, productivityPerHead: '260000' },
};

describe('targets in a real browser', () => {
  test('runs in Chromium, not in Node', () => {
    expect(navigator.userAgent).toMatch(/Chrome/);
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe('Pacific/Kiritimati');
  });

  test('a SmartReport matches Node’s exactly (figures, probability, messages)', async () => {
    const inBrowser = validateSmartTarget(target, context);
    const inNode = await commands.computeInNode('targets/validate-smart.ts', 'validateSmartTarget', [target, context]);
    expect(inBrowser).toEqual(inNode);
    expect(inBrowser.achievability?.stance).toBe('realistic');
    expect(inBrowser.criteria.achievable.findings.map((f) => f.code)).toEqual(['REALISTIC_TARGET', 'ABOVE_CAPACITY']);
    // Messages are written with toFixed, not toLocaleString: Western digits even in an Arabic locale.
    expect(inBrowser.criteria.achievable.findings[0]?.message).toContain('46.5 %');
  });

  test('dates are read the same whatever the browser’s time zone', async () => {
    const late = { ...target, period: { start: '2026-01-01', end: '2026-12-31' } };
    const onTheDay = validateSmartTarget(late, { asOf: '2026-12-31' });
    expect(onTheDay.criteria.timeBound.findings.map((f) => f.code)).toEqual(['END_NOT_AFTER_AS_OF']);
    expect(onTheDay).toEqual(
      await commands.computeInNode('targets/validate-smart.ts', 'validateSmartTarget', [late, { asOf: '2026-12-31' }]),
    );
  });

  test('target-setting methods and triangulation match Node', async () => {
    const growthInput = { baseline: '2000000', growthRate: 0.08, adjustment: -0.01, periods: 3 };
    const growth = targetFromGrowth(growthInput);
    expect(growth).toEqual(await commands.computeInNode('targets/from-growth.ts', 'targetFromGrowth', [growthInput]));
    const proposals = [
      { ...growth, weight: 2 },
      targetFromMarketShare({ marketSize: '20000000', currentShare: 0.1, penetrationGain: 0.02 }),
      targetFromCapacity({ headcount: 9, productivityPerHead: '250000', attritionRate: 0.1 }),
    ];
    expect(triangulateTargets(proposals)).toEqual(
      await commands.computeInNode('targets/triangulate.ts', 'triangulateTargets', [proposals]),
    );
  });

  test('exact comparisons, shares and capacities of amounts beyond a double’s digits match Node', async () => {
    // The check compares amounts digit by digit and multiplies them as bigints (no decimal.js).
    const precise = { ...target, value: '1080000.000000000000000000001', baseline: '1080000.000000000000000000002' };
    const limits = {
      marketSize: '2160000.000000000000000000001',
      capacity: { headcount: 4.32, productivityPerHead: '249999.9999999999999999999999' },
    };
    const inBrowser = validateSmartTarget(precise, limits);
    expect(inBrowser).toEqual(await commands.computeInNode('targets/validate-smart.ts', 'validateSmartTarget', [precise, limits]));
    expect(inBrowser.criteria.achievable.findings.map((f) => f.code)).toEqual(['BELOW_BASELINE', 'ABOVE_MARKET_SHARE', 'ABOVE_CAPACITY']);
    expect(inBrowser.criteria.achievable.findings[2]?.message).toContain(
      '1079999.999999999999999999999568 (4.32 × 249999.9999999999999999999999)',
    );
    expect([inBrowser.marketShare, inBrowser.capacityUse]).toEqual([0.5, 1]);
  });

  test('malformed input is a SalesOpsError in the browser too', () => {
    const result = safe(validateSmartTarget)({ ...target, value: 'abc' });
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(isSalesOpsError(result.error)).toBe(true);
      expect(result.error.issues[0]?.path).toEqual(['target', 'value']);
    }
    // Every problem at once, as the schema lists them.
    const several = safe(validateSmartTarget)({ ...target, id: '', value: 'abc', scope: { regoin: 'Nordics' } as never });
    expect(several.success ? [] : several.error.issues.map((i) => i.message)).toEqual([
      'target.id: must not be empty (got "")',
      `target.value: must be a decimal number such as '1250.00' (got "abc")`,
      'target.scope.regoin: is not a recognised option',
    ]);
  });
});
