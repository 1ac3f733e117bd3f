package org.jxlint.check.rules;

import org.jxlint.check.Category;
import org.jxlint.check.Check;
import org.jxlint.check.CheckContext;
import org.jxlint.check.LintRule;
import org.jxlint.check.Severity;
import org.jxlint.model.Submission;

/**
 * A benefit target (经济、社会、生态效益, 可持续影响) that is only a degree word (明显改善, 持续推动):
 * weaker than elsewhere, since effects are often qualitative, but still nothing to assess.
 */
@LintRule(
    id = "vague-benefit-value",
    name = "效益指标值是空泛说法",
    severity = Severity.WARNING,
    category = Category.MEASURABILITY,
    summary = "效益指标（经济、社会、生态效益，可持续影响）的指标值是“明显改善”“持续推动”之类的说法，没有数字、日期或评分标准定义的等级。",
    aliases = MeasurableValues.ALIAS)
public final class VagueBenefitValueCheck implements Check {

  @Override
  public void check(Submission submission, CheckContext context) {
    MeasurableValues.report(submission, context, MeasurableValues.Defect.VAGUE_BENEFIT);
  }
}
