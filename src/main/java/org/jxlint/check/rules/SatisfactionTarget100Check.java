package org.jxlint.check.rules;

import org.jxlint.check.Category;
import org.jxlint.check.Check;
import org.jxlint.check.CheckContext;
import org.jxlint.check.LintRule;
import org.jxlint.check.Severity;
import org.jxlint.config.IndicatorLexicon;
import org.jxlint.model.Indicator;
import org.jxlint.model.IndicatorField;
import org.jxlint.model.Submission;

/** Satisfaction set at 100% (100%, =100%, ≥100%), in an indicator or in a written target. */
@LintRule(
    id = "satisfaction-target-100",
    name = "满意度定为100%",
    severity = Severity.WARNING,
    category = Category.MEASURABILITY,
    summary = "满意度指标或文字目标中的满意度定为100%，无法如实完成。",
    aliases = UnrealisticTargets.ALIAS)
public final class SatisfactionTarget100Check implements Check {

  @Override
  public void check(Submission submission, CheckContext context) {
    IndicatorLexicon lexicon = context.vocabulary().indicators();
    UnrealisticTargets.Kind kind = UnrealisticTargets.Kind.SATISFACTION_100;
    for (UnrealisticTargets.ProseHit hit : UnrealisticTargets.prose(submission, lexicon, kind)) {
      context.report("prose-satisfaction-100").evidence(hit.sentence())
          .at(hit.section().location()).args(hit.said()).emit();
    }
    for (Indicator row : UnrealisticTargets.rows(submission, lexicon, kind)) {
      context.report("satisfaction-100").on(row, IndicatorField.VALUE).args(Rows.label(row))
          .emit();
    }
  }
}
