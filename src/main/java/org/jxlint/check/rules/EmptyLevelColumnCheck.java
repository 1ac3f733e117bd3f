package org.jxlint.check.rules;

import org.jxlint.check.Category;
import org.jxlint.check.Check;
import org.jxlint.check.CheckContext;
import org.jxlint.check.LintRule;
import org.jxlint.check.Severity;
import org.jxlint.model.IndicatorField;
import org.jxlint.model.IndicatorTable;
import org.jxlint.model.Submission;

/**
 * A 一级 or 二级 column blank on every row (a template without dimension columns): one finding for
 * the table, not one per row.
 */
@LintRule(
    id = "empty-level-column",
    name = "一级或二级指标整列空白",
    severity = Severity.WARNING,
    category = Category.COMPLETENESS,
    summary = "指标表的一级指标或二级指标一栏每一行都是空的（模板没有维度栏目），整表报一次。",
    aliases = BlankCells.ALIAS)
public final class EmptyLevelColumnCheck implements Check {

  @Override
  public void check(Submission submission, CheckContext context) {
    for (IndicatorTable table : BlankCells.cellTables(submission)) {
      if (BlankCells.noLevel2(table)) {
        context.report("level2-all").on(table.indicators().get(0), IndicatorField.LEVEL2)
            .args(table.index()).emit();
      }
      if (BlankCells.noLevel1(table)) {
        context.report("level1-all").on(table.indicators().get(0), IndicatorField.LEVEL1)
            .args(table.index()).emit();
      }
    }
  }
}
