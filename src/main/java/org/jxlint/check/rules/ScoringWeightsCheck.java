package org.jxlint.check.rules;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jxlint.check.Category;
import org.jxlint.check.Check;
import org.jxlint.check.CheckContext;
import org.jxlint.check.LintRule;
import org.jxlint.check.Severity;
import org.jxlint.model.Indicator;
import org.jxlint.model.IndicatorTable;
import org.jxlint.model.Submission;
import org.jxlint.text.TextNormalizer;

/**
 * The full marks of a table's scoring column do not add up to 100: each row's full mark is the
 * first “得N分” of its 评（扣）分标准 (or a 分值 written alone). Checked only when every row states
 * one, so a partly filled column is not mistaken for a wrong total.
 */
@LintRule(
    id = "scoring-weights",
    name = "分值合计不是100",
    severity = Severity.WARNING,
    category = Category.ARITHMETIC,
    summary = "评（扣）分标准中各项指标的满分加起来不是100分。")
public final class ScoringWeightsCheck implements Check {

  private static final Pattern FULL_MARK = Pattern.compile(
      "(?:得|满分|计|分值|权重)[为:：]?\\s*(\\d+(?:\\.\\d+)?)\\s*分|^(\\d+(?:\\.\\d+)?)\\s*分?$");
  private static final int TOTAL = 100;
  private static final int MIN_ROWS = 3;

  @Override
  public void check(Submission submission, CheckContext context) {
    for (IndicatorTable table : submission.tables()) {
      java.math.BigDecimal sum = java.math.BigDecimal.ZERO;
      int scored = 0;
      for (Indicator row : table.indicators()) {
        String s = TextNormalizer.compact(row.scoring());
        if (s.isEmpty()) {
          continue;
        }
        Matcher m = FULL_MARK.matcher(s);
        if (!m.find()) {
          scored = -1;
          break;
        }
        sum = sum.add(new java.math.BigDecimal(m.group(1) != null ? m.group(1) : m.group(2)));
        scored++;
      }
      if (scored >= MIN_ROWS && scored == table.indicators().stream()
          .filter(r -> !TextNormalizer.isBlank(r.name()) || !TextNormalizer.isBlank(r.value()))
          .count() && sum.compareTo(java.math.BigDecimal.valueOf(TOTAL)) != 0) {
        Indicator first = table.indicators().get(0);
        String total = sum.stripTrailingZeros().toPlainString();
        context.report("total").evidence(total).at(table.location().isEmpty()
            ? first.location() : table.location()).args(table.index(), total, scored).emit();
      }
    }
  }
}
