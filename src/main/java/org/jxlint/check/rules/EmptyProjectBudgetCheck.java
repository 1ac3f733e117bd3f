package org.jxlint.check.rules;

import java.util.List;
import java.util.Optional;
import org.jxlint.check.Category;
import org.jxlint.check.Check;
import org.jxlint.check.CheckContext;
import org.jxlint.check.LintRule;
import org.jxlint.check.Severity;
import org.jxlint.config.LabelSet;
import org.jxlint.model.FundItem;
import org.jxlint.model.Project;
import org.jxlint.model.Submission;
import org.jxlint.text.TextNormalizer;

/**
 * A project without its budget: its cell in a project list is empty, or a single project's
 * 资金总额 field is there and empty. A form with no budget field at all leaves nothing blank.
 */
@LintRule(
    id = "empty-project-budget",
    name = "项目预算数未填",
    severity = Severity.WARNING,
    category = Category.COMPLETENESS,
    summary = "项目清单里某个项目的预算数空着，或项目表上“资金总额”一栏空着。",
    aliases = BlankCells.ALIAS)
public final class EmptyProjectBudgetCheck implements Check {

  @Override
  public void check(Submission submission, CheckContext context) {
    boolean list = submission.projects().size() > 1;
    Optional<FundItem> blankTotal = blankTotal(submission.funds(),
        context.vocabulary().layout().fundTotals());
    for (Project project : submission.projects()) {
      if (project.total() != null && !TextNormalizer.isBlank(project.total().raw())
          || TextNormalizer.isBlank(project.name())) {
        continue; // (a project without a name is a reading artefact, not the unit's gap)
      }
      if (list) {
        // A project list with a budget column: this project's cell is empty.
        context.report("project-budget").evidence("").at(project.location())
            .args(project.name()).emit();
      } else if (blankTotal.isPresent()) {
        // The form's 资金总额 field is there and empty; a form with no budget field at all
        // (a 项目库申报表, a notice) leaves nothing blank.
        context.report("project-budget-field").evidence("").at(blankTotal.get().location())
            .args(project.name(), TextNormalizer.despace(blankTotal.get().label())).emit();
      }
    }
  }

  /** A fund line labelled as the total (资金总额, 合计) whose amount is blank. */
  private static Optional<FundItem> blankTotal(List<FundItem> funds, LabelSet totals) {
    for (FundItem f : funds) {
      if (totals.is(f.label()) && (f.amount() == null || TextNormalizer.isBlank(
          f.amount().raw()))) {
        return Optional.of(f);
      }
      Optional<FundItem> below = blankTotal(f.children(), totals);
      if (below.isPresent()) {
        return below;
      }
    }
    return Optional.empty();
  }
}
