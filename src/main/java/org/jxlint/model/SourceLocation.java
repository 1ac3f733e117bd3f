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

  /** The row number of an A1 cell name (104 for G104); null without a cell. */
  public Integer cellRow() {
    if (cell == null) {
      return null;
    }
    int i = 0;
    while (i < cell.length() && Character.isLetter(cell.charAt(i))) {
      i++;
    }
    try {
      return Integer.valueOf(cell.substring(i));
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** The column number of an A1 cell name (7 for G104, 27 for AA1); null without a cell. */
  public Integer cellColumn() {
    if (cell == null || cell.isEmpty() || !Character.isLetter(cell.charAt(0))) {
      return null;
    }
    int n = 0;
    for (int i = 0; i < cell.length() && Character.isLetter(cell.charAt(i)); i++) {
      n = n * 26 + (Character.toUpperCase(cell.charAt(i)) - 'A' + 1);
    }
    return n;
  }
}
