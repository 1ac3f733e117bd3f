package org.jxlint.check.rules;

import org.jxlint.check.Category;
import org.jxlint.check.Check;
import org.jxlint.check.CheckContext;
import org.jxlint.check.LintRule;
import org.jxlint.check.Severity;
import org.jxlint.config.FrameworkCatalog;
import org.jxlint.model.IndicatorTable;
import org.jxlint.model.Submission;

/**
 * A 一级 or 二级 name that no framework knows, or a standard name with words added (服务对象或
 * 受益者满意度指标): old templates and a province's own words, a hint. A slip of the pen beside a
 * standard name is {@link NonstandardDimensionCheck}'s.
 */
@LintRule(
    id = "unlisted-dimension-name",
    name = "维度名称不在指标体系中",
    severity = Severity.INFO,
    category = Category.DIMENSION,
    summary = "一级、二级指标名称不在任何指标体系中，或在规范名称上多加了字（老模板、各省自有的写法）。",
    aliases = "nonstandard-dimension")
public final class UnlistedDimensionNameCheck implements Check {

  @Override
  public void check(Submission submission, CheckContext context) {
    FrameworkCatalog frameworks = context.vocabulary().frameworks();
    for (IndicatorTable table : submission.tables()) {
      if (table.fromProse()) {
        continue; // a paragraph's heading is the writer's own word, not a template's dimension cell
      }
      for (NonstandardDimensionCheck.Unknown u
          : NonstandardDimensionCheck.unknownNames(table, frameworks)) {
        if (u.near().isPresent() && u.wording()) {
          context.report("unknown-near").on(u.row(), u.field()).args(u.text(), u.near().get())
              .emit();
        } else if (u.near().isEmpty()) {
          context.report("unknown").on(u.row(), u.field()).args(u.text()).emit();
        }
      }
    }
  }
}
