import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { idSet } from '../../src/customers/unique-ids.js';
import { SPECIAL_IDS } from '../helpers/bad-input.js';

// The flat hash table must say exactly what a Set says, id by id, on its fast path and after
// handing over to a Set.
describe('idSet', () => {
  const ids = fc.array(fc.oneof(fc.string({ maxLength: 6 }), fc.constantFrom(...SPECIAL_IDS, 'a', 'b', 'é', '\u{1F600}')), {
    maxLength: 300,
  });

  test('add is true exactly the first time, as with a Set', () => {
    fc.assert(
      fc.property(ids, fc.integer({ min: 0, max: 400 }), (list, expected) => {
        // expected < list.length exercises the hand-over to a Set when the table fills up.
        const firstTime = idSet(expected);
        const reference = new Set<string>();
        for (const id of list) {
          const isNew = !reference.has(id);
          reference.add(id);
          expect(firstTime(id), JSON.stringify(id)).toBe(isNew);
        }
      }),
    );
  });

  test('a full table hands over to a Set without losing an id', () => {
    const firstTime = idSet(1); // 16 slots: full after 16 ids
    const list = Array.from({ length: 100 }, (_, i) => `c${i}`);
    expect(list.map(firstTime).every(Boolean)).toBe(true);
    expect(list.map(firstTime).some(Boolean)).toBe(false);
  });

  test('a million distinct ids, then each again', () => {
    const firstTime = idSet(1_000_000);
    let fresh = 0;
    for (let i = 0; i < 1_000_000; i += 1) if (firstTime(`C${i}`)) fresh += 1;
    expect(fresh).toBe(1_000_000);
    for (let i = 0; i < 1_000_000; i += 997) expect(firstTime(`C${i}`)).toBe(false);
  });
});
