package org.jxlint.check.rules;

import java.util.List;
import org.jxlint.check.Category;
import org.jxlint.check.Check;
import org.jxlint.check.CheckContext;
import org.jxlint.check.LintRule;
import org.jxlint.check.Severity;
import org.jxlint.model.Project;
import org.jxlint.model.ScheduleStep;
import org.jxlint.model.Submission;

/**
 * A cumulative spending schedule whose last step is not 100%. A schedule that goes down is the
 * decreasing rule's: it is not reported here as well.
 */
@LintRule(
    id = "spending-plan-short",
    name = "支出计划到期末不是100%",
    severity = Severity.ERROR,
    category = Category.ARITHMETIC,
    summary = "项目资金支出计划最后一个时间点（一般为12月底）的累计比例不是100%。",
    aliases = BudgetSums.ALIAS)
public final class SpendingPlanShortCheck implements Check {

  @Override
  public void check(Submission submission, CheckContext context) {
    for (Project p : submission.projects()) {
      List<ScheduleStep> steps = BudgetSums.steps(p);
      if (steps.isEmpty() || BudgetSums.firstDecrease(steps) >= 0) {
        continue;
      }
      ScheduleStep last = steps.get(steps.size() - 1);
      if (BudgetSums.value(last.share()).compareTo(BudgetSums.HUNDRED) != 0) {
        context.report("schedule-end").evidence(last.share().raw()).at(last.location())
            .args(p.name(), last.point(), last.share().raw().strip()).emit();
      }
    }
  }
}
