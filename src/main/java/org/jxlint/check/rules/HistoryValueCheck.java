package org.jxlint.check.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jxlint.check.Category;
import org.jxlint.check.Check;
import org.jxlint.check.CheckContext;
import org.jxlint.check.LintRule;
import org.jxlint.check.Severity;
import org.jxlint.model.HistoryValue;
import org.jxlint.model.Indicator;
import org.jxlint.model.IndicatorTable;
import org.jxlint.model.SourceLocation;
import org.jxlint.model.Submission;
import org.jxlint.text.TextNormalizer;

/**
 * 前年/上年 columns that do not hold what was achieved: copied from this year's target on most
 * rows, written with a comparator (“≥95%” is a target, not a result), or words where the target is
 * a number.
 */
@LintRule(
    id = "history-value",
    name = "历史指标值填写不规范",
    severity = Severity.WARNING,
    category = Category.CONSISTENCY,
    summary = "“前年”“上年”等历史指标值照抄当年目标、带比较符，或在定量指标中写文字。")
public final class HistoryValueCheck implements Check {

  private static final Pattern DIGIT = Pattern.compile("\\d");
  /** Share of rows whose history equals the target above which the columns count as copied. */
  private static final double COPIED = 0.8;

  @Override
  public void check(Submission submission, CheckContext context) {
    for (IndicatorTable table : submission.tables()) {
      List<Indicator> rows = table.indicators().stream()
          .filter(r -> r.history().stream().anyMatch(h -> !TextNormalizer.isBlank(h.value())))
          .toList();
      if (rows.isEmpty()) {
        continue;
      }
      long copied = rows.stream().filter(HistoryValueCheck::copiedFromTarget).count();
      if (rows.size() >= 3 && copied >= COPIED * rows.size()) {
        Indicator first = rows.stream().filter(HistoryValueCheck::copiedFromTarget).findFirst()
            .orElseThrow();
        HistoryValue h = first.history().get(0);
        context.report("copied").onRow(first).evidence(h.value()).at(at(h, first))
            .args(table.index(), copied, rows.size()).emit();
        continue;
      }
      for (Indicator row : rows) {
        checkRow(row, context);
      }
    }
  }

  /**
   * Whether a value starts as a target does, with a comparator of values.yml (≥, 不低于, 至少 …):
   * an actual figure of a past year has none. “=” is how some write a plain figure.
   */
  private static boolean startsWithComparator(String value, org.jxlint.text.ValueLexicon values) {
    for (Map.Entry<String, org.jxlint.model.Comparator> e : values.prefixes().entrySet()) {
      if (e.getValue() != org.jxlint.model.Comparator.EQ && value.startsWith(e.getKey())) {
        return true;
      }
    }
    return false;
  }

  private static void checkRow(Indicator row, CheckContext context) {
    boolean numericTarget = Rows.hasNumber(row);
    for (HistoryValue h : row.history()) {
      String v = TextNormalizer.compact(h.value());
      if (v.isEmpty()) {
        continue;
      }
      if (startsWithComparator(v, context.vocabulary().values())) {
        context.report("comparator").onRow(row).evidence(h.value()).at(at(h, row))
            .args(Rows.label(row), h.label()).emit();
        return;
      }
      if (numericTarget && !DIGIT.matcher(v).find()) {
        context.report("words").onRow(row).evidence(h.value()).at(at(h, row))
            .args(Rows.label(row), h.label()).emit();
        return;
      }
    }
  }

  private static boolean copiedFromTarget(Indicator row) {
    String target = TextNormalizer.compact(row.value());
    List<String> values = new ArrayList<>();
    for (HistoryValue h : row.history()) {
      values.add(TextNormalizer.compact(h.value()));
    }
    return !target.isEmpty() && !values.isEmpty() && values.stream().allMatch(target::equals);
  }

  private static SourceLocation at(HistoryValue h, Indicator row) {
    return h.location() == null || h.location().isEmpty() ? row.location() : h.location();
  }
}
