/**
 * Property tests run from a fixed seed, so the suite (and CI) is deterministic: a red run is a
 * real regression, not bad luck. To explore new cases, run with another seed —
 * `FC_SEED=123 npm run test:unit`, or `FC_SEED=random` for a fresh one (a failure prints the
 * seed and path that reproduce it).
 */
import fc from 'fast-check';

const raw = process.env.FC_SEED ?? '20261127';
const seed = raw === 'random' ? Math.floor(Math.random() * 2 ** 31) : Number(raw);
if (!Number.isInteger(seed)) throw new Error(`FC_SEED must be a whole number or 'random', got ${raw}`);
fc.configureGlobal({ seed });
