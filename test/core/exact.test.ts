import fc from 'fast-check';
import { Decimal as DecimalJs } from 'decimal.js';
import { describe, expect, test } from 'vitest';
import { Dec, type DecimalInput, toDecimal, toUnits } from '../../src/core/decimal.js';
import { compareAmounts, compareExact, divideToNumber, exact, exactText, roundUnits, times, timesExact } from '../../src/core/exact.js';

// Moved from the targets, quota and customers modules, which each wrote their own exact decimal
// arithmetic (targets/exact-amounts.ts, quota/round-units.ts, customers' compareAmounts): one
// representation now, checked here operation by operation against decimal.js itself, over
// amounts in every form the library accepts.

/** Amounts in every accepted form: numbers, plain and exponent strings, Decimals of any clone. */
const amount: fc.Arbitrary<DecimalInput> = fc.oneof(
  fc.double({ min: -1e20, max: 1e20, noNaN: true }),
  fc.integer({ min: -1_000_000, max: 1_000_000 }),
  fc.constantFrom(0, -0, 5e-324, 1e-7, 123.456, 0.1, 0.2, 0.3, 1 / 3, 999999999999999900000),
  fc
    .tuple(
      fc.constantFrom('', '-', '+'),
      fc.stringMatching(/^\d{0,25}$/),
      fc.stringMatching(/^\d{0,25}$/),
      fc.option(fc.integer({ min: -9999, max: 20 }), { nil: undefined }),
    )
    .filter(([, whole, fraction]) => whole.length + fraction.length > 0)
    .map(([sign, whole, fraction, e]) => `${sign}${whole}${fraction === '' ? '' : `.${fraction}`}${e === undefined ? '' : `e${e}`}`)
    .filter((text) => Math.abs(Number(text)) < 1e21),
  fc.constantFrom(
    '0',
    '-0',
    '0.000',
    '-0e5',
    '.5',
    '-.5',
    '5.',
    '1e-400',
    '-1e-400',
    '99999999999999999999.999999999999999999999999',
    '1.000000000000000000000000000000000000000000001',
  ),
  fc
    .constantFrom(
      '1e-9000000000000000',
      '-4.5e-8999999999999990',
      '1e-39',
      '1e-40',
      '1.5e-40',
      '1.2345678901234567890123456789012345678901234567890',
    )
    .map((text) => new DecimalJs(text)),
  fc
    .stringMatching(/^-?[1-9]\d{0,44}(\.\d{1,30})?$/)
    .filter((text) => Math.abs(Number(text)) < 1e21)
    .map((text) => new Dec(text)),
);

/** Factors as the SMART check uses them: thresholds and headcounts, which are numbers. */
const factor: fc.Arbitrary<DecimalInput> = fc.oneof(
  fc.double({ min: 0, max: 1e6, noNaN: true }),
  fc.constantFrom(0, 0.5, 1, 1.1, 4.32, 1 / 3, 5e-324, 1.7976931348623157e308),
  amount,
);

