import { fileURLToPath } from 'node:url';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import type { BrowserCommand } from 'vitest/node';
import { docExamples } from './test/docs/doc-examples-plugin.js';

const src = (path: string): string => fileURLToPath(new URL(`./src/${path}`, import.meta.url));

// Tests import the library by its public names, resolved to the sources.
const alias = [
  ...['targets', 'quota', 'scoring', 'customers', 'credit'].map((name) => ({
    find: `salesops-kit/${name}`,
    replacement: src(`${name}/index.ts`),
  })),
  { find: /^salesops-kit$/, replacement: src('index.ts') },
];

/**
 * Runs a library function in Node (through the browser project's Vite server) and returns its
 * result, so browser tests can compare what Chromium computes with what Node computes.
 */
const computeInNode: BrowserCommand<[module: string, name: string, args: unknown[]]> = async (context, module, name, args) => {
  if (!/^[\w/-]+\.ts$/.test(module)) throw new Error(`not a module of src/: ${module}`);
  const loaded = (await context.project.vite.ssrLoadModule(src(module))) as Record<string, (...a: unknown[]) => unknown>;
  const fn = loaded[name];
  if (typeof fn !== 'function') throw new Error(`src/${module} has no function ${name}`);
  return fn(...args);
};

/**
 * Runs the demo in Node and returns its HTML report, so a browser test can open it in Chromium.
 */
const demoReportHtml: BrowserCommand<[]> = async (context) => {
  const demo = (await context.project.vite.ssrLoadModule(fileURLToPath(new URL('./docs/examples/demo/report.ts', import.meta.url)))) as {
    demoHtml: () => string;
  };
  return demo.demoHtml();
};

const chromium = playwright({
  launchOptions: {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  },
  // A far-off time zone and a non-Latin locale: results must not depend on either.
  contextOptions: { timezoneId: 'Pacific/Kiritimati', locale: 'ar-EG' },
});

export default defineConfig({
  resolve: { alias },
  plugins: [docExamples()],
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          setupFiles: ['test/setup/fast-check.ts'],
          include: ['test/**/*.test.ts'],
          exclude: ['test/browser/**', 'test/package/**', 'test/bench/**', '**/node_modules/**'],
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'package',
          environment: 'node',
          include: ['test/package/**/*.test.ts'],
          globalSetup: ['test/package/setup.ts'],
          testTimeout: 300_000,
          hookTimeout: 300_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          testTimeout: 60_000,
          browser: {
            enabled: true,
            headless: true,
            provider: chromium,
            instances: [{ browser: 'chromium' }],
            commands: { computeInNode, demoReportHtml },
            screenshotFailures: false,
          },
        },
      },
    ],
  },
});
