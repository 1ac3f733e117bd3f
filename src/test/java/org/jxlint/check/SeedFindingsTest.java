package org.jxlint.check;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.jxlint.TestSupport;
import org.jxlint.ingest.IngestResult;
import org.jxlint.ingest.Ingestor;

/**
 * The real defects of the five seeds ({@code ../shared/seeds}, catalogued in RULES-CATALOGUE §d)
 * are found by the right rule at the right line. Lines only — no seed text is kept here. Skipped,
 * saying why, where the seeds are not checked out.
 */
class SeedFindingsTest {

  private static final Path SEEDS = TestSupport.ROOT.resolve("../shared/seeds").normalize();
  private static final Ingestor INGESTOR = Ingestor.standard(TestSupport.VOCABULARY);
  private static final Linter ALL_RULES = new Linter(TestSupport.REGISTRY,
      RuleSelection.defaults(), TestSupport.VOCABULARY);

  /** Per seed: “rule@line” that must be among its findings. */
  private static final Map<String, List<String>> EXPECTED = Map.of(
      "000_", List.of(
          "misplaced-dimension@21", "misplaced-dimension@22", "misplaced-dimension@23",
          "non-measurable-value@24", "non-measurable-value@25", "non-measurable-value@26",
          "non-measurable-value@27", "non-measurable-value@28", "empty-value@7",
          "duplicate-across-dimensions@25", "comparator-mismatch@13", "scoring-weights@12",
          "scoring-target-mismatch@18", "scoring-target-mismatch@28"),
      "001_", List.of(
          "year-inconsistency@33", "year-inconsistency@34",
          "non-measurable-value@69", "non-measurable-value@70", "non-measurable-value@72",
          "non-measurable-value@74", "non-measurable-value@66", "missing-comparator@36",
          "history-value@81", "copy-paste-section@33", "internal-inconsistency@90",
          "goal-without-indicator@22", "project-category-mismatch@28"),
      "002_", List.of(
          "duplicate-across-dimensions@149", "duplicate-across-dimensions@369",
          "duplicate-across-dimensions@472", "duplicate-across-dimensions@363",
          "misplaced-dimension@100", "misplaced-dimension@114", "misplaced-dimension@135",
          "misplaced-dimension@142", "comparator-mismatch@123", "comparator-mismatch@453",
          "unit-mismatch@439", "unit-mismatch@109", "copy-paste-section@18",
          "copy-paste-section@33", "copy-paste-section@531", "goal-without-indicator@15",
          "indicator-project-mismatch@252", "indicator-project-mismatch@582"),
      "003_", List.of("year-inconsistency@153", "non-measurable-value@46",
          "narrative-indicators@44", "name-inconsistency@72", "name-inconsistency@102"),
      "004_", List.of("unit-mismatch@120", "missing-dimension@39", "money-unit-suspect@null",
          "internal-inconsistency@261", "missing-comparator@50"));

  /** Rules the seeds must pass: their sums reconcile (catalogue §d, negative tests). */
  private static final Set<String> CLEAN = Set.of("budget-sum-mismatch");

  @TestFactory
  Stream<DynamicTest> each_seed_draws_its_catalogued_findings() {
    return EXPECTED.keySet().stream().sorted().map(prefix -> DynamicTest.dynamicTest(prefix,
        () -> {
          assumeTrue(Files.isDirectory(SEEDS), "seeds not found at " + SEEDS);
          Path file;
          try (Stream<Path> s = Files.list(SEEDS)) {
            file = s.filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst()
                .orElseThrow();
          }
          var read = (IngestResult.Read) INGESTOR.read(file, file.getFileName().toString());
          Set<String> found = new TreeSet<>();
          for (Finding f : ALL_RULES.lint(read.submission())) {
            found.add(f.rule() + "@" + f.location().line());
            assertTrue(!CLEAN.contains(f.rule()), prefix + " should pass " + f.rule());
          }
          for (String want : EXPECTED.get(prefix)) {
            assertTrue(found.contains(want), prefix + ": missing " + want + " among " + found);
          }
        }));
  }
}
