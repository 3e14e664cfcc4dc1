import { defineConfig } from 'tsup';

// One entry per public entry point (plus one internal, see below). ESM and CJS both use code splitting, so the shared core
// (and with it `SalesOpsError`) exists once per format, whichever entry points are loaded.
export default defineConfig({
  entry: {
    index: 'src/index.ts',
    targets: 'src/targets/index.ts',
    quota: 'src/quota/index.ts',
    scoring: 'src/scoring/index.ts',
    customers: 'src/customers/index.ts',
    credit: 'src/credit/index.ts',
    // Not a public entry point: it puts the error type in a chunk of its own, free of
    // decimal.js, zod and date-fns, so that importing only `SalesOpsError` or `safe` stays tiny.
    'internal/errors': 'src/core/errors-entry.ts',
  },
  format: ['esm', 'cjs'],
  dts: true,
  splitting: true,
  treeshake: false,
  clean: true,
  target: 'es2022',
  platform: 'neutral',
  sourcemap: false,
  minify: false,
});
