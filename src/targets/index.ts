/**
 * salesops-kit/targets
 *
 * @packageDocumentation
 * @module targets
 */
export * from '../core/public.js';
