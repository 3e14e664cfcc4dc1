/**
 * Packs the built package with `npm pack`, as it would be published, and installs the tarball
 * into a fresh consumer project in a temporary folder. The package tests then look at the
 * package only as a consumer sees it.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The temporary folder holding the tarball and the consumer project. */
    packDir: string;
    /** The tarball's path. */
    tarball: string;
    /** The files `npm pack` put in the tarball. */
    packedFiles: string[];
    /** A project with the tarball installed, as a user would have it. */
    consumerDir: string;
  }
}

const ROOT = join(import.meta.dirname, '..', '..');

export default function setup(project: TestProject): () => void {
  if (!existsSync(join(ROOT, 'dist', 'index.js'))) {
    throw new Error('dist/ is missing: run `npm run build` first (`npm test` does).');
  }
  const packDir = mkdtempSync(join(tmpdir(), 'salesops-kit-pack-'));
  const packed = JSON.parse(
    execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', packDir], { cwd: ROOT, encoding: 'utf8' }),
  ) as Array<{ filename: string; files: Array<{ path: string }> }>;
  const [info] = packed;
  if (info === undefined) throw new Error('npm pack produced nothing');
  const tarball = join(packDir, info.filename);

  const consumerDir = join(packDir, 'consumer');
  mkdirSync(consumerDir);
  writeFileSync(join(consumerDir, 'package.json'), JSON.stringify({ name: 'consumer', version: '1.0.0', private: true }, null, 2));
  execFileSync('npm', ['install', tarball, '--no-audit', '--no-fund', '--prefer-offline', '--ignore-scripts', '--loglevel=error'], {
    cwd: consumerDir,
    stdio: 'inherit',
  });

  project.provide('packDir', packDir);
  project.provide('tarball', tarball);
  project.provide('packedFiles', info.files.map((f) => f.path).sort());
  project.provide('consumerDir', consumerDir);
  return () => rmSync(packDir, { recursive: true, force: true });
}
