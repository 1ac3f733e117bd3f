package org.jxlint.ingest;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jxlint.TestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A ratchet on reading real documents: every document of {@code ../shared/corpus} and
 * {@code ../shared/seeds} is read here, the readings are scored by {@code ../shared/tools/
 * score-structure} against the careful reader's truth, and each figure must stay at or above the
 * one committed in {@code reading-ratchet.properties}. Skipped where {@code ../shared} or python3
 * is not there (a clone on its own); CI has both.
 */
class CorpusRatchetTest {

  private static final Path SHARED = TestSupport.ROOT.resolve("../shared").normalize();
  private static final Pattern SUMMARY = Pattern.compile(
      "^== (\\S+): rows=\\d+/\\d+ \\([^)]*\\) spurious=(\\d+) year=(\\d+)/\\d+ unit=(\\d+)/\\d+"
          + " kind=\\d+/\\d+ total=(\\d+)/\\d+ moneyUnit=(\\d+)/\\d+");
  private static final Pattern SOURCES = Pattern.compile("prose=(\\d+)/\\d+.*table=(\\d+)/\\d+");

  @TempDir Path parsed;

  @Test
  void readingNeverFallsBelowTheCommittedFigures() throws Exception {
    Path scorer = SHARED.resolve("tools/score-structure");
    assumeTrue(Files.isRegularFile(scorer), "no ../shared/tools/score-structure beside the clone");
    assumeTrue(hasPython(), "no python3 to run the scorer");
    for (String corpus : List.of("corpus", "seeds")) {
      try (Stream<Path> files = Files.list(SHARED.resolve(corpus))) {
        for (Path doc : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
          String name = doc.getFileName().toString().replaceFirst("\\.txt$", "");
          Files.writeString(parsed.resolve(name + ".json"), parse(doc), StandardCharsets.UTF_8);
        }
      }
    }
    Process p = new ProcessBuilder("python3", scorer.toString(), "--parsed", parsed.toString(),
        SHARED.resolve("corpus").toString(), SHARED.resolve("seeds").toString())
        .redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(5, TimeUnit.MINUTES) && p.exitValue() == 0, "the scorer failed:\n" + out);
    Map<String, Integer> figures = figures(out);
    Properties committed = new Properties();
    try (InputStream in = getClass().getResourceAsStream("reading-ratchet.properties")) {
      committed.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
    }
    List<String> worse = new ArrayList<>();
    for (String key : committed.stringPropertyNames()) {
      int floor = Integer.parseInt(committed.getProperty(key).strip());
      Integer now = figures.get(key.replace(".max", ""));
      if (now == null) {
        worse.add(key + ": not in the scorer's output");
      } else if (key.endsWith(".max") ? now > floor : now < floor) {
        worse.add(key + " = " + now + " (committed " + floor + ")");
      }
    }
    assertTrue(worse.isEmpty(), "reading got worse: " + worse + "\n" + out);
  }

  private static String parse(Path doc) throws IOException {
    IngestResult result = Ingestor.standard(TestSupport.VOCABULARY).read(doc, doc.toString());
    if (result instanceof IngestResult.Read r) {
      return CanonicalJson.MAPPER.writeValueAsString(CanonicalTree.of(r.submission()));
    }
    return "{}";
  }

  /** corpus.table, corpus.year, seeds.unit … from the scorer's summary lines. */
  private static Map<String, Integer> figures(String out) {
    Map<String, Integer> f = new LinkedHashMap<>();
    String current = null;
    for (String line : out.split("\n")) {
      Matcher s = SUMMARY.matcher(line.strip().isEmpty() ? "" : line);
      if (s.find()) {
        current = Path.of(s.group(1)).getFileName().toString();
        f.put(current + ".spurious", Integer.parseInt(s.group(2)));
        f.put(current + ".year", Integer.parseInt(s.group(3)));
        f.put(current + ".unit", Integer.parseInt(s.group(4)));
        f.put(current + ".total", Integer.parseInt(s.group(5)));
        f.put(current + ".moneyUnit", Integer.parseInt(s.group(6)));
        continue;
      }
      Matcher src = SOURCES.matcher(line);
      if (current != null && line.contains("rows by source") && src.find()) {
        f.put(current + ".prose", Integer.parseInt(src.group(1)));
        f.put(current + ".table", Integer.parseInt(src.group(2)));
      }
    }
    return f;
  }

  private static boolean hasPython() {
    try {
      return new ProcessBuilder("python3", "--version").start().waitFor(20, TimeUnit.SECONDS);
    } catch (IOException | InterruptedException e) {
      return false;
    }
  }
}