describe('exact, compareExact, times, divideToNumber, exactText agree with Dec', () => {
  test('reading and writing: exactText(exact(x)) is new Dec(x).toString()', () => {
    fc.assert(
      fc.property(amount, (x) => {
        expect(exactText(exact(x))).toBe(new Dec(x).toString());
      }),
      { numRuns: 3000 },
    );
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
    fc.assert(
      fc.property(amount, factor, (a, b) => {
        expect(exactText(times(exact(a), exact(b)))).toBe(new Dec(a).times(b).toString());
      }),
      { numRuns: 3000 },
    );
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
  .map(
    ([sign, int, fraction, exponent]) =>
      `${sign}${int}${fraction === undefined ? '' : `.${fraction}`}${exponent === undefined ? '' : `e${exponent}`}`,
  );

const amountNumber = fc.oneof(
  fc.double({ min: -1e20, max: 1e20, noNaN: true }),
  fc.integer({ min: -1e6, max: 1e6 }).map((n) => n / 1000),
  fc.constantFrom(0.005, -0.005, 1.005, 2.675, 0.1 + 0.2, 1e-7, -1e-20, 5e-324, -0),
);

const mode = fc.constantFrom('halfUp', 'ceil', 'floor') as fc.Arbitrary<'halfUp' | 'ceil' | 'floor'>;

describe('roundUnits', () => {
  test('worked cases', () => {
    expect(roundUnits(exact('12.345'), 2)).toBe(1235n);
    expect(roundUnits(exact('-12.345'), 2)).toBe(-1235n);
    expect(roundUnits(exact('12.344999'), 2)).toBe(1234n);
    expect(roundUnits(exact('12.341'), 2, 'ceil')).toBe(1235n);
    expect(roundUnits(exact('-12.341'), 2, 'ceil')).toBe(-1234n);
    expect(roundUnits(exact('-12.341'), 2, 'floor')).toBe(-1235n);
    expect(roundUnits(exact('.5'), 0)).toBe(1n);
    expect(roundUnits(exact('5.'), 0)).toBe(5n);
    expect(roundUnits(exact('1.5e3'), 0)).toBe(1500n);
    expect(roundUnits(exact('4.9e-3'), 2)).toBe(0n);
    expect(roundUnits(exact('5e-3'), 2)).toBe(1n);
    expect(roundUnits(exact('0e9999'), 2)).toBe(0n);
    expect(roundUnits(exact(1.005), 2)).toBe(101n); // the number 1.005 stands for '1.005', as decimal.js reads it
    expect(roundUnits(exact(new Dec('-0.5')), 0)).toBe(-1n);
    expect(roundUnits(exact(123456789012345678n.toString()), 3)).toBe(123456789012345678000n);
  });

  test('property: the same as decimal.js for strings, numbers and Decimals, at every scale and in every mode', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          amountText,
          amountNumber,
          amountText.map((t) => new Dec(t)),
        ),
        fc.integer({ min: 0, max: 20 }),
        mode,
        (value, scale, m) => {
          expect(roundUnits(exact(value), scale, m)).toBe(reference(value, scale, m));
        },
      ),
      { numRuns: 3000 },
    );
  });

  test('the default mode is the core toUnits', () => {
    fc.assert(
      fc.property(fc.oneof(amountText, amountNumber), fc.integer({ min: 0, max: 20 }), (value, scale) => {
        expect(roundUnits(exact(value), scale)).toBe(toUnits(toDecimal(value, ['x']), scale));
      }),
    );
  });

  test('Decimals of another configuration, written with exponents', () => {
    const Wide = Dec.clone({ toExpNeg: -3, toExpPos: 3 });
    for (const text of ['12345.678', '0.0001234', '-0.00055', '9.995e4', '-5e-3']) {
      const d = new Wide(text);
      expect(d.toString()).toMatch(/e/);
      for (const scale of [0, 2, 5]) expect(roundUnits(exact(d), scale)).toBe(reference(d, scale));
    }
  });
});

describe('exact: the sign of zero', () => {
  test('exactly zero, in any form', () => {
    for (const zero of [0, -0, '0', '-0.000', '+.0', '0e5', '00.00e-3', new Dec(0), new Dec('-0')])
      expect(exact(zero).sign, String(zero)).toBe(0);
    for (const nonZero of [1e-300, '0.001', '-1e-30', '1e-400', new Dec('1e-400'), 5e-324])
      expect(exact(nonZero).sign, String(nonZero)).not.toBe(0);
  });

  test('property: the same as decimal.js', () => {
    fc.assert(
      fc.property(fc.oneof(amountText, amountNumber), (value) => {
        expect(exact(value).sign === 0).toBe(toDecimal(value, ['x']).isZero());
      }),
    );
  });
});

