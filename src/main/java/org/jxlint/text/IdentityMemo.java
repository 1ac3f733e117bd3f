package org.jxlint.text;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * What was worked out from an object that never changes once loaded (a lexicon's word list or
 * map), remembered by the object's identity: the lists are large, so hashing them by content on
 * every lookup would cost what the memo saves. A process loads few vocabularies; past
 * {@code limit} objects the answer is worked out again each time instead of kept.
 */
public final class IdentityMemo<K, V> {

  private record Id(Object of) {
    @Override
    public boolean equals(Object o) {
      return o instanceof Id other && other.of == of;
    }

    @Override
    public int hashCode() {
      return System.identityHashCode(of);
    }
  }

  private final ConcurrentHashMap<Id, V> known = new ConcurrentHashMap<>();
  private final int limit;

  public IdentityMemo(int limit) {
    this.limit = limit;
  }

  /** The value for {@code key}, computed the first time it is asked for. */
  public V get(K key, Function<K, V> compute) {
    Id id = new Id(key);
    V v = known.get(id);
    if (v == null) {
      v = compute.apply(key);
      if (known.size() < limit) {
        known.putIfAbsent(id, v);
      }
    }
    return v;
  }
}
