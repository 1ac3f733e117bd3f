package org.jxlint.ingest;

import java.util.ArrayList;
import java.util.List;
import org.jxlint.ingest.layout.DocumentInterpreter;
import org.jxlint.ingest.layout.RawBlock;
import org.jxlint.ingest.layout.RawCell;
import org.jxlint.model.SourceLocation;

/**
 * Cuts a sheet's rows (Excel, CSV) into tables and the lines between them, as the text reader cuts
 * a text: a sheet has no tables of its own, so a title above a table, a note below it (注：…), the
 * next project's title or a 单位：元 line would otherwise be read as rows of the table. A row with
 * a single text in its first column is such a line unless it sits inside a table (a tree's
 * 产出指标 between rows, as the text reader keeps an indented line); a blank row and a text merged
 * across the table's width end a table too.
 */
final class SheetBlocks {

  /** One row of a sheet; {@code wide} when its one text is merged across the table's width. */
  record Line(List<RawCell> cells, SourceLocation location, boolean wide) {
    Line {
      cells = List.copyOf(cells);
    }

    List<RawCell> filled() {
      return RawBlock.Row.filled(cells);
    }

    /** One text, in the first column: what the text reader sees as a line without tabs. */
    boolean single() {
      List<RawCell> f = filled();
      return f.size() == 1 && (wide || cells.indexOf(f.get(0)) == 0);
    }

    boolean blank() {
      return filled().isEmpty();
    }

    RawBlock.Row row(int table) {
      return new RawBlock.Row(table, cells, location);
    }
  }

  /** How many rows below a line are given to the header reader to tell a header there. */
  private static final int LOOK_AHEAD = 4;
  /**
   * The most one-text lines in a row that stand inside a table (a tree's 一级 and 二级 labels over
   * their rows): more are lines between tables, and the look-ahead stays bounded on any sheet.
   */
  private static final int MAX_LABEL_LINES = 4;

  private final DocumentInterpreter interpreter;
  /** The number the next table opened gets. */
  private int next;
  /** Tables are numbered from {@code firstTable}, on through every sheet given to it. */
  SheetBlocks(DocumentInterpreter interpreter, int firstTable) {
    this.interpreter = interpreter;
    this.next = firstTable;
  }

  /** The rows of one sheet (blank ones included, where the sheet has them) as blocks. */
  List<RawBlock> blocks(List<Line> lines) {
    List<RawBlock> out = new ArrayList<>();
    int open = 0; // the open table's number, 0 between tables
    for (int i = 0; i < lines.size(); i++) {
      Line line = lines.get(i);
      if (line.blank()) {
        open = 0;
      } else if (line.single() && !(open > 0 && insideTable(lines, i))) {
        open = 0;
        out.add(new RawBlock.Paragraph(line.filled().get(0).text(), line.location()));
      } else {
        if (open == 0) {
          open = next++;
        }
        out.add(line.row(open));
      }
    }
    return out;
  }

  /**
   * Whether the one-text line at {@code i} is a row of the open table: not merged across it, not
   * itself a title, a note or a label that ends a table, and followed at once by rows of the table
   * (a tree's labels stand over the rows they head).
   */
  private boolean insideTable(List<Line> lines, int i) {
    int k = i;
    while (k < lines.size() && !lines.get(k).blank() && lines.get(k).single()) {
      if (k - i >= MAX_LABEL_LINES || lines.get(k).wide() || ends(lines, k)
          || interpreter.headingLine(lines.get(k).filled().get(0).text())) {
        return false;
      }
      k++;
    }
    return k < lines.size() && !lines.get(k).blank() && !ends(lines, k);
  }

  /** Whether the interpreter would end a table at line {@code k}. */
  private boolean ends(List<Line> lines, int k) {
    List<RawBlock.Row> rows = new ArrayList<>();
    for (int j = k; j < lines.size() && j < k + LOOK_AHEAD && !lines.get(j).blank(); j++) {
      rows.add(lines.get(j).row(1));
    }
    return interpreter.endsTableAt(rows, 0, null);
  }
}
