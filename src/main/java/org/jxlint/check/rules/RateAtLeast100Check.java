package org.jxlint.check.rules;

import org.jxlint.check.Category;
import org.jxlint.check.Check;
import org.jxlint.check.CheckContext;
import org.jxlint.check.LintRule;
import org.jxlint.check.Severity;
import org.jxlint.model.Indicator;
import org.jxlint.model.IndicatorField;
import org.jxlint.model.Submission;

/** A rate written “≥100%” or “不低于100%”: it cannot exceed 100%, so it means “=100%”. */
@LintRule(
    id = "rate-at-least-100",
    name = "比率写“≥100%”",
    severity = Severity.WARNING,
    category = Category.MEASURABILITY,
    summary = "比率指标写“≥100%”“不低于100%”：比率不会超过100%，这个目标其实是“=100%”。",
    aliases = UnrealisticTargets.ALIAS)
public final class RateAtLeast100Check implements Check {

  @Override
  public void check(Submission submission, CheckContext context) {
    for (Indicator row : UnrealisticTargets.rows(submission, context.vocabulary().indicators(),
        UnrealisticTargets.Kind.AT_LEAST_100)) {
      context.report("at-least-100").on(row, IndicatorField.VALUE).args(Rows.label(row)).emit();
    }
  }
}
