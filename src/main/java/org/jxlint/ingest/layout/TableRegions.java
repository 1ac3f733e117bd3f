package org.jxlint.ingest.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.jxlint.model.Indicator;
import org.jxlint.model.IndicatorTable;
import org.jxlint.model.Scope;
import org.jxlint.model.SourceLocation;
import org.jxlint.model.TableColumn;

/**
 * Reads the region of a form under one indicator header into tables: one table, or one per target
 * column when the header has several (long-term and annual, one per region), each row read by the
 * {@link TableInterpreter} with the 一级/二级 carried down, a tree's label rows setting the levels.
 */
final class TableRegions {

  private static final java.util.regex.Pattern YEAR =
      java.util.regex.Pattern.compile("(?:19|20)\\d{2}年?");

  private final TableInterpreter tables;
  private final java.util.function.Predicate<String> label;

  /** {@code label} tells a label (合计, 年度, a field's name), which names no project. */
  TableRegions(TableInterpreter tables, java.util.function.Predicate<String> label) {
    this.tables = tables;
    this.label = label;
  }

  /**
   * The tables a settled header and its body make, numbered from {@code firstIndex}; {@code title}
   * is a caption above the table (or null), {@code cue} the scope a heading above it named (or
   * null); the unit lines above a tree's first dimension go to {@code lines}, and a line there
   * that holds an amount (“某项目 | | 850000”) to {@code projects}, naming the table's project.
   */
  List<IndicatorTable> read(TableHeader settled, List<RawBlock.Row> body, String projectName,
      String title, Scope cue, SourceLocation at, int firstIndex,
      Consumer<RawBlock.Paragraph> lines, BiConsumer<RawCell, RawCell> projects) {
    List<IndicatorTable> out = new ArrayList<>();
    if (settled.tree() && projectName == null) {
      projectName = treeProject(body, projects);
    }
    List<Integer> targets = settled.valueColumns();
    if (targets.size() <= 1) {
      Scope scope = settled.longTerm() ? Scope.LONG_TERM
          : targets.isEmpty() ? Scope.ANNUAL : settled.scopes().get(targets.get(0));
      out.add(table(settled, settled.columns(), body, projectName, title,
          scope != null ? scope : cue != null ? cue : Scope.ANNUAL, at, firstIndex, lines));
      return out;
    }
    // One target column per scope or per region: each is a table of its own.
    for (int col : targets) {
      String caption = settled.label(col);
      String named = title == null ? caption : title + " / " + caption;
      out.add(table(settled.forTarget(col), settled.columns(), body, projectName, named,
          settled.scope(col), at, firstIndex + out.size(), lines));
    }
    return out;
  }

  /**
   * The project line above a tree's first dimension: its name and, in the last filled cell, a
   * figure (the 绩效金额); given to {@code projects} and named here; null when there is none.
   */
  private String treeProject(List<RawBlock.Row> body, BiConsumer<RawCell, RawCell> projects) {
    for (RawBlock.Row row : body) {
      if (tables.level1Of(row.text(0)).isPresent()) {
        return null;
      }
      List<RawCell> filled = row.filled();
      if (filled.size() == 2 && tables.isFigure(filled.get(1).text())
          && !YEAR.matcher(filled.get(1).text().strip()).matches()
          && !tables.isFigure(filled.get(0).text()) && !label.test(filled.get(0).text())) {
        projects.accept(filled.get(0), filled.get(1));
        return filled.get(0).text();
      }
    }
    return null;
  }

  private IndicatorTable table(TableHeader h, List<TableColumn> columns, List<RawBlock.Row> body,
      String projectName, String title, Scope scope, SourceLocation at, int index,
      Consumer<RawBlock.Paragraph> lines) {
    TableInterpreter.Carry carry = new TableInterpreter.Carry();
    List<Indicator> indicators = new ArrayList<>();
    for (int i = 0; i < body.size(); i++) {
      RawBlock.Row row = body.get(i);
      carry.lastRow = i == body.size() - 1;
      if (h.tree()) {
        if (carry.level1.isEmpty() && carry.level2.isEmpty()
            && tables.level1Of(row.text(0)).isEmpty()) {
          RawCell lead = row.cells().get(0);
          if (!lead.text().equals(projectName)) {
            lines.accept(new RawBlock.Paragraph(lead.text(), lead.location()));
          }
          continue;
        }
        if (tables.isLabelRow(row)) {
          if (i + 1 < body.size() && tables.isLabelRow(body.get(i + 1))) {
            tables.treeLevel1(row, carry);
          } else {
            tables.indicator(h, row, carry); // sets the level; a label row is no indicator
          }
          continue;
        }
      }
      tables.indicator(h, row, carry).ifPresent(indicators::add);
    }
    return new IndicatorTable(index, scope, projectName, title,
        TableInterpreter.withLevel1Above(indicators), at, columns);
  }
}
