package org.jxlint.check.rules;

import org.jxlint.check.Category;
import org.jxlint.check.Check;
import org.jxlint.check.CheckContext;
import org.jxlint.check.LintRule;
import org.jxlint.check.Severity;
import org.jxlint.model.Submission;

/**
 * A value that is a slogan or a degree word (确保工作有效开展, 效果明显, 持续推进) with no number,
 * date or grade the scoring defines; benefit rows are {@code vague-benefit-value}'s.
 */
@LintRule(
    id = "vague-value",
    name = "指标值是空泛说法",
    severity = Severity.ERROR,
    category = Category.MEASURABILITY,
    summary = "产出、成本、满意度等指标的指标值是“确保…有效开展”“效果明显”“持续推进”之类的说法，没有数字、日期或评分标准定义的等级。",
    aliases = MeasurableValues.ALIAS)
public final class VagueValueCheck implements Check {

  @Override
  public void check(Submission submission, CheckContext context) {
    MeasurableValues.report(submission, context, MeasurableValues.Defect.VAGUE);
  }
}
