package org.jxlint.check.rules;

import org.jxlint.check.Category;
import org.jxlint.check.Check;
import org.jxlint.check.CheckContext;
import org.jxlint.check.LintRule;
import org.jxlint.check.Severity;
import org.jxlint.model.Submission;

/**
 * A slogan as the indicator's name (巩固产业发展成果) answered 是: often the framework's own
 * prescribed line, so a hint only.
 */
@LintRule(
    id = "slogan-yes-no",
    name = "口号式指标配“是”",
    severity = Severity.INFO,
    category = Category.MEASURABILITY,
    summary = "口号式的指标名称（常是指标体系自带的一行）指标值只写“是”，无法考核做到什么程度。",
    aliases = MeasurableValues.ALIAS)
public final class SloganYesNoCheck implements Check {

  @Override
  public void check(Submission submission, CheckContext context) {
    MeasurableValues.report(submission, context, MeasurableValues.Defect.SLOGAN_YES);
  }
}
