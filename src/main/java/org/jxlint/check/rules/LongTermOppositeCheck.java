package org.jxlint.check.rules;

import org.jxlint.check.Category;
import org.jxlint.check.Check;
import org.jxlint.check.CheckContext;
import org.jxlint.check.LintRule;
import org.jxlint.check.Severity;
import org.jxlint.model.Indicator;
import org.jxlint.model.IndicatorField;
import org.jxlint.model.Submission;

/** An annual target that points the other way from the long-term target of the same name. */
@LintRule(
    id = "long-term-annual-opposite",
    name = "长期与年度指标方向相反",
    severity = Severity.ERROR,
    category = Category.CONSISTENCY,
    summary = "长期目标表与年度目标表的同一指标，一个写“≥”一个写“≤”，方向相反。",
    aliases = Inconsistencies.ALIAS)
public final class LongTermOppositeCheck implements Check {

  @Override
  public void check(Submission submission, CheckContext context) {
    for (Inconsistencies.LongTermPair pair : Inconsistencies.longTermPairs(submission)) {
      if (Inconsistencies.opposite(pair)) {
        Indicator annual = pair.annual();
        context.report("opposite").on(annual, IndicatorField.VALUE)
            .args(Rows.label(annual), Rows.valueWithUnit(annual),
                Rows.valueWithUnit(pair.longTerm()))
            .emit();
      }
    }
  }
}