describe('timesExact: whole units padded by a rate, units × (1 + rate), as decompose-quota pads a quota', () => {
  const padUnits = (units: bigint, rate: number): bigint => units + roundUnits(timesExact(exact(units), exact(rate)), 0);
  // Exact reference: decimal.js with enough precision for any product here.
  const Wide = Dec.clone({ precision: 1000 });
  const padded = (units: bigint, rate: number): bigint =>
    BigInt(new Wide(rate).plus(1).times(units.toString()).toFixed(0, Dec.ROUND_HALF_UP));

  test('worked cases', () => {
    expect(padUnits(100000n, 0.1)).toBe(110000n);
    expect(padUnits(333n, 0.5)).toBe(500n); // 499.5 rounds half-up
    expect(padUnits(12345n, 0)).toBe(12345n);
    expect(padUnits(0n, 0.25)).toBe(0n);
    expect(padUnits(7n, 1e-30)).toBe(7n);
    expect(padUnits(7n, 1e25)).toBe(70000000000000000000000007n);
  });

  test('property: units × (1 + rate), rounded half-up, exactly', () => {
    const rate = fc.oneof(
      fc.double({ min: 0, max: 100, noNaN: true }),
      fc.integer({ min: 0, max: 10_000 }).map((n) => n / 1000),
      fc.constantFrom(0.1, 0.15, 1 / 3, 1e-20, 5e-324, 1e300),
    );
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 25n }), rate, (units, r) => {
        expect(padUnits(units, r)).toBe(padded(units, r));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('timesExact', () => {
  // Exact reference: decimal.js with enough precision for any product of these amounts.
  const Wide = Dec.clone({ precision: 1000 });
  const amount = fc.oneof(
    fc.double({ min: -1e20, max: 1e20, noNaN: true }),
    fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }),
    fc.stringMatching(/^-?\d{1,25}(\.\d{1,25})?(e-?\d{1,2})?$/).filter((text) => Math.abs(Number(text)) < 1e21),
  );

  test('property: the exact product, rounded to whole units in every mode as decimal.js rounds it', () => {
    const mode = fc.constantFrom('halfUp', 'ceil', 'floor') as fc.Arbitrary<'halfUp' | 'ceil' | 'floor'>;
    fc.assert(
      fc.property(amount, amount, fc.integer({ min: 0, max: 6 }), mode, (a, b, scale, m) => {
        const product = new Wide(String(a)).times(String(b));
        expect(exactText(timesExact(exact(a), exact(b)))).toBe(exactText(exact(product)));
        const rounding = m === 'halfUp' ? Dec.ROUND_HALF_UP : m === 'ceil' ? Dec.ROUND_CEIL : Dec.ROUND_FLOOR;
        expect(roundUnits(timesExact(exact(a), exact(b)), scale, m)).toBe(BigInt(product.toFixed(scale, rounding).replace('.', '')));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('compareAmounts', () => {
  test('compares any two valid amounts exactly, as decimal.js does', () => {
    const valid = (text: string): boolean => {
      try {
        toDecimal(text, ['x']);
        return true;
      } catch {
        return false;
      }
    };
    const amount = fc.oneof(
      fc.double({ min: -1e20, max: 1e20, noNaN: true }),
      fc.stringMatching(/^[+-]?\d{0,22}(\.\d{0,22})?([eE][+-]?\d{1,3})?$/).filter(valid),
      fc.stringMatching(/^-?\d{1,4}(\.\d{0,4})?$/).map((text) => new DecimalJs(text)),
      fc.constantFrom<unknown>(
        '0',
        '-0',
        '+0',
        '.0',
        '0.000',
        '0e5',
        5e-324,
        '1e-9999',
        new DecimalJs('1e-9000000000000000'),
        new DecimalJs('-1e-9000000000000000'),
        new DecimalJs(-0),
      ),
    );
    fc.assert(
      fc.property(amount, amount, (a, b) => {
        expect(compareAmounts(a, b), `${String(a)} vs ${String(b)}`).toBe(toDecimal(a, ['a']).cmp(toDecimal(b, ['b'])));
      }),
      { numRuns: 5000 },
    );
    // Beyond 15 digits, where doubles merge neighbours.
    expect(compareAmounts('12345678901234567.01', '12345678901234567.02')).toBe(-1);
    expect(compareAmounts('0.1', 0.1)).toBe(0);
    expect(compareAmounts(0.1 + 0.2, '0.3')).toBe(1);
    expect(compareAmounts('999999.99999999999999999', 1000000)).toBe(-1);
  });
});
