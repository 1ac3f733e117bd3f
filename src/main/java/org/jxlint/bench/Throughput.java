package org.jxlint.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Wall time of one batch in one version: reading alone (each file to a parsed submission, on a
 * pool of the given size) and the full {@code jxlint check DIR --format json -o FILE -j N}, which
 * includes the rules, the comparison between files and writing the JSON report.
 */
public final class Throughput {

  private Throughput() {}

  /** Nanoseconds to read every file on {@code threads} threads; fails if a file was not read. */
  public static long read(Version version, List<Path> files, int threads) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      long t0 = System.nanoTime();
      List<Future<Boolean>> futures = new ArrayList<>(files.size());
      for (Path f : files) {
        futures.add(pool.submit(() -> version.read(f)));
      }
      for (Future<Boolean> f : futures) {
        f.get();
      }
      return System.nanoTime() - t0;
    } finally {
      pool.shutdownNow();
    }
  }

  /** Nanoseconds for {@code jxlint check} of a folder with a JSON report written to {@code report}. */
  public static long check(Version version, Path dir, Path report, int threads) throws Exception {
    List<String> args = List.of("check", dir.toString(), "--format", "json", "-o", report.toString(),
        "--no-progress", "-j", String.valueOf(threads));
    long t0 = System.nanoTime();
    int exit = version.cli(args);
    long t = System.nanoTime() - t0;
    if (exit > 1) {
      throw new IllegalStateException(version.label() + " check exited " + exit + ": "
          + version.cliErrors(args));
    }
    return t;
  }
}
