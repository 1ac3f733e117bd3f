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
import org.jxlint.model.Indicator;
import org.jxlint.model.IndicatorField;
import org.jxlint.model.Submission;
import org.jxlint.model.ValueKind;
import org.jxlint.text.TextNormalizer;

/**
 * A 三级 name that cannot be counted or rated: a question (是否能促进乡镇工作) measured in numbers,
 * or a slogan (确保工作有效…) with a figure beside it. Two clauses run together are {@link
 * IndicatorNameIsSentenceCheck}'s; names without a value, and slogans answered 是/否, are {@code
 * non-measurable-value}'s.
 */
@LintRule(
    id = "indicator-name-not-metric",
    name = "指标名称不是可计量的指标",
    severity = Severity.WARNING,
    category = Category.MEASURABILITY,
    summary = "三级指标名称是问句或口号（“是否能促进乡镇工作”“确保工作有效”），不是能计数或计算比率的对象。")
public final class IndicatorNameNotMetricCheck implements Check {

  /** Names of one table that make the pattern of a whole column. */
  private static final int MANY = 3;

  /** A question or a demand where a measure's name belongs, and the message that says so. */
  private record Unmeasurable(Indicator row, String key, Object[] args) {}

  @Override
  public void check(Submission submission, CheckContext context) {
    IndicatorLexicon lexicon = context.vocabulary().indicators();
    for (org.jxlint.model.IndicatorTable table : submission.tables()) {
      List<Unmeasurable> found = new ArrayList<>();
      for (Indicator row : table.indicators()) {
        checkRow(row, lexicon, found);
      }
      if (found.size() < MANY) {
        found.forEach(u -> context.report(u.key()).on(u.row(), IndicatorField.NAME)
            .args(u.args()).emit());
        continue;
      }
      // 是否能促进…、确保…有效 all down the column: the reviewer says it once for the table.
      List<String> names = found.stream().map(u -> Rows.label(u.row())).distinct().toList();
      context.report("many").on(found.get(0).row(), IndicatorField.NAME)
          .evidence(String.join("；", names))
          .args(table.index(), found.size(),
              String.join("", names.stream().limit(3).map(n -> "“" + n + "”").toList()))
          .emit();
    }
  }

  private static void checkRow(Indicator row, IndicatorLexicon lexicon, List<Unmeasurable> found) {
    String name = numericName(row);
    if (name.isEmpty()) {
      return;
    }
    if (name.startsWith("是否")) {
      found.add(new Unmeasurable(row, "question", new Object[] {Rows.label(row)}));
      return;
    }
    marker(name, lexicon).ifPresent(m -> found.add(
        new Unmeasurable(row, "slogan", new Object[] {Rows.label(row), m})));
  }

  /** The row's name (compacted) when it has one and a numeric target, else empty. */
  static String numericName(Indicator row) {
    ValueKind kind = Rows.kind(row);
    boolean numeric = kind == ValueKind.NUMBER || kind == ValueKind.RANGE;
    return numeric ? TextNormalizer.compact(row.name()) : "";
  }

  /** Whether a name is a question or a demand: this rule's, whatever else it is. */
  static boolean questionOrDemand(String name, IndicatorLexicon lexicon) {
    return name.startsWith("是否") || marker(name, lexicon).isPresent();
  }

  private static Optional<String> marker(String name, IndicatorLexicon lexicon) {
    return lexicon.statementMarkers().stream().filter(name::startsWith).findFirst();
  }
}
