/**
 * The CDNOW figures shown in docs/guides/customers.md are computed here (cdnowTables, in
 * cdnow.ts), and the test fails if the guide's tables differ from what the library computes (the
 * guide's own code blocks cannot read files, so they use small inline data; these tables are the
 * real-data results).
 *
 * Data: the CDNOW sample of Fader, Hardie and Lee (2005), Marketing Science 24(2), 275–284, as
 * shipped with lifetimes; calibration period 1997-01-01..1997-09-30.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { cdnowTables } from './cdnow.js';

const guide = readFileSync(join(import.meta.dirname, '..', '..', 'docs', 'guides', 'customers.md'), 'utf8');

describe('docs/guides/customers.md shows what the library computes on CDNOW', () => {
  const tables = cdnowTables();
  for (const [name, markdown] of Object.entries(tables)) {
    test(`the ${name} table`, () => {
      expect(guide.includes(markdown), `the guide must contain this table:\n\n${markdown}\n`).toBe(true);
    });
  }
});
