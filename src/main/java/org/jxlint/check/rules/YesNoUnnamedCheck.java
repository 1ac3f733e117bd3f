package org.jxlint.check.rules;

import org.jxlint.check.Category;
import org.jxlint.check.Check;
import org.jxlint.check.CheckContext;
import org.jxlint.check.LintRule;
import org.jxlint.check.Severity;
import org.jxlint.model.Submission;

/** A 是/否 target on a row with no indicator name, or only the dimension's label as its name. */
@LintRule(
    id = "yes-no-unnamed",
    name = "只写“是”、没有指标名称",
    severity = Severity.WARNING,
    category = Category.MEASURABILITY,
    summary = "一行没有指标名称（或只写了维度名称），指标值只写“是”，看不出肯定的是什么。",
    aliases = MeasurableValues.ALIAS)
public final class YesNoUnnamedCheck implements Check {

  @Override
  public void check(Submission submission, CheckContext context) {
    MeasurableValues.report(submission, context, MeasurableValues.Defect.YES_NO_UNNAMED);
  }
}
