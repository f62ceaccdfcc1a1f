/**
 * Looks a key up in a table written as an object literal, seeing only the table's own
 * keys: text such as "constructor" or "toString" must not find Object.prototype's.
 *
 * @internal
 */
export function own<V>(table: Readonly<Record<string, V>>, key: string): V | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}
