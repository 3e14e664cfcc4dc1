/**
 * `npm run bench`: runs every `test/bench/*.bench.ts` (or those whose name contains the first
 * argument) and prints each figure beside its baseline. Exits 1 when a budget is missed.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type BenchCase, formatResult, runCase } from './harness.js';

const filter = process.argv[2];
const dir = import.meta.dirname;
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.bench.ts') && (filter === undefined || f.includes(filter)))
  .sort();

let failed = 0;
console.log(`Node ${process.version} on ${process.platform}/${process.arch}\n`);
for (const file of files) {
  const { cases } = (await import(pathToFileURL(join(dir, file)).href)) as { cases: BenchCase[] };
  console.log(`── ${file}`);
  for (const bench of cases) {
    const result = runCase(bench);
    if (!result.ok) failed += 1;
    console.log(formatResult(result));
  }
  console.log('');
}
if (failed > 0) {
  console.log(`${failed} benchmark(s) over budget`);
  process.exitCode = 1;
}
