package org.jxlint.check.rules;

import org.jxlint.check.Category;
import org.jxlint.check.Check;
import org.jxlint.check.CheckContext;
import org.jxlint.check.LintRule;
import org.jxlint.check.Severity;
import org.jxlint.model.IndicatorField;
import org.jxlint.model.Submission;

/** A row left with only its dimensions: no 三级 name and no value. */
@LintRule(
    id = "empty-row",
    name = "指标空行",
    severity = Severity.ERROR,
    category = Category.COMPLETENESS,
    summary = "指标表中有一行只剩一级、二级指标，三级指标名称和指标值都是空的。",
    aliases = BlankCells.ALIAS)
public final class EmptyRowCheck implements Check {

  @Override
  public void check(Submission submission, CheckContext context) {
    for (BlankCells.TableRow r : BlankCells.rows(submission, context.vocabulary().frameworks())) {
      // Under a table that names no indicator at all, empty-indicator-name says it once.
      if (!r.noNames() && BlankCells.isBlankRow(r.row())) {
        context.report("row").on(r.row(), IndicatorField.NAME)
            .args(String.join(" › ", r.row().path())).emit();
      }
    }
  }
}
