package org.jxlint.check.rules;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jxlint.check.Category;
import org.jxlint.check.Check;
import org.jxlint.check.CheckContext;
import org.jxlint.check.LintRule;
import org.jxlint.check.Severity;
import org.jxlint.model.Indicator;
import org.jxlint.model.IndicatorField;
import org.jxlint.model.IndicatorTable;
import org.jxlint.model.Submission;
import org.jxlint.text.TextNormalizer;

/**
 * Text that says nothing: one explanation, basis or scoring on nearly every row of a table, or an
 * explanation or basis that only repeats the indicator's name.
 */
@LintRule(
    id = "boilerplate-text",
    name = "套话式说明",
    severity = Severity.INFO,
    category = Category.DUPLICATION,
    summary = "指标解释、确定依据或评分标准整列都是同一句话，或只是重复了指标名称。")
public final class BoilerplateTextCheck implements Check {

  private static final List<IndicatorField> COLUMNS = List.of(IndicatorField.EXPLANATION,
      IndicatorField.BASIS, IndicatorField.SCORING);
  private static final int MIN_ROWS = 5;
  private static final double NEARLY_ALL = 0.8;

  @Override
  public void check(Submission submission, CheckContext context) {
    for (IndicatorTable table : submission.tables()) {
      List<Indicator> rows = table.indicators();
      for (IndicatorField column : COLUMNS) {
        Map<String, Integer> counts = new HashMap<>();
        int filled = 0;
        for (Indicator r : rows) {
          String t = norm(r.text(column));
          if (!t.isEmpty()) {
            filled++;
            counts.merge(t, 1, Integer::sum);
          }
        }
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
          if (filled >= MIN_ROWS && e.getValue() >= NEARLY_ALL * rows.size()) {
            Indicator first = rows.stream().filter(r -> norm(r.text(column)).equals(e.getKey()))
                .findFirst().orElseThrow();
            context.report("column").on(first, column)
                .args(table.index(), CheckContext.term("html.column." + column.key()),
                    e.getValue(), rows.size()).emit();
          }
        }
      }
      for (IndicatorField column : List.of(IndicatorField.EXPLANATION, IndicatorField.BASIS)) {
        List<Indicator> repeating = new java.util.ArrayList<>();
        for (Indicator r : rows) {
          String name = norm(r.name());
          if (name.length() >= 2 && name.equals(norm(r.text(column)))) {
            repeating.add(r);
          }
        }
        reportNames(table, column, repeating, context);
      }
    }
  }

  /**
   * Explanations (or bases) that only repeat the name: each on its own, or, where
   * {@value MeasurableValues#MANY} or more stand in one table's column, one finding naming the
   * first few (a reviewer writes it once).
   */
  private static void reportNames(IndicatorTable table, IndicatorField column,
      List<Indicator> rows, CheckContext context) {
    String what = CheckContext.term("html.column." + column.key());
    if (rows.size() < MeasurableValues.MANY) {
      rows.forEach(r -> context.report("name").on(r, column).args(Rows.label(r), what).emit());
      return;
    }
    context.report("name-many").on(rows.get(0), column)
        .args(table.index(), rows.size(), what, String.join("”“",
            rows.stream().map(Rows::label).distinct().limit(3).toList()))
        .emit();
  }

  private static String norm(String text) {
    return TextNormalizer.bare(text);
  }
}
