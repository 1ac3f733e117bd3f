package org.jxlint.serve;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The uploads of the page, in memory only, each under an id no other page can guess: a reviewer
 * sees their own files and results and nobody else's. Old uploads are forgotten.
 */
final class Batches {

  /** How long results stay for their page (downloads, the language switch). */
  static final Duration KEPT = Duration.ofHours(2);
  static final int MAX_BATCHES = 64;
  /** Bytes of annotated copies held at most, over all uploads; beyond it a copy is not kept. */
  static final long MAX_HELD = 256L * 1024 * 1024;

  private static final SecureRandom RANDOM = new SecureRandom();

  /** One upload: its files, numbered in the order they arrive. */
  static final class Batch {
    final String id;
    final String lang;
    final int limit;
    final Instant created = Instant.now();
    private final AtomicInteger next = new AtomicInteger();
    private final Map<Integer, Checked> files = new ConcurrentHashMap<>();
    private final AtomicLong budget;
    private final AtomicLong held = new AtomicLong();

    Batch(String id, String lang, int limit, AtomicLong budget) {
      this.id = id;
      this.lang = lang;
      this.limit = limit;
      this.budget = budget;
    }

    /** The number the next file gets; -1 when the batch already has its limit of files. */
    int reserve() {
      int n = next.getAndIncrement();
      return n < limit ? n : -1;
    }

    /** Keeps a file's results; its annotated copy only while the memory for copies lasts. */
    void put(int n, Checked checked) {
      Checked kept = checked;
      if (checked.annotated() != null) {
        long size = checked.annotated().length;
        if (budget.addAndGet(size) > MAX_HELD) {
          budget.addAndGet(-size);
          kept = Checked.of(checked.name(), checked.report(), null, null);
        } else {
          held.addAndGet(size);
        }
      }
      files.put(n, kept);
    }

    private void forget() {
      budget.addAndGet(-held.getAndSet(0));
    }

    Optional<Checked> get(int n) {
      return Optional.ofNullable(files.get(n));
    }

    int size() {
      return files.size();
    }
  }

  private final Map<String, Batch> batches = new ConcurrentHashMap<>();
  private final AtomicLong held = new AtomicLong();

  Batch open(String lang, int limit) {
    forgetOld();
    byte[] id = new byte[16];
    RANDOM.nextBytes(id);
    Batch b = new Batch(HexFormat.of().formatHex(id), lang, limit, held);
    batches.put(b.id, b);
    return b;
  }

  Optional<Batch> get(String id) {
    return Optional.ofNullable(batches.get(id));
  }

  private void forgetOld() {
    Instant cutoff = Instant.now().minus(KEPT);
    batches.values().stream().filter(b -> b.created.isBefore(cutoff)).toList()
        .forEach(this::forget);
    while (batches.size() >= MAX_BATCHES) {
      batches.values().stream().min((a, b) -> a.created.compareTo(b.created))
          .ifPresent(this::forget);
    }
  }

  private void forget(Batch b) {
    if (batches.remove(b.id, b)) {
      b.forget();
    }
  }
}
