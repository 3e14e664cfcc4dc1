import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { AT_MAX, AT_MIN, FREE, waterFill } from '../../src/quota/quota-constraints.js';

class Refused extends Error {
  constructor(readonly kind: string) {
    super(kind);
  }
}

function fill(amount: bigint, weights: number[], min: bigint[], max: (bigint | undefined)[]): { units: bigint[]; bound: number[] } {
  const units = new Array<bigint>(weights.length);
  const bound = new Uint8Array(weights.length);
  waterFill(
    amount,
    weights,
    min,
    max,
    units,
    bound,
    (kind) => {
      throw new Refused(kind);
    },
    String,
  );
  return { units, bound: [...bound] };
}

describe('waterFill (min/max by variable fixing)', () => {
  test('no binding bound: the plain largest-remainder split', () => {
    expect(fill(10n, [1, 1, 1], [0n, 0n, 0n], [undefined, undefined, undefined])).toEqual({
      units: [4n, 3n, 3n],
      bound: [FREE, FREE, FREE],
    });
  });

  test('caps and floors, several rounds', () => {
    // 1000 at 4:3:2:1 → 400/300/200/100; cap a at 300 → 350/233.33/116.67; cap b at 320 → c, d
    // share 380 → 253.33/126.67; floor d at 150 → c = 230.
    expect(fill(1000n, [4, 3, 2, 1], [0n, 0n, 0n, 150n], [300n, 320n, undefined, undefined])).toEqual({
      units: [300n, 320n, 230n, 150n],
      bound: [AT_MAX, AT_MAX, FREE, AT_MIN],
    });
  });

  test('zero-weight children get their floor; nothing to share by is fine when the floors take it all', () => {
    expect(fill(10n, [0, 0], [4n, 6n], [undefined, undefined])).toEqual({ units: [4n, 6n], bound: [AT_MIN, AT_MIN] });
    expect(fill(0n, [0, 0], [0n, 0n], [undefined, undefined])).toEqual({ units: [0n, 0n], bound: [FREE, FREE] });
    expect(fill(10n, [1, 0], [0n, 3n], [undefined, undefined])).toEqual({ units: [7n, 3n], bound: [FREE, AT_MIN] });
  });

  test('refusals: floors above the amount, caps below it, zero basis left over', () => {
    expect(() => fill(10n, [1, 1], [6n, 5n], [undefined, undefined])).toThrow('infeasible');
    expect(() => fill(10n, [1, 1], [0n, 0n], [4n, 5n])).toThrow('infeasible');
    expect(() => fill(10n, [0, 0], [0n, 0n], [undefined, undefined])).toThrow('zero');
    expect(() => fill(10n, [1, 0], [0n, 0n], [5n, undefined])).toThrow('infeasible');
  });

  test('property: the total is met exactly, bounds hold, and free children are proportional', () => {
    const child = fc.record({
      weight: fc.oneof(fc.integer({ min: 0, max: 100 }), fc.double({ min: 0.01, max: 100, noNaN: true })),
      min: fc.integer({ min: 0, max: 300 }),
      span: fc.option(fc.integer({ min: 0, max: 600 }), { nil: undefined }),
    });
    let solved = 0;
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3000 }), fc.array(child, { minLength: 1, maxLength: 12 }), (amount, kids) => {
        const weights = kids.map((k) => k.weight);
        const min = kids.map((k) => BigInt(k.min));
        const max = kids.map((k) => (k.span === undefined ? undefined : BigInt(k.min + k.span)));
        let result;
        try {
          result = fill(BigInt(amount), weights, min, max);
        } catch (error) {
          expect(error).toBeInstanceOf(Refused);
          const minSum = kids.reduce((a, k) => a + k.min, 0);
          const capped = kids.every((k) => k.span !== undefined);
          const maxSum = kids.reduce((a, k) => a + k.min + (k.span ?? 0), 0);
          // Refused only when the bounds contradict the amount, or the uncapped children that
          // must take the rest have no weight to take it by.
          if (minSum <= amount && (!capped || maxSum >= amount)) expect(kids.some((k) => k.weight === 0)).toBe(true);
          return;
        }
        solved += 1;
        expect(result.units.reduce((a, b) => a + b, 0n)).toBe(BigInt(amount));
        result.units.forEach((u, i) => {
          expect(u >= (min[i] as bigint)).toBe(true);
          if (max[i] !== undefined) expect(u <= (max[i] as bigint)).toBe(true);
        });
        const free = result.bound.map((b, i) => (b === FREE ? i : -1)).filter((i) => i >= 0);
        const freeWeight = free.reduce((a, i) => a + (weights[i] as number), 0);
        if (freeWeight > 0) {
          const lambda = free.reduce((a, i) => a + Number(result.units[i]), 0) / freeWeight;
          for (const i of free) expect(Math.abs(Number(result.units[i]) - lambda * (weights[i] as number))).toBeLessThan(1 + 1e-9 * lambda);
          result.bound.forEach((b, i) => {
            if (b === AT_MAX) expect(lambda * (weights[i] as number)).toBeGreaterThan(Number(result.units[i]) - 1);
            if (b === AT_MIN) expect(lambda * (weights[i] as number)).toBeLessThan(Number(result.units[i]) + 1);
          });
        }
      }),
      { numRuns: 1000 },
    );
    expect(solved).toBeGreaterThan(300);
  });
});
