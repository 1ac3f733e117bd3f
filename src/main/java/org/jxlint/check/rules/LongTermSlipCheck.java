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
 * A long-term and an annual value of the same indicator, words of one length that differ in one
 * character (规划 for 规范): probably a slip of the pen. A pair that points opposite ways is the
 * opposite-direction rule's.
 */
@LintRule(
    id = "long-term-annual-slip",
    name = "长期与年度指标疑有笔误",
    severity = Severity.WARNING,
    category = Category.CONSISTENCY,
    summary = "长期目标表与年度目标表的同一指标，文字指标值只差一个字，疑为笔误。",
    aliases = Inconsistencies.ALIAS)
public final class LongTermSlipCheck implements Check {

  @Override
  public void check(Submission submission, CheckContext context) {
    for (Inconsistencies.LongTermPair pair : Inconsistencies.longTermPairs(submission)) {
      if (!Inconsistencies.opposite(pair) && oneCharApart(pair)) {
        Indicator annual = pair.annual();
        context.report("slip").on(annual, IndicatorField.VALUE)
            .args(Rows.label(annual), annual.value().strip(), pair.longTerm().value().strip())
            .emit();
      }
    }
  }

  /** Words without digits, of one length, that differ in exactly one character. */
  private static boolean oneCharApart(Inconsistencies.LongTermPair pair) {
    String a = TextNormalizer.compact(pair.annual().value());
    String l = TextNormalizer.compact(pair.longTerm().value());
    if (a.length() < 2 || a.length() != l.length() || a.equals(l)
        || a.chars().anyMatch(Character::isDigit)) {
      return false;
    }
    int differ = 0;
    for (int i = 0; i < a.length(); i++) {
      differ += a.charAt(i) == l.charAt(i) ? 0 : 1;
    }
    return differ == 1;
  }
}
