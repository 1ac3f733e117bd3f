package org.jxlint.serve;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The uploads of the page, in memory only, each under an id no other page can guess: a reviewer
 * sees their own files and results and nobody else's. Old uploads are forgotten.
 */
final class Batches {

  /** How long results stay for their page (downloads, the language switch). */
  static final Duration KEPT = Duration.ofHours(2);
  static final int MAX_BATCHES = 64;

  private static final SecureRandom RANDOM = new SecureRandom();

  /** One upload: its files, numbered in the order they arrive. */
  static final class Batch {
    final String id;
    final String lang;
    final int limit;
    final Instant created = Instant.now();
    private final AtomicInteger next = new AtomicInteger();
    private final Map<Integer, Checked> files = new ConcurrentHashMap<>();

    Batch(String id, String lang, int limit) {
      this.id = id;
      this.lang = lang;
      this.limit = limit;
    }

    /** The number the next file gets; -1 when the batch already has its limit of files. */
    int reserve() {
      int n = next.getAndIncrement();
      return n < limit ? n : -1;
    }

    void put(int n, Checked checked) {
      files.put(n, checked);
    }

    Optional<Checked> get(int n) {
      return Optional.ofNullable(files.get(n));
    }

    int size() {
      return files.size();
    }
  }

  private final Map<String, Batch> batches = new ConcurrentHashMap<>();

  Batch open(String lang, int limit) {
    forgetOld();
    byte[] id = new byte[16];
    RANDOM.nextBytes(id);
    Batch b = new Batch(HexFormat.of().formatHex(id), lang, limit);
    batches.put(b.id, b);
    return b;
  }

  Optional<Batch> get(String id) {
    return Optional.ofNullable(batches.get(id));
  }

  private void forgetOld() {
    Instant cutoff = Instant.now().minus(KEPT);
    batches.values().removeIf(b -> b.created.isBefore(cutoff));
    while (batches.size() >= MAX_BATCHES) {
      batches.values().stream().min((a, b) -> a.created.compareTo(b.created))
          .ifPresent(oldest -> batches.remove(oldest.id));
    }
  }
}
