package org.jxlint.check.rules;

import static org.jxlint.check.rules.BudgetSums.label;
import static org.jxlint.check.rules.BudgetSums.offBy;
import static org.jxlint.check.rules.BudgetSums.plain;
import static org.jxlint.check.rules.BudgetSums.pricedAmounts;
import static org.jxlint.check.rules.BudgetSums.sum;
import static org.jxlint.check.rules.BudgetSums.value;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jxlint.check.Category;
import org.jxlint.check.Check;
import org.jxlint.check.CheckContext;
import org.jxlint.check.LintRule;
import org.jxlint.check.Severity;
import org.jxlint.model.Amount;
import org.jxlint.model.FundItem;
import org.jxlint.model.Project;
import org.jxlint.model.Submission;

/**
 * The parts of a fund line that do not add up to its total (each year column on its own), and a
 * project's 财政资金 + 其他资金 against its 预算数. Rounding is allowed at the precision the figures
 * were written.
 */
@LintRule(
    id = "fund-sum-mismatch",
    name = "资金构成合计不等",
    severity = Severity.ERROR,
    category = Category.ARITHMETIC,
    summary = "资金构成各项之和与合计不等（各年度一栏分别核对），或项目的财政资金与其他资金之和不等于预算数。",
    aliases = BudgetSums.ALIAS)
public final class FundSumMismatchCheck implements Check {

  @Override
  public void check(Submission submission, CheckContext context) {
    for (FundItem item : submission.funds()) {
      checkFund(item, context);
    }
    for (Project p : submission.projects()) {
      if (value(p.total()) != null && value(p.fiscal()) != null) {
        List<Amount> parts = value(p.other()) != null ? List.of(p.fiscal(), p.other())
            : List.of(p.fiscal());
        if (offBy(parts, p.total())) {
          context.report("project-funds").evidence(p.total().raw()).at(p.location())
              .args(p.name(), p.total().raw().strip(), plain(sum(parts))).emit();
        }
      }
    }
  }

  private static void checkFund(FundItem item, CheckContext context) {
    List<FundItem> parts = item.children();
    if (item.amount() != null && item.amount().value() != null) {
      List<FundItem> priced = parts.stream().filter(p -> value(p.amount()) != null).toList();
      // Parts that are all groups without amounts (按收入性质分, 按支出性质分) are alternative
      // breakdowns, each summing to the whole. Otherwise a group without its own amount beside
      // priced parts (财政资金 › 中央, 省级 … beside 其他) counts as the sum of its parts, and a
      // part with no amount at all makes the sum unknown.
      List<FundItem> groups = parts.stream()
          .filter(p -> value(p.amount()) == null && !p.children().isEmpty()).toList();
      if (priced.isEmpty()) {
        for (FundItem group : groups) {
          List<Amount> below = pricedAmounts(group.children());
          if (!below.isEmpty()) {
            compare(item, item.amount(), below, group.label(), context);
          }
        }
      } else {
        List<Amount> sum = new ArrayList<>(pricedAmounts(parts));
        boolean complete = priced.size() + groups.size() == parts.size();
        for (FundItem group : groups) {
          List<Amount> below = pricedAmounts(group.children());
          complete &= !below.isEmpty();
          sum.addAll(below);
        }
        if (complete) {
          compare(item, item.amount(), sum, null, context);
        }
      }
      for (Map.Entry<String, Amount> year : item.years().entrySet()) {
        List<Amount> amounts = new ArrayList<>();
        for (FundItem p : priced) {
          Amount a = p.years().get(year.getKey());
          if (value(a) != null) {
            amounts.add(a);
          }
        }
        if (value(year.getValue()) != null && amounts.size() == priced.size() && !amounts.isEmpty()
            && offBy(amounts, year.getValue())) {
          context.report("year-parts").evidence(year.getValue().raw()).at(item.location())
              .args(label(item), year.getKey(), year.getValue().raw().strip(),
                  plain(sum(amounts)))
              .emit();
        }
      }
    }
    for (FundItem child : parts) {
      checkFund(child, context);
    }
  }

  private static void compare(FundItem item, Amount total, List<Amount> parts, String group,
      CheckContext context) {
    if (offBy(parts, total)) {
      context.report(group == null ? "parts" : "group-parts").evidence(total.raw())
          .at(item.location())
          .args(label(item), total.raw().strip(), plain(sum(parts)),
              group == null ? "" : label(group))
          .emit();
    }
  }
}
