import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { ROOT } from './extract-examples.js';

// typedoc lists the guides in the order typedoc.json gives; a guide missing from that list
// would silently be left out of the docs site.
test('every guide is in the docs site', () => {
  const config = JSON.parse(readFileSync(join(ROOT, 'typedoc.json'), 'utf8')) as { projectDocuments: string[] };
  const guides = readdirSync(join(ROOT, 'docs', 'guides'))
    .filter((f) => f.endsWith('.md'))
    .map((f) => `docs/guides/${f}`)
    .sort();
  expect([...config.projectDocuments].sort()).toEqual(guides);
});
