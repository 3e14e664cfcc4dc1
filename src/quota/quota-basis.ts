/**
 * The basis of a split: what a parent's quota is shared out in proportion to — equally, by an
 * explicit weight, by past sales (`history`), by market `potential`, by `capacity` — or a blend
 * of them.
 */
import * as z from 'zod/mini';
import { fail, invalid, type IssuePath, maybe, objectOf, type Read, readWeight, weightSchema } from '../core/index.js';

/** The message for a basis that is neither a basis name nor a blend object. @internal */
export const BASIS_PROBLEM =
  "must be 'equal', 'weight', 'history', 'potential', 'capacity' or a blend such as { history: 0.6, potential: 0.4 }";

/**
 * One basis: `'equal'` (every child alike), or the child's `weight`, `history` (past sales),
 * `potential` (market potential) or `capacity` (e.g. productive headcount × productivity).
 */
export type QuotaBasisKey = 'equal' | 'weight' | 'history' | 'potential' | 'capacity';

/** The single bases a split can use, in the fixed order blends are mixed in. @internal */
export const BASIS_KEYS: readonly QuotaBasisKey[] = ['equal', 'weight', 'history', 'potential', 'capacity'];

/**
 * A blend of bases, each with a non-negative coefficient, e.g. `{ history: 0.6, potential: 0.4 }`.
 * Each part is first normalised over the siblings (so that it sums to 1), then the parts are
 * mixed by their coefficients (themselves normalised to sum to 1). Parts left out or set to 0 are
 * not used, and the children need no value for them.
 */
export interface QuotaBasisBlend {
  /** Coefficient of the equal split. */
  equal?: number | undefined;
  /** Coefficient of the children's `weight`. */
  weight?: number | undefined;
  /** Coefficient of the children's `history` (past sales). */
  history?: number | undefined;
  /** Coefficient of the children's `potential` (market potential). */
  potential?: number | undefined;
  /** Coefficient of the children's `capacity`. */
  capacity?: number | undefined;
}

/** How a parent's quota is shared among its children: one basis or a blend. */
export type QuotaBasis = QuotaBasisKey | QuotaBasisBlend;

const BLEND_SCHEMA = /* @__PURE__ */ (() =>
  z.strictObject({
    equal: z.optional(weightSchema()),
    weight: z.optional(weightSchema()),
    history: z.optional(weightSchema()),
    potential: z.optional(weightSchema()),
    capacity: z.optional(weightSchema()),
  }))();

/**
 * A basis: one of `'equal'`, `'weight'`, `'history'`, `'potential'`, `'capacity'`, or a blend
 * object of those keys with non-negative coefficients.
 *
 * @example
 * ```ts
 * import { QuotaBasisSchema } from 'salesops-kit/quota';
 *
 * QuotaBasisSchema.safeParse('history').success //=> true
 * QuotaBasisSchema.safeParse({ history: 0.6, potential: 0.4 }).success //=> true
 * QuotaBasisSchema.safeParse({ histroy: 1 }).success //=> false
 * QuotaBasisSchema.safeParse('revenue').success //=> false
 * ```
 */
export const QuotaBasisSchema: z.ZodMiniType<QuotaBasis> = /* @__PURE__ */ (() =>
  z
    .custom<QuotaBasis>(
      (value) =>
        typeof value === 'string'
          ? (BASIS_KEYS as readonly string[]).includes(value)
          : typeof value === 'object' && value !== null && !Array.isArray(value),
      { error: BASIS_PROBLEM },
    )
    .check(
      // An object goes through the blend schema, so a misspelt key or a bad coefficient is
      // reported at its own path rather than as "no form matched".
      z.superRefine((value, ctx) => {
        if (typeof value === 'string') return;
        const result = BLEND_SCHEMA.safeParse(value, { reportInput: true });
        if (!result.success)
          for (const found of result.error.issues) ctx.issues.push({ ...found, input: (found as { input?: unknown }).input } as never);
      }),
    ))();

const BLEND = /* @__PURE__ */ (() =>
  objectOf({
    equal: maybe(readWeight),
    weight: maybe(readWeight),
    history: maybe(readWeight),
    potential: maybe(readWeight),
    capacity: maybe(readWeight),
  }))();

/**
 * Reads a basis as {@link QuotaBasisSchema} does, every problem at once (see `core/read-shape.ts`):
 * a basis name, or a blend object of non-negative coefficients.
 * @internal
 */
export const readBasis: Read = (value, path) => {
  if (
    typeof value === 'string'
      ? !(BASIS_KEYS as readonly string[]).includes(value)
      : typeof value !== 'object' || value === null || Array.isArray(value)
  ) {
    invalid(path, BASIS_PROBLEM, value);
  }
  return typeof value === 'string' ? value : BLEND(value, path);
};

/** A basis part and its normalised coefficient (> 0). @internal */
export type BasisPart = readonly [QuotaBasisKey, number];

/**
 * The parts of a validated basis with their coefficients normalised to sum to 1, in the fixed
 * order of {@link BASIS_KEYS} (so float sums do not depend on how the blend was written).
 * Throws `ZERO_WEIGHTS` at `path` when a blend has no positive coefficient.
 * @internal
 */
export function basisParts(basis: QuotaBasis, path: IssuePath): BasisPart[] {
  if (typeof basis === 'string') return [[basis, 1]];
  // Divide by the largest coefficient first, so that huge coefficients cannot overflow the sum.
  let max = 0;
  for (const key of BASIS_KEYS) max = Math.max(max, basis[key] ?? 0);
  if (!(max > 0)) fail('ZERO_WEIGHTS', path, 'has no positive coefficient');
  let sum = 0;
  for (const key of BASIS_KEYS) sum += (basis[key] ?? 0) / max;
  const parts: BasisPart[] = [];
  for (const key of BASIS_KEYS) {
    const c = (basis[key] ?? 0) / max;
    if (c > 0) parts.push([key, c / sum]);
  }
  return parts;
}
