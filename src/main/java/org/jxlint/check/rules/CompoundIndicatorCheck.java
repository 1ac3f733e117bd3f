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


  @Override
  public void check(Submission submission, CheckContext context) {
    for (Indicator row : Rows.all(submission)) {
      String name = TextNormalizer.compact(row.name());
      if (!name.isEmpty() && listsItems(name) && !name.contains("等级")) {
        context.report("several").on(row, IndicatorField.NAME).args(Rows.label(row)).emit();
      }
    }
  }

  /**
   * 甲、乙 (an enumeration) or 甲等乙 (“…等宣传覆盖率”): a 、 or 等 with two Chinese characters
   * on either side. One pass over the name, so a name of any length takes linear time.
   */
  static boolean listsItems(String name) {
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if ((c == '、' || c == '等') && han(name, i, -1) && han(name, i + 1, 1)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the two code points before {@code at} (step -1) or from {@code at} on (1) are Han. */
  private static boolean han(String s, int at, int step) {
    int i = at;
    for (int k = 0; k < 2; k++) {
      if (step < 0 ? i <= 0 : i >= s.length()) {
        return false;
      }
      int cp = step < 0 ? s.codePointBefore(i) : s.codePointAt(i);
      if (Character.UnicodeScript.of(cp) != Character.UnicodeScript.HAN) {
        return false;
      }
      i += step * Character.charCount(cp);
    }
    return true;
  }
}
