package org.jxlint.check.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;

/**
 * Names indexed so that, for any text, the names it ends with are found in time linear in the
 * text: each suffix's hash is extended by one character from the right and looked up, instead of
 * comparing every name with every text (100,000 rows would be 10¹⁰ comparisons).
 *
 * <p>The hash is polynomial modulo 2⁶¹−1 with a base drawn at random for each index, so no text can
 * be made to collide on purpose; a hit is confirmed by comparing the characters, and only for an
 * entry the caller would act on.
 *
 * @param <T> what a name stands for
 */
final class NameSuffixes<T> {

  private static final long MOD = (1L << 61) - 1;

  private final long base = 256 + ThreadLocalRandom.current().nextLong(1L << 40);
  private final Map<Long, List<Entry<T>>> byHash = new HashMap<>();
  private int longest;

  /** A name and what it stands for. */
  record Entry<T>(String name, T value) {}

  void add(String name, T value) {
    byHash.computeIfAbsent(hash(name), k -> new ArrayList<>()).add(new Entry<>(name, value));
    longest = Math.max(longest, name.length());
  }

  /**
   * The longest name that {@code text} ends with, between {@code min} characters and
   * {@code text.length() - shorterBy}, whose entry {@code wanted} accepts; null when none.
   */
  Entry<T> longestSuffix(String text, int min, int shorterBy, Predicate<T> wanted) {
    int max = Math.min(longest, text.length() - shorterBy);
    if (max < min) {
      return null;
    }
    long[] hashes = new long[max + 1]; // hashes[k]: the hash of the last k characters
    long power = 1;
    for (int k = 1; k <= max; k++) {
      hashes[k] = add(hashes[k - 1], mul(text.charAt(text.length() - k), power));
      power = mul(power, base);
    }
    for (int k = max; k >= min; k--) {
      List<Entry<T>> hits = byHash.get(hashes[k]);
      if (hits == null) {
        continue;
      }
      for (Entry<T> e : hits) {
        if (e.name().length() == k && wanted.test(e.value()) && text.endsWith(e.name())) {
          return e;
        }
      }
    }
    return null;
  }

  /** The same hash as a suffix of that length: characters weighted from the right. */
  private long hash(String name) {
    long h = 0;
    long power = 1;
    for (int k = 1; k <= name.length(); k++) {
      h = add(h, mul(name.charAt(name.length() - k), power));
      power = mul(power, base);
    }
    return h;
  }

  private static long add(long a, long b) {
    long s = a + b;
    return s >= MOD ? s - MOD : s;
  }

  private static long mul(long a, long b) {
    long high = Math.multiplyHigh(a, b);
    long low = a * b;
    // (high·2⁶⁴ + low) mod 2⁶¹−1, with 2⁶¹ ≡ 1
    long r = (low & MOD) + ((low >>> 61) | (high << 3));
    r = (r & MOD) + (r >>> 61);
    return r >= MOD ? r - MOD : r;
  }
}
