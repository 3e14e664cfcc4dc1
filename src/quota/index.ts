/**
 * salesops-kit/quota
 *
 * @packageDocumentation
 * @module quota
 */
export * from '../core/public.js';
