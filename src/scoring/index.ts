/**
 * salesops-kit/scoring
 *
 * @packageDocumentation
 * @module scoring
 */
export * from '../core/public.js';
