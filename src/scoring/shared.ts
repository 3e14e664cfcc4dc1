/**
 * What the scoring functions share beyond the core: refusing duplicate ids, with the index of the
 * first occurrence in the message.
 */
import { fail, type IssuePath } from '../core/index.js';

/**
 * Throws `DUPLICATE_ID` at the second occurrence of an id.
 * @internal
 */
export function uniqueIds(ids: readonly string[], pathOf: (index: number) => IssuePath): Map<string, number> {
  const index = new Map<string, number>();
  ids.forEach((id, i) => {
    const first = index.get(id);
    if (first !== undefined) fail('DUPLICATE_ID', pathOf(i), `repeats the id of item ${first}`, id);
    index.set(id, i);
  });
  return index;
}
