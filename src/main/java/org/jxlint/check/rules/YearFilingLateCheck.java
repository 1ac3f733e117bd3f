package org.jxlint.check.rules;

import org.jxlint.check.Category;
import org.jxlint.check.Check;
import org.jxlint.check.CheckContext;
import org.jxlint.check.LintRule;
import org.jxlint.check.Severity;
import org.jxlint.model.Submission;

/** A filing date after the first quarter of the budget year: the targets came late. */
@LintRule(
    id = "year-filing-late",
    name = "预算年度开始后才填报",
    severity = Severity.INFO,
    category = Category.TIME,
    summary = "填报日期在预算年度第一季度之后，绩效目标未与预算同步填报。",
    aliases = TargetYears.ALIAS)
public final class YearFilingLateCheck implements Check {

  @Override
  public void check(Submission submission, CheckContext context) {
    TargetYears.checkFiling(submission, context, "filing-late",
        (filed, year) -> filed.getYear() == year && filed.getMonthValue() > 3);
  }
}
