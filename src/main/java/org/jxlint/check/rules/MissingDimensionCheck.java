package org.jxlint.check.rules;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jxlint.check.Category;
import org.jxlint.check.Check;
import org.jxlint.check.CheckContext;
import org.jxlint.check.LintRule;
import org.jxlint.check.Severity;
import org.jxlint.config.FrameworkCatalog;
import org.jxlint.model.Indicator;
import org.jxlint.model.IndicatorTable;
import org.jxlint.model.Submission;
import org.jxlint.text.TextNormalizer;

/**
 * A dimension the framework requires that the table lacks: 项目支出 tables need 数量, 质量, 时效,
 * 成本, at least one 效益 and 满意度; 部门整体 frameworks their own. The framework is the one whose
 * names the table uses (lint-rules/frameworks.yml, {@code required}). What one table lacks is
 * one finding: an error when an essential dimension (效益) is among it, else a warning — a unit may
 * leave out 时效 or 成本 with a reason.
 */
@LintRule(
    id = "missing-dimension",
    name = "缺少必备维度",
    severity = Severity.ERROR,
    category = Category.COMPLETENESS,
    summary = "指标表缺少所用指标体系要求的维度，如没有时效、成本、效益或满意度指标。")
public final class MissingDimensionCheck implements Check {

  /** Tables shorter than this are fragments (a page's continuation), not whole tables. */
  private static final int MIN_ROWS = 3;

  @Override
  public void check(Submission submission, CheckContext context) {
    FrameworkCatalog frameworks = context.vocabulary().frameworks();
    for (IndicatorTable table : submission.tables()) {
      List<Indicator> rows = table.indicators();
      if (rows.size() < MIN_ROWS || table.fromProse()) {
        // Prose is held to no template; narrative-indicators asks for the table once.
        continue;
      }
      Optional<FrameworkCatalog.Framework> framework = frameworks.detect(
          rows.stream().map(Indicator::level1).toList(),
          rows.stream().map(Indicator::level2).toList());
      if (framework.isEmpty()) {
        continue;
      }
      Set<String> present = new HashSet<>();
      for (Indicator row : rows) {
        frameworks.level1Name(row.level1()).ifPresent(present::add);
        frameworks.level2Name(row.level2()).ifPresent(present::add);
        // A 二级 label written in the 三级 column still shows the dimension is there.
        frameworks.level2Name(row.name()).ifPresent(present::add);
      }
      List<FrameworkCatalog.Required> missing = framework.get().required().stream()
          .filter(r -> r.any().stream().noneMatch(present::contains)).toList();
      if (missing.isEmpty()) {
        continue;
      }
      // One table, one finding: the dimensions it lacks, listed together.
      String where = TextNormalizer.despace(table.project() != null ? table.project()
          : table.title() == null ? "" : table.title());
      boolean essential = missing.stream().anyMatch(FrameworkCatalog.Required::essential);
      context.report(where.isEmpty() ? "missing" : "missing-named").evidence("")
          .at(table.location().isEmpty() ? rows.get(0).location() : table.location())
          .args(String.join("、", missing.stream().map(FrameworkCatalog.Required::what).toList()),
              table.index(), where, String.join("”“", missing.stream()
                  .map(r -> r.example().replace("{year}", context.yearWritten().orElse("当年")))
                  .toList()))
          .severity(essential ? Severity.ERROR : Severity.WARNING)
          .emit();
    }
  }
}
