import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { Dec, toDecimal, toUnits } from '../../src/core/decimal.js';
import { isZeroAmount, padUnits, roundUnits } from '../../src/quota/round-units.js';

// decimal.js is the reference: roundUnits must give exactly what toUnits(toDecimal(value)) — or
// toFixed with the same rounding mode — gives, for every form of amount the library accepts.
const reference = (value: unknown, scale: number, mode: 'halfUp' | 'ceil' | 'floor' = 'halfUp'): bigint => {
  const rounding = mode === 'halfUp' ? Dec.ROUND_HALF_UP : mode === 'ceil' ? Dec.ROUND_CEIL : Dec.ROUND_FLOOR;
  return BigInt(toDecimal(value, ['x']).toFixed(scale, rounding).replace('.', ''));
};

/** Amount strings in every written form: signs, leading and trailing zeros, points at either end, exponents. */
const amountText = fc
  .tuple(
    fc.constantFrom('', '-', '+'),
    fc.stringMatching(/^[0-9]{0,12}$/),
    fc.option(fc.stringMatching(/^[0-9]{0,12}$/), { nil: undefined }),
    fc.option(fc.integer({ min: -30, max: 8 }), { nil: undefined }),
  )
  .filter(([, int, fraction]) => `${int}${fraction ?? ''}`.length > 0)
  .map(([sign, int, fraction, exponent]) => `${sign}${int}${fraction === undefined ? '' : `.${fraction}`}${exponent === undefined ? '' : `e${exponent}`}`);

const amountNumber = fc.oneof(
  fc.double({ min: -1e20, max: 1e20, noNaN: true }),
  fc.integer({ min: -1e6, max: 1e6 }).map((n) => n / 1000),
  fc.constantFrom(0.005, -0.005, 1.005, 2.675, 0.1 + 0.2, 1e-7, -1e-20, 5e-324, -0),
);

const mode = fc.constantFrom('halfUp', 'ceil', 'floor') as fc.Arbitrary<'halfUp' | 'ceil' | 'floor'>;

describe('roundUnits', () => {
  test('worked cases', () => {
    expect(roundUnits('12.345', 2)).toBe(1235n);
    expect(roundUnits('-12.345', 2)).toBe(-1235n);
    expect(roundUnits('12.344999', 2)).toBe(1234n);
    expect(roundUnits('12.341', 2, 'ceil')).toBe(1235n);
    expect(roundUnits('-12.341', 2, 'ceil')).toBe(-1234n);
    expect(roundUnits('-12.341', 2, 'floor')).toBe(-1235n);
    expect(roundUnits('.5', 0)).toBe(1n);
    expect(roundUnits('5.', 0)).toBe(5n);
    expect(roundUnits('1.5e3', 0)).toBe(1500n);
    expect(roundUnits('4.9e-3', 2)).toBe(0n);
    expect(roundUnits('5e-3', 2)).toBe(1n);
    expect(roundUnits('0e9999', 2)).toBe(0n);
    expect(roundUnits(1.005, 2)).toBe(101n); // the number 1.005 stands for '1.005', as decimal.js reads it
    expect(roundUnits(new Dec('-0.5'), 0)).toBe(-1n);
    expect(roundUnits(123456789012345678n.toString(), 3)).toBe(123456789012345678000n);
  });

  test('property: the same as decimal.js for strings, numbers and Decimals, at every scale and in every mode', () => {
    fc.assert(
      fc.property(fc.oneof(amountText, amountNumber, amountText.map((t) => new Dec(t))), fc.integer({ min: 0, max: 20 }), mode, (value, scale, m) => {
        expect(roundUnits(value, scale, m)).toBe(reference(value, scale, m));
      }),
      { numRuns: 3000 },
    );
  });

  test('the default mode is the core toUnits', () => {
    fc.assert(
      fc.property(fc.oneof(amountText, amountNumber), fc.integer({ min: 0, max: 20 }), (value, scale) => {
        expect(roundUnits(value, scale)).toBe(toUnits(toDecimal(value, ['x']), scale));
      }),
    );
  });

  test('Decimals of another configuration, written with exponents', () => {
    const Wide = Dec.clone({ toExpNeg: -3, toExpPos: 3 });
    for (const text of ['12345.678', '0.0001234', '-0.00055', '9.995e4', '-5e-3']) {
      const d = new Wide(text);
      expect(d.toString()).toMatch(/e/);
      for (const scale of [0, 2, 5]) expect(roundUnits(d, scale)).toBe(reference(d, scale));
    }
  });
});

describe('isZeroAmount', () => {
  test('exactly zero, in any form', () => {
    for (const zero of [0, -0, '0', '-0.000', '+.0', '0e5', '00.00e-3', new Dec(0), new Dec('-0')]) expect(isZeroAmount(zero), String(zero)).toBe(true);
    for (const nonZero of [1e-300, '0.001', '-1e-30', '1e-400', new Dec('1e-400'), 5e-324]) expect(isZeroAmount(nonZero), String(nonZero)).toBe(false);
  });

  test('property: the same as decimal.js', () => {
    fc.assert(
      fc.property(fc.oneof(amountText, amountNumber), (value) => {
        expect(isZeroAmount(value)).toBe(toDecimal(value, ['x']).isZero());
      }),
    );
  });
});

describe('padUnits', () => {
  // Exact reference: decimal.js with enough precision for any product here.
  const Exact = Dec.clone({ precision: 1000 });
  const exact = (units: bigint, rate: number): bigint => BigInt(new Exact(rate).plus(1).times(units.toString()).toFixed(0, Dec.ROUND_HALF_UP));

  test('worked cases', () => {
    expect(padUnits(100000n, 0.1)).toBe(110000n);
    expect(padUnits(333n, 0.5)).toBe(500n); // 499.5 rounds half-up
    expect(padUnits(12345n, 0)).toBe(12345n);
    expect(padUnits(0n, 0.25)).toBe(0n);
    expect(padUnits(7n, 1e-30)).toBe(7n);
    expect(padUnits(7n, 1e25)).toBe(70000000000000000000000007n);
  });

  test('property: units × (1 + rate), rounded half-up, exactly', () => {
    const rate = fc.oneof(fc.double({ min: 0, max: 100, noNaN: true }), fc.integer({ min: 0, max: 10_000 }).map((n) => n / 1000), fc.constantFrom(0.1, 0.15, 1 / 3, 1e-20, 5e-324, 1e300));
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 25n }), rate, (units, r) => {
        expect(padUnits(units, r)).toBe(exact(units, r));
      }),
      { numRuns: 2000 },
    );
  });
});
