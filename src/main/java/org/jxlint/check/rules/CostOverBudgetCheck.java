package org.jxlint.check.rules;

import java.math.BigDecimal;
import java.util.Optional;
import org.jxlint.check.Category;
import org.jxlint.check.Check;
import org.jxlint.check.CheckContext;
import org.jxlint.check.LintRule;
import org.jxlint.check.Severity;
import org.jxlint.model.Amount;
import org.jxlint.model.Comparator;
import org.jxlint.model.Indicator;
import org.jxlint.model.IndicatorField;
import org.jxlint.model.IndicatorTable;
import org.jxlint.model.MoneyUnit;
import org.jxlint.model.Submission;
import org.jxlint.model.TargetValue;

/** A cost target (not a floor) above the table's budget, both in yuan. */
@LintRule(
    id = "cost-over-budget",
    name = "成本指标超过预算",
    severity = Severity.ERROR,
    category = Category.ARITHMETIC,
    summary = "成本指标的金额超过了项目预算数或资金总额。",
    aliases = BudgetSums.ALIAS)
public final class CostOverBudgetCheck implements Check {

  @Override
  public void check(Submission submission, CheckContext context) {
    MoneyUnit unit = submission.moneyUnit() == null ? MoneyUnit.YUAN : submission.moneyUnit();
    for (IndicatorTable table : submission.tables()) {
      Amount budget = Budgets.of(table, submission,
          context.vocabulary().layout().fundTotals()).orElse(null);
      if (BudgetSums.value(budget) == null
          || submission.moneyUnit() == null && !Budgets.hasUnit(budget)) {
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
        if (valueUnit.isPresent()
            && t.number().multiply(valueUnit.get().inYuan()).compareTo(budgetYuan) > 0) {
          context.report("cost-over-budget").on(row, IndicatorField.VALUE)
              .args(Rows.label(row), row.value().strip(), budget.raw().strip() + unit.label())
              .emit();
        }
      }
    }
  }
}
