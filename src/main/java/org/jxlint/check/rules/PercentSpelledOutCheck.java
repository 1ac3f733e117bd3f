package org.jxlint.check.rules;

import java.util.List;
import org.jxlint.check.Category;
import org.jxlint.check.Check;
import org.jxlint.check.CheckContext;
import org.jxlint.check.LintRule;
import org.jxlint.check.Severity;
import org.jxlint.config.Vocabulary;
import org.jxlint.model.Indicator;
import org.jxlint.model.IndicatorField;
import org.jxlint.model.IndicatorTable;
import org.jxlint.model.Submission;

/**
 * 百分比 written out as a unit (≥95百分比): said once per table, at its first such row, unless
 * that cell already draws a graver finding (a unit of the wrong kind, a rate above 100%).
 */
@LintRule(
    id = "percent-spelled-out",
    name = "百分号写成“百分比”",
    severity = Severity.INFO,
    category = Category.MEASURABILITY,
    summary = "把计量单位“%”写成“百分比”，每张表提示一次。",
    aliases = "unit-mismatch")
public final class PercentSpelledOutCheck implements Check {

  @Override
  public void check(Submission submission, CheckContext context) {
    for (IndicatorTable table : submission.tables()) {
      List<Indicator> spelledOut = UnitMismatchCheck.numericRows(table).stream()
          .filter(r -> r.target().unitAsWritten() != null
              && r.target().unitAsWritten().contains("百分比"))
          .toList();
      if (!spelledOut.isEmpty() && !saidGraver(spelledOut.get(0), context.vocabulary())) {
        Indicator first = spelledOut.get(0);
        context.report("spelled-out").on(first, UnitMismatchCheck.unitField(first))
            .args(spelledOut.size()).emit();
      }
    }
  }

  /**
   * Whether the cell is reported already, more severely. When these were one rule, its finding
   * about that cell gave way to the graver one; it still does.
   */
  private static boolean saidGraver(Indicator row, Vocabulary vocabulary) {
    IndicatorField field = UnitMismatchCheck.unitField(row);
    return UnitMismatchCheck.wrongFamily(row, row.target(), vocabulary).isPresent()
        || field == IndicatorField.VALUE && RateOver100Check.appliesTo(row, vocabulary);
  }
}
