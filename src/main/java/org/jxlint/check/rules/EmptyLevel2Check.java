package org.jxlint.check.rules;

import org.jxlint.check.Category;
import org.jxlint.check.Check;
import org.jxlint.check.CheckContext;
import org.jxlint.check.LintRule;
import org.jxlint.check.Severity;
import org.jxlint.config.FrameworkCatalog;
import org.jxlint.model.Indicator;
import org.jxlint.model.IndicatorField;
import org.jxlint.model.Submission;
import org.jxlint.text.TextNormalizer;

/**
 * A row's 二级 left blank, or slid into the 三级 column (merged cells). A 二级 column blank on every
 * row is empty-level-column's, said once for the table.
 */
@LintRule(
    id = "empty-level2",
    name = "二级指标未填",
    severity = Severity.ERROR,
    category = Category.COMPLETENESS,
    summary = "指标行没有填写二级指标，或二级指标名称错填在三级指标一栏、二级一栏空着。",
    aliases = BlankCells.ALIAS)
public final class EmptyLevel2Check implements Check {

  @Override
  public void check(Submission submission, CheckContext context) {
    FrameworkCatalog frameworks = context.vocabulary().frameworks();
    for (BlankCells.TableRow r : BlankCells.rows(submission, frameworks)) {
      Indicator row = r.row();
      if (!r.judged()) {
        continue;
      }
      if (BlankCells.shifted(row, frameworks)) {
        context.report("shifted-level2").on(row, IndicatorField.NAME).args(row.name().strip())
            .emit();
      } else if (TextNormalizer.isBlank(row.level2()) && !r.noLevel2()) {
        context.report("level2").on(row, IndicatorField.LEVEL2).args(BlankCells.display(row))
            .emit();
      }
    }
  }
}
