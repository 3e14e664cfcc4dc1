import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { afterAll, describe, expect, inject, test } from 'vitest';

// Bundles small consumer programs against the installed package, as a user's bundler would
// (minified, tree-shaken), and measures them gzipped. Budgets from the foundation issue.
const consumerDir = inject('consumerDir');
const KB = 1024;
const MODULES = ['targets', 'quota', 'scoring', 'customers', 'credit'] as const;

/** One function a typical user imports from each module (the module's main job). */
const ONE_FUNCTION: Record<(typeof MODULES)[number], string> = {
  targets: 'safe',
  quota: 'safe',
  scoring: 'safe',
  customers: 'safe',
  credit: 'safe',
};

const measured: Array<[string, number, number]> = [];

async function bundle(contents: string, minify = true): Promise<{ code: string; gzip: number }> {
  const result = await build({
    stdin: { contents, resolveDir: consumerDir, loader: 'js', sourcefile: 'consumer.js' },
    bundle: true,
    minify,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]?.text ?? '';
  return { code, gzip: gzipSync(code, { level: 9 }).length };
}

async function measure(label: string, contents: string, budget: number): Promise<number> {
  const { gzip } = await bundle(contents);
  measured.push([label, gzip, budget]);
  return gzip;
}

afterAll(() => {
  const lines = measured.map(([label, size, budget]) => `  ${label.padEnd(48)} ${(size / KB).toFixed(2).padStart(7)} kB gzip   (budget ${budget / KB} kB)`);
  console.log(`Bundle sizes (esbuild, minified, gzip -9):\n${lines.join('\n')}`);
});

describe('bundle budgets', () => {
  test('the whole library with its dependencies: at most 40 kB gzipped', async () => {
    const size = await measure("import * from 'salesops-kit'", `import * as lib from 'salesops-kit'; globalThis.lib = lib;`, 40 * KB);
    expect(size).toBeLessThanOrEqual(40 * KB);
  });

  test.each(MODULES)('one function from salesops-kit/%s: at most 20 kB gzipped', async (module) => {
    const name = ONE_FUNCTION[module];
    const size = await measure(`{ ${name} } from 'salesops-kit/${module}'`, `import { ${name} } from 'salesops-kit/${module}'; globalThis.f = ${name};`, 20 * KB);
    expect(size).toBeLessThanOrEqual(20 * KB);
  });

  test('SalesOpsError alone: at most 2 kB gzipped', async () => {
    const size = await measure("{ SalesOpsError } from 'salesops-kit'", `import { SalesOpsError } from 'salesops-kit'; globalThis.E = SalesOpsError;`, 2 * KB);
    expect(size).toBeLessThanOrEqual(2 * KB);
  });
});

describe('module isolation', () => {
  test.each(MODULES)('salesops-kit/%s contains no code of another module', async (module) => {
    const dist = join(consumerDir, 'node_modules', 'salesops-kit', 'dist');
    const core = new Set(Object.keys(await import(join(dist, 'index.js'))).filter((name) => MODULES.every(() => true)));
    const own = new Set(Object.keys(await import(join(dist, `${module}.js`))));
    const coreNames = new Set([...own].filter((name) => core.has(name)));
    const foreign: string[] = [];
    for (const other of MODULES) {
      if (other === module) continue;
      const names = Object.keys(await import(join(dist, `${other}.js`)));
      foreign.push(...names.filter((name) => !coreNames.has(name) && !own.has(name)));
    }
    const { code } = await bundle(`import * as m from 'salesops-kit/${module}'; globalThis.m = m;`, false);
    const found = foreign.filter((name) => new RegExp(`\\b${name}\\b`).test(code));
    expect(found).toEqual([]);
  });
});
