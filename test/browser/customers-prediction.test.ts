import { commands } from 'vitest/browser';
import { describe, expect, test } from 'vitest';
import {
  customerLifetimeValue,
  expectedPurchases,
  fitBgNbd,
  fitGammaGamma,
  probabilityAlive,
  rankCustomersByValue,
} from 'salesops-kit/customers';

// The first 300 customers of the CDNOW summary (test/fixtures/cdnow, Fader, Hardie and Lee 2005):
// "x tx T zbar" per customer, embedded because the browser cannot read the fixture.
const CDNOW_300 = (
  '2 30.43 38.86 22.35;1 1.71 38.86 11.77;0 0.00 38.86 0.00;0 0.00 38.86 0.00;0 0.00 38.86 0.00;7 29.43' +
  ' 38.86 73.74;1 5.00 38.86 11.77;0 0.00 38.86 0.00;2 35.71 38.86 25.55;0 0.00 38.86 0.00;5 24.43 38.8' +
  '6 29.44;0 0.00 38.86 0.00;0 0.00 38.86 0.00;0 0.00 38.86 0.00;0 0.00 38.86 0.00;0 0.00 38.86 0.00;10' +
  ' 34.14 38.86 24.24;1 4.86 38.86 9.99;3 28.29 38.71 25.08;0 0.00 38.71 0.00;2 14.57 38.71 32.30;0 0.0' +
  '0 38.71 0.00;0 0.00 38.71 0.00;0 0.00 38.71 0.00;0 0.00 38.71 0.00;1 1.57 38.71 227.14;0 0.00 38.71 ' +
  '0.00;1 29.43 38.71 80.46;0 0.00 38.71 0.00;1 5.86 38.71 40.47;0 0.00 38.71 0.00;0 0.00 38.71 0.00;0 ' +
  '0.00 38.71 0.00;0 0.00 38.71 0.00;1 27.14 38.71 31.14;0 0.00 38.71 0.00;0 0.00 38.71 0.00;1 2.14 38.' +
  '71 13.97;0 0.00 38.71 0.00;0 0.00 38.71 0.00;0 0.00 38.57 0.00;0 0.00 38.57 0.00;0 0.00 38.57 0.00;0' +
  ' 0.00 38.57 0.00;1 24.43 38.57 14.96;12 34.43 38.57 29.54;0 0.00 38.57 0.00;0 0.00 38.57 0.00;1 1.57' +
  ' 38.57 14.37;0 0.00 38.57 0.00;0 0.00 38.57 0.00;0 0.00 38.57 0.00;0 0.00 38.57 0.00;0 0.00 38.57 0.' +
  '00;0 0.00 38.57 0.00;2 33.14 38.57 28.03;1 4.29 38.57 15.36;0 0.00 38.43 0.00;1 38.43 38.43 6.49;0 0' +
  '.00 38.43 0.00;4 29.43 38.43 53.40;0 0.00 38.43 0.00;1 16.14 38.43 43.13;0 0.00 38.43 0.00;0 0.00 38' +
  '.43 0.00;0 0.00 38.43 0.00;2 21.14 38.43 133.48;0 0.00 38.43 0.00;0 0.00 38.43 0.00;3 29.29 38.43 42' +
  '.63;0 0.00 38.43 0.00;0 0.00 38.43 0.00;1 5.86 38.43 69.23;0 0.00 38.43 0.00;1 5.14 38.43 20.77;0 0.' +
  '00 38.43 0.00;0 0.00 38.43 0.00;0 0.00 38.29 0.00;3 16.86 38.29 20.22;0 0.00 38.29 0.00;0 0.00 38.29' +
  ' 0.00;1 7.43 38.29 42.09;0 0.00 38.29 0.00;0 0.00 38.29 0.00;0 0.00 38.29 0.00;7 26.43 38.29 27.63;0' +
  ' 0.00 38.29 0.00;10 35.43 38.29 13.66;0 0.00 38.29 0.00;0 0.00 38.29 0.00;1 33.29 38.29 14.99;6 37.4' +
  '3 38.29 50.87;0 0.00 38.29 0.00;0 0.00 38.29 0.00;0 0.00 38.29 0.00;0 0.00 38.29 0.00;0 0.00 38.29 0' +
  '.00;2 31.86 38.29 33.42;4 37.57 38.29 20.68;1 23.86 38.29 26.22;5 36.14 38.14 17.47;0 0.00 38.14 0.0' +
  '0;0 0.00 38.14 0.00;0 0.00 38.14 0.00;1 24.14 38.14 92.80;1 6.14 38.14 52.30;0 0.00 38.14 0.00;0 0.0' +
  '0 38.14 0.00;1 0.29 38.14 39.09;0 0.00 38.14 0.00;1 0.29 38.14 12.97;0 0.00 38.14 0.00;0 0.00 38.14 ' +
  '0.00;1 24.14 38.14 24.99;0 0.00 38.14 0.00;1 5.29 38.14 28.31;0 0.00 38.14 0.00;0 0.00 38.14 0.00;0 ' +
  '0.00 38.14 0.00;0 0.00 38.14 0.00;1 3.00 38.14 13.77;0 0.00 38.14 0.00;0 0.00 38.14 0.00;0 0.00 38.1' +
  '4 0.00;1 7.14 38.14 36.71;0 0.00 38.00 0.00;0 0.00 38.00 0.00;0 0.00 38.00 0.00;4 7.57 38.00 13.62;3' +
  ' 26.00 38.00 19.36;0 0.00 38.00 0.00;1 24.00 38.00 71.66;2 28.43 38.00 13.87;0 0.00 38.00 0.00;1 23.' +
  '43 38.00 19.54;2 7.43 38.00 23.48;0 0.00 38.00 0.00;2 16.86 38.00 51.80;1 2.14 38.00 29.33;1 15.71 3' +
  '8.00 23.54;0 0.00 38.00 0.00;5 6.86 38.00 35.58;2 28.57 38.00 15.16;7 34.14 38.00 22.92;2 35.71 38.0' +
  '0 18.98;0 0.00 38.00 0.00;4 29.29 38.00 29.86;13 37.86 38.00 29.34;0 0.00 38.00 0.00;4 33.00 38.00 2' +
  '8.53;4 35.29 38.00 24.94;0 0.00 38.00 0.00;0 0.00 38.00 0.00;1 2.86 38.00 16.70;0 0.00 38.00 0.00;1 ' +
  '6.43 38.00 34.32;29 37.71 38.00 26.26;0 0.00 37.86 0.00;3 24.71 37.86 46.59;0 0.00 37.86 0.00;0 0.00' +
  ' 37.86 0.00;1 2.00 37.86 46.28;0 0.00 37.86 0.00;10 37.00 37.86 62.44;0 0.00 37.86 0.00;0 0.00 37.86' +
  ' 0.00;13 28.14 37.86 25.46;0 0.00 37.86 0.00;0 0.00 37.86 0.00;1 37.43 37.86 14.49;0 0.00 37.86 0.00' +
  ';0 0.00 37.86 0.00;0 0.00 37.86 0.00;0 0.00 37.86 0.00;0 0.00 37.86 0.00;0 0.00 37.71 0.00;0 0.00 37' +
  '.71 0.00;6 32.86 37.71 35.18;8 36.14 37.71 49.25;0 0.00 37.71 0.00;0 0.00 37.71 0.00;0 0.00 37.71 0.' +
  '00;1 5.00 37.71 15.76;0 0.00 37.71 0.00;4 36.14 37.71 33.91;0 0.00 37.71 0.00;2 7.86 37.71 11.87;3 2' +
  '1.14 37.71 37.99;3 6.00 37.71 28.46;0 0.00 37.71 0.00;0 0.00 37.71 0.00;0 0.00 37.71 0.00;0 0.00 37.' +
  '71 0.00;0 0.00 37.71 0.00;6 27.00 37.71 28.77;0 0.00 37.71 0.00;1 1.57 37.71 27.13;0 0.00 37.71 0.00' +
  ';0 0.00 37.71 0.00;2 14.29 37.57 41.48;0 0.00 37.57 0.00;2 7.00 37.57 18.88;2 31.00 37.57 21.87;0 0.' +
  '00 37.57 0.00;0 0.00 37.57 0.00;1 18.00 37.57 14.96;0 0.00 37.57 0.00;1 0.29 37.57 34.27;0 0.00 37.5' +
  '7 0.00;0 0.00 37.57 0.00;7 17.86 37.57 71.81;0 0.00 37.57 0.00;0 0.00 37.57 0.00;0 0.00 37.57 0.00;2' +
  ' 29.00 37.57 14.47;0 0.00 37.57 0.00;4 24.29 37.57 37.26;0 0.00 37.43 0.00;1 14.86 37.43 14.99;1 27.' +
  '43 37.43 21.74;0 0.00 37.43 0.00;0 0.00 37.43 0.00;0 0.00 37.43 0.00;0 0.00 37.43 0.00;0 0.00 37.43 ' +
  '0.00;2 11.43 37.43 20.35;0 0.00 37.43 0.00;1 2.00 37.43 13.97;1 1.86 37.43 9.77;2 33.00 37.43 28.65;' +
  '0 0.00 37.43 0.00;3 36.57 37.43 22.29;0 0.00 37.43 0.00;0 0.00 37.43 0.00;0 0.00 37.43 0.00;0 0.00 3' +
  '7.43 0.00;0 0.00 37.43 0.00;0 0.00 37.43 0.00;0 0.00 37.43 0.00;0 0.00 37.43 0.00;0 0.00 37.43 0.00;' +
  '4 31.43 37.43 24.09;1 8.29 37.29 55.28;5 5.14 37.29 194.86;0 0.00 37.29 0.00;0 0.00 37.29 0.00;2 24.' +
  '00 37.29 36.11;0 0.00 37.29 0.00;1 1.86 37.29 30.32;2 20.43 37.29 26.94;0 0.00 37.29 0.00;0 0.00 37.' +
  '29 0.00;1 32.00 37.29 16.36;0 0.00 37.29 0.00;1 0.43 37.29 11.77;0 0.00 37.29 0.00;5 16.14 37.29 32.' +
  '12;0 0.00 37.29 0.00;0 0.00 37.29 0.00;1 5.86 37.29 38.77;2 28.57 37.29 52.94;0 0.00 37.29 0.00;1 36' +
  '.86 37.29 64.45;0 0.00 37.29 0.00;0 0.00 37.29 0.00;1 0.14 37.29 11.77;2 35.57 37.29 21.36;1 5.71 37' +
  '.29 90.83;0 0.00 37.14 0.00;1 2.00 37.14 79.72;0 0.00 37.14 0.00;1 3.86 37.14 41.82;0 0.00 37.14 0.0' +
  '0;3 24.29 37.14 20.50;1 34.00 37.14 25.74;13 30.71 37.14 17.56;0 0.00 37.14 0.00;0 0.00 37.14 0.00;0' +
  ' 0.00 37.14 0.00;0 0.00 37.14 0.00;0 0.00 37.14 0.00;3 19.43 37.14 87.43;3 32.86 37.14 19.62;1 3.00 ' +
  '37.14 36.67;0 0.00 37.14 0.00;0 0.00 37.14 0.00;3 31.57 37.14 33.97;0 0.00 37.14 0.00;5 36.43 37.14 ' +
  '36.98;0 0.00 37.14 0.00;2 35.43 37.14 65.07;1 0.43 37.14 20.75;0 0.00 37.14 0.00;1 0.71 37.14 18.99;' +
  '0 0.00 37.14 0.00;0 0.00 37.14 0.00;1 15.29 37.00 76.41;1 1.14 37.00 12.97;0 0.00 37.00 0.00;0 0.00 ' +
  '37.00 0.00' +
  ''
)
  .split(';')
  .map((row, i) => {
    const [x, tx, T, zbar] = row.split(' ') as [string, string, string, string];
    return { customerId: String(i + 1), x: Number(x), tx: Number(tx), T: Number(T), monetaryValue: zbar };
  });

