/**
 * salesops-kit/credit
 *
 * @packageDocumentation
 * @module credit
 */
export * from '../core/public.js';
