package org.jxlint.check.rules;

import org.jxlint.check.Category;
import org.jxlint.check.Check;
import org.jxlint.check.CheckContext;
import org.jxlint.check.LintRule;
import org.jxlint.check.Severity;
import org.jxlint.model.Indicator;
import org.jxlint.model.IndicatorField;
import org.jxlint.model.IndicatorTable;
import org.jxlint.model.Submission;
import org.jxlint.text.TextNormalizer;

/**
 * A row whose 一级 is blank while other rows of its table have one (a 一级 column blank on every
 * row is empty-level-column's, said once for the table).
 */
@LintRule(
    id = "empty-level1",
    name = "一级指标未填",
    severity = Severity.WARNING,
    category = Category.COMPLETENESS,
    summary = "指标行没有填写一级指标（产出、效益、满意度、成本指标）。",
    aliases = BlankCells.ALIAS)
public final class EmptyLevel1Check implements Check {

  @Override
  public void check(Submission submission, CheckContext context) {
    for (IndicatorTable table : BlankCells.cellTables(submission)) {
      if (BlankCells.noLevel1(table)) {
        continue;
      }
      for (Indicator row : table.indicators()) {
        if (TextNormalizer.isBlank(row.level1()) && !BlankCells.isBlankRow(row)) {
          context.report("level1").on(row, IndicatorField.LEVEL1).args(BlankCells.display(row))
              .emit();
        }
      }
    }
  }
}
