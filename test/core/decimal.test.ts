import DecimalJs from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { Dec, formatDecimal, readAmount, roundHalfUp, toDecimal, toUnits } from '../../src/core/decimal.js';
import { amountToNumber, checkAmount, checkPositiveAmount, decimalProblem, readNonNegativeAmount } from '../../src/core/amount-input.js';
import { nonNegativeAmount, positiveAmount } from '../../src/core/schema.js';
import { toScale } from '../../src/core/read.js';
import { fromUnits } from '../../src/core/units.js';
import { BAD_AMOUNTS, expectSalesOpsError } from '../helpers/bad-input.js';
import { issuesOf, schemaIssues } from '../helpers/schema-agreement.js';

describe('toDecimal', () => {
  test.each([
    ['1250.00', '1250'],
    ['-3.5', '-3.5'],
    ['+7', '7'],
    ['.5', '0.5'],
    ['5.', '5'],
    ['1.2e3', '1200'],
    ['1E-3', '0.001'],
    ['-0', '0'],
    ['0.000', '0'],
    ['999999999999999999999e-2', '9999999999999999999.99'],
  ])('reads the string %s', (input, expected) => {
    expect(toDecimal(input, ['x']).toFixed()).toBe(expected);
  });

  test('reads numbers by their shortest decimal form', () => {
    expect(toDecimal(0.1, ['x']).toFixed()).toBe('0.1');
    expect(toDecimal(0.1 + 0.2, ['x']).toFixed()).toBe('0.30000000000000004');
    expect(toDecimal(-0, ['x']).isNegative()).toBe(false);
    expect(toDecimal(1e20, ['x']).toFixed()).toBe('100000000000000000000');
  });

  test('reads Decimal instances from any copy or clone of decimal.js', () => {
    expect(toDecimal(new DecimalJs('12.5'), ['x']).toFixed()).toBe('12.5');
    const Other = DecimalJs.clone({ precision: 5 });
    expect(toDecimal(new Other('3.25'), ['x']).toFixed()).toBe('3.25');
  });

  test.each(BAD_AMOUNTS.map((v) => [v]))('rejects %s with INVALID_INPUT at the path', (value) => {
    expectSalesOpsError(() => toDecimal(value, ['invoices', 3, 'amount']), 'INVALID_INPUT', ['invoices', 3, 'amount']);
  });

  test('messages say what is wrong', () => {
    expect(decimalProblem(Number.NaN)).toBe('must be a number, not NaN');
    expect(decimalProblem(Infinity)).toBe('must be finite');
    expect(decimalProblem('1e999')).toBe('is out of range (magnitude must be below 1e21)');
    expect(decimalProblem('abc')).toBe("must be a decimal number such as '1250.00'");
    expect(decimalProblem(null)).toBe('must be an amount: a finite number, a numeric string or a Decimal');
    const error = expectSalesOpsError(() => toDecimal('abc', ['total']), 'INVALID_INPUT', ['total']);
    expect(error.message).toBe(`total: must be a decimal number such as '1250.00' (got "abc")`);
  });

  test('uses a private clone: the global Decimal settings are untouched and irrelevant', () => {
    const before = DecimalJs.precision;
    DecimalJs.set({ precision: 3, rounding: DecimalJs.ROUND_DOWN });
    try {
      expect(formatDecimal(toDecimal('2.345', ['x']), 2)).toBe('2.35');
      expect(toDecimal('1', ['x']).dividedBy(3).toFixed(10)).toBe('0.3333333333');
    } finally {
      DecimalJs.set({ precision: before, rounding: DecimalJs.ROUND_HALF_UP });
    }
    expect(Dec.precision).toBe(40);
  });
});

describe('amountToNumber', () => {
  test('reads amounts as numbers without decimal arithmetic', () => {
    expect(amountToNumber('1250.50', ['x'])).toBe(1250.5);
    expect(amountToNumber(new DecimalJs('-3.25'), ['x'])).toBe(-3.25);
    expect(Object.is(amountToNumber(-0, ['x']), 0)).toBe(true);
    expect(Object.is(amountToNumber('-0.00', ['x']), 0)).toBe(true);
  });

  test.each(BAD_AMOUNTS.map((v) => [v]))('rejects %s like toDecimal does', (value) => {
    expectSalesOpsError(() => amountToNumber(value, ['actuals', 'revenue']), 'INVALID_INPUT', ['actuals', 'revenue']);
    expect(issuesOf(() => checkAmount(value, ['actuals', 'revenue']))).toEqual(issuesOf(() => toDecimal(value, ['actuals', 'revenue'])));
  });
});

