package org.jxlint.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.jxlint.TestSupport;
import org.jxlint.model.Indicator;
import org.jxlint.model.IndicatorField;
import org.jxlint.model.Submission;

class LinterTest {

  @LintRule(id = "always-crashes", name = "测试用", severity = Severity.WARNING,
      category = Category.INTERNAL, summary = "测试用")
  static final class CrashingCheck implements Check {
    @Override
    public void check(Submission s, CheckContext c) {
      c.report("half").evidence("x").emit(); // reported before the crash: must not survive
      throw new IllegalStateException("boom");
    }
  }

  @LintRule(id = "names-every-row", name = "测试用", severity = Severity.INFO,
      category = Category.INTERNAL, summary = "测试用")
  static final class NamesEveryRow implements Check {
    @Override
    public void check(Submission s, CheckContext c) {
      for (var t : s.tables()) {
        for (Indicator i : t.indicators()) {
          c.report("row").on(i, IndicatorField.NAME).emit();
          c.report("row").on(i, IndicatorField.NAME).emit(); // the same cell twice
        }
      }
    }
  }

  private static Submission twoRows() {
    return TestSupport.submission(TestSupport.readYaml(TestSupport.ROOT.resolve(
        "fixtures/examples/青山镇-2026-修改后.json")));
  }

  @Test
  @DisplayName("一项检查崩溃只记一条 internal-error，其他检查照常运行")
  void a_crashing_check_becomes_one_finding_and_the_others_still_run() {
    Linter linter = new Linter(new CheckRegistry(List.of(new CrashingCheck(), new NamesEveryRow())),
        RuleSelection.defaults(), TestSupport.VOCABULARY);
    Submission submission = twoRows();
    int rows = submission.tables().get(0).indicators().size();
    List<Finding> findings = linter.lint(submission);
    List<Finding> crashes = findings.stream().filter(f -> f.rule().equals("internal-error"))
        .toList();
    assertEquals(1, crashes.size());
    assertEquals(List.of("always-crashes", "IllegalStateException: boom"), crashes.get(0).args());
    assertEquals(rows, findings.stream().filter(f -> f.rule().equals("names-every-row")).count(),
        "one finding per row: the duplicate report of a cell is dropped");
  }

  @Test
  @DisplayName("同一指标抄在长期表和年度表里、同一个问题，只报一次")
  void the_same_thing_said_of_a_row_copied_into_two_tables_is_one_finding() throws Exception {
    String row = "{\"level1\": \"可持续发展能力\", \"level2\": \"科技支撑\", "
        + "\"name\": \"信息化建设情况\", \"value\": \"持续推进\"}";
    Submission s = TestSupport.submission(org.jxlint.ingest.CanonicalJson.MAPPER.readTree(
        "{\"unit\": \"青山镇人民政府\", \"year\": 2026, \"kind\": \"department\", \"tables\": ["
        + "{\"scope\": \"long-term\", \"indicators\": [" + row + "]},"
        + "{\"scope\": \"annual\", \"indicators\": [" + row + "]}]}"));
    List<Finding> vague = TestSupport.lint("vague-value", s);
    assertEquals(1, vague.size(), vague.toString());
    assertEquals(Integer.valueOf(1), vague.get(0).location().table());
  }

  @Test
  void configuration_can_switch_a_rule_off_or_force_its_severity() {
    CheckRegistry registry = new CheckRegistry(List.of(new NamesEveryRow()));
    Submission s = twoRows();
    assertEquals(List.of(), new Linter(registry,
        RuleSelection.of(Map.of("names-every-row", Optional.empty())), TestSupport.VOCABULARY)
        .lint(s));
    assertEquals(List.of(Severity.ERROR), new Linter(registry,
        RuleSelection.of(Map.of("names-every-row", Optional.of(Severity.ERROR))),
        TestSupport.VOCABULARY).lint(s).stream().map(Finding::severity).distinct().toList());
  }

  @Test
  @DisplayName("行的顺序打乱，发现的问题集合不变")
  void reordering_rows_does_not_change_the_set_of_findings() {
    Submission s = TestSupport.submission(TestSupport.readYaml(TestSupport.ROOT.resolve(
        "fixtures/examples/青山镇-2026-部门整体.json")));
    var table = s.tables().get(0);
    var reversed = new java.util.ArrayList<>(table.indicators());
    java.util.Collections.reverse(reversed);
    Submission shuffled = new Submission(s.source(), s.layout(), s.title(), s.unitName(), s.year(),
        s.kind(), s.filingDate(), s.moneyUnit(), s.funds(), s.projects(), s.goals(), s.sections(),
        List.of(new org.jxlint.model.IndicatorTable(table.index(), table.scope(), table.project(),
            table.title(), reversed, table.location())), s.metaLocations(), s.yearBasis(),
        s.leftBlank());
    // empty-value is an alias: the rules split from it, each run alone
    assertEquals(new java.util.HashSet<>(TestSupport.REGISTRY.resolve("empty-value").stream()
        .flatMap(id -> TestSupport.lint(id, s).stream()).toList()),
        new java.util.HashSet<>(TestSupport.REGISTRY.resolve("empty-value").stream()
        .flatMap(id -> TestSupport.lint(id, shuffled).stream()).toList()));
  }
}
