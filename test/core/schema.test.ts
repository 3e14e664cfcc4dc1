import DecimalJs from 'decimal.js';
import * as z from 'zod/mini';
import { describe, expect, test } from 'vitest';
import { DateInputSchema, DecimalInputSchema } from 'salesops-kit';
import {
  idSchema,
  integerSchema,
  nonNegativeAmount,
  parseInput,
  positiveAmount,
  recordSchema,
  probabilitySchema,
  scaleSchema,
  weightSchema,
} from '../../src/core/schema.js';
import { BAD_AMOUNTS, BAD_DATES, expectSalesOpsError, SPECIAL_IDS } from '../helpers/bad-input.js';

describe('amount and date schemas accept exactly what the core accepts', () => {
  test('amounts', () => {
    for (const good of ['1250.00', '-3.5', 0, 12.75, new DecimalJs('1.5'), '1e3']) {
      expect(DecimalInputSchema.safeParse(good).success).toBe(true);
    }
    for (const bad of BAD_AMOUNTS) expect(DecimalInputSchema.safeParse(bad).success, String(bad)).toBe(false);
  });

  test('dates', () => {
    expect(DateInputSchema.safeParse('2026-02-28').success).toBe(true);
    expect(DateInputSchema.safeParse(new Date(0)).success).toBe(true);
    for (const bad of BAD_DATES) expect(DateInputSchema.safeParse(bad).success).toBe(false);
  });

  test('signed amounts', () => {
    expect(nonNegativeAmount().safeParse('0').success).toBe(true);
    expect(nonNegativeAmount().safeParse('-0.00').success).toBe(true);
    expect(nonNegativeAmount().safeParse('-0.01').success).toBe(false);
    expect(nonNegativeAmount().safeParse(new DecimalJs(-1)).success).toBe(false);
    expect(positiveAmount().safeParse('0.00').success).toBe(false);
    expect(positiveAmount().safeParse('0.001').success).toBe(true);
    expect(positiveAmount().safeParse('0e5').success).toBe(false);
    expect(positiveAmount().safeParse(new DecimalJs(0)).success).toBe(false);
    expect(positiveAmount().safeParse(-2).success).toBe(false);
  });
});

describe('parseInput turns zod issues into a SalesOpsError with paths', () => {
  const Options = z.strictObject({
    scale: z.optional(scaleSchema()),
    weights: z.array(weightSchema()),
    owner: z.optional(idSchema()),
    amount: z.optional(DecimalInputSchema),
    rate: z.optional(probabilitySchema()),
    basis: z.optional(z.enum(['equal', 'weight'])),
    count: z.optional(integerSchema(1)),
    when: z.optional(DateInputSchema),
  });

  test('returns the input itself when valid', () => {
    const input = { weights: [1, 2], scale: 2 };
    expect(parseInput(Options, input, ['options'])).toBe(input);
  });

  test.each([
    [{ weights: [1, -1] }, ['options', 'weights', 1], 'options.weights[1]: must not be negative (got -1)'],
    [{ weights: [1, Number.NaN] }, ['options', 'weights', 1], 'options.weights[1]: must be a number, not NaN (got NaN)'],
    [{ weights: [Infinity] }, ['options', 'weights', 0], 'options.weights[0]: must be a finite number (got Infinity)'],
    [{ weights: ['1'] }, ['options', 'weights', 0], 'options.weights[0]: must be a number (got "1")'],
    [{}, ['options', 'weights'], 'options.weights: is required'],
    [{ weights: [], scale: 1.5 }, ['options', 'scale'], 'options.scale: must be a whole number (got 1.5)'],
    [{ weights: [], scale: 21 }, ['options', 'scale'], 'options.scale: must be at most 20 (got 21)'],
    [{ weights: [], owner: '' }, ['options', 'owner'], 'options.owner: must not be empty (got "")'],
    [{ weights: [], amount: 'abc' }, ['options', 'amount'], `options.amount: must be a decimal number such as '1250.00' (got "abc")`],
    [{ weights: [], rate: 1.2 }, ['options', 'rate'], 'options.rate: must be at most 1 (got 1.2)'],
    [{ weights: [], basis: 'history' }, ['options', 'basis'], 'options.basis: must be one of "equal", "weight" (got "history")'],
    [{ weights: [], count: 0 }, ['options', 'count'], 'options.count: must be at least 1 (got 0)'],
    [{ weights: [], when: '2026-02-30' }, ['options', 'when'], 'options.when: is not a calendar date (got "2026-02-30")'],
    [{ weights: [], sacle: 2 }, ['options', 'sacle'], 'options.sacle: is not a recognised option'],
    [null, ['options'], 'options: must be an object (got null)'],
  ])('%j', (input, path, message) => {
    const error = expectSalesOpsError(() => parseInput(Options, input, ['options']), 'INVALID_INPUT', path);
    expect(error.issues.find((i) => JSON.stringify(i.path) === JSON.stringify(path))?.message).toBe(message);
  });

  test('reports every problem at once', () => {
    const error = expectSalesOpsError(() => parseInput(Options, { weights: [-1, -2], scale: -1 }, ['options']), 'INVALID_INPUT');
    expect(error.issues.map((i) => i.path)).toEqual([
      ['options', 'scale'],
      ['options', 'weights', 0],
      ['options', 'weights', 1],
    ]);
  });

  test('ids such as __proto__ are ordinary ids', () => {
    const Record = recordSchema(weightSchema());
    for (const id of SPECIAL_IDS) {
      const input = JSON.parse(`{${JSON.stringify(id)}: 1}`) as unknown;
      expect(() => parseInput(Record, input, ['weights'])).not.toThrow();
      expect(idSchema().safeParse(id).success).toBe(true);
    }
    const bad = JSON.parse('{"__proto__": -1}') as unknown;
    expectSalesOpsError(() => parseInput(Record, bad, ['weights']), 'INVALID_INPUT', ['weights', '__proto__']);
  });

  test('records report the key and accept only plain objects', () => {
    const Actuals = recordSchema(DecimalInputSchema);
    expect(Actuals.safeParse({ revenue: '10', 'win rate': 0.3 }).success).toBe(true);
    expectSalesOpsError(() => parseInput(Actuals, { revenue: 'abc' }, ['actuals']), 'INVALID_INPUT', ['actuals', 'revenue']);
    expectSalesOpsError(() => parseInput(Actuals, [1], ['actuals']), 'INVALID_INPUT', ['actuals']);
    expectSalesOpsError(() => parseInput(Actuals, new Map(), ['actuals']), 'INVALID_INPUT', ['actuals']);
    expect(Actuals.safeParse(Object.create(null)).success).toBe(true);
  });

  test('discriminated unions name the accepted values of the discriminator', () => {
    const Curve = z.discriminatedUnion('kind', [z.object({ kind: z.literal('ratio') }), z.object({ kind: z.literal('steps') })]);
    const error = expectSalesOpsError(() => parseInput(Curve, { kind: 'cubic' }, ['kpi', 'curve']), 'INVALID_INPUT', [
      'kpi',
      'curve',
      'kind',
    ]);
    expect(error.message).toBe('kpi.curve.kind: must be one of "ratio", "steps" (got "cubic")');
  });

  test('unions name the accepted types', () => {
    const Either = z.union([z.string(), z.number()]);
    const error = expectSalesOpsError(() => parseInput(Either, true, ['x']), 'INVALID_INPUT', ['x']);
    expect(error.message).toBe('x: must be a string or a number (got true)');
  });
});
