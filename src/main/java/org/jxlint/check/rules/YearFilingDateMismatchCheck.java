package org.jxlint.check.rules;

import org.jxlint.check.Category;
import org.jxlint.check.Check;
import org.jxlint.check.CheckContext;
import org.jxlint.check.LintRule;
import org.jxlint.check.Severity;
import org.jxlint.model.Submission;

/** A filing date neither in the budget year nor in the year before it. */
@LintRule(
    id = "year-filing-date-mismatch",
    name = "填报日期与预算年度不符",
    severity = Severity.WARNING,
    category = Category.TIME,
    summary = "填报日期不在预算年度或其上一年，填报日期和预算年度有一个写错了。",
    aliases = TargetYears.ALIAS)
public final class YearFilingDateMismatchCheck implements Check {

  @Override
  public void check(Submission submission, CheckContext context) {
    TargetYears.checkFiling(submission, context, "filing",
        (filed, year) -> filed.getYear() > year || filed.getYear() < year - 1);
  }
}
