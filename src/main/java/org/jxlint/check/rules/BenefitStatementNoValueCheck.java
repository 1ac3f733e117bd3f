package org.jxlint.check.rules;

import org.jxlint.check.Category;
import org.jxlint.check.Check;
import org.jxlint.check.CheckContext;
import org.jxlint.check.LintRule;
import org.jxlint.check.Severity;
import org.jxlint.model.Submission;

/** A statement in a benefit indicator cell (切实改善人居环境) and no target value at all. */
@LintRule(
    id = "benefit-statement-no-value",
    name = "效益指标写成要求无指标值",
    severity = Severity.WARNING,
    category = Category.MEASURABILITY,
    summary = "效益指标的三级指标一栏写的是“切实改善……”这样的一句要求，没有指标值，无法考核。",
    aliases = MeasurableValues.ALIAS)
public final class BenefitStatementNoValueCheck implements Check {

  @Override
  public void check(Submission submission, CheckContext context) {
    MeasurableValues.report(submission, context, MeasurableValues.Defect.STATEMENT_BENEFIT);
  }
}
