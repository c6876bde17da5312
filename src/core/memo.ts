// Caches of work done per distinct text within one execution (names, school names and answers repeat heavily).

/**
 * The value of `key` in `cache`, worked out by `compute` the first time it is asked for. A cache grown to `max` entries
 * is emptied rather than grown further (an execution's distinct texts are far fewer; the bound keeps a pathological
 * input from holding the heap).
 */
export function memoised<K, V>(cache: Map<K, V>, key: K, compute: (key: K) => V, max = 50_000): V {
  let v = cache.get(key);
  if (v === undefined) {
    if (cache.size >= max) cache.clear();
    cache.set(key, (v = compute(key)));
  }
  return v;
}
