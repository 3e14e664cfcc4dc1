/**
 * Build-only entry (see tsup.config.ts): gives the error type and `safe` a chunk of their own.
 * @internal
 * @module
 */
export { ERROR_CODES, isSalesOpsError, SalesOpsError } from './errors.js';
export { safe } from './safe.js';
