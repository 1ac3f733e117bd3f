package org.jxlint.check.rules;

import org.jxlint.check.Category;
import org.jxlint.check.Check;
import org.jxlint.check.CheckContext;
import org.jxlint.check.LintRule;
import org.jxlint.check.Severity;
import org.jxlint.model.Indicator;
import org.jxlint.model.IndicatorField;
import org.jxlint.model.IndicatorTable;
import org.jxlint.model.PartialDate;
import org.jxlint.model.Submission;
import org.jxlint.model.TargetValue;
import org.jxlint.model.ValueKind;

/** A time target (a date, a bare year, a deadline in words) in a year other than the budget year. */
@LintRule(
    id = "year-deadline-outside",
    name = "完成期限不在预算年度",
    severity = Severity.ERROR,
    category = Category.TIME,
    summary = "完成期限或时效指标的年份不在预算年度内（表中写明跨年实施期限的除外）。",
    aliases = TargetYears.ALIAS)
public final class YearDeadlineOutsideCheck implements Check {

  @Override
  public void check(Submission submission, CheckContext context) {
    if (submission.year() == null) {
      return;
    }
    int year = submission.year();
    for (IndicatorTable table : submission.tables()) {
      if (TargetYears.spansYears(table)) {
        continue;
      }
      for (Indicator row : table.indicators()) {
        var stated = TargetYears.statedDeadline(submission, row, year, context);
        if (stated.isPresent()) {
          context.report("deadline").on(row, stated.get().field())
              .args(Rows.label(row), stated.get().year(), year).emit();
          continue;
        }
        TargetValue t = row.target();
        PartialDate end = t == null ? null : t.end();
        if ((t != null && (t.kind() == ValueKind.DATE || t.kind() == ValueKind.YEAR)) && end != null
            && end.year() != null && end.year() != year) {
          context.report(t.kind() == ValueKind.DATE ? "deadline" : "bare-year")
              .on(row, IndicatorField.VALUE).args(Rows.label(row), end.year(), year).emit();
        }
      }
    }
  }
}
