package org.jxlint.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** jxlint started as a new process, as a user starts it: cold-start times and the heap of long batches. */
public final class ChildRuns {

  private static final Pattern PEAK = Pattern.compile("peakHeapBytes=(\\d+)");

  /** The JVM options the launcher used before AppCDS, to start a jar that has no launcher of its own. */
  public static final List<String> PLAIN_JAVA = List.of("-XX:+UseSerialGC",
      "-XX:TieredStopAtLevel=1", "-Xss4m", "-Xmx1g", "-Dfile.encoding=UTF-8");

  /**
   * The JVM options the launcher gave a batch before it chose the JIT by the size of the run: the
   * JVM's own JIT, to start a jar without a launcher on a batch.
   */
  public static final List<String> PLAIN_BATCH_JAVA = List.of("-XX:+UseSerialGC", "-Xss4m",
      "-Xmx1g", "-Dfile.encoding=UTF-8");

  private ChildRuns() {}

  /** The command that starts a version: its launcher script if it has one, else java -jar. */
  public static List<String> command(Version v, Path launcher) {
    return command(v, launcher, PLAIN_JAVA);
  }

  /** The command that starts a version on a batch: its launcher, else java -jar as for batches. */
  public static List<String> batchCommand(Version v, Path launcher) {
    return command(v, launcher, PLAIN_BATCH_JAVA);
  }

  private static List<String> command(Version v, Path launcher, List<String> options) {
    if (launcher != null) {
      return List.of(launcher.toString());
    }
    List<String> cmd = new ArrayList<>(List.of(java()));
    cmd.addAll(options);
    cmd.addAll(List.of("-jar", v.jar().toString()));
    return cmd;
  }

  static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  /** Seconds of wall time of {@code start + args}; its output is thrown away. */
  public static double seconds(List<String> start, List<String> args) throws Exception {
    long t0 = System.nanoTime();
    run(start, args);
    return (System.nanoTime() - t0) / 1e9;
  }

  /** Peak heap in bytes of {@code jxlint check} of a folder in a JVM limited to 512 MB, or -1. */
  public static long peakHeap(Version v, Path dir, Path report) throws Exception {
    List<String> start = new ArrayList<>(List.of(java(), "-XX:+UseSerialGC", "-Xss4m", "-Xmx512m",
        "-Djxlint.stats=true", "-jar", v.jar().toString()));
    String err = run(start, List.of("check", dir.toString(), "--format", "json", "-o",
        report.toString(), "--no-progress"));
    Matcher m = PEAK.matcher(err);
    return m.find() ? Long.parseLong(m.group(1)) : -1;
  }

  private static String run(List<String> start, List<String> args) throws Exception {
    List<String> cmd = new ArrayList<>(start);
    cmd.addAll(args);
    Path err = Files.createTempFile("jxlint-bench", ".err");
    try {
      Process p = new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD)
          .redirectError(err.toFile()).start();
      if (!p.waitFor(60, TimeUnit.MINUTES)) {
        p.destroyForcibly();
      }
      return Files.readString(err);
    } finally {
      Files.deleteIfExists(err);
    }
  }

  /** {@code count} files copied round-robin from {@code seeds} into {@code target}, 1,000 a folder. */
  public static void copies(List<Path> seeds, Path target, int count) throws IOException {
    if (Files.isDirectory(target)) {
      try (var s = Files.walk(target)) {
        for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
    for (int i = 0; i < count; i++) {
      Path sub = target.resolve(String.format("%03d", i / 1000));
      if (i % 1000 == 0) {
        Files.createDirectories(sub);
      }
      Path seed = seeds.get(i % seeds.size());
      String name = seed.getFileName().toString();
      Files.copy(seed, sub.resolve(String.format("%06d", i) + name.substring(name.lastIndexOf('.'))));
    }
  }
}
