/**
 * salesops-kit: exact, typed, side-effect-free functions for sales operations.
 *
 * Everything in one entry point; `salesops-kit/targets`, `/quota`, `/scoring`, `/customers` and
 * `/credit` export one module each (with the shared error type and helpers).
 *
 * @packageDocumentation
 * @module salesops-kit
 */
export * from './core/public.js';
export * from './targets/index.js';
export * from './quota/index.js';
export * from './scoring/index.js';
export * from './customers/index.js';
export * from './credit/index.js';
