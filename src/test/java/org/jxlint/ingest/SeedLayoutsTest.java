package org.jxlint.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.jxlint.TestSupport;
import org.jxlint.model.Indicator;
import org.jxlint.model.MoneyUnit;
import org.jxlint.model.Scope;
import org.jxlint.model.Submission;

/**
 * The five real submissions beside the repository ({@code ../shared/seeds}) read into the structure
 * the reading issue names. Structure only — counts, dimensions, header fields; no seed text is kept
 * here. Skipped, saying why, where the seeds are not checked out.
 */
class SeedLayoutsTest {

  private static final Path SEEDS = TestSupport.ROOT.resolve("../shared/seeds").normalize();

  private static Submission seed(String prefix) throws Exception {
    assumeTrue(Files.isDirectory(SEEDS), "seeds not found at " + SEEDS);
    try (Stream<Path> s = Files.list(SEEDS)) {
      Path file = s.filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst()
          .orElseThrow();
      return LayoutFixturesTest.read(file);
    }
  }

  @Test
  void hunanTabRows() throws Exception {
    Submission s = seed("000_");
    assertEquals(2026, s.year());
    assertEquals(LocalDate.of(2025, 12, 14), s.filingDate());
    assertNotNull(s.unitName());
    assertEquals(1, s.tables().size());
    List<Indicator> rows = s.tables().get(0).indicators();
    assertEquals(18, rows.size());
    assertEquals(10, rows.stream().filter(i -> i.level1().startsWith("产出")).count());
    assertEquals(2, rows.stream().filter(i -> i.level2().startsWith("时效")).count());
    assertEquals(6, rows.stream().filter(i -> i.level1().startsWith("效益")).count());
    assertTrue(rows.stream().anyMatch(i -> i.level1().startsWith("成本")));
  }

  @Test
  void hubeiLongTermAndAnnual() throws Exception {
    Submission s = seed("001_");
    assertEquals(2026, s.year());
    assertEquals(MoneyUnit.TEN_THOUSAND_YUAN, s.moneyUnit());
    assertEquals(2, s.tables().size());
    assertEquals(Scope.LONG_TERM, s.tables().get(0).scope());
    assertEquals(Scope.ANNUAL, s.tables().get(1).scope());
    assertEquals(s.tables().get(0).indicators().size(), s.tables().get(1).indicators().size());
    assertTrue(s.tables().get(1).indicators().size() >= 38);
    assertTrue(s.tables().get(1).indicators().stream().allMatch(i -> i.history().size() == 2));
    assertEquals(2, s.funds().size());
    assertTrue(s.funds().stream().allMatch(f -> f.years().keySet().containsAll(
        List.of("2025", "2024")) && f.amount() != null && f.share() != null));
    assertEquals(5, s.projects().size());
    assertTrue(s.projects().stream().allMatch(p -> p.total() != null));
  }

  @Test
  void hebeiProseAndProjectTables() throws Exception {
    Submission s = seed("002_");
    assertEquals(MoneyUnit.YUAN, s.moneyUnit());
    List<org.jxlint.model.IndicatorTable> tables = s.tables().stream()
        .filter(t -> !t.fromProse()).toList();
    assertEquals(5, tables.size());
    assertTrue(tables.stream().allMatch(t -> t.indicators().size() == 9 && t.project() != null));
    // The ten 分项 sections' “绩效指标：…” sentences, each one row holding its text.
    List<org.jxlint.model.IndicatorTable> prose = s.tables().stream()
        .filter(org.jxlint.model.IndicatorTable::fromProse).toList();
    assertEquals(1, prose.size());
    assertEquals(10, prose.get(0).indicators().size());
    assertTrue(prose.get(0).indicators().stream().allMatch(i -> i.name() == null
        && i.value() != null && i.value().equals(i.evidence())));
    assertEquals(5, s.projects().size());
    assertTrue(s.projects().stream().allMatch(p -> p.code() != null && p.total() != null
        && p.fiscal() != null && p.schedule().size() == 4));
    long subTargets = s.sections().stream().mapToLong(sec -> sec.parts().stream()
        .filter(p -> p.parts().size() == 2).count()).sum();
    assertEquals(10, subTargets);
  }

  @Test
  void hunanNarrative() throws Exception {
    Submission s = seed("003_");
    assertEquals(2021, s.year());
    assertTrue(s.tables().stream().allMatch(org.jxlint.model.IndicatorTable::fromProse));
    long targets = s.sections().stream().mapToLong(sec -> sec.parts().size()).sum();
    assertEquals(9, targets);
    // Every numbered 产出/效益 item of the nine sections is a row; 效益 items carry their label.
    List<org.jxlint.model.Indicator> rows = s.tables().stream()
        .flatMap(t -> t.indicators().stream()).toList();
    assertEquals(70, rows.size());
    assertTrue(rows.stream().filter(i -> "效益指标".equals(i.level1()))
        .allMatch(i -> i.level2() != null && i.level2().contains("效益")
            || i.level2().contains("满意度") || i.level2().contains("可持续")));
    assertEquals(1, s.funds().size());
    assertEquals(0, s.funds().get(0).amount().value().compareTo(new java.math.BigDecimal(
        "922.75")));
  }

  @Test
  void guizhouCellPerLine() throws Exception {
    Submission s = seed("004_");
    assertEquals(LocalDate.of(2023, 12, 19), s.filingDate());
    assertEquals(MoneyUnit.YUAN, s.moneyUnit());
    assertEquals(35, s.tables().get(0).indicators().size());
    assertTrue(s.tables().get(0).indicators().stream().allMatch(i -> i.level1().isBlank()));
    assertEquals(3, s.funds().get(0).children().size());
  }
}
