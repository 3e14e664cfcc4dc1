/**
 * `npm run demo` — the library's main job end to end on bundled sample data: set the 2026 target
 * and check it, decompose and phase it, track it at mid-year and re-balance, score the
 * salespeople, segment and value the CDNOW customers, and manage the business customers' credit.
 *
 *   npm run demo                        prints the report
 *   npm run demo -- --html report.html  also writes a self-contained HTML report with charts
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { reportHtml, reportText, runDemo } from './demo/report.js';

function main(args: string[]): number {
  let htmlPath: string | undefined;
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i];
    if (arg === '--html') {
      htmlPath = args[i + 1];
      i += 1;
      if (!htmlPath) {
        process.stderr.write('--html needs a file name, e.g. --html report.html\n');
        return 2;
      }
    } else if (arg === '--help' || arg === '-h') {
      process.stdout.write('usage: npm run demo [-- --html <file.html>]\n');
      return 0;
    } else {
      process.stderr.write(`unknown argument: ${arg}\nusage: npm run demo [-- --html <file.html>]\n`);
      return 2;
    }
  }
  const report = runDemo();
  process.stdout.write(reportText(report));
  if (htmlPath !== undefined) {
    const path = resolve(htmlPath);
    writeFileSync(path, reportHtml(report));
    process.stdout.write(`\nHTML report written to ${path}\n`);
  }
  return 0;
}

process.exitCode = main(process.argv.slice(2));
