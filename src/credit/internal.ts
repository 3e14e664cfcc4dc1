/**
 * Helpers shared by the credit functions that are specific to credit, so they stay in the module
 * (the general readers — `readNumber`, `readStrict`, `oneOf`, `readAmount`… — are the core's):
 * the default grade scale, reading a grade on a scale, and how a number is shown in a message.
 */
import { type IssuePath, invalid, readId } from '../core/index.js';

/** The default grade scale, best first. */
export const DEFAULT_GRADES: readonly string[] = ['AAA', 'AA', 'A', 'BBB', 'BB', 'B', 'CCC', 'CC', 'C'];

/** Reads a grade and returns its index on `scale` (0 = best). */
export function gradeIndex(value: unknown, scale: readonly string[], path: IssuePath): number {
  const index = scale.indexOf(readId(value, path));
  if (index < 0) invalid(path, `must be one of the grades ${scale.join(', ')}`, value);
  return index;
}

/** Reads a grade scale (best first): non-empty, distinct grades. */
export function readGradeScale(value: unknown, path: IssuePath): readonly string[] {
  if (value === undefined) return DEFAULT_GRADES;
  if (!Array.isArray(value) || value.length === 0) invalid(path, 'must be a non-empty array of grades, best first', value);
  const seen = new Set<string>();
  value.forEach((grade, i) => {
    if (seen.has(readId(grade, [...path, i]))) invalid([...path, i], 'appears twice in the grade scale', grade);
    seen.add(grade as string);
  });
  return value as string[];
}

/** Rounds a plain number for display in a message (at most 4 decimals, no exponent). */
export function show(n: number): string {
  return String(Math.round(n * 1e4) / 1e4);
}
