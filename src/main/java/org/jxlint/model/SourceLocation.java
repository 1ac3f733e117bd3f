package org.jxlint.model;

/**
 * Where something stands in the source file, so a report can point at it. Every part is optional:
 * a table cell has table/row/column, a text file a line, a spreadsheet a sheet and an A1 cell name.
 */
public record SourceLocation(
    Integer table, Integer row, Integer column, Integer line, String sheet, String cell) implements java.io.Serializable {

  public static final SourceLocation NONE = new SourceLocation(null, null, null, null, null, null);

  public static SourceLocation tableRow(int table, int row) {
    return new SourceLocation(table, row, null, null, null, null);
  }

  public static SourceLocation line(int line) {
    return new SourceLocation(null, null, null, line, null, null);
  }

  public boolean isEmpty() {
    return table == null && row == null && column == null && line == null && sheet == null
        && cell == null;
  }
}
