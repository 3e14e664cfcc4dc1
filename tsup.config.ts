import { readdirSync } from 'node:fs';
import { defineConfig } from 'tsup';

// The public entry points, one per subpath of the package's `exports`.
const publicEntries = {
  index: 'src/index.ts',
  targets: 'src/targets/index.ts',
  quota: 'src/quota/index.ts',
  scoring: 'src/scoring/index.ts',
  customers: 'src/customers/index.ts',
  credit: 'src/credit/index.ts',
};

// Every file of the shared core also becomes an (internal, unexported) entry. esbuild splits
// chunks by which entries reach a file, so this gives each core file a chunk of its own instead
// of one chunk holding the whole core. A consumer's bundler then keeps only the core files a
// function really uses: `SalesOpsError` alone pulls in no dependency, and a function that never
// does decimal arithmetic does not pull in decimal.js, nor a function validated by hand zod.
const coreEntries = Object.fromEntries(
  readdirSync('src/core')
    .filter((file) => file.endsWith('.ts') && file !== 'index.ts' && file !== 'public.ts')
    .map((file) => [`internal/${file.replace(/\.ts$/, '')}`, `src/core/${file}`]),
);

export default defineConfig({
  entry: { ...publicEntries, ...coreEntries },
  format: ['esm', 'cjs'],
  dts: { entry: publicEntries },
  splitting: true,
  treeshake: false,
  clean: true,
  target: 'es2022',
  platform: 'neutral',
  sourcemap: false,
  minify: false,
});
