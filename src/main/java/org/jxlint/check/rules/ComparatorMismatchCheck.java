package org.jxlint.check.rules;

import java.util.Optional;
import org.jxlint.check.Category;
import org.jxlint.check.Check;
import org.jxlint.check.CheckContext;
import org.jxlint.check.LintRule;
import org.jxlint.check.Severity;
import org.jxlint.config.IndicatorLexicon;
import org.jxlint.model.Comparator;
import org.jxlint.model.Indicator;
import org.jxlint.model.IndicatorField;
import org.jxlint.model.Submission;
import org.jxlint.model.TargetValue;
import org.jxlint.model.ValueKind;
import org.jxlint.text.TextNormalizer;

/**
 * Comparators that point the wrong way or do not fit the value: ≥ on a cost ceiling, ≤ on
 * satisfaction, ≥ on an error or accident rate, a numeric comparator with words. 定性 with a number
 * is {@link QualitativeWithNumberCheck}'s, “=” with proportional scoring
 * {@link EqualsWithPartialCreditCheck}'s, a bare number with no comparator
 * {@link MissingComparatorCheck}'s.
 */
@LintRule(
    id = "comparator-mismatch",
    name = "比较符与指标不符",
    severity = Severity.ERROR,
    category = Category.MEASURABILITY,
    summary = "比较符方向与指标性质相反（成本写“≥”、满意度写“≤”），或定量比较符配的是文字指标值。")
public final class ComparatorMismatchCheck implements Check {

  @Override
  public void check(Submission submission, CheckContext context) {
    IndicatorLexicon lexicon = context.vocabulary().indicators();
    for (Indicator row : Rows.all(submission)) {
      TargetValue t = row.target();
      if (t != null && t.kind() != ValueKind.EMPTY) {
        checkRow(row, t, lexicon, context);
      }
    }
  }

  private static void checkRow(Indicator row, TargetValue t, IndicatorLexicon lexicon,
      CheckContext context) {
    String name = Rows.name(row);
    Comparator c = t.comparator();
    boolean numeric = numeric(t);
    IndicatorField where = comparatorField(row);
    if (c != null && c.isQuantitative() && !numeric && !TextNormalizer.isBlank(row.comparator())
        && (t.kind() == ValueKind.QUALITATIVE || t.kind() == ValueKind.BOOLEAN)) {
      context.report("words").on(row, IndicatorField.VALUE).args(Rows.label(row), c.symbol()).emit();
      return;
    }
    if (!numeric) {
      return;
    }
    Optional<Rows.Direction> direction = Rows.direction(name, lexicon);
    if (c == null || Rows.costInPercent(row, context.vocabulary())) {
      return; // missing-comparator's concern; a cost in % is unit-mismatch's (its unit is wrong)
    }
    if (direction.isPresent()) {
      boolean up = c == Comparator.GE || c == Comparator.GT;
      boolean down = c == Comparator.LE || c == Comparator.LT;
      if (direction.get() == Rows.Direction.LOWER && up) {
        context.report("ceiling").on(row, where).args(Rows.label(row), c.symbol(),
            bounded("≤", row)).emit();
      } else if (direction.get() == Rows.Direction.HIGHER && down) {
        context.report("floor").on(row, where).args(Rows.label(row), c.symbol()).emit();
      }
    }
  }

  /** A target that is a number or a range of numbers. */
  static boolean numeric(TargetValue t) {
    return t.kind() == ValueKind.NUMBER || t.kind() == ValueKind.RANGE;
  }

  /** Where a row's comparator stands: its own column, or written into the value. */
  static IndicatorField comparatorField(Indicator row) {
    return TextNormalizer.isBlank(row.comparator()) ? IndicatorField.VALUE
        : IndicatorField.COMPARATOR;
  }

  /** The row's own figure with the comparator it needs (≤20万元), or a ceiling in words. */
  private static String bounded(String comparator, Indicator row) {
    var t = row.target();
    boolean costInPercent = t != null && "%".equals(t.unit()) && !Rows.name(row).endsWith("率");
    if (t == null || t.number() == null || costInPercent) {
      return comparator + " 预算数"; // a cost in % wants a sum of money, not another rate
    }
    if ("%".equals(t.unit()) && t.number().compareTo(java.math.BigDecimal.valueOf(100)) >= 0) {
      return comparator + "5%"; // a rate that should be low: “≤100%” would say nothing
    }
    return comparator + t.number().stripTrailingZeros().toPlainString()
        + (t.unitAsWritten() == null ? "" : t.unitAsWritten());
  }
}
