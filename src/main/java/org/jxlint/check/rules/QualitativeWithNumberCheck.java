package org.jxlint.check.rules;

import org.jxlint.check.Category;
import org.jxlint.check.Check;
import org.jxlint.check.CheckContext;
import org.jxlint.check.LintRule;
import org.jxlint.check.Severity;
import org.jxlint.model.Comparator;
import org.jxlint.model.Indicator;
import org.jxlint.model.IndicatorField;
import org.jxlint.model.Submission;
import org.jxlint.model.TargetValue;

/** A row marked 定性 (qualitative) whose target is a number. */
@LintRule(
    id = "qualitative-with-number",
    name = "定性比较符配数字",
    severity = Severity.WARNING,
    category = Category.MEASURABILITY,
    summary = "比较符一栏写“定性”，指标值却是数字。",
    aliases = "comparator-mismatch")
public final class QualitativeWithNumberCheck implements Check {

  @Override
  public void check(Submission submission, CheckContext context) {
    for (Indicator row : Rows.all(submission)) {
      TargetValue t = row.target();
      if (t != null && t.comparator() == Comparator.QUALITATIVE
          && ComparatorMismatchCheck.numeric(t)) {
        context.report("qualitative-number").on(row, IndicatorField.COMPARATOR)
            .args(Rows.label(row), row.value()).emit();
      }
    }
  }
}
