package org.jxlint.check.rules;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jxlint.check.CheckContext;
import org.jxlint.check.Severity;
import org.jxlint.config.Vocabulary;
import org.jxlint.model.Indicator;
import org.jxlint.model.IndicatorField;
import org.jxlint.model.IndicatorTable;
import org.jxlint.text.TextNormalizer;

/**
 * A 质量 indicator that only restates a 数量 one as a rate of completion: 授课人次 25人次 under
 * 数量, then 授课完成率 100% under 质量. It measures the same count twice and no quality.
 */
final class RestatedQuantity {

  /** Endings that turn a count into a rate of doing it. */
  private static final Pattern COMPLETION = Pattern.compile("(完成率|达标率|完成比例|完成度|完成情况)$");
  /** What is left must say enough to be one thing, not a bare 培训 or 工作. */
  private static final int MIN_STEM = 4;

  private RestatedQuantity() {}

  static void check(IndicatorTable table, Vocabulary vocabulary, CheckContext context) {
    java.util.List<Count> counts = new java.util.ArrayList<>();
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
      Matcher m = COMPLETION.matcher(name);
      if (!m.find() || m.start() < MIN_STEM) {
        continue;
      }
      String stem = name.substring(0, m.start());
      counted(stem, counts).ifPresent(q -> context.report("restated").on(row, IndicatorField.NAME)
          .args(Rows.label(row), Rows.dimensionAsWritten(row), Rows.dimensionAsWritten(q),
              Rows.label(q))
          .severity(Severity.WARNING).emit());
    }
  }

  /** The 数量 row that counts what the stem names. */
  /** A 数量 row and its name as compared. */
  private record Count(Indicator row, String name) {}

  private static Optional<Indicator> counted(String stem, java.util.List<Count> counts) {
    return counts.stream().filter(q -> q.name().contains(stem)).map(Count::row).findFirst();
  }

  private static String plain(String text) {
    return TextNormalizer.compact(text).replaceAll("[\\p{P}\\p{S}]", "");
  }
}
