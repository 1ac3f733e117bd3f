package org.jxlint.ingest.layout;

import java.util.ArrayList;
import java.util.List;
import org.jxlint.model.ReadingNote;
import org.jxlint.text.TextNormalizer;

/**
 * Rebuilds indicator tables that reached jxlint flattened to one cell per line (a web page or PDF
 * copied as text): a run of lines that are each a column header (一级指标 / 二级指标 / 三级指标 /
 * 指标值) gives the columns; the lines below are dealt into rows, a dimension name opening its level
 * and the other lines filling the name and target columns in order. The rebuilt rows then read like
 * any table, and a reading note says the cells were reconstructed.
 */
final class FlatTables {

  /** Header lines are short; a longer line ends the header. */
  private static final int MAX_HEADER = 12;
  private static final int MIN_HEADER = 3;
  private static final int MAX_HEADER_LINES = 8;
  /**
   * What a text layer leaves between glued cells: spaces, and letters of scripts other than Han and
   * Latin (glyphs a PDF maps to the wrong code points).
   */
  private static final java.util.regex.Pattern FOREIGN_OR_SPACE = java.util.regex.Pattern.compile(
      "[\\s[\\p{L}\\p{M}&&[^\\p{IsHan}\\p{IsLatin}]]]+");
  /** The end of a form's title (…申报表), which stops a table wherever it comes. */
  private static final java.util.regex.Pattern TITLE_END = java.util.regex.Pattern.compile("表[)）]?$");
  /** A line longer than this is no run of glued cells (a label, two dimensions and a name). */
  private static final int GLUED_MAX = 320;
  /** A cell longer than this is prose, and ends the flattened table. */
  private static final int MAX_CELL = 80;

  private final TableInterpreter tables;
  private final java.util.function.Predicate<String> stops;

  /** {@code stops} tells a line that ends a table (a footer label, a signing organisation, a title). */
  FlatTables(TableInterpreter tables, java.util.function.Predicate<String> stops) {
    this.tables = tables;
    this.stops = stops;
  }

  /** The blocks with each flattened table rebuilt into rows; notes collects what was rebuilt. */
  List<RawBlock> rebuild(List<RawBlock> given, Integer year, List<ReadingNote> notes) {
    List<RawBlock> blocks = unglued(given);
    List<RawBlock> out = new ArrayList<>(blocks.size());
    int table = 1_000_000; // apart from the readers' own table numbers
    for (int i = 0; i < blocks.size(); i++) {
      int headerLines = headerAt(blocks, i, year);
      if (headerLines == 0) {
        out.add(blocks.get(i));
        continue;
      }
      List<RawBlock.Paragraph> header = paragraphs(blocks, i, headerLines);
      List<ColumnRole> roles = new ArrayList<>();
      for (RawBlock.Paragraph p : header) {
        roles.add(tables.headerRole(p.text(), year));
      }
      int end = i + headerLines;
      List<RawBlock.Row> rows = new ArrayList<>();
      rows.add(row(table, header));
      end = deal(blocks, end, roles, table, rows);
      if (rows.size() < 2) {
        out.add(blocks.get(i));
        continue;
      }
      out.addAll(rows);
      notes.add(new ReadingNote(ReadingNote.RECONSTRUCTED_CELLS,
          String.join(" | ", header.stream().map(RawBlock.Paragraph::text).toList()),
          String.valueOf(rows.size() - 1), header.get(0).location()));
      table++;
      i = end - 1;
    }
    return out;
  }

  /**
   * The blocks with a line that glues a column header to the dimension name after it (“备注产出指标
   * 数量指标为…”: cells the text layer ran together, letters of another script between them) split
   * into its cells.
   */
  private List<RawBlock> unglued(List<RawBlock> blocks) {
    List<RawBlock> out = new ArrayList<>(blocks.size());
    for (RawBlock b : blocks) {
      List<String> cells = b instanceof RawBlock.Paragraph p ? glued(p.text()) : List.of();
      if (cells.isEmpty()) {
        out.add(b);
      }
      for (String c : cells) {
        out.add(new RawBlock.Paragraph(c, b.location()));
      }
    }
    return out;
  }

  /** The cells of a line that starts with a header label glued to a dimension; empty when not. */
  private List<String> glued(String line) {
    if (line.length() > GLUED_MAX) {
      return List.of(); // prose; a few glued cells make a short line
    }
    List<String> pieces = new ArrayList<>();
    for (String piece : FOREIGN_OR_SPACE.split(line.strip())) {
      if (!piece.isEmpty()) {
        pieces.add(piece);
      }
    }
    if (pieces.isEmpty() || pieces.get(0).length() > 2 * MAX_HEADER
        || tables.level1Of(pieces.get(0)).isPresent()
        || tables.level2Of(pieces.get(0)).isPresent()) {
      return List.of();
    }
    String first = pieces.get(0);
    int cut = -1;
    for (int c = 2; c <= Math.min(MAX_HEADER, first.length() - 2) && cut < 0; c++) {
      String rest = first.substring(c);
      if (tables.headerRole(first.substring(0, c), null) != ColumnRole.UNKNOWN
          && (tables.level1Of(rest).isPresent() || tables.level2Of(rest).isPresent())) {
        cut = c;
      }
    }
    if (cut < 0) {
      return List.of();
    }
    List<String> cells = new ArrayList<>(List.of(first.substring(0, cut), first.substring(cut)));
    for (String piece : pieces.subList(1, pieces.size())) {
      cells.addAll(dimensionFirst(piece));
    }
    return cells;
  }

