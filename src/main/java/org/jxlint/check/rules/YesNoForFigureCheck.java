package org.jxlint.check.rules;

import org.jxlint.check.Category;
import org.jxlint.check.Check;
import org.jxlint.check.CheckContext;
import org.jxlint.check.LintRule;
import org.jxlint.check.Severity;
import org.jxlint.model.Submission;

/** A 是/否 target under 数量指标 or 质量指标, where a number is expected. */
@LintRule(
    id = "yes-no-for-figure",
    name = "数量、质量指标只写是或否",
    severity = Severity.WARNING,
    category = Category.MEASURABILITY,
    summary = "数量指标、质量指标的指标值只写“是”或“否”，这里应当是数字。",
    aliases = MeasurableValues.ALIAS)
public final class YesNoForFigureCheck implements Check {

  @Override
  public void check(Submission submission, CheckContext context) {
    MeasurableValues.report(submission, context, MeasurableValues.Defect.YES_NO);
  }
}
