/**
 * A Vite plugin that serves every documentation example as a module (see extract-examples.ts):
 * `virtual:doc-examples` lists them, `virtual:doc-example/<n>` is the n-th, compiled from TS.
 */
import { join } from 'node:path';
import { transform } from 'esbuild';
import type { Plugin } from 'vite';
import { allExamples, type Example, ROOT, toModule } from './extract-examples.js';

const LIST = 'virtual:doc-examples';
const ONE = 'virtual:doc-example/';
export const ASSERT_MODULE = join(ROOT, 'test', 'docs', 'doc-assert');

export function docExamples(): Plugin {
  let examples: Example[] | undefined;
  const current = (): Example[] => (examples ??= allExamples());
  return {
    name: 'salesops-doc-examples',
    enforce: 'pre',
    buildStart() {
      examples = undefined;
    },
    resolveId(id) {
      if (id === LIST || id.startsWith(ONE)) return `\0${id}`;
      return undefined;
    },
    async load(id) {
      if (id === `\0${LIST}`) {
        examples = undefined;
        const entries = current().map(
          (example, i) => `{ id: ${JSON.stringify(example.id)}, load: () => import(${JSON.stringify(ONE + i)}) }`,
        );
        return `export const examples = [\n${entries.join(',\n')}\n];\n`;
      }
      if (id.startsWith(`\0${ONE}`)) {
        const example = current()[Number(id.slice(ONE.length + 1))];
        if (example === undefined) throw new Error(`no documentation example ${id}`);
        const { code } = await transform(toModule(example, ASSERT_MODULE), {
          loader: 'ts',
          format: 'esm',
          target: 'es2022',
          sourcefile: example.id,
        });
        return code;
      }
      return undefined;
    },
  };
}
