package org.jxlint.check.rules;

import org.jxlint.check.Category;
import org.jxlint.check.Check;
import org.jxlint.check.CheckContext;
import org.jxlint.check.LintRule;
import org.jxlint.check.Severity;
import org.jxlint.model.Submission;

/**
 * A statement in the indicator cell (进一步加强安全生产宣传) and no target value at all; benefit rows
 * are {@code benefit-statement-no-value}'s.
 */
@LintRule(
    id = "statement-no-value",
    name = "指标写成要求、没有指标值",
    severity = Severity.ERROR,
    category = Category.MEASURABILITY,
    summary = "三级指标一栏写的是“进一步加强……”这样的一句要求，没有指标值，无法考核。",
    aliases = MeasurableValues.ALIAS)
public final class StatementNoValueCheck implements Check {

  @Override
  public void check(Submission submission, CheckContext context) {
    MeasurableValues.report(submission, context, MeasurableValues.Defect.STATEMENT);
  }
}
