package org.jxlint.check.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jxlint.check.Category;
import org.jxlint.check.Check;
import org.jxlint.check.CheckContext;
import org.jxlint.check.LintRule;
import org.jxlint.check.Severity;
import org.jxlint.config.IndicatorLexicon.UnitExpectation;
import org.jxlint.config.Vocabulary;
import org.jxlint.model.Indicator;
import org.jxlint.model.IndicatorField;
import org.jxlint.model.IndicatorTable;
import org.jxlint.model.Submission;
import org.jxlint.model.TargetValue;
import org.jxlint.model.ValueKind;
import org.jxlint.text.TextNormalizer;

/**
 * Units of another family than the indicator's name asks for: people counted in 次, a count or an
 * amount in %, a deadline given as a percentage. A rate without % is {@link
 * RateWithoutPercentCheck}'s, a rate above 100% {@link RateOver100Check}'s, 百分比 written out as
 * a unit {@link PercentSpelledOutCheck}'s.
 */
@LintRule(
    id = "unit-mismatch",
    name = "计量单位与指标不符",
    severity = Severity.ERROR,
    category = Category.MEASURABILITY,
    summary = "计量单位与指标名称的口径不符，如人数以“次”计、学生数或金额用%、比率用了“分”。")
public final class UnitMismatchCheck implements Check {

  @Override
  public void check(Submission submission, CheckContext context) {
    Vocabulary vocabulary = context.vocabulary();
    for (IndicatorTable table : submission.tables()) {
      for (Indicator row : numericRows(table)) {
        TargetValue t = row.target();
        wrongFamily(row, t, vocabulary).ifPresent(what -> context.report("family")
            .on(row, unitField(row))
            .args(Rows.label(row), CheckContext.term("unit.what." + what), unitText(t)).emit());
      }
    }
  }

  /** The rows of a table whose target is a number or a range of numbers: the ones with units. */
  static List<Indicator> numericRows(IndicatorTable table) {
    List<Indicator> out = new ArrayList<>();
    for (Indicator row : table.indicators()) {
      TargetValue t = row.target();
      if (t != null && (t.kind() == ValueKind.NUMBER || t.kind() == ValueKind.RANGE)) {
        out.add(row);
      }
    }
    return out;
  }

  /**
   * What the row's name says it measures (a key of {@code unit.what.*}), when its unit is of
   * another family: the name's expectation, or money for a cost written in %.
   */
  static Optional<String> wrongFamily(Indicator row, TargetValue t, Vocabulary vocabulary) {
    String family = t.unit() == null ? null : vocabulary.values().familyOf(t.unit());
    Optional<UnitExpectation> expected = vocabulary.indicators().unitExpectation(Rows.name(row));
    if (expected.isPresent()) {
      return family != null && !expected.get().families().contains(family)
          ? Optional.of(expected.get().what()) : Optional.empty();
    }
    return Rows.costInPercent(row, vocabulary) ? Optional.of("money") : Optional.empty();
  }

  /** Where a row's unit stands: its own column, or written into the value. */
  static IndicatorField unitField(Indicator row) {
    return TextNormalizer.isBlank(row.unit()) ? IndicatorField.VALUE : IndicatorField.UNIT;
  }

  private static String unitText(TargetValue t) {
    return t.unitAsWritten() != null ? t.unitAsWritten() : t.unit();
  }
}
