package org.jxlint.check.rules;

import org.jxlint.check.Category;
import org.jxlint.check.Check;
import org.jxlint.check.CheckContext;
import org.jxlint.check.LintRule;
import org.jxlint.check.Severity;
import org.jxlint.model.Submission;

/**
 * A number whose description is only slogans (“确保工作有效开展” beside “≥95%”): nothing says what
 * the figure counts.
 */
@LintRule(
    id = "vague-description",
    name = "指标说明只是口号",
    severity = Severity.WARNING,
    category = Category.MEASURABILITY,
    summary = "指标值是数字，但指标说明只有口号（至少两处空泛说法、没有数字），看不出这个数字统计的是什么。",
    aliases = MeasurableValues.ALIAS)
public final class VagueDescriptionCheck implements Check {

  @Override
  public void check(Submission submission, CheckContext context) {
    MeasurableValues.report(submission, context, MeasurableValues.Defect.VAGUE_DESCRIPTION);
  }
}
