package org.jxlint.ingest;

/**
 * How much of one file jxlint reads at most, so that a few kilobytes made to expand (a Word cell
 * spanning ten million columns, a sheet whose rows run to column XFD) cannot take the memory of
 * the whole batch, nor a file of endless rows its time. No real 绩效目标表 comes near them; beyond
 * them the file is unreadable, and the reason names the limit — except a cell longer than the
 * limit, which is cut there, said in a reading note. Set with {@code -Djxlint.maxColumns=…},
 * {@code -Djxlint.maxCells=…}, {@code -Djxlint.maxRows=…} and {@code -Djxlint.maxCellLength=…} (in
 * {@code JAVA_OPTS} for the launcher).
 *
 * @param maxColumns columns of one table row or sheet row
 * @param maxCells cells of one file, counted as the table grids are built (and, for .xlsx and
 *     .xls, in the sheets before they are loaded)
 * @param maxRows rows and paragraphs of one file
 * @param maxCellLength characters of one cell or paragraph; the rest is cut
 */
public record ReadLimits(int maxColumns, int maxCells, int maxRows, int maxCellLength) {

  public static final int DEFAULT_MAX_COLUMNS = 256;
  public static final int DEFAULT_MAX_CELLS = 500_000;
  public static final int DEFAULT_MAX_ROWS = 20_000;
  public static final int DEFAULT_MAX_CELL_LENGTH = 10_000;

  public ReadLimits(int maxColumns, int maxCells) {
    this(maxColumns, maxCells, DEFAULT_MAX_ROWS, DEFAULT_MAX_CELL_LENGTH);
  }

  /** The limits in force: the defaults, or what the system properties say. */
  public static ReadLimits current() {
    return new ReadLimits(property("jxlint.maxColumns", DEFAULT_MAX_COLUMNS),
        property("jxlint.maxCells", DEFAULT_MAX_CELLS),
        property("jxlint.maxRows", DEFAULT_MAX_ROWS),
        property("jxlint.maxCellLength", DEFAULT_MAX_CELL_LENGTH));
  }

  private static int property(String name, int fallback) {
    try {
      int v = Integer.parseInt(System.getProperty(name, String.valueOf(fallback)).strip());
      return v > 0 ? v : fallback;
    } catch (NumberFormatException e) {
      return fallback;
    }
  }

  /** Refuses a row wider than the limit. */
  void columns(long width) throws UnreadableException {
    if (width > maxColumns) {
      throw new UnreadableException("unreadable.tooWide", maxColumns);
    }
  }

  /** Refuses a file with more cells than the limit. */
  void cells(long count) throws UnreadableException {
    if (count > maxCells) {
      throw new UnreadableException("unreadable.tooManyCells", maxCells);
    }
  }

  /** Refuses a file with more rows and paragraphs than the limit. */
  void rows(long count) throws UnreadableException {
    if (count > maxRows) {
      throw new UnreadableException("unreadable.tooManyRows", maxRows);
    }
  }
}
