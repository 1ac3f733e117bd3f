package org.jxlint.report;

import java.util.List;
import org.jxlint.check.Finding;
import org.jxlint.model.Indicator;
import org.jxlint.model.IndicatorField;
import org.jxlint.model.IndicatorTable;
import org.jxlint.model.SourceLocation;
import org.jxlint.model.Submission;

/**
 * Where in a Word or Excel file a finding is said: on its cell; on its row (the indicator's name
 * cell when the row is an indicator, else the row's first cell with text); or, with no place in a
 * table, at the title.
 *
 * @param at the cell or row; {@link SourceLocation#NONE} at the title
 */
record Placement(Kind kind, SourceLocation at) {

  enum Kind { CELL, ROW, TITLE }

  static final Placement TITLE = new Placement(Kind.TITLE, SourceLocation.NONE);

  static Placement of(Finding f, Submission document) {
    SourceLocation l = f.location();
    if (isCell(l)) {
      return new Placement(Kind.CELL, l);
    }
    Indicator row = document == null || l.isEmpty() ? null : indicatorAt(document, l);
    if (row != null) {
      IndicatorField field = IndicatorField.fromKey(f.field());
      for (IndicatorField c : field == null ? List.of(IndicatorField.NAME, IndicatorField.VALUE)
          : List.of(field, IndicatorField.NAME)) {
        if (isCell(row.locationOf(c))) {
          return new Placement(Kind.CELL, row.locationOf(c));
        }
      }
    }
    if (isRow(l)) {
      return new Placement(Kind.ROW, l);
    }
    return TITLE;
  }

  /** A Word table cell (table, row, column) or an Excel cell (sheet, A1). */
  static boolean isCell(SourceLocation l) {
    return l.sheet() != null ? l.cell() != null
        : l.table() != null && l.row() != null && l.column() != null && l.line() == null;
  }

  private static boolean isRow(SourceLocation l) {
    return l.row() != null && l.line() == null && (l.sheet() != null || l.table() != null);
  }

  private static Indicator indicatorAt(Submission document, SourceLocation l) {
    for (IndicatorTable t : document.tables()) {
      for (Indicator i : t.indicators()) {
        if (l.equals(i.location())) {
          return i;
        }
      }
    }
    return null;
  }
}