  /** A piece that begins with a dimension name and goes on, as the name and the rest. */
  private List<String> dimensionFirst(String piece) {
    for (int c = Math.min(MAX_HEADER, piece.length() - 1); c >= 2; c--) {
      String head = piece.substring(0, c);
      if (tables.level1Of(head).isPresent() || tables.level2Of(head).isPresent()) {
        return List.of(head, piece.substring(c));
      }
    }
    return List.of(piece);
  }

  /** How many lines from i are column headers of one indicator table (0 when they are not). */
  private int headerAt(List<RawBlock> blocks, int i, Integer year) {
    int n = 0;
    while (i + n < blocks.size() && n < MAX_HEADER_LINES
        && line(blocks.get(i + n)) instanceof RawBlock.Paragraph p
        && TextNormalizer.compact(p.text()).length() <= MAX_HEADER
        && tables.headerRole(p.text(), year) != ColumnRole.UNKNOWN) {
      n++;
    }
    if (n < MIN_HEADER) {
      return 0;
    }
    RawBlock.Row candidate = row(0, paragraphs(blocks, i, n));
    return tables.header(List.of(candidate), 0, year).isPresent() ? n : 0;
  }

  /**
   * Deals the lines from {@code start} into rows under the header's columns; returns where the
   * table ends (a long line, a line that is a row already, or a second header).
   */
  private int deal(List<RawBlock> blocks, int start, List<ColumnRole> roles, int table,
      List<RawBlock.Row> rows) {
    int levels = 0;
    while (levels < roles.size() && isLevel(roles.get(levels))) {
      levels++;
    }
    int width = roles.size();
    int level1Col = roles.indexOf(ColumnRole.LEVEL1) >= 0 ? roles.indexOf(ColumnRole.LEVEL1)
        : roles.indexOf(ColumnRole.GROUP);
    int level2Col = roles.indexOf(ColumnRole.LEVEL2);
    String[] cells = new String[width];
    RawCell[] at = new RawCell[width];
    int next = levels;
    int i = start;
    for (; i < blocks.size(); i++) {
      if (!(line(blocks.get(i)) instanceof RawBlock.Paragraph p)
          || TextNormalizer.compact(p.text()).length() > MAX_CELL) {
        break;
      }
      String t = p.text();
      boolean level1 = tables.level1Of(t).isPresent();
      boolean level2 = !level1 && tables.level2Of(t).isPresent();
      int col = level1 ? level1Col : level2 ? level2Col : -1;
      if (col >= 0) {
        if (next > levels) {
          rows.add(filled(table, cells, at));
          cells = new String[width];
          at = new RawCell[width];
          next = levels;
        }
        cells[col] = t;
        at[col] = new RawCell(t, p.location());
        continue;
      }
      boolean namePosition = next == levels || next >= width;
      if (headerAt(blocks, i, null) > 0 || namePosition && (stops.test(t) || tables.isFigure(t))
          || stops.test(t) && TITLE_END.matcher(TextNormalizer.compact(t)).find()) {
        break; // a second header, the form's title; a signature, date or footer for a name
      }
      if (next >= width) {
        rows.add(filled(table, cells, at));
        cells = new String[width];
        at = new RawCell[width];
        next = levels;
      }
      cells[next] = t;
      at[next] = new RawCell(t, p.location());
      next++;
    }
    if (next > levels) {
      rows.add(filled(table, cells, at));
    }
    return i;
  }

  private static boolean isLevel(ColumnRole r) {
    return r == ColumnRole.LEVEL1 || r == ColumnRole.LEVEL2 || r == ColumnRole.GROUP;
  }

  private static RawBlock.Row filled(int table, String[] cells, RawCell[] at) {
    List<RawCell> out = new ArrayList<>();
    org.jxlint.model.SourceLocation first = null;
    for (int c = 0; c < cells.length; c++) {
      RawCell cell = at[c] != null ? at[c] : new RawCell("", null);
      out.add(cell);
      if (first == null && at[c] != null) {
        first = at[c].location();
      }
    }
    return new RawBlock.Row(table, out, first);
  }

  private static List<RawBlock.Paragraph> paragraphs(List<RawBlock> blocks, int i, int n) {
    List<RawBlock.Paragraph> out = new ArrayList<>();
    for (int k = i; k < i + n; k++) {
      out.add((RawBlock.Paragraph) line(blocks.get(k)));
    }
    return out;
  }

  /**
   * A block as one line of text: a paragraph, or a row with a single filled cell (a sheet or CSV
   * holding the flattened table one cell a row); null for a row of several cells.
   */
  static RawBlock line(RawBlock block) {
    if (block instanceof RawBlock.Paragraph) {
      return block;
    }
    RawBlock.Row r = (RawBlock.Row) block;
    RawCell only = null;
    for (RawCell c : r.cells()) {
      if (!TextNormalizer.isBlank(c.text())) {
        if (only != null) {
          return null;
        }
        only = c;
      }
    }
    return only == null ? null : new RawBlock.Paragraph(only.text(), only.location());
  }

  private static RawBlock.Row row(int table, List<RawBlock.Paragraph> header) {
    List<RawCell> cells = new ArrayList<>();
    for (RawBlock.Paragraph p : header) {
      cells.add(new RawCell(p.text(), p.location()));
    }
    return new RawBlock.Row(table, cells, header.get(0).location());
  }
}
