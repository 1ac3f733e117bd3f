package org.jxlint.check.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.jxlint.model.Amount;
import org.jxlint.model.FundItem;
import org.jxlint.model.Project;
import org.jxlint.model.ScheduleStep;
import org.jxlint.text.TextNormalizer;

/**
 * What the rules split from {@code budget-sum-mismatch} share: figures, their sums, the rounding
 * allowed at the precision they were written, and the steps of a spending schedule.
 */
final class BudgetSums {

  /** The old id every rule split from it answers to. */
  static final String ALIAS = "budget-sum-mismatch";

  static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private BudgetSums() {}

  static BigDecimal value(Amount a) {
    return a == null ? null : a.value();
  }

  static BigDecimal sum(List<Amount> amounts) {
    return amounts.stream().map(Amount::value).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /** The amounts of those items that have one. */
  static List<Amount> pricedAmounts(List<FundItem> items) {
    return items.stream().map(FundItem::amount).filter(a -> value(a) != null).toList();
  }

  /** True when the parts' sum differs from the total by more than rounding allows. */
  static boolean offBy(List<Amount> parts, Amount total) {
    return sum(parts).subtract(total.value()).abs().compareTo(tolerance(parts, total)) > 0;
  }

  /**
   * Half a unit of the coarser precision written: 751.008 against 751.01 passes (0.005), 662.88
   * against 662.98 does not.
   */
  static BigDecimal tolerance(List<Amount> parts, Amount total) {
    int scale = parts.stream().mapToInt(a -> Math.max(a.value().scale(), 0)).max().orElse(0);
    if (value(total) != null) {
      scale = Math.min(scale, Math.max(total.value().scale(), 0));
    }
    return new BigDecimal("0.5").movePointLeft(scale).add(new BigDecimal("0.0000001"));
  }

  static String plain(BigDecimal d) {
    return d.setScale(Math.max(d.scale(), 0), RoundingMode.HALF_UP).stripTrailingZeros()
        .toPlainString();
  }

  static String label(FundItem item) {
    return label(item.label());
  }

  static String label(String label) {
    return TextNormalizer.despace(label).replaceAll("[：:]$", "");
  }

  /** The steps of a project's spending schedule that have a share. */
  static List<ScheduleStep> steps(Project p) {
    return p.schedule().stream().filter(s -> value(s.share()) != null).toList();
  }

  /**
   * The index of the first step whose cumulative share is lower than the step before, or -1. A
   * schedule that goes down is the decreasing rule's alone: the short-of-100% rule skips it.
   */
  static int firstDecrease(List<ScheduleStep> steps) {
    for (int i = 1; i < steps.size(); i++) {
      if (value(steps.get(i).share()).compareTo(value(steps.get(i - 1).share())) < 0) {
        return i;
      }
    }
    return -1;
  }
}
