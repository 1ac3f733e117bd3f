package org.jxlint.check.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jxlint.check.Category;
import org.jxlint.check.Check;
import org.jxlint.check.CheckContext;
import org.jxlint.check.LintRule;
import org.jxlint.check.Severity;
import org.jxlint.model.Amount;
import org.jxlint.model.Comparator;
import org.jxlint.model.FundItem;
import org.jxlint.model.Indicator;
import org.jxlint.model.IndicatorField;
import org.jxlint.model.IndicatorTable;
import org.jxlint.model.MoneyUnit;
import org.jxlint.model.Project;
import org.jxlint.model.ScheduleStep;
import org.jxlint.model.Submission;
import org.jxlint.model.TargetValue;
import org.jxlint.text.TextNormalizer;

/**
 * Figures that must add up and do not: the parts of a fund line and its total (each year column on
 * its own), shares that do not make 100%, 财政资金 + 其他资金 against 预算数, the projects against the
 * project line, a spending schedule that goes down or stops short of 100%, and a cost target above
 * the budget. Rounding is allowed at the precision the figures were written.
 */
@LintRule(
    id = "budget-sum-mismatch",
    name = "预算构成合计不等",
    severity = Severity.ERROR,
    category = Category.ARITHMETIC,
    summary = "资金构成各项之和与合计不等、占比合计不是100%、项目预算与项目支出不符、支出计划不到100%、成本超过预算。")
public final class BudgetSumMismatchCheck implements Check {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  @Override
  public void check(Submission submission, CheckContext context) {
    MoneyUnit unit = submission.moneyUnit() == null ? MoneyUnit.YUAN : submission.moneyUnit();
    for (FundItem item : submission.funds()) {
      checkFund(item, context);
    }
    checkProjectLine(submission, context);
    for (Project project : submission.projects()) {
      checkProject(project, context);
    }
    checkCosts(submission, unit, context);
  }

