import { describe, expect, test } from 'vitest';
import { getOwn, hasOwn, recordFromEntries } from '../../src/core/records.js';
import { SPECIAL_IDS } from '../helpers/bad-input.js';

describe('records keyed by ids', () => {
  test('special ids are ordinary keys', () => {
    const record = recordFromEntries(SPECIAL_IDS.map((id, i) => [id, i] as const));
    expect(Object.getPrototypeOf(record)).toBe(Object.prototype);
    SPECIAL_IDS.forEach((id, i) => {
      expect(hasOwn(record, id)).toBe(true);
      expect(getOwn(record, id)).toBe(i);
    });
    expect(JSON.parse(JSON.stringify(record))).toStrictEqual(record);
  });

  test('inherited members are not values', () => {
    const empty: Record<string, number> = {};
    for (const id of SPECIAL_IDS) {
      expect(getOwn(empty, id)).toBeUndefined();
      expect(hasOwn(empty, id)).toBe(false);
    }
  });
});
