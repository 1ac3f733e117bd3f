package org.jxlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.jxlint.TestSupport;

/**
 * Golden files for whole CLI runs, found by convention: every folder in {@code fixtures/cli} holds
 * {@code cmd} (the arguments, one per line), and the expected {@code stdout}, {@code stderr} and
 * {@code exit}. A missing half fails. Run with {@code -Djxlint.updateGolden=true} to rewrite them
 * after an intended change, then review the diff.
 */
class CliGoldenTest {

  private static final Path DIR = TestSupport.ROOT.resolve("fixtures/cli");
  private static final boolean UPDATE = Boolean.getBoolean("jxlint.updateGolden");
  private static final String VERSION_TOKEN = "${version}";

  @TestFactory
  Stream<DynamicTest> every_cli_case_matches_its_golden_files() throws IOException {
    try (Stream<Path> cases = Files.list(DIR)) {
      return cases.filter(Files::isDirectory).sorted().toList().stream()
          .map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> run(dir)));
    }
  }

  private static void run(Path dir) throws IOException {
    Path cmd = dir.resolve("cmd");
    assertTrue(Files.isRegularFile(cmd), "missing " + cmd);
    List<String> args = Files.readAllLines(cmd, StandardCharsets.UTF_8).stream()
        .filter(l -> !l.isBlank()).toList();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit = Cli.run(args.toArray(String[]::new), new Io(
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), false));
    String version = Cli.version();
    String stdout = out.toString(StandardCharsets.UTF_8).replace(version, VERSION_TOKEN)
        .replace(TestSupport.ROOT.toUri().toASCIIString().replaceFirst("/?$", "/"), "${root}/");
    String stderr = err.toString(StandardCharsets.UTF_8).replace(version, VERSION_TOKEN);
    if (UPDATE) {
      Files.writeString(dir.resolve("stdout"), stdout);
      Files.writeString(dir.resolve("stderr"), stderr);
      Files.writeString(dir.resolve("exit"), exit + "\n");
      return;
    }
    for (String part : List.of("stdout", "stderr", "exit")) {
      assertTrue(Files.isRegularFile(dir.resolve(part)), "missing golden half " + dir.resolve(part));
    }
    assertEquals(Files.readString(dir.resolve("exit")).strip(), String.valueOf(exit), "exit code");
    assertEquals(Files.readString(dir.resolve("stdout")), stdout, "stdout");
    assertEquals(Files.readString(dir.resolve("stderr")), stderr, "stderr");
  }
}