  // ---- fund lines ----------------------------------------------------------------------------

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
        if (value(year.getValue()) != null && amounts.size() == priced.size() && !amounts.isEmpty()) {
          compareYear(item, year.getKey(), year.getValue(), amounts, context);
        }
      }
    }
    List<Amount> shares = parts.stream().map(FundItem::share).filter(s -> value(s) != null)
        .toList();
    if (shares.size() >= 2) {
      BigDecimal sum = sum(shares);
      BigDecimal whole = value(item.share()) != null ? value(item.share()) : HUNDRED;
      BigDecimal tolerance = new BigDecimal("0.05").add(tolerance(shares, item.share()));
      if (sum.subtract(whole).abs().compareTo(tolerance) > 0) {
        context.report("shares").evidence(shareText(parts)).at(item.location())
            .args(label(item), plain(sum), plain(whole)).emit();
      }
    }
    for (FundItem child : parts) {
      checkFund(child, context);
    }
  }

  private static void compare(FundItem item, Amount total, List<Amount> parts, String group,
      CheckContext context) {
    BigDecimal sum = sum(parts);
    if (sum.subtract(total.value()).abs().compareTo(tolerance(parts, total)) > 0) {
      context.report(group == null ? "parts" : "group-parts").evidence(total.raw())
          .at(item.location())
          .args(label(item), total.raw().strip(), plain(sum), group == null ? "" : label(group))
          .emit();
    }
  }

  private static void compareYear(FundItem item, String year, Amount total, List<Amount> parts,
      CheckContext context) {
    BigDecimal sum = sum(parts);
    if (sum.subtract(total.value()).abs().compareTo(tolerance(parts, total)) > 0) {
      context.report("year-parts").evidence(total.raw()).at(item.location())
          .args(label(item), year, total.raw().strip(), plain(sum)).emit();
    }
  }

  // ---- projects ------------------------------------------------------------------------------

  /** The projects listed against the 特定目标类/项目支出 line of the expenditure composition. */
  private static void checkProjectLine(Submission submission, CheckContext context) {
    if (submission.projects().size() < 2) {
      return;
    }
    List<Amount> budgets = new ArrayList<>();
    for (Project p : submission.projects()) {
      Amount a = value(p.annual()) != null ? p.annual() : p.total();
      if (value(a) == null) {
        return;
      }
      budgets.add(a);
    }
    Optional<FundItem> line = Budgets.find(submission.funds(), "特定目标类项目支出")
        .or(() -> Budgets.find(submission.funds(), "特定目标类"))
        .or(() -> Budgets.find(submission.funds(), "项目支出"));
    if (line.isEmpty() || value(line.get().amount()) == null) {
      return;
    }
    Amount total = line.get().amount();
    BigDecimal sum = sum(budgets);
    if (sum.subtract(total.value()).abs().compareTo(tolerance(budgets, total)) > 0) {
      context.report("projects").evidence(total.raw()).at(line.get().location())
          .args(label(line.get()), total.raw().strip(), submission.projects().size(), plain(sum))
          .emit();
    }
  }

  private static void checkProject(Project p, CheckContext context) {
    if (value(p.total()) != null && value(p.fiscal()) != null) {
      List<Amount> parts = value(p.other()) != null ? List.of(p.fiscal(), p.other())
          : List.of(p.fiscal());
      BigDecimal sum = sum(parts);
      if (sum.subtract(p.total().value()).abs().compareTo(tolerance(parts, p.total())) > 0) {
        context.report("project-funds").evidence(p.total().raw()).at(p.location())
            .args(p.name(), p.total().raw().strip(), plain(sum)).emit();
      }
    }
    List<ScheduleStep> steps = p.schedule().stream().filter(s -> value(s.share()) != null).toList();
    if (steps.isEmpty()) {
      return;
    }
    for (int i = 1; i < steps.size(); i++) {
      if (value(steps.get(i).share()).compareTo(value(steps.get(i - 1).share())) < 0) {
        context.report("schedule-down").evidence(steps.get(i).share().raw())
            .at(steps.get(i).location()).args(p.name(), steps.get(i).point(),
                steps.get(i - 1).point()).emit();
        return;
      }
    }
    ScheduleStep last = steps.get(steps.size() - 1);
    if (value(last.share()).compareTo(HUNDRED) != 0) {
      context.report("schedule-end").evidence(last.share().raw()).at(last.location())
          .args(p.name(), last.point(), last.share().raw().strip()).emit();
    }
  }

  // ---- cost targets against the budget -------------------------------------------------------

  private static void checkCosts(Submission submission, MoneyUnit unit, CheckContext context) {
    for (IndicatorTable table : submission.tables()) {
      Amount budget = Budgets.of(table, submission,
        context.vocabulary().layout().fundTotals()).orElse(null);
      if (value(budget) == null || submission.moneyUnit() == null && !Budgets.hasUnit(budget)) {
        continue; // a budget of unknown unit (no 万元 beside it, none for the form) is no yardstick
      }
      BigDecimal budgetYuan = Budgets.yuan(budget, unit);
      for (Indicator row : table.indicators()) {
        TargetValue t = row.target();
        if (t == null || t.number() == null || t.unit() == null
            || t.comparator() == Comparator.GE || t.comparator() == Comparator.GT
            || !context.vocabulary().indicators().means(row.name(), "cost")) {
          continue;
        }
        Optional<MoneyUnit> valueUnit = MoneyUnit.fromLabel(t.unit());
        if (valueUnit.isEmpty()) {
          continue;
        }
        BigDecimal cost = t.number().multiply(valueUnit.get().inYuan());
        if (cost.compareTo(budgetYuan) > 0) {
          context.report("cost-over-budget").on(row, IndicatorField.VALUE)
              .args(Rows.label(row), row.value().strip(), budget.raw().strip() + unit.label())
              .emit();
        }
      }
    }
  }

  // ---- figures -------------------------------------------------------------------------------

  private static List<Amount> pricedAmounts(List<FundItem> items) {
    return items.stream().map(FundItem::amount).filter(a -> value(a) != null).toList();
  }

  private static BigDecimal value(Amount a) {
    return a == null ? null : a.value();
  }

  private static BigDecimal sum(List<Amount> amounts) {
    return amounts.stream().map(Amount::value).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /**
   * Half a unit of the coarser precision written: 751.008 against 751.01 passes (0.005), 662.88
   * against 662.98 does not.
   */
  private static BigDecimal tolerance(List<Amount> parts, Amount total) {
    int scale = parts.stream().mapToInt(a -> Math.max(a.value().scale(), 0)).max().orElse(0);
    if (value(total) != null) {
      scale = Math.min(scale, Math.max(total.value().scale(), 0));
    }
    return new BigDecimal("0.5").movePointLeft(scale).add(new BigDecimal("0.0000001"));
  }

  private static String plain(BigDecimal d) {
    return d.setScale(Math.max(d.scale(), 0), RoundingMode.HALF_UP).stripTrailingZeros()
        .toPlainString();
  }

  private static String label(FundItem item) {
    return label(item.label());
  }

  private static String label(String label) {
    return TextNormalizer.despace(label).replaceAll("[：:]$", "");
  }

  private static String shareText(List<FundItem> parts) {
    return String.join(" + ", parts.stream().map(FundItem::share).filter(s -> value(s) != null)
        .map(s -> s.raw().strip()).toList());
  }
}
