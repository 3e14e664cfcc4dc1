import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';

// A static check of the rules every function of the library follows: no clock, no randomness, no
// I/O or host globals, no global decimal settings, zod only through 'zod/mini', and no module
// importing a sibling module (each entry point must stay small).
const SRC = join(import.meta.dirname, '..', '..', 'src');
const MODULES = ['targets', 'quota', 'scoring', 'customers', 'credit'];

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : path.endsWith('.ts') ? [path] : [];
  });
}

const FORBIDDEN: Array<[RegExp, string]> = [
  [/\bDate\.now\s*\(/, 'reads the clock (take asOf instead)'],
  [/\bnew Date\(\s*\)/, 'reads the clock (take asOf instead)'],
  [/\bperformance\.now\s*\(/, 'reads the clock'],
  [/\bMath\.random\s*\(/, 'is not deterministic'],
  [/\bprocess\./, 'uses a Node global'],
  [/\bconsole\./, 'writes to the console'],
  [/\b(?:window|document|localStorage|sessionStorage|globalThis)\b\./, 'uses a host global'],
  [/\bfetch\s*\(/, 'does I/O'],
  [/\brequire\s*\(/, 'uses require'],
  [/\bDecimal(?:Js)?\.set\s*\(/, 'changes global decimal settings (use the private clone in core/decimal.ts)'],
  [/from\s+['"]zod['"]/, "imports classic zod (library code imports 'zod/mini')"],
  [/from\s+['"]node:/, 'imports a Node module'],
];

function codeOf(text: string): string {
  // Drop comments so that documentation may mention what the code must not do.
  return text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
}

describe('library code is pure and modular', () => {
  const files = sources(SRC);
  test('finds the sources', () => {
    expect(files.length).toBeGreaterThan(5);
  });
  for (const file of files) {
    const rel = relative(SRC, file);
    test(rel, () => {
      const code = codeOf(readFileSync(file, 'utf8'));
      const problems = FORBIDDEN.filter(([pattern]) => pattern.test(code)).map(([, why]) => why);
      const [top] = rel.split(/[\\/]/);
      if (top !== undefined && MODULES.includes(top)) {
        for (const other of MODULES) {
          if (other !== top && new RegExp(`from\\s+['"]\\.\\./(?:\\.\\./)*${other}(?:/|['"])`).test(code)) {
            problems.push(`imports the sibling module ${other}`);
          }
        }
      }
      expect(problems).toEqual([]);
    });
  }
});
