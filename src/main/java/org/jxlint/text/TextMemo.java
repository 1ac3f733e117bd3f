package org.jxlint.text;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Answers worked out from a text, remembered for the texts asked about lately. A batch reads
 * hundreds of thousands of distinct cells: a memo that kept the first texts it saw would be full
 * after a few dozen documents and remember nothing of the documents after them. This one starts
 * afresh when it is full, so what the documents being read ask about (a row's cells, asked by the
 * header search, the role of every column and the checks) is worked out once while they are read.
 * Bounded in memory; thread-safe (two threads may work out the same answer once each).
 */
public final class TextMemo<V> {

  private final int limit;
  private volatile ConcurrentHashMap<String, V> known = new ConcurrentHashMap<>();

  /** A memo of at most {@code limit} texts. */
  public TextMemo(int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("limit " + limit);
    }
    this.limit = limit;
  }

  /** The answer for {@code text}, which {@code compute} gives (never null). */
  public V get(String text, Function<String, V> compute) {
    ConcurrentHashMap<String, V> memo = known;
    V v = memo.get(text);
    if (v != null) {
      return v;
    }
    v = compute.apply(text);
    if (memo.size() >= limit) {
      memo = new ConcurrentHashMap<>();
      known = memo;
    }
    memo.put(text, v);
    return v;
  }

  /** How many texts are remembered now (at most the limit). */
  public int size() {
    return known.size();
  }
}
