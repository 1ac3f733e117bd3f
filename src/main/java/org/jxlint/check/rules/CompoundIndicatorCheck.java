package org.jxlint.check.rules;

import java.util.regex.Pattern;
import org.jxlint.check.Category;
import org.jxlint.check.Check;
import org.jxlint.check.CheckContext;
import org.jxlint.check.LintRule;
import org.jxlint.check.Severity;
import org.jxlint.model.Indicator;
import org.jxlint.model.IndicatorField;
import org.jxlint.model.Submission;
import org.jxlint.text.TextNormalizer;

/**
 * One indicator measuring several things at once: a name listing items with 、 or “及/和…等”
 * (禁毒宣传、法治宣传等宣传覆盖率) — which of them is the figure about?
 */
@LintRule(
    id = "compound-indicator",
    name = "一个指标考核几件事",
    severity = Severity.INFO,
    category = Category.MEASURABILITY,
    summary = "一个三级指标同时考核几件事，如“禁毒宣传、法治宣传等宣传覆盖率”。")
public final class CompoundIndicatorCheck implements Check {

  /** 甲、乙 (an enumeration) or 甲等乙 (“…等宣传覆盖率”). */
  private static final Pattern LIST = Pattern.compile("\\p{IsHan}{2,}、\\p{IsHan}{2,}|\\p{IsHan}{2,}等\\p{IsHan}{2,}");

  @Override
  public void check(Submission submission, CheckContext context) {
    for (Indicator row : Rows.all(submission)) {
      String name = TextNormalizer.compact(row.name());
      if (!name.isEmpty() && LIST.matcher(name).find() && !name.contains("等级")) {
        context.report("several").on(row, IndicatorField.NAME).args(Rows.label(row)).emit();
      }
    }
  }
}
