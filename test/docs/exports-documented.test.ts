import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, test } from 'vitest';
import { ROOT } from './extract-examples.js';

// Every export of every entry point has a TSDoc summary; every runtime export (function, class,
// constant, schema) also has an @example with a fenced ts block (which examples.test.ts runs).
const ENTRY_POINTS = ['index', 'targets', 'quota', 'scoring', 'customers', 'credit'];

function entryFile(name: string): string {
  return name === 'index' ? join(ROOT, 'src', 'index.ts') : join(ROOT, 'src', name, 'index.ts');
}

const program = ts.createProgram({
  rootNames: ENTRY_POINTS.map(entryFile),
  options: {
    strict: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    noEmit: true,
  },
});
const checker = program.getTypeChecker();

function exportsOf(file: string): ts.Symbol[] {
  const source = program.getSourceFile(file);
  if (source === undefined) throw new Error(`cannot read ${file}`);
  const moduleSymbol = checker.getSymbolAtLocation(source);
  return moduleSymbol ? checker.getExportsOfModule(moduleSymbol) : [];
}

function problemsOf(symbol: ts.Symbol): string[] {
  const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
  const problems: string[] = [];
  const summary = ts.displayPartsToString(target.getDocumentationComment(checker)).trim();
  if (summary === '') problems.push('no TSDoc summary');
  const isValue = (target.flags & (ts.SymbolFlags.Function | ts.SymbolFlags.Class | ts.SymbolFlags.Variable)) !== 0;
  if (isValue) {
    const examples = target.getJsDocTags(checker).filter((tag) => tag.name === 'example');
    const text = examples.map((tag) => ts.displayPartsToString(tag.text)).join('\n');
    if (!/```ts/.test(text)) problems.push('no @example with a fenced ts block');
  }
  return problems;
}

describe('every export is documented', () => {
  for (const entry of ENTRY_POINTS) {
    test(`salesops-kit${entry === 'index' ? '' : `/${entry}`}`, () => {
      const symbols = exportsOf(entryFile(entry));
      expect(symbols.length).toBeGreaterThan(0);
      const problems = symbols.flatMap((symbol) => problemsOf(symbol).map((p) => `${symbol.getName()}: ${p}`));
      expect(problems).toEqual([]);
    });
  }
});
