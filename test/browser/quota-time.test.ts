import { commands } from 'vitest/browser';
import { describe, expect, test } from 'vitest';
import { decomposeMatrix, fitMatrix, phaseQuota, phaseQuotaNested, trackAttainment } from 'salesops-kit/quota';

// Runs in headless Chromium (in the Pacific/Kiritimati time zone, UTC+14, with an Arabic locale)
// and compares what the browser computes with what Node computes for the same calls.
describe('quota over time and two-way tables in a real browser', () => {
  test('decomposeMatrix gives the same exact table, divisors and ties as Node', async () => {
    let state = 99;
    const rnd = (): number => {
      state = (state * 1103515245 + 12345) % 2147483648;
      return state / 2147483648;
    };
    const seed = Array.from({ length: 30 }, () => Array.from({ length: 12 }, () => (rnd() < 0.15 ? 0 : Math.round(rnd() * 10_000) / 7)));
    const rowCents = seed.map((row) => Math.round(row.reduce((a, b) => a + b, 0) * 100));
    const grand = rowCents.reduce((a, b) => a + b, 0);
    const colCents = Array.from({ length: 12 }, () => Math.floor(grand / 12));
    colCents[0] = (colCents[0] as number) + grand - colCents.reduce((a, b) => a + b, 0);
    const text = (cents: number): string => (cents / 100).toFixed(2);
    const args = [seed, rowCents.map(text), colCents.map(text), { scale: 2 }];
    const inBrowser = decomposeMatrix(seed, rowCents.map(text), colCents.map(text), { scale: 2 });
    const inNode = await commands.computeInNode('quota/decompose-matrix.ts', 'decomposeMatrix', args);
    expect(inBrowser).toEqual(inNode);
    // And the margins are exact in the browser too.
    const cents = inBrowser.matrix.map((row) => row.map((cell) => Math.round(Number(cell) * 100)));
    expect(cents.map((row) => row.reduce((a, b) => a + b, 0))).toEqual(rowCents);
  });

  test('phasing by business days over a fiscal year, flat and nested, matches Node whatever the time zone', async () => {
    const options = {
      start: new Date(Date.UTC(2026, 6, 1)),
      end: '2027-06-30',
      granularity: 'week' as const,
      profile: 'businessDays' as const,
      holidays: ['2026-12-25', '2027-01-01'],
      fiscalYear: { startMonth: 7 },
    };
    const flat = phaseQuota('1234567.89', options);
    expect(flat).toEqual(
      await commands.computeInNode('quota/phase-quota.ts', 'phaseQuota', ['1234567.89', { ...options, start: '2026-07-01' }]),
    );
    expect(flat[0]?.period).toBe('2026-W27');
    const nestedOptions = {
      start: '2026-07-01',
      end: '2027-06-30',
      levels: ['quarter', 'month'] as const,
      profile: [1, 1, 2, 2, 2, 3, 1, 1, 1, 2, 2, 4],
      fiscalYear: { startMonth: 7 },
    };
    const nested = phaseQuotaNested(1000000, { ...nestedOptions, levels: [...nestedOptions.levels] });
    expect(nested).toEqual(
      await commands.computeInNode('quota/phase-quota.ts', 'phaseQuotaNested', [
        1000000,
        { ...nestedOptions, levels: [...nestedOptions.levels] },
      ]),
    );
    expect(nested[0]?.period).toBe('FY2027-Q1');
  });

  test('fitMatrix and trackAttainment match Node', async () => {
    const seed = [
      [40, 30, 20, 10],
      [35, 50, 100, 75],
      [30, 80, 70, 120],
      [20, 30, 40, 50],
    ];
    const fit = fitMatrix(seed, [150, 300, 400, 150], [200, 300, 400, 100]);
    expect(fit).toEqual(
      await commands.computeInNode('quota/fit-matrix.ts', 'fitMatrix', [seed, [150, 300, 400, 150], [200, 300, 400, 100]]),
    );
    const input = {
      target: 1000000,
      actual: 430000,
      start: '2026-01-01',
      end: '2026-12-31',
      asOf: '2026-06-30',
      basis: 'businessDays' as const,
    };
    expect(trackAttainment(input)).toEqual(await commands.computeInNode('quota/track-attainment.ts', 'trackAttainment', [input]));
  });
});
