package org.jxlint.check.rules;

import java.math.BigDecimal;
import java.util.Optional;
import org.jxlint.check.Category;
import org.jxlint.check.Check;
import org.jxlint.check.CheckContext;
import org.jxlint.check.LintRule;
import org.jxlint.check.Severity;
import org.jxlint.config.IndicatorLexicon;
import org.jxlint.model.Amount;
import org.jxlint.model.Comparator;
import org.jxlint.model.Indicator;
import org.jxlint.model.IndicatorField;
import org.jxlint.model.IndicatorTable;
import org.jxlint.model.MoneyUnit;
import org.jxlint.model.Submission;
import org.jxlint.model.TargetValue;
import org.jxlint.model.ValueKind;
import org.jxlint.text.TextNormalizer;

/**
 * A budget stated twice: an indicator named as the budget (项目金额, 预算资金) whose figure, in yuan,
 * differs from the project's budget or the fund total beyond the precision it was written at.
 */
@LintRule(
    id = "budget-restated-mismatch",
    name = "重述的预算金额不同",
    severity = Severity.ERROR,
    category = Category.CONSISTENCY,
    summary = "指标里重述的预算金额（项目金额、预算资金等）与项目预算数或资金总额不同。",
    aliases = Inconsistencies.ALIAS)
public final class BudgetRestatedMismatchCheck implements Check {

  @Override
  public void check(Submission submission, CheckContext context) {
    IndicatorLexicon lexicon = context.vocabulary().indicators();
    for (IndicatorTable table : submission.tables()) {
      Optional<Amount> budget = Budgets.of(table, submission,
          context.vocabulary().layout().fundTotals());
      if (budget.isEmpty()) {
        continue;
      }
      MoneyUnit label = submission.moneyUnit() == null ? MoneyUnit.YUAN : submission.moneyUnit();
      BigDecimal budgetYuan = Budgets.yuan(budget.get(), label);
      for (Indicator row : table.indicators()) {
        TargetValue t = row.target();
        if (t == null || t.kind() != ValueKind.NUMBER || t.unit() == null
            || t.comparator() != null && t.comparator() != Comparator.EQ
            || !IndicatorLexicon.containsAny(TextNormalizer.compact(Rows.name(row)),
                lexicon.words("budget-names"))) {
          continue;
        }
        Optional<MoneyUnit> unit = MoneyUnit.fromLabel(t.unit());
        if (unit.isEmpty()) {
          continue;
        }
        BigDecimal stated = t.number().multiply(unit.get().inYuan());
        BigDecimal tolerance = new BigDecimal("0.5").movePointLeft(Math.max(t.number().scale(), 0))
            .multiply(unit.get().inYuan());
        if (stated.subtract(budgetYuan).abs().compareTo(tolerance) > 0) {
          context.report("budget-twice").on(row, IndicatorField.VALUE)
              .args(Rows.label(row), Rows.valueWithUnit(row),
                  budget.get().raw().strip() + (Budgets.hasUnit(budget.get()) ? "" : label.label()))
              .emit();
        }
      }
    }
  }
}
