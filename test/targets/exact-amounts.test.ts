import fc from 'fast-check';
import { Decimal as DecimalJs } from 'decimal.js';
import { describe, expect, test } from 'vitest';
import { Dec, type DecimalInput } from '../../src/core/decimal.js';
import { compareExact, divideToNumber, exact, exactText, times } from '../../src/targets/exact-amounts.js';

// validateSmartTarget compared, multiplied, divided and printed amounts with the core's Dec
// (decimal.js). exact-amounts.ts does it without decimal.js; here every operation is checked
// against Dec itself, over amounts in every form the library accepts.

/** Amounts in every accepted form: numbers, plain and exponent strings, Decimals of any clone. */
const amount: fc.Arbitrary<DecimalInput> = fc.oneof(
  fc.double({ min: -1e20, max: 1e20, noNaN: true }),
  fc.integer({ min: -1_000_000, max: 1_000_000 }),
  fc.constantFrom(0, -0, 5e-324, 1e-7, 123.456, 0.1, 0.2, 0.3, 1 / 3, 999999999999999900000),
  fc
    .tuple(fc.constantFrom('', '-', '+'), fc.stringMatching(/^\d{0,25}$/), fc.stringMatching(/^\d{0,25}$/), fc.option(fc.integer({ min: -9999, max: 20 }), { nil: undefined }))
    .filter(([, whole, fraction]) => whole.length + fraction.length > 0)
    .map(([sign, whole, fraction, e]) => `${sign}${whole}${fraction === '' ? '' : `.${fraction}`}${e === undefined ? '' : `e${e}`}`)
    .filter((text) => Math.abs(Number(text)) < 1e21),
  fc.constantFrom('0', '-0', '0.000', '-0e5', '.5', '-.5', '5.', '1e-400', '-1e-400', '99999999999999999999.999999999999999999999999', '1.000000000000000000000000000000000000000000001'),
  fc.constantFrom('1e-9000000000000000', '-4.5e-8999999999999990', '1e-39', '1e-40', '1.5e-40', '1.2345678901234567890123456789012345678901234567890').map((text) => new DecimalJs(text)),
  fc.stringMatching(/^-?[1-9]\d{0,44}(\.\d{1,30})?$/).filter((text) => Math.abs(Number(text)) < 1e21).map((text) => new Dec(text)),
);

/** Factors as the SMART check uses them: thresholds and headcounts, which are numbers. */
const factor: fc.Arbitrary<DecimalInput> = fc.oneof(
  fc.double({ min: 0, max: 1e6, noNaN: true }),
  fc.constantFrom(0, 0.5, 1, 1.1, 4.32, 1 / 3, 5e-324, 1.7976931348623157e308),
  amount,
);

describe('exact amounts agree with Dec', () => {
  test('reading and writing: exactText(exact(x)) is new Dec(x).toString()', () => {
    fc.assert(fc.property(amount, (x) => {
      expect(exactText(exact(x))).toBe(new Dec(x).toString());
    }), { numRuns: 3000 });
  });

  test('comparing: compareExact is Dec.comparedTo', () => {
    fc.assert(
      fc.property(amount, amount, (a, b) => {
        expect(compareExact(exact(a), exact(b))).toBe(new Dec(a).comparedTo(b));
        expect(compareExact(exact(a), exact(a))).toBe(0);
      }),
      { numRuns: 3000 },
    );
    // Where doubles cannot tell the amounts apart.
    expect(compareExact(exact('999999.99999999999999999'), exact('1000000'))).toBe(-1);
    expect(compareExact(exact('1e-400'), exact(0))).toBe(1);
    expect(compareExact(exact('-1e-400'), exact(-0))).toBe(-1);
    expect(compareExact(exact('0.10'), exact(0.1))).toBe(0);
  });

  test('multiplying: times is Dec.times, rounded to 40 significant digits', () => {
    fc.assert(fc.property(amount, factor, (a, b) => {
      expect(exactText(times(exact(a), exact(b)))).toBe(new Dec(a).times(b).toString());
    }), { numRuns: 3000 });
    // Rounding half-up at the 41st digit, carrying into a new digit, and underflow to zero.
    const nines = '9'.repeat(40);
    for (const [a, b] of [
      [nines, '1.5'],
      [nines, '1.00000000000000000000000000000000000000001'],
      ['1.2345678901234567890123456789012345678905', '1'],
      ['1.2345678901234567890123456789012345678904999', '1'],
      [new DecimalJs('1e-9000000000000000'), 5e-324],
    ] as const) {
      expect(exactText(times(exact(a), exact(b)))).toBe(new Dec(a).times(b).toString());
    }
  });

  test('dividing: divideToNumber is Dec.dividedBy(…).toNumber(), never -0', () => {
    fc.assert(
      fc.property(amount, amount, (a, b) => {
        fc.pre(!new Dec(b).isZero());
        expect(divideToNumber(exact(a), exact(b))).toBe(new Dec(a).dividedBy(b).toNumber() + 0);
      }),
      { numRuns: 3000 },
    );
    for (const [a, b] of [
      ['1', '3'],
      ['2', '3'],
      ['1080000', '2160000'],
      ['-0', '5'],
      ['1e20', new DecimalJs('1e-9000000000000000')],
      [new DecimalJs('1e-9000000000000000'), '1e20'],
    ] as const) {
      expect(divideToNumber(exact(a), exact(b))).toBe(new Dec(a).dividedBy(b).toNumber() + 0);
    }
  });
});
