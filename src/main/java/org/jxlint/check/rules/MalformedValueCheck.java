package org.jxlint.check.rules;

import java.math.BigDecimal;
import org.jxlint.check.Category;
import org.jxlint.check.Check;
import org.jxlint.check.CheckContext;
import org.jxlint.check.LintRule;
import org.jxlint.check.Severity;
import org.jxlint.model.Indicator;
import org.jxlint.model.IndicatorField;
import org.jxlint.model.Submission;
import org.jxlint.model.TargetValue;
import org.jxlint.model.ValueKind;
import org.jxlint.text.TextNormalizer;

/**
 * Values mangled on the way into the table: an Excel date serial (46022) where a deadline belongs,
 * a figure written twice in its cell (854万854万), two numbers run together (88100% for 88–100%).
 */
@LintRule(
    id = "malformed-value",
    name = "指标值格式错乱",
    severity = Severity.ERROR,
    category = Category.MEASURABILITY,
    summary = "指标值在录入或转换时错乱：Excel 日期变成了数字（如 46022）、数字重复（854万854万）、两个数连在一起（88100%）。")
public final class MalformedValueCheck implements Check {

  /** Run-together shares have at most five digits: at most 99, then at most 100. */
  private static final BigDecimal RUN_TOGETHER_BELOW = BigDecimal.valueOf(100_000);
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  @Override
  public void check(Submission submission, CheckContext context) {
    for (Indicator row : Rows.all(submission)) {
      checkRow(row, context);
    }
  }

  private static void checkRow(Indicator row, CheckContext context) {
    String value = TextNormalizer.compact(row.value());
    if (value.isEmpty()) {
      return;
    }
    if (writtenTwice(value)) {
      context.report("twice").on(row, IndicatorField.VALUE).args(Rows.label(row)).emit();
      return;
    }
    TargetValue t = row.target();
    if (t == null || t.kind() != ValueKind.NUMBER || t.number() == null) {
      return;
    }
    BigDecimal n = t.number();
    if (Rows.rateAsFraction(row, context.vocabulary().indicators())) {
      BigDecimal share = n.movePointRight(2).stripTrailingZeros();
      // The comparator the rate needs too, so the suggestion passes as it stands.
      boolean lower = Rows.direction(Rows.name(row), context.vocabulary().indicators())
          .filter(d -> d == Rows.Direction.LOWER).isPresent();
      String percent = share.toPlainString() + "%";
      String suggested = (lower ? "≤" : share.compareTo(HUNDRED) < 0 ? "≥" : "") + percent;
      context.report("fraction").on(row, IndicatorField.VALUE)
          .args(Rows.label(row), row.value().strip(), percent, suggested).emit();
      return;
    }
    if (Rows.dateSerial(row, context.vocabulary())) {
      java.time.LocalDate date = java.time.LocalDate.of(1899, 12, 30).plusDays(n.intValue());
      context.report("serial").on(row, IndicatorField.VALUE).args(Rows.label(row), date).emit();
      return;
    }
    if ("%".equals(t.unit()) && n.scale() <= 0 && n.compareTo(BigDecimal.valueOf(1000)) >= 0
        && n.compareTo(RUN_TOGETHER_BELOW) < 0) {
      String digits = n.toPlainString();
      for (int cut = 1; cut < digits.length(); cut++) {
        BigDecimal a = new BigDecimal(digits.substring(0, cut));
        BigDecimal b = new BigDecimal(digits.substring(cut));
        if (!digits.substring(cut).startsWith("0") && a.compareTo(b) < 0
            && b.compareTo(HUNDRED) <= 0) {
          context.report("run-together").on(row, IndicatorField.VALUE)
              .args(Rows.label(row), a + "–" + b + "%").emit();
          return;
        }
      }
    }
  }

  /**
   * The cell holds one figure written twice: two equal halves, each a figure with something
   * besides digits (a unit, %, a comparator). Digits alone are a number, not a repeat: 99, 1212.
   * Compared in place, so the work is linear in the length of the cell.
   */
  static boolean writtenTwice(String value) {
    int n = value.length();
    if (n < 4 || n % 2 != 0 || !value.regionMatches(0, value, n / 2, n / 2)) {
      return false;
    }
    boolean digit = false;
    boolean other = false;
    for (int i = 0; i < n / 2; i++) {
      boolean d = Character.isDigit(value.charAt(i));
      digit |= d;
      other |= !d;
    }
    return digit && other;
  }
}
