package org.jxlint.check.rules;

import org.jxlint.check.Category;
import org.jxlint.check.Check;
import org.jxlint.check.CheckContext;
import org.jxlint.check.LintRule;
import org.jxlint.check.Severity;
import org.jxlint.model.Submission;

/**
 * A 数量、时效 or 成本 target written in words (及时发放, 全年, 按市场询价执行): those dimensions
 * are figures by definition.
 */
@LintRule(
    id = "figure-target-in-words",
    name = "该写数字的指标只写文字",
    severity = Severity.WARNING,
    category = Category.MEASURABILITY,
    summary = "数量、时效、成本指标的指标值只有文字（“及时发放”“全年”“按市场询价执行”），没有数量、日期或时限、金额。",
    aliases = MeasurableValues.ALIAS)
public final class FigureTargetInWordsCheck implements Check {

  @Override
  public void check(Submission submission, CheckContext context) {
    MeasurableValues.report(submission, context, MeasurableValues.Defect.IN_WORDS);
  }
}
