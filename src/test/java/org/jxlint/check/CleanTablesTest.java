package org.jxlint.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.jxlint.TestSupport;
import org.jxlint.ingest.IngestResult;
import org.jxlint.ingest.Ingestor;

/**
 * A well-written table in each seed layout ({@code fixtures/clean/}) draws no error and no warning
 * from any rule: a linter that cries wolf on good tables gets switched off.
 */
class CleanTablesTest {

  private static final Path DIR = TestSupport.ROOT.resolve("fixtures/clean");
  private static final Ingestor INGESTOR = Ingestor.standard(TestSupport.VOCABULARY);
  private static final Linter ALL_RULES = new Linter(TestSupport.REGISTRY,
      RuleSelection.defaults(), TestSupport.VOCABULARY);

  @TestFactory
  Stream<DynamicTest> clean_tables_draw_no_error_or_warning() {
    List<Path> files = TestSupport.list(DIR, ".txt");
    assertTrue(files.size() >= 5, "one clean table per seed layout");
    return files.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
      IngestResult r = INGESTOR.read(file, file.getFileName().toString());
      var read = assertInstanceOf(IngestResult.Read.class, r);
      List<String> loud = ALL_RULES.lint(read.submission()).stream()
          .filter(f -> f.severity() != Severity.INFO)
          .map(f -> f.rule() + " " + f.indicator() + " " + f.evidence()).toList();
      assertEquals(List.of(), loud);
    }));
  }
}
