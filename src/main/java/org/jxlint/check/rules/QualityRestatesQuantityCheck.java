package org.jxlint.check.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
import org.jxlint.text.TextNormalizer;

/**
 * A 质量 indicator that only restates a 数量 one as a rate of completion: 授课人次 25人次 under
 * 数量, then 授课完成率 100% under 质量. It measures the same count twice and no quality.
 */
@LintRule(
    id = "quality-restates-quantity",
    name = "质量指标重复数量指标",
    severity = Severity.WARNING,
    category = Category.DUPLICATION,
    summary = "质量指标只是把同一张表的数量指标换算成完成的比例（“授课人次”与“授课完成率”），考核的还是数量。",
    aliases = "duplicate-across-dimensions")
public final class QualityRestatesQuantityCheck implements Check {

  /** What is left must say enough to be one thing, not a bare 培训 or 工作. */
  private static final int MIN_STEM = 4;

  /** A 数量 row and its name as compared. */
  private record Count(Indicator row, String name) {}

  @Override
  public void check(Submission submission, CheckContext context) {
    for (IndicatorTable table : submission.tables()) {
      check(table, context.vocabulary(), context);
    }
  }

  private static void check(IndicatorTable table, Vocabulary vocabulary, CheckContext context) {
    List<Count> counts = new ArrayList<>();
    for (Indicator r : table.indicators()) {
      if (Rows.dimension(r, vocabulary).filter("quantity"::equals).isPresent()) {
        counts.add(new Count(r, plain(r.name())));
      }
    }
    if (counts.isEmpty()) {
      return;
    }
    for (Indicator row : table.indicators()) {
      if (Rows.dimension(row, vocabulary).filter("quality"::equals).isEmpty()) {
        continue;
      }
      String name = plain(row.name());
      // An ending that turns a count into a rate of doing it (rule-words completion-endings).
      java.util.Optional<String> ending =
          RuleWords.ending(vocabulary.indicators(), "completion-endings", name);
      int start = name.length() - ending.map(String::length).orElse(0);
      if (ending.isEmpty() || start < MIN_STEM) {
        continue;
      }
      String stem = name.substring(0, start);
      counted(stem, counts).ifPresent(q -> context.report("restated").on(row, IndicatorField.NAME)
          .args(Rows.label(row), Rows.dimensionAsWritten(row), Rows.dimensionAsWritten(q),
              Rows.label(q))
          .emit());
    }
  }

  /** The 数量 row that counts what the stem names. */
  private static Optional<Indicator> counted(String stem, List<Count> counts) {
    return counts.stream().filter(q -> q.name().contains(stem)).map(Count::row).findFirst();
  }

  private static String plain(String text) {
    return TextNormalizer.bare(text);
  }
}
