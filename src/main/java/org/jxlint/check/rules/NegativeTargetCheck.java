package org.jxlint.check.rules;

import org.jxlint.check.Category;
import org.jxlint.check.Check;
import org.jxlint.check.CheckContext;
import org.jxlint.check.LintRule;
import org.jxlint.check.Severity;
import org.jxlint.model.Indicator;
import org.jxlint.model.IndicatorField;
import org.jxlint.model.Submission;

/** A negative target figure, outside economic benefits (where a change can be a fall). */
@LintRule(
    id = "negative-target",
    name = "目标值为负数",
    severity = Severity.WARNING,
    category = Category.MEASURABILITY,
    summary = "数量等指标的目标值是负数（经济效益中的变化量除外）。",
    aliases = UnrealisticTargets.ALIAS)
public final class NegativeTargetCheck implements Check {

  @Override
  public void check(Submission submission, CheckContext context) {
    for (Indicator row : UnrealisticTargets.rows(submission, context.vocabulary().indicators(),
        UnrealisticTargets.Kind.NEGATIVE)) {
      context.report("negative").on(row, IndicatorField.VALUE).args(Rows.label(row)).emit();
    }
  }
}
