package org.jxlint.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * jxlint run as its own process, as a user runs it: its own working directory, and stderr as the
 * libraries leave it (an in-process run would not see what they print on {@code System.err}).
 */
record JxlintProcess(int exit, String stdout, String stderr) {

  /** Longest a run may take before it counts as hung (a limit, not a speed measurement). */
  private static final long LIMIT_MINUTES = 5;

  static JxlintProcess run(Path workingDir, String... args) throws IOException,
      InterruptedException {
    return run(java.util.Map.of(), workingDir, args);
  }

  /** As {@link #run(Path, String...)}, with these variables set in its environment. */
  static JxlintProcess run(java.util.Map<String, String> env, Path workingDir, String... args)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx1g", "-cp", System.getProperty("java.class.path"), Main.class.getName()));
    command.addAll(List.of(args));
    Path out = Files.createTempFile("jxlint-out", ".txt");
    Path err = Files.createTempFile("jxlint-err", ".txt");
    try {
      ProcessBuilder builder = new ProcessBuilder(command).directory(workingDir.toFile())
          .redirectOutput(out.toFile()).redirectError(err.toFile());
      builder.environment().putAll(env);
      Process p = builder.start();
      if (!p.waitFor(LIMIT_MINUTES, TimeUnit.MINUTES)) {
        p.destroyForcibly();
        throw new AssertionError("jxlint did not finish within " + LIMIT_MINUTES + " minutes");
      }
      return new JxlintProcess(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
          Files.readString(err, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }
}
