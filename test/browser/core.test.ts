import { commands } from 'vitest/browser';
import { describe, expect, test } from 'vitest';
import { DecimalInputSchema, isSalesOpsError, safe, SalesOpsError } from 'salesops-kit';
import { apportionUnits } from '../../src/core/apportion.js';
import { formatDay, isoWeekOf, toDay, addMonthsToDay } from '../../src/core/dates.js';
import { periodsInRange } from '../../src/core/periods.js';
import { formatDecimal, toDecimal } from '../../src/core/decimal.js';

// Runs in headless Chromium (Debian's /usr/bin/chromium), in the Pacific/Kiritimati time zone
// (UTC+14) with an Arabic locale, and compares what the browser computes with what Node computes.
describe('the core in a real browser', () => {
  test('runs in Chromium, not in Node', () => {
    expect(typeof window).toBe('object');
    expect(navigator.userAgent).toMatch(/Chrome/);
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe('Pacific/Kiritimati');
  });

  test('apportionment matches Node exactly', async () => {
    const weights = Array.from({ length: 500 }, (_, i) => ((i * 7919) % 997) / 13 + (i % 3 === 0 ? 0 : 0.1));
    const inBrowser = apportionUnits(987_654_321_01, weights);
    const inNode = await commands.computeInNode('core/apportion.ts', 'apportionUnits', [987_654_321_01, weights]);
    expect(inBrowser).toEqual(inNode);
    expect(inBrowser.reduce((a, b) => a + b, 0)).toBe(987_654_321_01);
  });

  test('calendar computations match Node, whatever the browser time zone', async () => {
    const days = ['2011-12-30', '2024-02-29', '2026-03-29', '2026-12-31', '2027-01-01'].map((d) => toDay(d, ['d']));
    const compute = (d: number): unknown => [formatDay(d), isoWeekOf(d), formatDay(addMonthsToDay(d, 1))];
    for (const d of days) {
      expect(compute(d)).toEqual([
        await commands.computeInNode('core/dates.ts', 'formatDay', [d]),
        await commands.computeInNode('core/dates.ts', 'isoWeekOf', [d]),
        await commands.computeInNode('core/dates.ts', 'formatDay', [
          await commands.computeInNode('core/dates.ts', 'addMonthsToDay', [d, 1]),
        ]),
      ]);
    }
    const slices = periodsInRange(days[0] as number, days[4] as number, 'quarter');
    expect(slices).toEqual(await commands.computeInNode('core/periods.ts', 'periodsInRange', [days[0], days[4], 'quarter']));
  });

  test('decimal formatting is locale-independent', () => {
    expect(formatDecimal(toDecimal('1234567.891', ['x']), 2)).toBe('1234567.89');
  });

  test('errors and safe()', () => {
    const result = safe(() => toDecimal('abc', ['total']))();
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(result.error).toBeInstanceOf(SalesOpsError);
      expect(isSalesOpsError(result.error)).toBe(true);
      expect(result.error.message).toBe(`total: must be a decimal number such as '1250.00' (got "abc")`);
    }
    expect(DecimalInputSchema.safeParse('1e999').success).toBe(false);
  });
});
