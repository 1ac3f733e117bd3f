package org.jxlint.check.rules;

import static org.jxlint.check.rules.BudgetSums.label;
import static org.jxlint.check.rules.BudgetSums.offBy;
import static org.jxlint.check.rules.BudgetSums.plain;
import static org.jxlint.check.rules.BudgetSums.sum;
import static org.jxlint.check.rules.BudgetSums.value;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
 * The budgets of the projects listed (this year's, else the total) against the 特定目标类/项目支出
 * line of the expenditure composition. Rounding is allowed at the precision written.
 */
@LintRule(
    id = "project-sum-mismatch",
    name = "项目预算与项目支出不符",
    severity = Severity.ERROR,
    category = Category.ARITHMETIC,
    summary = "所列各项目的预算相加，不等于支出构成中“特定目标类”（项目支出）的金额。",
    aliases = BudgetSums.ALIAS)
public final class ProjectSumMismatchCheck implements Check {

  @Override
  public void check(Submission submission, CheckContext context) {
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
    if (offBy(budgets, total)) {
      context.report("projects").evidence(total.raw()).at(line.get().location())
          .args(label(line.get()), total.raw().strip(), submission.projects().size(),
              plain(sum(budgets)))
          .emit();
    }
  }
}
