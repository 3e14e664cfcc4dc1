import { isSalesOpsError, type SalesOpsError } from './errors.js';

/** The outcome of a call wrapped by {@link safe}: the result, or the `SalesOpsError` it threw. */
export type SafeResult<T> =
  | {
      /** The call succeeded. */
      success: true;
      /** What the function returned. */
      data: T;
    }
  | {
      /** The call threw a `SalesOpsError`. */
      success: false;
      /** The error thrown. */
      error: SalesOpsError;
    };

/**
 * The non-throwing form of any library function, for form-validation flows: the wrapped function
 * returns `{ success: true, data }` or `{ success: false, error }` instead of throwing.
 *
 * Only a {@link SalesOpsError} becomes `{ success: false }`. Anything else thrown (a bug, or an
 * exception from a callback you passed in) is re-thrown, because hiding it would turn a defect
 * into a validation message.
 *
 * @param fn - any function of the library (or your own that throws `SalesOpsError`)
 * @returns a function with the same parameters that never throws a `SalesOpsError`
 *
 * @example
 * ```ts
 * import { safe, SalesOpsError } from 'salesops-kit';
 *
 * const positive = (n: number): number => {
 *   if (!(n > 0)) throw new SalesOpsError('INVALID_INPUT', []);
 *   return n;
 * };
 * safe(positive)(2) //=> { success: true, data: 2 }
 * safe(positive)(-1).success //=> false
 * ```
 */
export function safe<Args extends unknown[], Result>(fn: (...args: Args) => Result): (...args: Args) => SafeResult<Result> {
  return (...args: Args): SafeResult<Result> => {
    try {
      return { success: true, data: fn(...args) };
    } catch (error) {
      if (isSalesOpsError(error)) return { success: false, error };
      throw error;
    }
  };
}
