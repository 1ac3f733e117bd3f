package org.jxlint.check.rules;

import org.jxlint.check.Category;
import org.jxlint.check.Check;
import org.jxlint.check.CheckContext;
import org.jxlint.check.LintRule;
import org.jxlint.check.Severity;
import org.jxlint.config.IndicatorLexicon;
import org.jxlint.model.Indicator;
import org.jxlint.model.IndicatorField;
import org.jxlint.model.IndicatorTable;
import org.jxlint.model.Submission;

/** A rate or satisfaction whose target has no unit at all where its name asks for %. */
@LintRule(
    id = "rate-without-percent",
    name = "比率没有百分号",
    severity = Severity.WARNING,
    category = Category.MEASURABILITY,
    summary = "比率、满意度一类的指标，指标值只有数字，没有“%”。",
    aliases = "unit-mismatch")
public final class RateWithoutPercentCheck implements Check {

  @Override
  public void check(Submission submission, CheckContext context) {
    IndicatorLexicon lexicon = context.vocabulary().indicators();
    for (IndicatorTable table : submission.tables()) {
      for (Indicator row : UnitMismatchCheck.numericRows(table)) {
        boolean percentWanted = lexicon.unitExpectation(Rows.name(row))
            .filter(e -> e.families().contains("percent")).isPresent();
        if (percentWanted && row.target().unit() == null && !Rows.rateAsFraction(row, lexicon)) {
          context.report("rate-without-percent").on(row, IndicatorField.VALUE)
              .args(Rows.label(row)).emit();
        }
      }
    }
  }
}
