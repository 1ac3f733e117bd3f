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

/** Satisfaction set below the floor (60% by default), in an indicator or a written target. */
@LintRule(
    id = "satisfaction-target-low",
    name = "满意度目标过低",
    severity = Severity.WARNING,
    category = Category.MEASURABILITY,
    summary = "满意度指标或文字目标中的满意度低于下限（默认60%），目标定得过低。",
    aliases = UnrealisticTargets.ALIAS)
public final class SatisfactionTargetLowCheck implements Check {

  @Override
  public void check(Submission submission, CheckContext context) {
    IndicatorLexicon lexicon = context.vocabulary().indicators();
    UnrealisticTargets.Kind kind = UnrealisticTargets.Kind.SATISFACTION_LOW;
    for (UnrealisticTargets.ProseHit hit : UnrealisticTargets.prose(submission, lexicon, kind)) {
      context.report("prose-satisfaction-low").evidence(hit.sentence())
          .at(hit.section().location()).args(hit.said(), lexicon.satisfactionFloor()).emit();
    }
    for (Indicator row : UnrealisticTargets.rows(submission, lexicon, kind)) {
      context.report("satisfaction-low").on(row, IndicatorField.VALUE)
          .args(Rows.label(row), lexicon.satisfactionFloor()).emit();
    }
  }
}
