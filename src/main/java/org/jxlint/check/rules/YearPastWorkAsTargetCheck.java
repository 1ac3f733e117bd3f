package org.jxlint.check.rules;

import java.util.List;
import org.jxlint.check.Category;
import org.jxlint.check.Check;
import org.jxlint.check.CheckContext;
import org.jxlint.check.LintRule;
import org.jxlint.check.Severity;
import org.jxlint.model.Indicator;
import org.jxlint.model.IndicatorField;
import org.jxlint.model.Submission;

/** An indicator whose name or value describes an earlier year's work, not this year's target. */
@LintRule(
    id = "year-past-work-as-target",
    name = "指标写的是往年工作",
    severity = Severity.ERROR,
    category = Category.TIME,
    summary = "指标名称或指标值写的是往年已完成的工作（“对2023年土地整治项目进行验收”），不是预算年度的目标。",
    aliases = TargetYears.ALIAS)
public final class YearPastWorkAsTargetCheck implements Check {

  @Override
  public void check(Submission submission, CheckContext context) {
    Integer year = submission.year();
    if (year == null) {
      return;
    }
    var lexicon = context.vocabulary().indicators();
    for (Indicator row : TargetYears.rowsWithoutStatedDeadline(submission, year,
        context)) {
      for (IndicatorField f : List.of(IndicatorField.NAME, IndicatorField.VALUE)) {
        if (!TargetYears.pastYears(row.text(f), year, lexicon).isEmpty()) {
          context.report("past-target").on(row, f).args(Rows.label(row), year).emit();
          break;
        }
      }
    }
  }
}
