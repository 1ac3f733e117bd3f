package org.jxlint.check.rules;

import org.jxlint.check.Category;
import org.jxlint.check.Check;
import org.jxlint.check.CheckContext;
import org.jxlint.check.LintRule;
import org.jxlint.check.Severity;
import org.jxlint.model.Indicator;
import org.jxlint.model.IndicatorField;
import org.jxlint.model.Submission;
import org.jxlint.text.TextNormalizer;
import org.jxlint.text.ValueLexicon;

/** A row's value left blank, or holding only a placeholder (/, ——) or only a unit (公里, ≥ %). */
@LintRule(
    id = "empty-indicator-value",
    name = "指标值为空",
    severity = Severity.ERROR,
    category = Category.COMPLETENESS,
    summary = "指标行没有填写指标值，或只写了“/”“——”等占位符、只写了计量单位而没有数值。",
    aliases = BlankCells.ALIAS)
public final class EmptyIndicatorValueCheck implements Check {

  @Override
  public void check(Submission submission, CheckContext context) {
    for (BlankCells.TableRow r : BlankCells.rows(submission, context.vocabulary().frameworks())) {
      // A row with neither name nor value is one blank row (empty-row), not a missing value too.
      if (r.noNames() || !BlankCells.isBlankRow(r.row())) {
        checkValue(r.row(), context);
      }
    }
  }

  private static void checkValue(Indicator row, CheckContext context) {
    ValueLexicon words = context.vocabulary().values();
    String value = TextNormalizer.compact(row.value());
    String display = BlankCells.display(row);
    if (value.isEmpty()) {
      context.report("value").on(row, IndicatorField.VALUE).args(display, context.adviceYear())
          .emit();
    } else if (words.emptyValues().contains(value)) {
      context.report("value-placeholder").on(row, IndicatorField.VALUE)
          .args(display, row.value().strip()).emit();
    } else if (Rows.onlyUnit(value, words)) {
      context.report("value-unit-only").on(row, IndicatorField.VALUE)
          .args(display, row.value().strip(), example(value, words)).emit();
    }
  }

  /** A target in the row's own unit, for the fix: ≥95% for a rate, ≥10万亩 for 万亩. */
  private static String example(String value, ValueLexicon words) {
    String unit = Rows.withoutComparators(value, words);
    return unit.isEmpty() || "percent".equals(words.familyOf(
        words.unitAliases().getOrDefault(unit, unit))) ? "≥95%" : "≥10" + unit;
  }
}