/**
 * Deep equality, except that numbers need only agree to `relative`: Chromium's and Node's V8 may
 * differ in the last bit of Math.log or Math.exp (the spec lets them), and an optimiser amplifies
 * that to its own tolerance. Amounts are strings and must be identical.
 */
function expectClose(actual: unknown, expected: unknown, relative: number, at = 'result'): void {
  if (typeof expected === 'number') {
    expect(typeof actual, at).toBe('number');
    expect(Math.abs((actual as number) - expected), at).toBeLessThanOrEqual(relative * Math.max(1, Math.abs(expected)));
  } else if (typeof expected === 'object' && expected !== null) {
    expect(Object.keys(actual as object).sort(), at).toEqual(Object.keys(expected).sort());
    for (const [key, value] of Object.entries(expected))
      expectClose((actual as Record<string, unknown>)[key], value, relative, `${at}.${key}`);
  } else {
    expect(actual, at).toEqual(expected);
  }
}

// Runs in headless Chromium and compares what the browser computes with what Node computes.
describe('customer value prediction in a real browser', () => {
  test('the BG/NBD and Gamma-Gamma fits match Node’s', async () => {
    const bg = fitBgNbd(CDNOW_300);
    const gg = fitGammaGamma(CDNOW_300);
    expect(bg.converged).toBe(true);
    expect(gg.converged).toBe(true);
    // The same optimum, to well within the optimiser's tolerance (1e-8 on the log-parameters);
    // the simplex may take a step more or less on the way.
    const withoutIterations = ({ iterations, ...rest }: { iterations: number }): object => rest;
    const bgNode = (await commands.computeInNode('customers/bg-nbd.ts', 'fitBgNbd', [CDNOW_300])) as typeof bg;
    const ggNode = (await commands.computeInNode('customers/gamma-gamma.ts', 'fitGammaGamma', [CDNOW_300])) as typeof gg;
    expectClose(withoutIterations(bg), withoutIterations(bgNode), 1e-6);
    expectClose(withoutIterations(gg), withoutIterations(ggNode), 1e-6);
    expect(Math.abs(bg.iterations - bgNode.iterations)).toBeLessThanOrEqual(20);
  });

  test('predictions, CLV and the ranking match Node’s', async () => {
    const models = { bgNbd: fitBgNbd(CDNOW_300), gammaGamma: fitGammaGamma(CDNOW_300) };
    const customer = CDNOW_300[5] as (typeof CDNOW_300)[number];
    // Given the same parameters, the closed-form predictions agree to a few ulps.
    expectClose(
      probabilityAlive(models.bgNbd, customer),
      await commands.computeInNode('customers/bg-nbd.ts', 'probabilityAlive', [models.bgNbd, customer]),
      1e-14,
    );
    expectClose(
      expectedPurchases(models.bgNbd, customer, 52),
      await commands.computeInNode('customers/bg-nbd.ts', 'expectedPurchases', [models.bgNbd, customer, 52]),
      1e-14,
    );
    const options = { periodUnit: 'week', horizonMonths: 12 } as const;
    expectClose(
      customerLifetimeValue(models, customer, options),
      await commands.computeInNode('customers/predictive-clv.ts', 'customerLifetimeValue', [models, customer, options]),
      1e-14,
    );
    const ranked = rankCustomersByValue(models, CDNOW_300, options);
    expectClose(
      ranked,
      await commands.computeInNode('customers/rank-customers.ts', 'rankCustomersByValue', [models, CDNOW_300, options]),
      1e-14,
    );
    expect(ranked[0]?.rank).toBe(1);
  });

  test('bad input is the same SalesOpsError', () => {
    try {
      customerLifetimeValue(
        { bgNbd: { r: 1, alpha: 1, a: 1, b: 1 }, gammaGamma: { p: 1, q: 2, gamma: 1 } },
        { x: 2, tx: 0, T: 3, monetaryValue: 5 },
        { periodUnit: 'week' },
      );
      expect.unreachable();
    } catch (error) {
      expect((error as { code?: string }).code).toBe('INVALID_INPUT');
      expect((error as Error).message).toBe('customer.tx: must be greater than 0 when x > 0 (got 0)');
    }
  });
});
