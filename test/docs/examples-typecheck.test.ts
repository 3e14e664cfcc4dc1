import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { expect, test } from 'vitest';
import { ASSERT_MODULE } from './doc-examples-plugin.js';
import { allExamples, ROOT, toModule } from './extract-examples.js';

// The examples must not only run but also type-check against the public API, exactly as a user
// would write them (strict, noUncheckedIndexedAccess, exactOptionalPropertyTypes).
test('every documentation example type-checks', () => {
  const examples = allExamples();
  const files = new Map(
    examples.map((example, i) => [join(ROOT, '.examples', `example${i}.ts`), { example, text: toModule(example, ASSERT_MODULE) }]),
  );
  const configText = readFileSync(join(ROOT, 'tsconfig.json'), 'utf8');
  const config = ts.parseConfigFileTextToJson('tsconfig.json', configText).config as { compilerOptions: object };
  const { options } = ts.convertCompilerOptionsFromJson(config.compilerOptions, ROOT);
  const host = ts.createCompilerHost(options);
  const readFile = host.readFile.bind(host);
  const fileExists = host.fileExists.bind(host);
  const getSourceFile = host.getSourceFile.bind(host);
  host.readFile = (name) => files.get(name)?.text ?? readFile(name);
  host.fileExists = (name) => files.has(name) || fileExists(name);
  host.getSourceFile = (name, languageVersion, ...rest) => {
    const virtual = files.get(name);
    return virtual ? ts.createSourceFile(name, virtual.text, languageVersion, true) : getSourceFile(name, languageVersion, ...rest);
  };
  const program = ts.createProgram({ rootNames: [...files.keys(), join(ROOT, 'test/docs/virtual.d.ts')], options, host });
  const problems = ts
    .getPreEmitDiagnostics(program)
    .filter((d) => d.file !== undefined && files.has(d.file.fileName))
    .map((d) => {
      const file = d.file as ts.SourceFile;
      const { example } = files.get(file.fileName) as { example: { id: string } };
      const { line } = file.getLineAndCharacterOfPosition(d.start ?? 0);
      const code = (file.text.split('\n')[line] ?? '').trim();
      return `${example.id}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')} — in: ${code}`;
    });
  expect(problems).toEqual([]);
}, 120_000);
