package org.jxlint.ingest;

import java.util.ArrayList;
import java.util.List;
import org.jxlint.ingest.layout.RawBlock;
import org.jxlint.ingest.layout.RawCell;
import org.jxlint.model.SourceLocation;

/**
 * The rows of a PDF's bordered tables as blocks. A table that goes on over a page break is read as
 * one: the header rows the writer repeats on every page are read once, a row broken by the page
 * and a merged cell whose text did not fit on the page before are joined to what they continue.
 */
final class PdfBorderedRows {

  /** How many rows at the top of a table a writer may repeat on every page. */
  private static final int HEADER_ROWS = 3;

  private final List<RawBlock> blocks;
  private int tableNo;
  private int rowNo;
  /** The last table read, while the text after it on its page has not ended it; else null. */
  private PdfGrid lastGrid;
  /** The table whose columns the rows being read have: its first page's. */
  private PdfGrid base;
  /** Which of {@link #base}'s columns {@link #lastGrid}'s first column is. */
  private int lastOffset;
  /** The first rows of the table being read, to know them when a page repeats them. */
  private final List<List<String>> header = new ArrayList<>();

  PdfBorderedRows(List<RawBlock> blocks) {
    this.blocks = blocks;
  }

  /**
   * Which of the columns of the table read last {@code grid}'s first column is, when {@code grid}
   * starts its page and goes on that table; -1 when it starts a table of its own.
   */
  int offsetIn(PdfGrid grid) {
    return lastGrid != null ? grid.columnsIn(base) : -1;
  }

  /** Text came after the table read last: the next bordered table is a table of its own. */
  void end() {
    lastGrid = null;
  }

  /**
   * A bordered table's rows as blocks; {@code offset} is -1 for a new table, else which of the
   * columns of the table it goes on its first column is (the columns before it come back empty).
   */
  void table(PdfGrid grid, int offset, int table) {
    tableNo = table;
    boolean continued = offset >= 0;
    if (!continued) {
      rowNo = 0;
      header.clear();
      base = grid;
      offset = 0;
    }
    boolean repeating = continued && !header.isEmpty();
    int skipped = 0;
    for (int r = 0; r < grid.rows(); r++) {
      List<RawCell> cells = new ArrayList<>();
      List<String> texts = new ArrayList<>();
      for (int c = 0; c < offset + grid.columns(); c++) {
        String text = c < offset ? "" : PdfLine.cellText(grid.glyphs(r, c - offset));
        texts.add(text);
        cells.add(new RawCell(text,
            new SourceLocation(tableNo, rowNo + 1, c + 1, null, null, null)));
      }
      if (!continued && r < HEADER_ROWS) {
        header.add(texts);
      }
      // A header row Word repeats at the top of every page (标题行重复) is read once.
      repeating &= r < header.size() && header.get(r).equals(texts);
      if (repeating) {
        skipped++;
        continue;
      }
      if (r == skipped && continued && splitRow(cells, grid, offset)) {
        for (int c = 0; c < cells.size(); c++) {
          continueCell(c, cells.get(c).text());
        }
        continue;
      }
      if (r == skipped && continued && !carryMerged(grid, offset, cells)) {
        continue;
      }
      rowNo++;
      blocks.add(new RawBlock.Row(tableNo, cells, SourceLocation.tableRow(tableNo, rowNo)));
    }
    lastGrid = grid;
    lastOffset = offset;
  }

