/**
 * Finds the runnable examples of the project — fenced ```ts blocks in TSDoc `@example` tags under
 * `src/`, in `docs/guides/*.md` and in `README.md` — and turns each into a module whose default
 * export runs it, with every `//=> value` comment turned into an assertion.
 *
 * Assertion forms (after an expression statement, or after `const x = …` to check `x`):
 *   expr //=> value                 the result deep-equals `value` (see doc-assert.ts for numbers)
 *   expr //=> throws CODE           the call throws a SalesOpsError with that code
 * The value may continue on following `//` lines. A fence written ```ts skip is not run.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

export interface Example {
  /** Stable id: `file:line` of the fence. */
  id: string;
  file: string;
  line: number;
  /** The block as written. */
  source: string;
}

export const ROOT = join(import.meta.dirname, '..', '..');

function walk(dir: string, accept: (path: string) => boolean, out: string[] = []): string[] {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path, accept, out);
    else if (accept(path)) out.push(path);
  }
  return out;
}

/** Every file whose examples run in the suite. */
export function exampleFiles(): string[] {
  const files = walk(join(ROOT, 'src'), (p) => p.endsWith('.ts'));
  try {
    files.push(...walk(join(ROOT, 'docs', 'guides'), (p) => p.endsWith('.md')));
  } catch {
    // no guides yet
  }
  files.push(join(ROOT, 'README.md'));
  return files;
}

const FENCE = /^(\s*)```(\w+)([^\n]*)$/;

/** Fenced ts blocks of a Markdown text, or of the `@example` sections of a TS file's comments. */
export function examplesOf(file: string): Example[] {
  const text = readFileSync(file, 'utf8');
  const rel = relative(ROOT, file);
  const lines = text.split('\n');
  const examples: Example[] = [];
  const isTs = file.endsWith('.ts');
  let inExample = false;
  for (let i = 0; i < lines.length; i += 1) {
    let line = lines[i] as string;
    if (isTs) {
      if (/^\s*\/\*\*/.test(line)) inExample = false;
      if (/^\s*\*\s*@example\b/.test(line)) inExample = true;
      else if (/^\s*\*\s*@\w+/.test(line)) inExample = false;
      if (!inExample) continue;
      line = stripStar(line);
    }
    const open = FENCE.exec(line);
    if (open === null || (open[2] !== 'ts' && open[2] !== 'typescript')) continue;
    const skip = /\bskip\b/.test(open[3] ?? '');
    const body: string[] = [];
    let j = i + 1;
    for (; j < lines.length; j += 1) {
      const inner = isTs ? stripStar(lines[j] as string) : (lines[j] as string);
      if (/^\s*```\s*$/.test(inner)) break;
      body.push(inner);
    }
    if (!skip) examples.push({ id: `${rel}:${i + 1}`, file: rel, line: i + 1, source: body.join('\n') });
    i = j;
  }
  return examples;
}

function stripStar(line: string): string {
  return line.replace(/^\s*\* ?/, '').replace(/^\s*\*\/.*$/, '');
}

export function allExamples(): Example[] {
  return exampleFiles().flatMap(examplesOf);
}

interface Assertion {
  kind: 'equals' | 'throws';
  text: string;
}

/** The `//=>` comment right after a statement: on its last line, or on the very next line. */
function assertionAfter(source: string, from: number, to: number): Assertion | undefined {
  const lines = source.slice(from, to).split('\n');
  let k = 0;
  if (!(lines[0] as string).trim().startsWith('//=>')) {
    if ((lines[0] as string).trim() !== '' || !(lines[1] ?? '').trim().startsWith('//=>')) return undefined;
    k = 1;
  }
  const parts = [(lines[k] as string).trim().slice(4).trim()];
  for (let m = k + 1; m < lines.length; m += 1) {
    const next = (lines[m] as string).trim();
    if (!next.startsWith('//') || next.startsWith('//=>')) break;
    parts.push(next.slice(2));
  }
  const text = parts.join('\n').trim();
  const throws = /^throws\s+([A-Z_]+)$/.exec(text);
  return throws ? { kind: 'throws', text: throws[1] as string } : { kind: 'equals', text };
}

/**
 * Compiles an example into a module: its imports hoisted, its statements inside
 * `export default async function run()`, and each `//=>` turned into a check.
 */
export function toModule(example: Example, assertModule: string): string {
  const file = ts.createSourceFile('example.ts', example.source, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
  const imports: string[] = [`import { checkResult as __check, checkThrows as __checkThrows } from ${JSON.stringify(assertModule)};`];
  const body: string[] = [];
  const statements = file.statements;
  let checks = 0;
  statements.forEach((statement, index) => {
    const text = statement.getText(file);
    if (ts.isImportDeclaration(statement)) {
      imports.push(text);
      return;
    }
    const next = statements[index + 1];
    const assertion = assertionAfter(example.source, statement.end, next ? next.getStart(file) : example.source.length);
    const where = JSON.stringify(`${example.file}:${example.line + 1 + file.getLineAndCharacterOfPosition(statement.getStart(file)).line}`);
    if (assertion === undefined) {
      body.push(text);
      return;
    }
    checks += 1;
    if (ts.isExpressionStatement(statement)) {
      const expression = statement.expression.getText(file);
      body.push(
        assertion.kind === 'throws'
          ? `await __checkThrows(() => (${expression}), ${JSON.stringify(assertion.text)}, ${where});`
          : `await __check(await (${expression}), (${assertion.text}), ${where});`,
      );
      return;
    }
    if (ts.isVariableStatement(statement) && statement.declarationList.declarations.length === 1) {
      const declaration = statement.declarationList.declarations[0] as ts.VariableDeclaration;
      if (ts.isIdentifier(declaration.name) && assertion.kind === 'equals') {
        body.push(text, `await __check(${declaration.name.text}, (${assertion.text}), ${where});`);
        return;
      }
    }
    throw new Error(`${example.file}:${example.line}: a //=> comment must follow an expression or a single 'const x = …'`);
  });
  // Every `//=>` must have become a check: one inside a block (an `if`, a `try`, a function)
  // would otherwise be a comment that looks like an assertion but checks nothing.
  const written = example.source.split('\n').filter((line) => /^\s*(?:\S.*)?\/\/=>/.test(line) && !/^\s*\/\/(?!=>)/.test(line)).length;
  if (written !== checks) {
    throw new Error(
      `${example.file}:${example.line}: ${written - checks} //=> comment(s) not after a top-level statement: they would check nothing`,
    );
  }
  return `${imports.join('\n')}\nexport const checks = ${checks};\nexport default async function run(): Promise<void> {\n${body.join('\n')}\n}\n`;
}
