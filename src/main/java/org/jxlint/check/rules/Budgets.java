package org.jxlint.check.rules;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.jxlint.model.Amount;
import org.jxlint.model.FundItem;
import org.jxlint.model.IndicatorTable;
import org.jxlint.model.MoneyUnit;
import org.jxlint.model.Project;
import org.jxlint.model.Submission;
import org.jxlint.text.TextNormalizer;

/** The budget a table is funded by, and figures in 元, for the checks that compare money. */
final class Budgets {

  private Budgets() {}

  /**
   * The project's budget for a project table, or for a project's own submission (its total, else
   * its annual figure); the total of the fund table (资金总额, 合计 … as {@code totals} spells it,
   * lint-rules/layout.yml) for a department's own table. Empty when no figure is written.
   */
  static Optional<Amount> of(IndicatorTable table, Submission submission,
      org.jxlint.config.LabelSet totals) {
    Optional<Project> project = project(table, submission);
    if (project.isPresent()) {
      Project p = project.get();
      return Optional.ofNullable(hasValue(p.total()) ? p.total()
          : hasValue(p.annual()) ? p.annual() : null);
    }
    if (table.project() != null) {
      return Optional.empty(); // a project table whose project is not listed
    }
    for (FundItem f : submission.funds()) {
      if (totals.is(f.label()) && hasValue(f.amount())) {
        return Optional.of(f.amount());
      }
    }
    return Optional.empty();
  }

  /** The project a table belongs to; for a project's own submission with one project, that one. */
  static Optional<Project> project(IndicatorTable table, Submission submission) {
    if (table.project() == null) {
      return submission.kind() == org.jxlint.model.SubmissionKind.PROJECT
          && submission.projects().size() == 1
          ? Optional.of(submission.projects().get(0)) : Optional.empty();
    }
    String name = TextNormalizer.compact(table.project());
    return submission.projects().stream()
        .filter(p -> TextNormalizer.compact(p.name()).equals(name)).findFirst();
  }

  /** The figure in 元: by the unit written after it, else by the table's label. */
  static BigDecimal yuan(Amount a, MoneyUnit label) {
    return a.value().multiply(written(a).orElse(label).inYuan());
  }

  /** Whether the figure carries its own unit (80万元). */
  static boolean hasUnit(Amount a) {
    return written(a).isPresent();
  }

  private static Optional<MoneyUnit> written(Amount a) {
    String raw = TextNormalizer.compact(a.raw());
    return MoneyUnit.endingOf(raw);
  }

  private static boolean hasValue(Amount a) {
    return a != null && a.value() != null;
  }

  static Optional<FundItem> find(List<FundItem> items, String label) {
    for (FundItem i : items) {
      if (TextNormalizer.compact(i.label()).equals(label)) {
        return Optional.of(i);
      }
      Optional<FundItem> inner = find(i.children(), label);
      if (inner.isPresent()) {
        return inner;
      }
    }
    return Optional.empty();
  }
}
