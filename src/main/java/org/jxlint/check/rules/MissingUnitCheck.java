package org.jxlint.check.rules;

import java.util.List;
import java.util.Optional;
import org.jxlint.check.Category;
import org.jxlint.check.Check;
import org.jxlint.check.CheckContext;
import org.jxlint.check.LintRule;
import org.jxlint.check.Severity;
import org.jxlint.config.IndicatorLexicon;
import org.jxlint.model.Indicator;
import org.jxlint.model.IndicatorField;
import org.jxlint.model.Submission;

/**
 * A number with no unit anywhere — not in the unit column, not in the value (“≥52”): 52 what?
 * Rates without % are {@code unit-mismatch}'s; zero needs no unit.
 */
@LintRule(
    id = "missing-unit",
    name = "缺少计量单位",
    severity = Severity.WARNING,
    category = Category.MEASURABILITY,
    summary = "定量指标值只有数字，计量单位一栏和指标值里都没有单位。")
public final class MissingUnitCheck implements Check {

  @Override
  public void check(Submission submission, CheckContext context) {
    IndicatorLexicon lexicon = context.vocabulary().indicators();
    for (Indicator row : Rows.all(submission)) {
      if (!Rows.lacksUnit(row, context.vocabulary()) || Rows.dateSerial(row, context.vocabulary())) {
        continue; // a date Excel stored as a number lacks no unit: malformed-value says so
      }
      Optional<IndicatorLexicon.UnitExpectation> expected = lexicon.unitExpectation(row.name());
      if (row.target().comparator() == null) {
        // 只写了“2”: one finding for the bare figure, not one per thing it lacks.
        context.report("missing-both").on(row, IndicatorField.VALUE)
            .args(Rows.label(row), row.value().strip(), example(row, expected, context))
            .emit();
      } else if (expected.isPresent()) {
        context.report("missing-known").on(row, IndicatorField.VALUE).args(Rows.label(row),
            CheckContext.term("unit.what." + expected.get().what())).emit();
      } else {
        context.report("missing").on(row, IndicatorField.VALUE).args(Rows.label(row)).emit();
      }
    }
  }

  /**
   * The figure written as it should be, for the fix: the comparator the name calls for (≤ for a
   * cost) and the first unit of the family the name expects (元 for money, and for any cost),
   * else 个.
   */
  private static String example(Indicator row, Optional<IndicatorLexicon.UnitExpectation> expected,
      CheckContext context) {
    IndicatorLexicon lexicon = context.vocabulary().indicators();
    String comparator = Rows.direction(Rows.name(row), lexicon).orElse(null)
        == Rows.Direction.LOWER || lexicon.means(Rows.name(row), "cost") ? "≤" : "≥";
    // A cost (补助标准 15) is counted in money, whatever its name ends with.
    Optional<String> family = expected.flatMap(e -> e.families().stream().findFirst())
        .or(() -> lexicon.means(Rows.name(row), "cost") ? Optional.of("money") : Optional.empty());
    String unit = family
        .map(f -> context.vocabulary().values().unitFamilies().getOrDefault(f, List.of()))
        .filter(u -> !u.isEmpty()).map(u -> u.get(0)).orElse("个");
    return comparator + row.target().number().stripTrailingZeros().toPlainString() + unit;
  }
}