  /**
   * The rest of a cell broken by the page, joined to the cell's text on the page before: in the
   * last row, or in the row above from which the cell was merged down over the last row.
   */
  private void continueCell(int column, String rest) {
    if (rest.isEmpty()) {
      return;
    }
    int target = blocks.size() - 1;
    if (target < 0 || !(blocks.get(target) instanceof RawBlock.Row)) {
      return;
    }
    int own = column - lastOffset;
    boolean merged = own >= 0 && !lastGrid.spanning(lastGrid.rows() - 1, own).isEmpty();
    while (merged && cellOf(target, column).isEmpty() && target > 0
        && blocks.get(target - 1) instanceof RawBlock.Row above && above.table() == tableNo) {
      target--;
    }
    if (merged && cellOf(target, column).isEmpty()) {
      target = blocks.size() - 1;
    }
    RawBlock.Row row = (RawBlock.Row) blocks.get(target);
    List<RawCell> joined = new ArrayList<>(row.cells());
    RawCell cell = joined.get(column);
    joined.set(column, new RawCell(PdfLine.joinLines(cell.text(), rest), cell.location()));
    blocks.set(target, new RawBlock.Row(tableNo, joined, row.location()));
  }

  /**
   * A fresh row at the top of a page beside a cell merged over the rows around the page break:
   * that cell's text there is the rest of the text it holds on the page before when it did not
   * fit there ({@link PdfGrid#goesOn}). It goes on that text and leaves the row; false when
   * nothing else is left in the row.
   */
  private boolean carryMerged(PdfGrid grid, int offset, List<RawCell> cells) {
    int last = lastGrid.rows() - 1;
    boolean left = false;
    for (int c = 0; c < cells.size(); c++) {
      int own = c - lastOffset;
      RawCell cell = cells.get(c);
      if (cell.text().isEmpty()) {
        continue;
      }
      if (c >= offset && own >= 0 && own < lastGrid.columns()
          && (grid.merged(0, c - offset) || lastGrid.merged(last, own))
          && grid.goesOn(c - offset, lastGrid, last, own)) {
        continueCell(c, cell.text());
        cells.set(c, new RawCell("", cell.location()));
      } else {
        left = true;
      }
    }
    return left;
  }

  private static String firstText(List<RawCell> cells) {
    for (RawCell c : cells) {
      if (!c.text().isEmpty()) {
        return c.text();
      }
    }
    return "";
  }

  private String cellOf(int block, int column) {
    return ((RawBlock.Row) blocks.get(block)).cells().get(column).text();
  }

  /**
   * Whether the first row of a table continued from the page before is the rest of that page's
   * last row (Word lets a row break across pages). It is when its text stands only in cells that
   * were filled to the bottom of the page and to their right border (a line broken because the
   * text went on), and not in all the cells that row filled: a fresh row fills the cells the row
   * above filled, and finished ones among them.
   */
  private boolean splitRow(List<RawCell> cells, PdfGrid grid, int offset) {
    int last = lastGrid.rows() - 1;
    int filledAbove = 0;
    int filled = 0;
    int cutToRight = 0;
    boolean cutMidLine = false;
    for (int c = 0; c < lastGrid.columns(); c++) {
      filledAbove += lastGrid.spanning(last, c).isEmpty() ? 0 : 1;
    }
    for (int c = 0; c < cells.size(); c++) {
      int own = c - lastOffset;
      if (!cells.get(c).text().isEmpty()) {
        filled++;
        if (own < 0 || own >= lastGrid.columns() || !lastGrid.filledToBottom(last, own)) {
          return false;
        }
        // Cut at its right border: the line ran to it, or the first word on the new page (a
        // figure moved whole, 95%得…) did not fit in what was left of it.
        if (lastGrid.filledToRight(last, own)
            || c >= offset && grid.goesOn(c - offset, lastGrid, last, own)) {
          cutToRight++;
          cutMidLine |= lastGrid.lines(last, own) >= 2;
        }
      }
    }
    if (filled == 0) {
      return false;
    }
    boolean everyCellCut = cutToRight == filled;
    // Every cell of the row broken too, or a cell of several lines cut in the middle of one
    // beside cells that reached the foot of the page at the end of a sentence: a finished row's
    // cells do not all reach its lower border (only its tallest cell does). A lone cell cut in
    // the middle of a line goes on unless the page starts a numbered item.
    return everyCellCut && (filled < filledAbove || filled >= 2
        || cutMidLine && !PdfLine.ITEM.matcher(firstText(cells)).lookingAt())
        || filled >= 2 && cutMidLine;
  }
}
