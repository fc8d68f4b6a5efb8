/** A `Map` or `WeakMap`: what `entryOf` reads and fills. */
interface Store<K, V> {
  get(key: K): V | undefined;
  set(key: K, value: V): unknown;
}

/**
 * The value `map` holds for `key`; the first time, `make()`'s, which the map then keeps. Every memo of the
 * package (compiled messages, citations' texts, sentences said once, escape patterns) fills its map this way.
 */
export function entryOf<K, V>(map: Store<K, V>, key: K, make: () => V): V {
  let value = map.get(key);
  if (value === undefined) {
    value = make();
    map.set(key, value);
  }
  return value;
}
