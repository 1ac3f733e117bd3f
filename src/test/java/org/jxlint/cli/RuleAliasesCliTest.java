package org.jxlint.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.jxlint.check.SplitRules.BYSTANDER;
import static org.jxlint.check.SplitRules.FIRST;
import static org.jxlint.check.SplitRules.RETIRED;
import static org.jxlint.check.SplitRules.SECOND;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.jxlint.check.Category;
import org.jxlint.check.Check;
import org.jxlint.check.CheckContext;
import org.jxlint.check.CheckRegistry;
import org.jxlint.check.Finding;
import org.jxlint.check.LintRule;
import org.jxlint.check.Severity;
import org.jxlint.check.SplitRules;
import org.jxlint.config.ConfigException;
import org.jxlint.config.ProjectConfig;
import org.jxlint.i18n.Messages;
import org.jxlint.model.Submission;
import org.jxlint.model.SourceLocation;
import org.jxlint.report.FileReport;

/**
 * Configuration, suppressions and baselines written with a retired rule id apply to every rule
 * that took its place ({@link SplitRules}: {@value SplitRules#RETIRED} split in two).
 */
class RuleAliasesCliTest {

  private static final List<String> ROW = List.of("产出指标", "数量指标", "培训人次");
  private static final String KEY = "青山镇/绩效目标表.txt";

  private static Finding finding(String rule, String messageKey, String field, String evidence) {
    return new Finding(rule, Severity.ERROR, messageKey, List.of(), ROW, field, evidence,
        SourceLocation.tableRow(1, 3));
  }

  private static FileReport report(Finding... findings) {
    return new FileReport("uploads/" + KEY, "canonical-json", null, null, null, null, null,
        new FileReport.Contents(1, 1, 0, 0), List.of(findings), null);
  }

  private static List<String> known(FileReport r) {
    return r.findings().stream().map(f -> f.rule() + (f.known() ? " known" : " new")).toList();
  }

  @Test
  @DisplayName("配置和豁免里写旧编号不是错误；写错的编号仍是错误")
  void configuration_may_name_an_old_id() throws Exception {
    ProjectConfig config = new ProjectConfig(Path.of(".jxlint.yml"), Map.of(RETIRED, "off"),
        List.of(new ProjectConfig.Suppression(RETIRED, null, null, null, "省里认可")));
    ConfiguredRules.requireKnown(config, SplitRules.REGISTRY); // no error
    ProjectConfig typo = new ProjectConfig(Path.of(".jxlint.yml"), Map.of("whole-rul", "off"),
        List.of());
    ConfigException e = assertThrows(ConfigException.class,
        () -> ConfiguredRules.requireKnown(typo, SplitRules.REGISTRY));
    assertEquals("error.config.unknownRule.suggest", e.key());
    assertEquals(RETIRED, e.args().get(3));
  }

  @Test
  @DisplayName("用旧编号写的豁免，豁免接替它的每条规则的问题，不豁免别的规则")
  void a_suppression_with_an_old_id_waives_every_successor() {
    ProjectConfig config = new ProjectConfig(Path.of(".jxlint.yml"), Map.of(),
        List.of(new ProjectConfig.Suppression(RETIRED, null, "培训人次", null, "省里认可")));
    FileReport r = new Waivers(config, SplitRules.REGISTRY).apply(report(
        finding(FIRST, FIRST + ".row", "name", "培训人次"),
        finding(SECOND, SECOND + ".row", "value", "≥95"),
        finding(BYSTANDER, BYSTANDER + ".row", "name", "培训人次")));
    assertEquals(List.of("省里认可", "省里认可", "—"), r.findings().stream()
        .map(f -> f.waiver() == null ? "—" : f.waiver()).toList());
  }

  @LintRule(id = "empty-indicator-value", aliases = "retired-blank", name = "测试用",
      severity = Severity.ERROR,
      category = Category.COMPLETENESS, summary = "测试用")
  static final class EmptyValuePart implements Check {
    @Override
    public void check(Submission s, CheckContext c) {}
  }

  @LintRule(id = "missing-unit", aliases = "retired-blank", name = "测试用",
      severity = Severity.WARNING, category = Category.MEASURABILITY, summary = "测试用")
  static final class MissingUnitPart implements Check {
    @Override
    public void check(Submission s, CheckContext c) {}
  }

  @Test
  @DisplayName("jxlint explain 旧编号：说明由哪些规则接替，并依次显示它们的说明")
  void explaining_an_old_id_shows_every_successors_page() throws Exception {
    CheckRegistry registry = new CheckRegistry(List.of(new EmptyValuePart(),
        new MissingUnitPart()));
    var out = new ByteArrayOutputStream();
    var err = new ByteArrayOutputStream();
    ExplainCommand.explain(registry, "retired-blank", Messages.forLanguage("zh"), new Io(
        new PrintStream(out, true, UTF_8), new PrintStream(err, true, UTF_8), false));
    assertEquals(ExplainCommand.page("empty-indicator-value") + "\n"
        + ExplainCommand.page("missing-unit"),
        out.toString(UTF_8));
    assertTrue(err.toString(UTF_8).contains("retired-blank")
        && err.toString(UTF_8).contains("empty-indicator-value, missing-unit"),
        err.toString(UTF_8));
    assertEquals("error.unknownRuleId.suggest", assertThrows(ConfigException.class,
        () -> ExplainCommand.explain(registry, "retired-blnk", Messages.forLanguage("zh"),
            new Io(new PrintStream(out), new PrintStream(err), false))).key());
  }

  private static Baseline baselineOf(FileReport recorded) throws Exception {
    Baseline.Writer w = new Baseline.Writer();
    w.add(recorded, KEY);
    return Baseline.of(BaselineFile.parse(new ObjectMapper().readTree(w.json())), List.of(KEY),
        "b.json", SplitRules.REGISTRY);
  }

  @Test
  @DisplayName("用旧编号记下的基线认得接替规则的问题，多出的一条仍是新问题")
  void a_baseline_written_under_an_old_id_knows_the_successors_findings() throws Exception {
    // Before the split the retired rule reported the name and the value of one row.
    Baseline b = baselineOf(report(finding(RETIRED, RETIRED + ".name", "name", "培训人次"),
        finding(RETIRED, RETIRED + ".value", "value", "≥95")));
    FileReport after = b.apply(report(
        finding(FIRST, RETIRED + ".name", "name", "培训人次"), // message key kept: same fingerprint
        finding(SECOND, SECOND + ".row", "value", "≥95"), // new key: known by indicator, evidence
        finding(SECOND, SECOND + ".row", "value", "≥95"), // one more than recorded
        finding(BYSTANDER, BYSTANDER + ".row", "name", "培训人次")), KEY);
    assertEquals(List.of(FIRST + " known", SECOND + " known", SECOND + " new",
        BYSTANDER + " new"), known(after));
    assertEquals(List.of(), b.stale());
  }

  @Test
  @DisplayName("旧编号的基线条目没有再出现，按旧编号列为已修复")
  void old_entries_no_successor_uses_are_stale_under_the_old_id() throws Exception {
    Baseline b = baselineOf(report(finding(RETIRED, RETIRED + ".value", "value", "≥95")));
    assertEquals(List.of(FIRST + " new"),
        known(b.apply(report(finding(FIRST, FIRST + ".row", "name", "培训人次")), KEY)));
    assertEquals(List.of(KEY + " · " + RETIRED + " · 产出指标 › 数量指标 › 培训人次 · “≥95”"),
        b.stale());
  }
}
