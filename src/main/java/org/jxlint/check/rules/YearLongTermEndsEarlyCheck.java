package org.jxlint.check.rules;

import java.util.HashSet;
import java.util.Set;
import org.jxlint.check.Category;
import org.jxlint.check.Check;
import org.jxlint.check.CheckContext;
import org.jxlint.check.LintRule;
import org.jxlint.check.Severity;
import org.jxlint.model.Goal;
import org.jxlint.model.Scope;
import org.jxlint.model.Submission;

/** A long-term goal whose period ends in the budget year or before. */
@LintRule(
    id = "year-long-term-ends-early",
    name = "长期目标截止于当年",
    severity = Severity.WARNING,
    category = Category.TIME,
    summary = "长期目标的截止年度不晚于预算年度，与年度目标没有区别。",
    aliases = TargetYears.ALIAS)
public final class YearLongTermEndsEarlyCheck implements Check {

  @Override
  public void check(Submission submission, CheckContext context) {
    Integer year = submission.year();
    if (year == null) {
      return;
    }
    // Several long-term goals under one period heading share its end: said once.
    Set<Integer> endsSaid = new HashSet<>();
    for (Goal goal : submission.goals()) {
      if (goal.scope() == Scope.LONG_TERM && goal.until() != null && goal.until() <= year
          && endsSaid.add(goal.until())) {
        context.report("long-term").evidence(goal.text()).at(goal.location())
            .args(goal.until(), year).emit();
      }
    }
  }
}