// Every reader of signed amounts — with or without decimal.js — and the core's amount schemas
// read the sign the same way (isNegativeAmount, isPositiveAmount): a string's sign is that of the number it stands for,
// so a negative zero and a negative amount too small for a double ('-1e-400') are not negative;
// a Decimal's is the Decimal's own.
describe('signed amounts: readers and schemas agree', () => {
  const Other = DecimalJs.clone({ precision: 5 });
  const values = [
    ...BAD_AMOUNTS,
    -1,
    -0,
    0,
    1e-300,
    -1e-300,
    12.5,
    '-1',
    '-0.01',
    '-1e-30',
    '-1e-400',
    '-1e-9999',
    '-0',
    '-0.00',
    '-0e5',
    '0',
    '+0',
    '0.000',
    '1e-400',
    '+2',
    '.5',
    '1e20',
    new DecimalJs(-1),
    new DecimalJs('-1e-400'),
    new DecimalJs('-0'),
    new DecimalJs(0),
    new DecimalJs('1e-400'),
    new Other('2.5'),
    new Dec('-0.001'),
  ];
  const readers = (sign: 'nonNegative' | 'positive'): Array<[string, (v: unknown) => unknown]> => [
    ['readAmount', (v) => readAmount(v, ['x'], sign)],
    sign === 'nonNegative'
      ? ['readNonNegativeAmount', (v) => readNonNegativeAmount(v, ['x'])]
      : ['checkPositiveAmount', (v) => checkPositiveAmount(v, ['x'])],
  ];

  for (const [sign, schema] of [
    ['nonNegative', nonNegativeAmount()],
    ['positive', positiveAmount()],
  ] as const) {
    test(`${sign}: the same verdicts, paths and messages`, () => {
      for (const value of values) {
        const reference = schemaIssues(schema, value, ['x']);
        for (const [name, read] of readers(sign))
          expect(
            issuesOf(() => read(value)),
            `${name}(${String(value)})`,
          ).toEqual(reference);
      }
    });
  }

  test("signs are exact, whichever reader or schema reads them: '-1e-400' is negative, '-0.00' is not", () => {
    for (const value of ['-1e-400', new DecimalJs('-1e-400'), '-0.000001']) {
      expectSalesOpsError(() => readAmount(value, ['x'], 'nonNegative'), 'INVALID_INPUT', ['x']);
      expectSalesOpsError(() => readNonNegativeAmount(value, ['x']), 'INVALID_INPUT', ['x']);
      expect(nonNegativeAmount().safeParse(value).success).toBe(false);
    }
    for (const value of ['-0', '-0.00', '-0e5', new DecimalJs('-0')]) {
      expect(readAmount(value, ['x'], 'nonNegative').isZero()).toBe(true);
      expect(Object.is(readNonNegativeAmount(value, ['x']), 0)).toBe(true);
      expect(nonNegativeAmount().safeParse(value).success).toBe(true);
      expect(positiveAmount().safeParse(value).success).toBe(false);
    }
    expectSalesOpsError(() => readAmount('-1e-400', ['x'], 'positive'), 'INVALID_INPUT', ['x']);
    expect(readAmount('1e-400', ['x'], 'positive').isZero()).toBe(false);
    expect(positiveAmount().safeParse('1e-400').success).toBe(true);
  });
});

describe('formatDecimal', () => {
  test.each([
    ['2.345', 2, '2.35'],
    ['-2.345', 2, '-2.35'],
    ['2.3449', 2, '2.34'],
    ['0.005', 2, '0.01'],
    ['-0.004', 2, '0.00'],
    ['-0.0049', 2, '0.00'],
    ['1e20', 2, '100000000000000000000.00'],
    ['1e-10', 12, '0.000000000100'],
    ['12.5', 0, '13'],
    ['-12.5', 0, '-13'],
    ['7', 3, '7.000'],
  ])('%s at scale %i is %s', (input, scale, expected) => {
    expect(formatDecimal(new Dec(input), scale)).toBe(expected);
  });

  test('never uses exponent notation and never writes negative zero', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e20, max: 1e20, noNaN: true }), fc.integer({ min: 0, max: 20 }), (n, scale) => {
        const text = formatDecimal(new Dec(n), scale);
        expect(text).not.toMatch(/e/i);
        expect(text).not.toMatch(/^-0(\.0*)?$/);
        expect(text).toMatch(scale === 0 ? /^-?\d+$/ : new RegExp(`^-?\\d+\\.\\d{${scale}}$`));
      }),
    );
  });

  test('rounds half-up like roundHalfUp', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 0, max: 4 }), (units, scale) => {
        const value = new Dec(units).dividedBy(1000);
        expect(formatDecimal(value, scale)).toBe(formatDecimal(roundHalfUp(value, scale), scale));
      }),
    );
  });
});

describe('minor units', () => {
  test('toUnits rounds half-up to the scale', () => {
    expect(toUnits(new Dec('12.345'), 2)).toBe(1235n);
    expect(toUnits(new Dec('-12.345'), 2)).toBe(-1235n);
    expect(toUnits(new Dec('0.004'), 2)).toBe(0n);
    expect(toUnits(new Dec('123456789012345678901e-1'), 1)).toBe(123456789012345678901n);
  });

  test('fromUnits writes canonical strings', () => {
    expect(fromUnits(1235n, 2)).toBe('12.35');
    expect(fromUnits(-5n, 2)).toBe('-0.05');
    expect(fromUnits(0n, 2)).toBe('0.00');
    expect(fromUnits(7n, 0)).toBe('7');
    expect(fromUnits(-7n, 3)).toBe('-0.007');
  });

  test('round-trips through units', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 22n), max: 10n ** 22n }), fc.integer({ min: 0, max: 20 }), (units, scale) => {
        expect(toUnits(new Dec(fromUnits(units, scale)), scale)).toBe(units);
      }),
    );
  });
});

describe('toScale', () => {
  test('defaults and bounds', () => {
    expect(toScale(undefined, ['options', 'scale'], 2)).toBe(2);
    expect(toScale(0, ['options', 'scale'], 2)).toBe(0);
    expect(toScale(20, ['options', 'scale'], 2)).toBe(20);
    for (const bad of [-1, 21, 1.5, Number.NaN, '2', null]) {
      expectSalesOpsError(() => toScale(bad, ['options', 'scale'], 2), 'INVALID_INPUT', ['options', 'scale']);
    }
  });
});
