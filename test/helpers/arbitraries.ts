/**
 * fast-check arbitraries for the library's inputs, shared by the module suites.
 */
import fc from 'fast-check';
import { SPECIAL_IDS } from './bad-input.js';

/** A decimal amount string with exactly `scale` decimals, from `min` to `max` minor units. */
export function amountString(options: { minUnits?: number; maxUnits?: number; scale?: number } = {}): fc.Arbitrary<string> {
  const { minUnits = 0, maxUnits = 10_000_000_00, scale = 2 } = options;
  return fc.integer({ min: minUnits, max: maxUnits }).map((units) => {
    const negative = units < 0;
    const digits = String(Math.abs(units)).padStart(scale + 1, '0');
    const body = scale === 0 ? digits : `${digits.slice(0, -scale)}.${digits.slice(-scale)}`;
    return negative ? `-${body}` : body;
  });
}

/** A non-negative weight: whole numbers, fractions and zeros mixed. */
export function weight(): fc.Arbitrary<number> {
  return fc.oneof(
    fc.integer({ min: 0, max: 1000 }),
    fc.double({ min: 0, max: 1000, noNaN: true, noDefaultInfinity: true }),
    fc.constantFrom(0, 0.1, 0.2, 1 / 3, 2 / 3, 1, 1e-9),
  );
}

/** A list of weights with a positive sum. */
export function weights(options: { minLength?: number; maxLength?: number } = {}): fc.Arbitrary<number[]> {
  const { minLength = 1, maxLength = 20 } = options;
  return fc.array(weight(), { minLength, maxLength }).filter((ws) => ws.some((w) => w > 0));
}

/** A calendar date 'YYYY-MM-DD' between two years (inclusive). */
export function isoDate(options: { fromYear?: number; toYear?: number } = {}): fc.Arbitrary<string> {
  const { fromYear = 2000, toYear = 2040 } = options;
  const min = Date.UTC(fromYear, 0, 1);
  const max = Date.UTC(toYear, 11, 31);
  return fc.integer({ min: min / 86_400_000, max: max / 86_400_000 }).map((day) => new Date(day * 86_400_000).toISOString().slice(0, 10));
}

/** An id, sometimes one of the ids that break naive object lookups. */
export function id(): fc.Arbitrary<string> {
  return fc.oneof(fc.string({ minLength: 1, maxLength: 8 }), fc.constantFrom(...SPECIAL_IDS));
}
