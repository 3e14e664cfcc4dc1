import { describe, expect, test } from 'vitest';
import { Dec } from '../../src/core/decimal.js';
import { expectPure, jsonProblems, sameData } from './bad-input.js';

// The purity helpers are themselves tested: a helper that cannot fail would make every suite
// that uses it a test that cannot fail.
describe('purity helpers', () => {
  test('jsonProblems finds what JSON would lose or change', () => {
    expect(jsonProblems({ a: 1, b: ['x', true, null] })).toEqual([]);
    expect(jsonProblems({ a: undefined })).toEqual(['result.a is undefined']);
    expect(jsonProblems([-0])).toEqual(['result[0] is -0']);
    expect(jsonProblems({ n: Number.NaN, i: Infinity })).toEqual(['result.n is NaN', 'result.i is Infinity']);
    expect(jsonProblems({ d: new Date(0) })).toEqual(['result.d is not a plain object']);
    expect(jsonProblems({ m: new Map() })).toEqual(['result.m is not a plain object']);
    expect(jsonProblems({ b: 1n })).toEqual(['result.b is bigint']);
  });

  test('sameData treats special keys as data', () => {
    const a = JSON.parse('{"constructor": {"x": 1}, "__proto__": {"y": 2}}') as unknown;
    const b = JSON.parse('{"constructor": {"x": 1}, "__proto__": {"y": 2}}') as unknown;
    expect(sameData(a, b)).toBe(true);
    expect(sameData(a, JSON.parse('{"constructor": {"x": 2}, "__proto__": {"y": 2}}'))).toBe(false);
    expect(sameData({ a: 0 }, { a: -0 })).toBe(false);
    expect(sameData([1, 2], { 0: 1, 1: 2 })).toBe(false);
    expect(sameData({ a: 1 }, { a: 1, b: undefined })).toBe(false);
    expect(sameData(new Dec('1.50'), new Dec('1.5'))).toBe(true);
    expect(sameData(new Date(5), new Date(5))).toBe(true);
  });

  test('expectPure catches mutation, impure results and non-determinism', () => {
    const mutates = (input: { list: number[] }): number => {
      input.list.push(1);
      return 1;
    };
    expect(() => expectPure(mutates, { list: [] })).toThrow();
    expect(() => expectPure(() => ({ at: new Date(0) }))).toThrow();
    let calls = 0;
    expect(() => expectPure(() => (calls += 1))).toThrow();
    expect(expectPure((x: { a: number }) => ({ doubled: x.a * 2 }), { a: 2 })).toEqual({ doubled: 4 });
  });
});
