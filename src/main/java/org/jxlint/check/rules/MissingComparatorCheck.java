package org.jxlint.check.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
import org.jxlint.model.ValueKind;
import org.jxlint.text.TextNormalizer;

/**
 * A number with no comparator where the indicator's nature (a control rate, a cost) or its scoring
 * rule says which way it should be met: the row gets a warning naming the comparator it needs. The
 * other bare numbers of a table, read as “=” by default, are {@link NumbersWithoutComparatorCheck}'s.
 */
@LintRule(
    id = "missing-comparator",
    name = "缺少比较符",
    severity = Severity.WARNING,
    category = Category.MEASURABILITY,
    summary = "定量指标值只有数字、没有“≥”“≤”“=”，而指标性质或评分标准已表明方向（控制率应为“≤”，满意度应为“≥”）。")
public final class MissingComparatorCheck implements Check {

  @Override
  public void check(Submission submission, CheckContext context) {
    IndicatorLexicon lexicon = context.vocabulary().indicators();
    for (IndicatorTable table : submission.tables()) {
      for (Indicator row : bareNumbers(table, context.vocabulary())) {
        implied(row, lexicon).ifPresent(comparator -> context.report("implied")
            .on(row, IndicatorField.VALUE)
            .args(Rows.label(row), comparator, Rows.valueWithUnit(row)).emit());
      }
    }
  }

  /**
   * The rows of a table whose target is a number with a unit and no comparator. A bare figure
   * with no unit either is missing-unit's, which says both at once; a sentence read as rows
   * (带动20户) says its figure in words and has no comparator column.
   */
  static List<Indicator> bareNumbers(IndicatorTable table, Vocabulary vocabulary) {
    if (table.fromProse()) {
      return List.of();
    }
    List<Indicator> out = new ArrayList<>();
    for (Indicator row : table.indicators()) {
      TargetValue t = row.target();
      if (t != null && t.comparator() == null && t.kind() == ValueKind.NUMBER
          && !Rows.lacksUnit(row, vocabulary)) {
        out.add(row);
      }
    }
    return out;
  }

  /** The comparator the row's nature or scoring calls for: “≤” for a ceiling, “≥” for a floor. */
  static Optional<String> implied(Indicator row, IndicatorLexicon lexicon) {
    Rows.Direction direction = Rows.direction(Rows.name(row), lexicon).orElse(null);
    if (direction == Rows.Direction.LOWER) {
      // 预算调整率 0%: nothing is below nought, so “=” and “≤” ask the same
      return row.target().number().signum() == 0 ? Optional.empty() : Optional.of("≤");
    }
    boolean partRate = "%".equals(row.target().unit())
        && row.target().number().compareTo(java.math.BigDecimal.valueOf(100)) < 0;
    if (partRate && (direction == Rows.Direction.HIGHER
        || direction == null && Rows.isRate(Rows.name(row), lexicon))) {
      // 满意度 95%, 持证率 80%: a floor (a rate that should stay low is in lower-better), or
      // exceeding it would count as missing it
      return Optional.of("≥");
    }
    String scoring = TextNormalizer.compact(row.scoring());
    if (IndicatorLexicon.containsAny(scoring, lexicon.scoringAtMost())) {
      return Optional.of("≤");
    }
    if (IndicatorLexicon.containsAny(scoring, lexicon.scoringAtLeast())) {
      return Optional.of("≥");
    }
    return Optional.empty();
  }
}
