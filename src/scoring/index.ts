/**
 * salesops-kit/scoring
 *
 * @packageDocumentation
 * @module scoring
 */
export * from '../core/public.js';
export * from './kpi.js';
export * from './ahp.js';
export * from './feedback-360.js';
export * from './inter-rater-reliability.js';
export * from './combine.js';
export * from './bands.js';
