package org.jxlint.check.rules;

import java.math.BigDecimal;
import org.jxlint.check.Category;
import org.jxlint.check.Check;
import org.jxlint.check.CheckContext;
import org.jxlint.check.LintRule;
import org.jxlint.check.Severity;
import org.jxlint.config.IndicatorLexicon;
import org.jxlint.config.Vocabulary;
import org.jxlint.model.Indicator;
import org.jxlint.model.IndicatorField;
import org.jxlint.model.IndicatorTable;
import org.jxlint.model.Submission;
import org.jxlint.model.TargetValue;
import org.jxlint.text.TextNormalizer;

/**
 * A rate (合格率, 覆盖率, 满意度) whose target is above 100%. Growth rates and the like, listed in
 * {@code unbounded-rates}, may be; a row whose unit is of the wrong family is unit-mismatch's.
 */
@LintRule(
    id = "rate-over-100",
    name = "比率超过100%",
    severity = Severity.WARNING,
    category = Category.MEASURABILITY,
    summary = "合格率、覆盖率、满意度等比率的目标值超过100%（增长率等可以超过的除外）。",
    aliases = "unit-mismatch")
public final class RateOver100Check implements Check {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  @Override
  public void check(Submission submission, CheckContext context) {
    for (IndicatorTable table : submission.tables()) {
      for (Indicator row : UnitMismatchCheck.numericRows(table)) {
        if (appliesTo(row, context.vocabulary())) {
          context.report("over-100").on(row, IndicatorField.VALUE).args(Rows.label(row)).emit();
        }
      }
    }
  }

  /** Whether a row with a numeric target is a rate above 100% (and its unit of the right kind). */
  static boolean appliesTo(Indicator row, Vocabulary vocabulary) {
    TargetValue t = row.target();
    return "%".equals(t.unit()) && "percent".equals(vocabulary.values().familyOf(t.unit()))
        && t.number() != null && isRate(Rows.name(row), vocabulary.indicators()) && over100(t)
        && UnitMismatchCheck.wrongFamily(row, t, vocabulary).isEmpty();
  }

  private static boolean isRate(String name, IndicatorLexicon lexicon) {
    String n = TextNormalizer.compact(name);
    return lexicon.words("rate-endings").stream().anyMatch(n::endsWith)
        && !IndicatorLexicon.containsAny(n, lexicon.unboundedRates());
  }

  private static boolean over100(TargetValue t) {
    BigDecimal top = t.upper() != null ? t.upper() : t.number();
    return top.compareTo(HUNDRED) > 0;
  }
}
