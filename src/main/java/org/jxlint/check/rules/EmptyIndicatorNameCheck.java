package org.jxlint.check.rules;

import java.util.List;
import org.jxlint.check.Category;
import org.jxlint.check.Check;
import org.jxlint.check.CheckContext;
import org.jxlint.check.LintRule;
import org.jxlint.check.Severity;
import org.jxlint.config.FrameworkCatalog;
import org.jxlint.model.Indicator;
import org.jxlint.model.IndicatorField;
import org.jxlint.model.IndicatorTable;
import org.jxlint.model.Submission;
import org.jxlint.text.TextNormalizer;

/**
 * A row without a 三级 name, or with only a dimension name there (经济效益指标); a table whose 三级
 * column names no indicator on any row is one finding for the table.
 */
@LintRule(
    id = "empty-indicator-name",
    name = "三级指标名称为空",
    severity = Severity.ERROR,
    category = Category.COMPLETENESS,
    summary = "指标行没有填写三级指标名称，或三级一栏只写了维度名称（如“经济效益指标”），没有具体指标。",
    aliases = BlankCells.ALIAS)
public final class EmptyIndicatorNameCheck implements Check {

  @Override
  public void check(Submission submission, CheckContext context) {
    FrameworkCatalog frameworks = context.vocabulary().frameworks();
    for (IndicatorTable table : BlankCells.cellTables(submission)) {
      List<Indicator> rows = table.indicators();
      if (BlankCells.noNames(table, frameworks)) {
        context.report("name-all").on(rows.get(0), IndicatorField.NAME)
            .args(table.index(), rows.size()).emit();
      }
    }
    for (BlankCells.TableRow r : BlankCells.rows(submission, frameworks)) {
      Indicator row = r.row();
      // A shifted row (the 二级 in the 三级 column) is empty-level2's: one cause, reported once.
      if (!r.judged() || BlankCells.shifted(row, frameworks)) {
        continue;
      }
      if (TextNormalizer.isBlank(row.name())) {
        context.report("name").on(row, IndicatorField.NAME).emit();
      } else if (frameworks.isDimensionLabel(row.name()) && !measuredSatisfaction(row)) {
        context.report("dimension-as-name").on(row, IndicatorField.NAME)
            .args(row.name().strip()).emit();
      }
    }
  }

  /**
   * 服务对象满意度 ≥90%: the satisfaction dimension's name is also the indicator it measures, so
   * with a figure it names a real indicator.
   */
  private static boolean measuredSatisfaction(Indicator row) {
    return TextNormalizer.compact(row.name()).contains("满意度") && Rows.hasNumber(row);
  }
}
