/**
 * What every target-setting method returns: a value, the method's name, and the arithmetic in
 * words and figures.
 */
import { type Decimal, type DecimalInput, formatDecimal, invalid, MAX_MAGNITUDE, toDecimal } from '../core/index.js';

/** A proposed target value, with how it was reached. */
export interface TargetProposal {
  /** The target value, a decimal string at the requested `scale` (default 2). */
  value: string;
  /** The method that produced it: `'growth'`, `'marketShare'`, `'benchmark'`, `'capacity'` or `'triangulation'`. */
  method: string;
  /** The arithmetic, in words and figures. */
  explanation: string;
}

/** A rate as a percentage for explanations, exactly: 0.125 → `'12.5 %'`. @internal */
export function percent(rate: Decimal): string {
  return `${rate.times(100).toString()} %`;
}

/** Reads an amount of a method's `input`. @internal */
export function inputAmount(value: DecimalInput, key: string): Decimal {
  return toDecimal(value, ['input', key]);
}

/**
 * Writes a method's result at `scale`; a result of 1e21 or more (which no amount of the library
 * may reach) is refused at `key`, the input that drove it there. @internal
 */
export function outputAmount(value: Decimal, scale: number, key: string): string {
  if (value.abs().gte(MAX_MAGNITUDE)) invalid(['input', key], 'gives a target of 1e21 or more, beyond what an amount may hold');
  return formatDecimal(value, scale);
}
