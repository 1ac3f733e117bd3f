package org.jxlint.check.rules;

import org.jxlint.check.Category;
import org.jxlint.check.Check;
import org.jxlint.check.CheckContext;
import org.jxlint.check.LintRule;
import org.jxlint.check.Severity;
import org.jxlint.model.HistoryValue;
import org.jxlint.model.Indicator;
import org.jxlint.model.Submission;

/** A history column (前年, 上年) dated the budget year or later. */
@LintRule(
    id = "year-history-not-earlier",
    name = "历史值年份不早于预算年度",
    severity = Severity.WARNING,
    category = Category.TIME,
    summary = "“前年”“上年”等历史指标值栏目的年份不早于预算年度。",
    aliases = TargetYears.ALIAS)
public final class YearHistoryNotEarlierCheck implements Check {

  @Override
  public void check(Submission submission, CheckContext context) {
    Integer year = submission.year();
    if (year == null) {
      return;
    }
    for (Indicator row : TargetYears.rowsWithoutStatedDeadline(submission, year,
        context)) {
      for (HistoryValue h : row.history()) {
        if (h.year() != null && h.year() >= year) {
          context.report("history").evidence(h.label())
              .at(h.location() == null || h.location().isEmpty() ? row.location() : h.location())
              .args(Rows.label(row), h.label(), year).emit();
          break;
        }
      }
    }
  }
}
