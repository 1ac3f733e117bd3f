package org.jxlint.ingest.layout;

import java.util.ArrayList;
import java.util.List;
import org.jxlint.config.LayoutLexicon;
import org.jxlint.model.Amount;
import org.jxlint.model.FundItem;
import org.jxlint.model.Project;
import org.jxlint.model.SubmissionKind;

/**
 * The budget of a form once everything is read: the fund block's total, a project's own figure,
 * or, where neither is written, the amount found on a line of its own or in a sentence. A project's
 * own form whose project fields carry no amount takes the total of its fund block.
 */
final class Budget {

  private final List<FundItem> funds;
  private final HeaderFacts facts;
  private final LayoutLexicon layout;

  Budget(List<FundItem> funds, HeaderFacts facts, LayoutLexicon layout) {
    this.funds = funds;
    this.facts = facts;
    this.layout = layout;
  }

  /** The projects, a project form's single project given the form's total when it has none. */
  List<Project> projects(List<Project> projects, SubmissionKind kind) {
    if (kind != SubmissionKind.PROJECT || projects.size() != 1) {
      return projects;
    }
    Project p = projects.get(0);
    if (has(p.total()) || has(p.annual())) {
      return projects;
    }
    Amount total = fundTotal();
    if (total == null) {
      total = facts.fallbackAmount();
    }
    if (total == null) {
      return projects;
    }
    return List.of(new Project(p.name(), p.code(), p.category(), total, p.annual(), p.fiscal(),
        p.other(), p.schedule(), p.purpose(), p.goal(), p.period(), p.location()));
  }

  /** The fund items, with the amount found outside any fund block when nothing else has one. */
  List<FundItem> funds(List<Project> projects) {
    boolean anyFigure = fundTotal() != null
        || projects.stream().anyMatch(p -> has(p.total()) || has(p.annual()));
    FundItem fallback = facts.fallbackFund();
    if (anyFigure || fallback == null) {
      return funds;
    }
    List<FundItem> out = new ArrayList<>(funds);
    out.add(fallback);
    return out;
  }

  /** The figure the budget is stated in: one project's own, else the funds' total, else a project's. */
  Amount figure(List<Project> projects) {
    if (projects.size() == 1) {
      Project p = projects.get(0);
      if (has(p.total())) {
        return p.total();
      }
      if (has(p.annual())) {
        return p.annual();
      }
    }
    Amount total = fundTotal();
    if (total == null) {
      total = projects.stream().map(p -> has(p.total()) ? p.total() : p.annual())
          .filter(Budget::has).findFirst().orElse(null);
    }
    return total != null ? total : facts.fallbackAmount();
  }

  /** The first total (资金总额, 合计 …) with a figure, else the first top-level item with one. */
  private Amount fundTotal() {
    Amount labelled = firstTotal(funds);
    if (labelled != null) {
      return labelled;
    }
    for (FundItem f : funds) {
      if (has(f.amount())) {
        return f.amount();
      }
    }
    return null;
  }

  private Amount firstTotal(List<FundItem> items) {
    for (FundItem f : items) {
      if (layout.fundTotals().startsWith(f.label()) && has(f.amount())) {
        return f.amount();
      }
      Amount inner = firstTotal(f.children());
      if (inner != null) {
        return inner;
      }
    }
    return null;
  }

  private static boolean has(Amount a) {
    return a != null && a.value() != null;
  }
}
