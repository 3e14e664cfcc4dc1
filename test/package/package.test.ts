import { execFileSync, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';
import { describe, expect, inject, test } from 'vitest';

// The package as a consumer receives it: the tarball from `npm pack`, installed with npm into a
// fresh project (see setup.ts).
const ROOT = join(import.meta.dirname, '..', '..');
const ENTRY_POINTS = [
  'salesops-kit',
  'salesops-kit/targets',
  'salesops-kit/quota',
  'salesops-kit/scoring',
  'salesops-kit/customers',
  'salesops-kit/credit',
];
const consumerDir = inject('consumerDir');

/**
 * One real call per entry point, run from ESM and from CJS against the installed package:
 * [entry point, function, arguments, expected JSON of the result].
 */
const SMOKE: Array<[string, string, unknown[], unknown]> = [
  ['salesops-kit', 'isSalesOpsError', [null], false],
  [
    'salesops-kit/targets',
    'targetFromMarketShare',
    [{ marketSize: '20000000', targetShare: 0.125 }],
    {
      value: '2500000.00',
      method: 'marketShare',
      explanation: 'Market size 20000000.00 × target share 12.5 % = 2500000.00.',
      share: 0.125,
    },
  ],
  ['salesops-kit/quota', 'allocate', ['99.99', [75, 25]], ['74.99', '25.00']],
  [
    'salesops-kit/scoring',
    'combineScores',
    [
      [
        { id: 'kpi', score: 80, weight: 3 },
        { id: 'feedback360', score: 4, weight: 1, scale: { min: 1, max: 5 } },
      ],
    ],
    {
      score: 78.75,
      parts: [
        { id: 'kpi', score: 80, normalised: 80, weight: 0.75, contribution: 60 },
        { id: 'feedback360', score: 4, normalised: 75, weight: 0.25, contribution: 18.75 },
      ],
      missing: [],
    },
  ],
  [
    'salesops-kit/customers',
    'expectedAverageSpend',
    [
      { p: 6.25, q: 3.74, gamma: 15.44 },
      { x: 2, monetaryValue: '22.35' },
    ],
    '24.66',
  ],
  [
    'salesops-kit/credit',
    'daysSalesOutstanding',
    [
      {
        receivables: 150000,
        periods: [
          { sales: 90000, days: 31 },
          { sales: 60000, days: 28 },
          { sales: 120000, days: 31 },
        ],
      },
    ],
    { dso: 45, method: 'countback', periodsUsed: 2, complete: true, receivables: '150000.00', sales: '270000.00' },
  ],
  // The same call through the all-in-one entry point.
  ['salesops-kit', 'allocate', ['100', [1, 1, 1]], ['33.34', '33.33', '33.33']],
];

function run(file: string, code: string): unknown {
  writeFileSync(join(consumerDir, file), code);
  return JSON.parse(execFileSync(process.execPath, [file], { cwd: consumerDir, encoding: 'utf8' }));
}

describe('npm pack', () => {
  test('holds only dist, README.md, LICENSE, CHANGELOG.md and package.json', () => {
    const files = inject('packedFiles');
    expect(files).toContain('package.json');
    expect(files).toContain('README.md');
    expect(files).toContain('LICENSE');
    expect(files).toContain('CHANGELOG.md');
    expect(files).toContain('dist/index.js');
    expect(files.filter((f) => !/^(dist\/.+|README\.md|LICENSE|CHANGELOG\.md|package\.json)$/.test(f))).toEqual([]);
  });
});

describe('lint of the package', () => {
  test('publint reports nothing, not even suggestions', async () => {
    const { messages, pkg } = await publint({ pkgDir: ROOT, pack: 'npm', level: 'suggestion', strict: true });
    expect(messages.map((m) => formatMessage(m, pkg))).toEqual([]);
  });

  test('are the types wrong? reports no problem for any entry point or resolution mode', () => {
    const output = execFileSync(join(ROOT, 'node_modules', '.bin', 'attw'), [inject('tarball'), '--format', 'json'], {
      encoding: 'utf8',
    });
    const report = JSON.parse(output) as { analysis: { problems: unknown[]; entrypoints: Record<string, unknown> } };
    expect(Object.keys(report.analysis.entrypoints).sort()).toEqual([
      '.',
      './credit',
      './customers',
      './package.json',
      './quota',
      './scoring',
      './targets',
    ]);
    expect(report.analysis.problems).toEqual([]);
  });
});

describe('the installed package', () => {
  test('every entry point imports from ESM and shares one SalesOpsError', () => {
    const result = run(
      'esm-check.mjs',
      `
      const entries = ${JSON.stringify(ENTRY_POINTS)};
      const modules = await Promise.all(entries.map((e) => import(e)));
      const smoke = ${JSON.stringify(SMOKE)};
      const results = [];
      for (const [entry, name, args] of smoke) results.push((await import(entry))[name](...args));
      const root = modules[0];
      console.log(JSON.stringify({
        exports: modules.map((m) => Object.keys(m).length),
        sameError: modules.every((m) => m.SalesOpsError === root.SalesOpsError && typeof m.safe === 'function'),
        recognised: root.isSalesOpsError(new modules[3].SalesOpsError('CYCLE', [])),
        results,
      }));
      `,
    ) as { exports: number[]; sameError: boolean; recognised: boolean; results: unknown[] };
    expect(result.exports.every((n) => n > 0)).toBe(true);
    expect(result.sameError).toBe(true);
    expect(result.recognised).toBe(true);
    expect(result.results).toEqual(SMOKE.map((s) => s[3]));
  });

  test('every entry point requires from CJS, and errors are recognised across formats', () => {
    const result = run(
      'cjs-check.cjs',
      `
      const entries = ${JSON.stringify(ENTRY_POINTS)};
      const modules = entries.map((e) => require(e));
      const smoke = ${JSON.stringify(SMOKE)};
      const results = smoke.map(([entry, name, args]) => require(entry)[name](...args));
      const root = modules[0];
      import('salesops-kit').then((esm) => {
        console.log(JSON.stringify({
          exports: modules.map((m) => Object.keys(m).length),
          sameError: modules.every((m) => m.SalesOpsError === root.SalesOpsError),
          esmErrorSeenByCjs: root.isSalesOpsError(new esm.SalesOpsError('CYCLE', [])) && new esm.SalesOpsError('CYCLE', []) instanceof root.SalesOpsError,
          results,
        }));
      });
      `,
    ) as { exports: number[]; sameError: boolean; esmErrorSeenByCjs: boolean; results: unknown[] };
    expect(result.exports.every((n) => n > 0)).toBe(true);
    expect(result.sameError).toBe(true);
    expect(result.esmErrorSeenByCjs).toBe(true);
    expect(result.results).toEqual(SMOKE.map((s) => s[3]));
  });

  test.each([
    ['node16 ESM', { module: 'node16', moduleResolution: 'node16' }, 'check.mts'],
    ['node16 CJS', { module: 'node16', moduleResolution: 'node16' }, 'check.cts'],
    ['bundler', { module: 'esnext', moduleResolution: 'bundler' }, 'check.ts'],
    ['node10', { module: 'commonjs', moduleResolution: 'node10', esModuleInterop: true }, 'check.ts'],
  ])('the declarations compile on their own for a %s consumer', (_, options, file) => {
    const imports = ENTRY_POINTS.map((entry, i) => `import * as m${i} from '${entry}';`).join('\n');
    writeFileSync(
      join(consumerDir, file),
      `${imports}\nconst error: m0.SalesOpsError = new m2.SalesOpsError('CYCLE', []);\nconst code: m0.SalesOpsErrorCode = error.code;\nexport const all = [m0, m1, m2, m3, m4, m5, code];\n`,
    );
    const tsconfig = join(consumerDir, `tsconfig.${file}.json`);
    writeFileSync(
      tsconfig,
      JSON.stringify({
        compilerOptions: {
          ...options,
          target: 'es2022',
          strict: true,
          noEmit: true,
          skipLibCheck: false,
          types: [],
          exactOptionalPropertyTypes: true,
          noUncheckedIndexedAccess: true,
        },
        files: [file],
      }),
    );
    const tsc = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
    const result = spawnSync(process.execPath, [tsc, '-p', tsconfig], { cwd: consumerDir, encoding: 'utf8' });
    expect(`${result.stdout}${result.stderr}`).toBe('');
    expect(result.status).toBe(0);
  });
});
