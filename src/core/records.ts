/**
 * Records keyed by ids. Ids are ordinary strings — `'__proto__'`, `'constructor'` and
 * `'toString'` included — so a record must never be read with a plain `obj[id]` (which finds
 * `Object.prototype` members) nor built by assignment (which, for `'__proto__'`, changes the
 * object's prototype instead of adding a key). These helpers do it safely.
 */

/** The own value of `record[key]`, or `undefined` when the record has no such own key. @internal */
export function getOwn<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;
}

/** Whether `record` has `key` as an own property. @internal */
export function hasOwn(record: object, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(record, key);
}

/**
 * A plain record from entries. `Object.fromEntries` defines own data properties, so a
 * `'__proto__'` id becomes an ordinary key that survives `JSON.stringify`. @internal
 */
export function recordFromEntries<T>(entries: Iterable<readonly [string, T]>): Record<string, T> {
  return Object.fromEntries(entries) as Record<string, T>;
}
