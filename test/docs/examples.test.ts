import { describe, expect, test } from 'vitest';
import { examples } from 'virtual:doc-examples';

// Every fenced ts block of the TSDoc @example tags, the guides and the README runs here; each
// `//=>` comment in it is an assertion (see extract-examples.ts).
describe('documentation examples', () => {
  test('there are examples to run', () => {
    expect(examples.length).toBeGreaterThan(0);
  });
  for (const example of examples) {
    test(example.id, async () => {
      const module = await example.load();
      await module.default();
    });
  }
});
