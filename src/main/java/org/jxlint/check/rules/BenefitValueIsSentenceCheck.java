package org.jxlint.check.rules;

import org.jxlint.check.Category;
import org.jxlint.check.Check;
import org.jxlint.check.CheckContext;
import org.jxlint.check.LintRule;
import org.jxlint.check.Severity;
import org.jxlint.model.Submission;

/** A benefit target value that is a whole sentence about what is done or why, with no figure. */
@LintRule(
    id = "benefit-value-is-sentence",
    name = "效益指标值是一句话",
    severity = Severity.WARNING,
    category = Category.MEASURABILITY,
    summary = "效益指标的指标值是一句讲做法或意义的话（“通过……，让群众……”），没有数字、日期或等级。",
    aliases = MeasurableValues.ALIAS)
public final class BenefitValueIsSentenceCheck implements Check {

  @Override
  public void check(Submission submission, CheckContext context) {
    MeasurableValues.report(submission, context, MeasurableValues.Defect.SENTENCE_BENEFIT);
  }
}
