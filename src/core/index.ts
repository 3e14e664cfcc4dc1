/**
 * The shared core, for the modules' internal use (modules import from here, never from a
 * sibling module). Public parts are re-exported by each entry point through `public.ts`.
 * @internal
 * @module
 */
export * from './errors.js';
export * from './safe.js';
export * from './amount-input.js';
export * from './decimal.js';
export * from './apportion.js';
export * from './dates.js';
export * from './periods.js';
export * from './business-days.js';
export * from './schema.js';
export * from './records.js';
export * from './read.js';
export * from './read-shape.js';
export * from './units.js';
export * from './exact.js';
export * from './stats.js';
export * from './split.js';
