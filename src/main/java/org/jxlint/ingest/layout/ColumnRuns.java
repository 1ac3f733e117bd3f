package org.jxlint.ingest.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jxlint.model.ReadingNote;
import org.jxlint.model.SourceLocation;
import org.jxlint.nlp.Segmenter;
import org.jxlint.text.TextNormalizer;

/**
 * Rebuilds an indicator table whose text layer runs column by column (a PDF read top to bottom per
 * column): a line that starts with a name-column header ({@code 三级指标 A B}) lists the names, and
 * each later line that starts with, or is, a target-column header ({@code 年度目标值}) lists that
 * column's values, cells apart by spaces and a cell's wrapped tail on the next line. The i-th cell
 * of every column makes row i; a reading note says the cells were reconstructed.
 */
final class ColumnRuns {

  private static final Pattern SPACES = Pattern.compile("[ \\u3000\\t]+");
  private static final Pattern COMPARATOR = Pattern.compile("[≥≤><=＝＞＜]+|>=|<=");
  /** A cell longer than this is prose: the line is not a column's list. */
  private static final int MAX_CELL = 30;
  private static final int MIN_ROWS = 2;

  private final TableInterpreter tables;

  ColumnRuns(TableInterpreter tables) {
    this.tables = tables;
  }

  /** The blocks with each column-by-column table rebuilt into rows; notes collects what was rebuilt. */
  List<RawBlock> rebuild(List<RawBlock> blocks, List<ReadingNote> notes) {
    List<RawBlock> out = new ArrayList<>(blocks.size());
    int table = 2_000_000; // apart from the readers' and FlatTables' table numbers
    for (int i = 0; i < blocks.size(); i++) {
      List<Column> columns = new ArrayList<>();
      int end = run(blocks, i, columns);
      if (end < 0) {
        out.add(blocks.get(i));
        continue;
      }
      List<RawBlock.Row> rows = rows(table++, columns);
      out.addAll(rows);
      notes.add(new ReadingNote(ReadingNote.RECONSTRUCTED_CELLS,
          String.join(" | ", columns.stream().map(Column::label).toList()),
          String.valueOf(rows.size() - 1), columns.get(0).at()));
      i = end - 1;
    }
    return out;
  }

  /** Where the run of column lists starting at i ends, its columns in {@code columns}; -1 if none. */
  private int run(List<RawBlock> blocks, int i, List<Column> columns) {
    Column names = open(blocks.get(i), ColumnRole.NAME);
    if (names == null) {
      return -1;
    }
    columns.add(names);
    Column current = names;
    int k = i + 1;
    for (; k < blocks.size(); k++) {
      if (!(FlatTables.line(blocks.get(k)) instanceof RawBlock.Paragraph p)) {
        break;
      }
      Column next = open(p, ColumnRole.VALUE);
      if (next != null) {
        columns.add(next);
        current = next;
      } else if (open(p, null) != null || !current.add(cells(p.text()), true)) {
        break;
      }
    }
    int rows = names.cells().size();
    if (names.cells().stream().anyMatch(c -> tables.headerRole(c, null) != ColumnRole.UNKNOWN)) {
      return -1; // a header row pasted as one line, not a column of names
    }
    // Every target column lists a cell for each name (a column with fewer has lost a blank cell,
    // and its values could stand in any row); one lists exactly as many.
    boolean valued = columns.size() >= 2
        && columns.stream().skip(1).allMatch(c -> c.cells().size() >= rows)
        && columns.stream().skip(1).anyMatch(c -> c.cells().size() == rows);
    return rows >= MIN_ROWS && valued ? k : -1;
  }

  /**
   * The column a line opens: its first cell a header of the given role (any role when null), the
   * rest of the line the column's first cells; null when the line opens none.
   */
  private Column open(RawBlock block, ColumnRole role) {
    if (!(FlatTables.line(block) instanceof RawBlock.Paragraph p)) {
      return null;
    }
    List<String> cells = cells(p.text());
    if (cells.isEmpty()) {
      return null;
    }
    ColumnRole got = tables.headerRole(cells.get(0), null);
    if (got == ColumnRole.UNKNOWN || role != null && got != role) {
      return null;
    }
    Column c = new Column(cells.get(0), p.location(), new ArrayList<>());
    return c.add(cells.subList(1, cells.size()), false) ? c : null;
  }

  /** A line's cells, apart at spaces; a comparator on its own (“≥ 95%”) stays with its figure. */
  private static List<String> cells(String line) {
    List<String> out = new ArrayList<>();
    boolean joinNext = false;
    for (String s : SPACES.split(line.strip())) {
      if (s.isEmpty()) {
        continue;
      }
      if (joinNext) {
        out.set(out.size() - 1, out.get(out.size() - 1) + s);
      } else {
        out.add(s);
      }
      joinNext = COMPARATOR.matcher(s).matches();
    }
    return out;
  }

  private static List<RawBlock.Row> rows(int table, List<Column> columns) {
    int n = columns.stream().mapToInt(c -> c.cells().size()).max().orElse(0);
    List<RawBlock.Row> rows = new ArrayList<>();
    SourceLocation at = columns.get(0).at();
    List<RawCell> header = new ArrayList<>();
    for (Column c : columns) {
      header.add(new RawCell(c.label(), c.at()));
    }
    rows.add(new RawBlock.Row(table, header, at));
    for (int r = 0; r < n; r++) {
      List<RawCell> cells = new ArrayList<>();
      for (Column c : columns) {
        cells.add(new RawCell(r < c.cells().size() ? c.cells().get(r) : "", c.at()));
      }
      rows.add(new RawBlock.Row(table, cells, at));
    }
    return rows;
  }

  /** One column's header and the cells listed under it, in order. */
  private record Column(String label, SourceLocation at, List<String> cells) {

    /**
     * Adds a line's cells, the first joined to the last cell before it when a word runs across the
     * line break (a wrapped cell); false when a cell is too long to be one.
     */
    boolean add(List<String> line, boolean wrapped) {
      for (int c = 0; c < line.size(); c++) {
        String s = line.get(c);
        if (TextNormalizer.compact(s).length() > MAX_CELL) {
          return false;
        }
        if (c == 0 && wrapped && !cells.isEmpty() && runsOn(cells.get(cells.size() - 1), s)) {
          cells.set(cells.size() - 1, cells.get(cells.size() - 1) + s);
        } else {
          cells.add(s);
        }
      }
      return true;
    }

    /** Whether a word of the segmenter spans the break between two pieces of text. */
    private static boolean runsOn(String before, String after) {
      if (!Character.isIdeographic(before.codePointBefore(before.length()))
          || !Character.isIdeographic(after.codePointAt(0))) {
        return false;
      }
      int cut = before.length();
      for (Segmenter.Token t : Segmenter.segment(before + after)) {
        if (t.offset() < cut && t.offset() + t.word().length() > cut) {
          return true;
        }
      }
      return false;
    }
  }
}
