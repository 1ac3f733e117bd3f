package org.jxlint.check.rules;

import static org.jxlint.check.rules.BudgetSums.HUNDRED;
import static org.jxlint.check.rules.BudgetSums.label;
import static org.jxlint.check.rules.BudgetSums.plain;
import static org.jxlint.check.rules.BudgetSums.sum;
import static org.jxlint.check.rules.BudgetSums.tolerance;
import static org.jxlint.check.rules.BudgetSums.value;

import java.math.BigDecimal;
import java.util.List;
import org.jxlint.check.Category;
import org.jxlint.check.Check;
import org.jxlint.check.CheckContext;
import org.jxlint.check.LintRule;
import org.jxlint.check.Severity;
import org.jxlint.model.Amount;
import org.jxlint.model.FundItem;
import org.jxlint.model.Submission;

/**
 * The shares (占比) of a fund line's parts that do not make 100%, or the line's own share when it
 * has one, beyond 0.05 points and the rounding of the figures as written.
 */
@LintRule(
    id = "share-sum-mismatch",
    name = "占比合计不是100%",
    severity = Severity.ERROR,
    category = Category.ARITHMETIC,
    summary = "资金构成各项的占比相加不等于100%（或不等于上一级的占比）。",
    aliases = BudgetSums.ALIAS)
public final class ShareSumMismatchCheck implements Check {

  @Override
  public void check(Submission submission, CheckContext context) {
    for (FundItem item : submission.funds()) {
      check(item, context);
    }
  }

  private static void check(FundItem item, CheckContext context) {
    List<FundItem> parts = item.children();
    List<Amount> shares = parts.stream().map(FundItem::share).filter(s -> value(s) != null)
        .toList();
    if (shares.size() >= 2) {
      BigDecimal sum = sum(shares);
      BigDecimal whole = value(item.share()) != null ? value(item.share()) : HUNDRED;
      BigDecimal tolerance = new BigDecimal("0.05").add(tolerance(shares, item.share()));
      if (sum.subtract(whole).abs().compareTo(tolerance) > 0) {
        context.report("shares").evidence(shareText(shares)).at(item.location())
            .args(label(item), plain(sum), plain(whole)).emit();
      }
    }
    for (FundItem child : parts) {
      check(child, context);
    }
  }

  private static String shareText(List<Amount> shares) {
    return String.join(" + ", shares.stream().map(s -> s.raw().strip()).toList());
  }
}
