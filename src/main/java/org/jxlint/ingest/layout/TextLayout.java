package org.jxlint.ingest.layout;

import java.util.ArrayList;
import java.util.List;
import org.jxlint.model.SourceLocation;

/**
 * Splits text pasted or extracted from a form into paragraphs and rows. Two forms occur: one table
 * row per line with tab-separated cells (PDF and Excel copies), and Word tables dumped one cell per
 * line with a tab in front, rows separated by blank lines, a cell's further lines without the tab.
 */
public final class TextLayout {

  public static final String TAB_ROWS = "text-tab-rows";
  public static final String CELL_PER_LINE = "text-cell-per-line";
  /** Text with no tabs whose table rows keep their cells apart by runs of spaces. */
  public static final String SPACE_COLUMNS = "text-space-columns";

  /** Two or more spaces (or one ideographic space) between cells of a row pasted as text. */
  private static final java.util.regex.Pattern CELL_GAP =
      java.util.regex.Pattern.compile(" {2,}|\u3000+|\t");
  /** Lines split into three or more cells by runs of spaces, to read a tab-less text so. */
  private static final int MIN_SPACED_ROWS = 3;

  private TextLayout() {}

  public static RawDocument read(String text) {
    String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
    int tabRows = 0;
    int cellLines = 0;
    for (String line : lines) {
      String s = stripLeadingSpaces(line);
      if (s.startsWith("\t") && s.indexOf('\t', 1) < 0) {
        cellLines++;
      } else if (s.indexOf('\t') >= 0) {
        tabRows++;
      }
    }
    if (cellLines > tabRows) {
      return new RawDocument(CELL_PER_LINE, cellPerLine(lines));
    }
    if (tabRows == 0 && spacedRows(lines) >= MIN_SPACED_ROWS) {
      String[] tabbed = new String[lines.length];
      for (int i = 0; i < lines.length; i++) {
        String t = lines[i].strip();
        tabbed[i] = CELL_GAP.split(t).length >= 2 ? String.join("\t", CELL_GAP.split(t)) : t;
      }
      return new RawDocument(SPACE_COLUMNS, tabSeparated(tabbed));
    }
    return new RawDocument(TAB_ROWS, tabSeparated(lines));
  }

  /** How many lines split into three or more cells at runs of spaces. */
  private static int spacedRows(String[] lines) {
    int n = 0;
    for (String line : lines) {
      if (CELL_GAP.split(line.strip()).length >= 3) {
        n++;
      }
    }
    return n;
  }

  private static List<RawBlock> tabSeparated(String[] lines) {
    List<RawBlock> blocks = new ArrayList<>();
    int table = 1;
    boolean lastWasRow = false;
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      int lineNo = i + 1;
      if (line.indexOf('\t') >= 0) {
        String[] parts = line.split("\t", -1);
        List<RawCell> cells = new ArrayList<>(parts.length);
        for (int c = 0; c < parts.length; c++) {
          cells.add(new RawCell(TextCells.clean(parts[c]), cell(lineNo, c + 1)));
        }
        blocks.add(new RawBlock.Row(table, cells, SourceLocation.line(lineNo)));
        lastWasRow = true;
      } else if (lastWasRow && indentedInTable(lines, i)) {
        // An indented line between rows: one cell of a tree-shaped table (“   产出指标”).
        blocks.add(new RawBlock.Row(table, List.of(new RawCell(TextCells.clean(line),
            cell(lineNo, 1))), SourceLocation.line(lineNo)));
      } else if (!TextCells.clean(line).isEmpty()) {
        if (lastWasRow) {
          table++;
        }
        lastWasRow = false;
        blocks.add(new RawBlock.Paragraph(TextCells.clean(line), SourceLocation.line(lineNo)));
      }
    }
    return blocks;
  }

  /**
   * Whether line i is indented with spaces and the table goes on after it (the next non-blank line
   * is a row or indented too): a tree's one-cell row rather than a paragraph after the table.
   */
  private static boolean indentedInTable(String[] lines, int i) {
    if (!lines[i].startsWith(" ") || TextCells.clean(lines[i]).isEmpty()) {
      return false;
    }
    for (int k = i + 1; k < lines.length; k++) {
      String next = lines[k];
      if (next.isBlank()) {
        continue;
      }
      return next.indexOf('\t') >= 0 || next.startsWith(" ");
    }
    return false;
  }

  private static List<RawBlock> cellPerLine(String[] lines) {
    List<RawBlock> blocks = new ArrayList<>();
    int table = 1;
    boolean lastWasRow = false;
    List<StringBuilder> texts = new ArrayList<>();
    List<Integer> cellLines = new ArrayList<>();
    for (int i = 0; i <= lines.length; i++) {
      String line = i < lines.length ? lines[i] : "";
      String s = stripLeadingSpaces(line);
      boolean cellLine = s.startsWith("\t");
      boolean blank = line.isBlank() && !cellLine;
      if (cellLine) {
        texts.add(new StringBuilder(s.substring(1)));
        cellLines.add(i + 1);
      } else if (!blank && !texts.isEmpty()) {
        texts.get(texts.size() - 1).append('\n').append(line);
      } else if (!texts.isEmpty()) {
        blocks.add(row(table, texts, cellLines));
        texts.clear();
        cellLines.clear();
        lastWasRow = true;
      } else if (!blank) {
        if (lastWasRow) {
          table++;
        }
        lastWasRow = false;
        blocks.add(new RawBlock.Paragraph(TextCells.clean(line), SourceLocation.line(i + 1)));
      }
    }
    return blocks;
  }

  private static RawBlock.Row row(int table, List<StringBuilder> texts, List<Integer> lines) {
    List<RawCell> cells = new ArrayList<>(texts.size());
    for (int c = 0; c < texts.size(); c++) {
      cells.add(new RawCell(TextCells.clean(texts.get(c).toString()), cell(lines.get(c), c + 1)));
    }
    return new RawBlock.Row(table, cells, SourceLocation.line(lines.get(0)));
  }

  private static SourceLocation cell(int line, int column) {
    return new SourceLocation(null, null, column, line, null, null);
  }

  private static String stripLeadingSpaces(String line) {
    int i = 0;
    while (i < line.length() && line.charAt(i) == ' ') {
      i++;
    }
    return line.substring(i);
  }
}
