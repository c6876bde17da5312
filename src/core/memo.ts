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

/**
 * memoised for a value worked out from two texts, kept by the first and then the second: asking builds no key (a
 * joined key is a new string on every call, flattened and hashed again even when the value is known). Bounded as
 * memoised is: emptied once it holds `max` pairs.
 */
export class PairMemo<V> {
  private readonly byFirst = new Map<string, Map<string, V>>();
  private size = 0;
  constructor(private readonly max = 50_000) {}

  /** The value for (a, b), worked out by `compute` the first time it is asked for. */
  get(a: string, b: string, compute: (a: string, b: string) => V): V {
    let bySecond = this.byFirst.get(a);
    if (bySecond !== undefined) {
      const v = bySecond.get(b);
      if (v !== undefined) return v;
    }
    const v = compute(a, b);
    if (this.size >= this.max) {
      this.byFirst.clear();
      this.size = 0;
      bySecond = undefined;
    }
    if (bySecond === undefined) this.byFirst.set(a, (bySecond = new Map()));
    bySecond.set(b, v);
    this.size++;
    return v;
  }
}
