package org.jxlint.ingest.layout;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jxlint.config.LayoutLexicon;
import org.jxlint.model.Goal;
import org.jxlint.model.Scope;
import org.jxlint.text.TextNormalizer;

/**
 * The goals a form writes by their labels: beside the label (年度目标 | the goal), under a row of
 * goal column headers (长期目标（截止2027年） | 年度目标 over the goals), on the line after a label
 * that stands alone (年度绩效目标, then the goal), and a goal's text that goes on past a page break.
 */
final class GoalLines {

  /** A goal column's header: 长期目标（截止 2027 年） is long-term until 2027. */
  private record Column(Scope scope, Integer until) {}

  private final LayoutLexicon layout;
  private final List<Goal> goals = new ArrayList<>();
  /** Goal columns whose headers stood in the row above, by column: the goals are below them. */
  private final Map<Integer, Column> columns = new LinkedHashMap<>();
  /** A goal label alone on its line: the goal is the next line. */
  private Scope nextLine;

  GoalLines(LayoutLexicon layout) {
    this.layout = layout;
  }

  /** The goals read, in order. */
  List<Goal> goals() {
    return goals;
  }

  /** Goals that go before the others (a one-project form's own goals, from its fields). */
  void first(List<Goal> before) {
    goals.addAll(0, before);
  }

  /** The scope of the goals a label heads (长期目标, 年度目标), or null when it heads none. */
  Scope scopeOf(String label) {
    return layout.longTermGoals().startsWith(label) ? Scope.LONG_TERM
        : layout.annualGoals().startsWith(label) ? Scope.ANNUAL : null;
  }

  /** A goal label with no goal beside it at column {@code c}: the goal is below it. */
  void columnHeader(int c, Scope scope, String label) {
    columns.put(c, new Column(scope, LabelText.lastYear(label)));
  }

  /** Adds a goal; where it stands, for {@link #appendTo}. */
  int add(Goal goal) {
    goals.add(goal);
    return goals.size() - 1;
  }

  /** The rest of a goal's text, broken off by a page. */
  void appendTo(int index, String more) {
    Goal g = goals.get(index);
    goals.set(index, new Goal(g.scope(), g.text() + "\n" + more, g.until(), g.location()));
  }

  /**
   * The goals of a row under goal column headers; whether it held any. The headers are used up
   * by the row either way.
   */
  boolean underColumns(RawBlock.Row row) {
    if (columns.isEmpty()) {
      return false;
    }
    boolean used = false;
    for (Map.Entry<Integer, Column> e : columns.entrySet()) {
      String text = row.text(e.getKey());
      if (!TextNormalizer.isBlank(text)) {
        goals.add(new Goal(e.getValue().scope(), text, e.getValue().until(),
            row.cells().get(e.getKey()).location()));
        used = true;
      }
    }
    columns.clear();
    return used;
  }

  /** Whether a line is a goal label alone: the goal is the next line. */
  boolean labelAlone(String text) {
    if (!layout.annualGoals().is(text) && !layout.longTermGoals().is(text)) {
      return false;
    }
    nextLine = layout.longTermGoals().is(text) ? Scope.LONG_TERM : Scope.ANNUAL;
    return true;
  }

  /** The scope of the goal this line is, after a label alone; null otherwise. Used up. */
  Scope takeNextLine() {
    Scope s = nextLine;
    nextLine = null;
    return s;
  }

  /** Rows follow: a label alone on the line before has no goal on a line of its own. */
  void rowsFollow() {
    nextLine = null;
  }
}
