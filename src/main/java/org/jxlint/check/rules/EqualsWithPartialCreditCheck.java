package org.jxlint.check.rules;

import java.math.BigDecimal;
import org.jxlint.check.Category;
import org.jxlint.check.Check;
import org.jxlint.check.CheckContext;
import org.jxlint.check.LintRule;
import org.jxlint.check.Severity;
import org.jxlint.config.IndicatorLexicon;
import org.jxlint.model.Comparator;
import org.jxlint.model.Indicator;
import org.jxlint.model.Submission;
import org.jxlint.model.TargetValue;

/**
 * A number written with “=” whose scoring gives credit in proportion to completion, which asks for
 * “at least”. “=100%” is left alone: nothing lies above it. A cost in % is unit-mismatch's.
 */
@LintRule(
    id = "equals-with-partial-credit",
    name = "“=”配按比例计分",
    severity = Severity.INFO,
    category = Category.MEASURABILITY,
    summary = "比较符写“=”，评分标准却按完成比例计分，实际要求的是“不少于”。",
    aliases = "comparator-mismatch")
public final class EqualsWithPartialCreditCheck implements Check {

  @Override
  public void check(Submission submission, CheckContext context) {
    IndicatorLexicon lexicon = context.vocabulary().indicators();
    for (Indicator row : Rows.all(submission)) {
      TargetValue t = row.target();
      if (t == null || t.comparator() != Comparator.EQ || !ComparatorMismatchCheck.numeric(t)
          || Rows.costInPercent(row, context.vocabulary())) {
        continue;
      }
      boolean hundredPercent = "%".equals(t.unit())
          && t.number().compareTo(BigDecimal.valueOf(100)) == 0;
      if (!hundredPercent && IndicatorLexicon.longestIn(
          row.scoring() == null ? "" : row.scoring(), lexicon.proportionalScoring()).isPresent()) {
        context.report("equals-proportional").on(row, ComparatorMismatchCheck.comparatorField(row))
            .args(Rows.label(row)).emit();
      }
    }
  }
}
