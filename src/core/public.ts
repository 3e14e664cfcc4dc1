/**
 * What every entry point exports besides its own functions: the error type, the non-throwing
 * wrapper, the input schemas for amounts and dates, and the shared types.
 */
export {
  ERROR_CODES,
  isSalesOpsError,
  SalesOpsError,
  type IssuePath,
  type SalesOpsErrorCode,
  type SalesOpsErrorJSON,
  type SalesOpsIssue,
} from './errors.js';
export { safe, type SafeResult } from './safe.js';
export type { Decimal, DecimalInput } from './decimal.js';
export type { DateInput } from './dates.js';
export type { FiscalYear, Granularity } from './periods.js';
export type { BusinessCalendarOptions } from './business-days.js';
export { DateInputSchema, DecimalInputSchema } from './schema.js';
