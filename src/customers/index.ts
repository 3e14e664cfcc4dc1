/**
 * salesops-kit/customers
 *
 * @packageDocumentation
 * @module customers
 */
export * from '../core/public.js';
