package org.jxlint.check.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jxlint.check.CheckContext;
import org.jxlint.config.FrameworkCatalog;
import org.jxlint.model.Indicator;
import org.jxlint.model.IndicatorTable;
import org.jxlint.model.SourceLocation;
import org.jxlint.model.Submission;
import org.jxlint.text.TextNormalizer;

/**
 * What the blank-cell rules (split from {@code empty-value}) share: which tables have cells to
 * leave blank, which rows they look at, and the whole-column conditions that make one finding for a
 * table instead of one per row (so a rule about one row stays quiet where a rule about the column
 * speaks).
 */
final class BlankCells {

  /** The old id every blank-cell rule answers to. */
  static final String ALIAS = "empty-value";

  /**
   * A row the row rules look at, with what its table says about whole columns: no 三级 names on
   * any row ({@code noNames}), no 二级 on any row ({@code noLevel2}).
   */
  record TableRow(IndicatorTable table, Indicator row, boolean noNames, boolean noLevel2) {

    /** A row the rules for a named row judge: its table names indicators, and it is not blank. */
    boolean judged() {
      return !noNames && !isBlankRow(row);
    }
  }

  private BlankCells() {}

  /** The tables read from cells: sentences have no cells to leave blank (narrative-indicators). */
  static List<IndicatorTable> cellTables(Submission submission) {
    return submission.tables().stream().filter(t -> !t.fromProse()).toList();
  }

  /**
   * The rows of the cell tables, but for a row the text stops inside (a reading note's, not the
   * submitter's gap).
   */
  static List<TableRow> rows(Submission submission, FrameworkCatalog frameworks) {
    Set<SourceLocation> cut = Rows.cutShort(submission);
    List<TableRow> out = new ArrayList<>();
    for (IndicatorTable table : cellTables(submission)) {
      boolean noNames = noNames(table, frameworks);
      boolean noLevel2 = noLevel2(table);
      for (Indicator row : table.indicators()) {
        if (!cut.contains(row.location())) {
          out.add(new TableRow(table, row, noNames, noLevel2));
        }
      }
    }
    return out;
  }

  /** A 二级 column blank on every row of a table of several rows (a template without it). */
  static boolean noLevel2(IndicatorTable table) {
    List<Indicator> rows = table.indicators();
    return rows.size() > 1 && rows.stream().allMatch(r -> TextNormalizer.isBlank(r.level2()));
  }

  /** A 一级 column blank on every row of a table. */
  static boolean noLevel1(IndicatorTable table) {
    List<Indicator> rows = table.indicators();
    return !rows.isEmpty() && rows.stream().allMatch(r -> TextNormalizer.isBlank(r.level1()));
  }

  /**
   * A 三级 column that names no indicator on any row (blank, or only the 二级 repeated), in a table
   * of several rows.
   */
  static boolean noNames(IndicatorTable table, FrameworkCatalog frameworks) {
    List<Indicator> rows = table.indicators();
    return rows.size() > 1 && rows.stream().allMatch(r -> TextNormalizer.isBlank(r.name())
        || frameworks.isDimensionLabel(r.name()));
  }

  /** A row with neither a 三级 name nor a value. */
  static boolean isBlankRow(Indicator row) {
    return TextNormalizer.isBlank(row.name()) && TextNormalizer.isBlank(row.value());
  }

  /** The 二级 slid into the 三级 column (merged cells): the 二级 blank, a 二级 name as the 三级. */
  static boolean shifted(Indicator row, FrameworkCatalog frameworks) {
    return TextNormalizer.isBlank(row.level2()) && frameworks.level2Name(row.name()).isPresent();
  }

  /** The indicator's own name, or its dimension when the name is missing. */
  static String display(Indicator row) {
    List<String> path = row.path();
    return path.isEmpty() ? CheckContext.term("term.unnamed-row") : path.get(path.size() - 1);
  }
}
