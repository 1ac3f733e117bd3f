package org.jxlint;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jxlint.check.CheckRegistry;
import org.jxlint.check.Finding;
import org.jxlint.check.Linter;
import org.jxlint.check.RuleMeta;
import org.jxlint.check.RuleSelection;
import org.jxlint.check.Severity;
import org.jxlint.config.Vocabulary;
import org.jxlint.config.Yaml;
import org.jxlint.ingest.CanonicalJson;
import org.jxlint.ingest.UnreadableException;
import org.jxlint.model.Submission;
import org.jxlint.text.TargetValueParser;

/** Shared set-up for tests: the bundled vocabulary, the registry, and a linter for one rule. */
public final class TestSupport {

  public static final Path ROOT = Path.of("").toAbsolutePath();
  public static final Vocabulary VOCABULARY = Vocabulary.bundled();
  public static final CheckRegistry REGISTRY = CheckRegistry.loadAll();
  public static final TargetValueParser VALUES = new TargetValueParser(VOCABULARY.values());
  public static final CanonicalJson CANONICAL = new CanonicalJson(VALUES);

  private TestSupport() {}

  /** A linter that runs only the given rule, at its defaults. */
  /** Whether golden files are to be rewritten ({@code -Djxlint.updateGolden=true}). */
  public static final boolean UPDATE_GOLDEN = Boolean.getBoolean("jxlint.updateGolden");

  /**
   * Compares {@code actual} with the golden file {@code expected}, writing it first when it is
   * missing or golden files are being rewritten.
   */
  public static void assertGolden(Path expected, String actual, String what) throws IOException {
    if (UPDATE_GOLDEN) {
      Files.createDirectories(expected.toAbsolutePath().getParent());
      Files.writeString(expected, actual, java.nio.charset.StandardCharsets.UTF_8);
    }
    if (!Files.exists(expected)) {
      // A golden that writes itself tests nothing: it is made on purpose, and reviewed.
      org.junit.jupiter.api.Assertions.fail(what + ": no golden file " + expected
          + "; write it with -Djxlint.updateGolden=true and review it before committing");
    }
    org.junit.jupiter.api.Assertions.assertEquals(
        Files.readString(expected, java.nio.charset.StandardCharsets.UTF_8), actual,
        what + " differ from " + expected.getFileName());
  }

  public static Linter linterFor(String ruleId) {
    Map<String, Optional<Severity>> off = REGISTRY.rules().stream()
        .map(RuleMeta::id)
        .filter(id -> !id.equals(ruleId))
        .collect(Collectors.toMap(id -> id, id -> Optional.empty()));
    return new Linter(REGISTRY, RuleSelection.of(off), VOCABULARY);
  }

  public static List<Finding> lint(String ruleId, Submission s) {
    return linterFor(ruleId).lint(s).stream().filter(f -> f.rule().equals(ruleId)).toList();
  }

  public static Submission submission(JsonNode tree) {
    try {
      return CANONICAL.fromTree(tree, "case");
    } catch (UnreadableException e) {
      throw new AssertionError("fixture is not a valid submission: " + e.key() + e.args(), e);
    }
  }

  /** Merges a fixture file's {@code base} under a case's submission (the case's keys win). */
  public static JsonNode merged(JsonNode base, JsonNode own) {
    ObjectNode out = CanonicalJson.MAPPER.createObjectNode();
    if (base != null && base.isObject()) {
      out.setAll((ObjectNode) base);
    }
    if (own != null && own.isObject()) {
      out.setAll((ObjectNode) own);
    }
    return out;
  }

  public static JsonNode readYaml(Path file) {
    try (var in = Files.newInputStream(file)) {
      return Yaml.read(in);
    } catch (IOException e) {
      throw new AssertionError("cannot read " + file, e);
    }
  }

  public static List<Path> list(Path dir, String suffix) {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
    } catch (IOException e) {
      throw new AssertionError("cannot list " + dir, e);
    }
  }

  /** Deletes a temporary folder and what is in it, as far as it can: what stays is no failure. */
  public static void deleteQuietly(Path dir) {
    if (dir == null) {
      return;
    }
    try (var files = java.nio.file.Files.walk(dir)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
    } catch (java.io.IOException | RuntimeException e) {
      // a helper process may still be writing into it
    }
  }
}
