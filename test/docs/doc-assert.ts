/**
 * The checks behind `//=>` comments in examples.
 *
 * Values are compared deeply. Numbers are compared to the precision written: `//=> 28.8539`
 * accepts any result that rounds to 28.8539 at four decimals, so examples can print readable
 * figures. Whole numbers must match to 1e-9 (relative).
 */
import { isSalesOpsError } from '../../src/core/errors.js';

function decimalsWritten(n: number): number | undefined {
  const text = String(n);
  if (/e/i.test(text)) return undefined;
  const point = text.indexOf('.');
  return point < 0 ? 0 : text.length - point - 1;
}

function numbersMatch(actual: number, expected: number): boolean {
  if (Object.is(actual, expected)) return true;
  if (!Number.isFinite(actual) || !Number.isFinite(expected)) return false;
  const places = decimalsWritten(expected);
  if (places === undefined || places === 0) return Math.abs(actual - expected) <= 1e-9 * Math.max(1, Math.abs(expected));
  return Math.abs(actual - expected) <= 0.5 * 10 ** -places + 1e-12 * Math.abs(expected);
}

function mismatch(actual: unknown, expected: unknown, at: string): string | undefined {
  if (typeof expected === 'number' && typeof actual === 'number') {
    return numbersMatch(actual, expected) ? undefined : `${at}: expected ${expected}, got ${actual}`;
  }
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual)) return `${at}: expected an array, got ${show(actual)}`;
    if (actual.length !== expected.length) return `${at}: expected ${expected.length} items, got ${actual.length}`;
    for (let i = 0; i < expected.length; i += 1) {
      const problem = mismatch(actual[i], expected[i], `${at}[${i}]`);
      if (problem) return problem;
    }
    return undefined;
  }
  if (typeof expected === 'object' && expected !== null) {
    if (typeof actual !== 'object' || actual === null || Array.isArray(actual)) return `${at}: expected an object, got ${show(actual)}`;
    const keys = new Set([...Object.keys(expected), ...Object.keys(actual)]);
    for (const key of keys) {
      if (!(key in expected)) return `${at}.${key}: not expected, got ${show((actual as Record<string, unknown>)[key])}`;
      const problem = mismatch((actual as Record<string, unknown>)[key], (expected as Record<string, unknown>)[key], `${at}.${key}`);
      if (problem) return problem;
    }
    return undefined;
  }
  return Object.is(actual, expected) ? undefined : `${at}: expected ${show(expected)}, got ${show(actual)}`;
}

function show(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

export function checkResult(actual: unknown, expected: unknown, where: string): void {
  const problem = mismatch(actual, expected, 'result');
  if (problem !== undefined) throw new Error(`${where}: ${problem}\n  whole result: ${show(actual)}`);
}

export async function checkThrows(run: () => unknown, code: string, where: string): Promise<void> {
  try {
    await run();
  } catch (error) {
    if (isSalesOpsError(error) && error.code === code) return;
    throw new Error(`${where}: expected a SalesOpsError ${code}, got ${String(error)}`);
  }
  throw new Error(`${where}: expected a SalesOpsError ${code}, but nothing was thrown`);
}
