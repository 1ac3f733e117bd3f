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

  /** Wall and process CPU nanoseconds of one run; CPU time suffers less from a busy machine. */
  public record Timing(long wall, long cpu) {
    static final Timing NONE = new Timing(Long.MAX_VALUE, Long.MAX_VALUE);

    /** The better of two runs, each figure on its own. */
    Timing best(Timing other) {
      return new Timing(Math.min(wall, other.wall), Math.min(cpu, other.cpu));
    }
  }

  private static long cpu() {
    return ((com.sun.management.OperatingSystemMXBean)
        java.lang.management.ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
  }

  /** Nanoseconds to read every file on {@code threads} threads; fails if a file was not read. */
  public static Timing read(Version version, List<Path> files, int threads) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      long c0 = cpu();
      long t0 = System.nanoTime();
      List<Future<Boolean>> futures = new ArrayList<>(files.size());
      for (Path f : files) {
        futures.add(pool.submit(() -> version.read(f)));
      }
      for (Future<Boolean> f : futures) {
        f.get();
      }
      return new Timing(System.nanoTime() - t0, cpu() - c0);
    } finally {
      pool.shutdownNow();
    }
  }

  /** Nanoseconds for {@code jxlint check} of a folder with a JSON report written to {@code report}. */
  public static Timing check(Version version, Path dir, Path report, int threads)
      throws Exception {
    List<String> args = List.of("check", dir.toString(), "--format", "json", "-o", report.toString(),
        "--no-progress", "-j", String.valueOf(threads));
    long c0 = cpu();
    long t0 = System.nanoTime();
    int exit = version.cli(args);
    Timing t = new Timing(System.nanoTime() - t0, cpu() - c0);
    if (exit > 1) {
      throw new IllegalStateException(version.label() + " check exited " + exit + ": "
          + version.cliErrors(args));
    }
    return t;
  }
}
