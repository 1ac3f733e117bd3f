package org.jxlint.check.rules;

import org.jxlint.check.Category;
import org.jxlint.check.Check;
import org.jxlint.check.CheckContext;
import org.jxlint.check.LintRule;
import org.jxlint.check.Severity;
import org.jxlint.model.Submission;

/**
 * A target value that is a whole sentence about what is done or why, with no figure; benefit
 * rows are {@code benefit-value-is-sentence}'s.
 */
@LintRule(
    id = "value-is-sentence",
    name = "指标值是一句话",
    severity = Severity.ERROR,
    category = Category.MEASURABILITY,
    summary = "指标值是一句讲做法或意义的话，没有数字、日期或等级，年底无法对照考核。",
    aliases = MeasurableValues.ALIAS)
public final class ValueIsSentenceCheck implements Check {

  @Override
  public void check(Submission submission, CheckContext context) {
    MeasurableValues.report(submission, context, MeasurableValues.Defect.SENTENCE);
  }
}
