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

/** A cumulative spending schedule (3月底 25%, 6月底 50% …) that goes down: the first such step. */
@LintRule(
    id = "spending-plan-decreasing",
    name = "支出进度累计比例下降",
    severity = Severity.ERROR,
    category = Category.ARITHMETIC,
    summary = "项目资金支出计划的累计比例后一个时间点低于前一个。",
    aliases = BudgetSums.ALIAS)
public final class SpendingPlanDecreasingCheck implements Check {

  @Override
  public void check(Submission submission, CheckContext context) {
    for (Project p : submission.projects()) {
      List<ScheduleStep> steps = BudgetSums.steps(p);
      int i = BudgetSums.firstDecrease(steps);
      if (i >= 0) {
        context.report("schedule-down").evidence(steps.get(i).share().raw())
            .at(steps.get(i).location())
            .args(p.name(), steps.get(i).point(), steps.get(i - 1).point()).emit();
      }
    }
  }
}
