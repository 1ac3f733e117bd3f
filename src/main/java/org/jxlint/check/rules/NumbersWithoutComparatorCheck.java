package org.jxlint.check.rules;

import java.util.List;
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

/**
 * Numbers with no comparator whose direction nothing tells (neither the indicator's nature nor its
 * scoring): read as “=”, they are one hint for the whole table, at its first such row. Those whose
 * direction is known are {@link MissingComparatorCheck}'s, row by row; a restated budget (项目金额
 * 8.9万元) is a figure, not a target, and is left alone.
 */
@LintRule(
    id = "numbers-without-comparator",
    name = "定量指标只写数字",
    severity = Severity.INFO,
    category = Category.MEASURABILITY,
    summary = "定量指标值只有数字、没有“≥”“≤”“=”，方向也看不出来，只能按“=”理解；每张表提示一次。",
    aliases = "missing-comparator")
public final class NumbersWithoutComparatorCheck implements Check {

  @Override
  public void check(Submission submission, CheckContext context) {
    IndicatorLexicon lexicon = context.vocabulary().indicators();
    for (IndicatorTable table : submission.tables()) {
      List<Indicator> bare = MissingComparatorCheck.bareNumbers(table, context.vocabulary())
          .stream()
          .filter(row -> MissingComparatorCheck.implied(row, lexicon).isEmpty()
              && !lexicon.means(Rows.name(row), "input"))
          .toList();
      if (!bare.isEmpty()) {
        Indicator first = bare.get(0);
        context.report("bare").on(first, IndicatorField.VALUE)
            .args(bare.size(), Rows.label(first), Rows.valueWithUnit(first)).emit();
      }
    }
  }
}
