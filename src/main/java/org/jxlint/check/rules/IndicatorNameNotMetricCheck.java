package org.jxlint.check.rules;

import java.util.Optional;
import java.util.regex.Pattern;
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
 * a slogan (确保工作有效…) with a figure beside it, or two clauses run together. Names without a
 * value, and slogans answered 是/否, are {@code non-measurable-value}'s.
 */
@LintRule(
    id = "indicator-name-not-metric",
    name = "指标名称不是可计量的指标",
    severity = Severity.WARNING,
    category = Category.MEASURABILITY,
    summary = "三级指标名称是口号、问句或一句话（“是否能促进乡镇工作”“确保工作有效”），不是能计数或计算比率的对象。")
public final class IndicatorNameNotMetricCheck implements Check {

  private static final Pattern CLAUSES = Pattern.compile("[，,；;。]");

  @Override
  public void check(Submission submission, CheckContext context) {
    IndicatorLexicon lexicon = context.vocabulary().indicators();
    for (Indicator row : Rows.all(submission)) {
      String name = TextNormalizer.compact(row.name());
      ValueKind kind = Rows.kind(row);
      boolean numeric = kind == ValueKind.NUMBER || kind == ValueKind.RANGE;
      if (name.isEmpty() || !numeric) {
        continue;
      }
      if (name.startsWith("是否")) {
        context.report("question").on(row, IndicatorField.NAME).args(Rows.label(row)).emit();
        continue;
      }
      Optional<String> marker = lexicon.statementMarkers().stream()
          .filter(name::startsWith).findFirst();
      if (marker.isPresent()) {
        context.report("slogan").on(row, IndicatorField.NAME).args(Rows.label(row), marker.get())
            .emit();
        continue;
      }
      if (CLAUSES.matcher(name).find()) {
        // Two clauses in one name: a judgement of wording (one thing or several?), a hint only.
        context.report("sentence").on(row, IndicatorField.NAME).args(Rows.label(row))
            .severity(Severity.INFO).emit();
      }
    }
  }
}
