package org.jxlint.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.pdfbox.text.TextPosition;
import org.jxlint.ingest.layout.RawBlock;
import org.jxlint.ingest.layout.RawCell;
import org.jxlint.ingest.layout.TextCells;
import org.jxlint.model.SourceLocation;

/**
 * A PDF's pages into blocks, in reading order. Bordered tables are rebuilt from their ruling lines
 * ({@link PdfBorderedRows}); the text around them, and tables drawn without borders, from the
 * positions of their glyphs ({@link PdfLine}): a line of one cell is a paragraph, lines of several
 * a table whose cell starts are clustered into columns.
 */
final class PdfPages {

  /**
   * A cell's line ending less than this many glyphs before its column's edge (the cell padding
   * included) was broken because the text went on.
   */
  private static final float WRAP = 2.5f;

  private final List<RawBlock> blocks;
  /** The bordered tables, which go on over page breaks. */
  private final PdfBorderedRows bordered;
  private int lineNo;
  private int tableNo;
  /** The right margin of the text, as {@link #margin} finds it; 0 while unknown. */
  private float margin;
  /** The text of the paragraph last added, as read (a space it was broken at kept). */
  private String paragraph = "";
  /**
   * The columns of the table drawn without borders read last, while nothing but a short line
   * (a page number) has come after it: a table at the top of the next page in the same columns
   * goes on it. Null when there is none.
   */
  private List<Float> carried;
  /** Which of {@link #carried}'s columns ran to their edge in its last line: they go on. */
  private boolean[] carriedOpen = new boolean[0];
  /** Whether no table has been read yet on this page. */
  private boolean pageTop;

  PdfPages(List<RawBlock> blocks) {
    this.blocks = blocks;
    this.bordered = new PdfBorderedRows(blocks);
  }

  /** One page: its glyphs, and the bordered tables its ruling lines draw, top to bottom. */
  void page(List<PdfGrid> grids, List<TextPosition> glyphs) {
    pageTop = true;
    List<TextPosition> loose = new ArrayList<>();
    for (TextPosition g : glyphs) {
      if (g.getUnicode() == null || g.getUnicode().isEmpty()) {
        continue; // a space stays: it is a space of the document's (7 岁以下)
      }
      PdfGrid grid = grids.stream().filter(t -> t.contains(g)).findFirst().orElse(null);
      if (grid != null) {
        grid.add(g);
      } else {
        loose.add(g);
      }
    }
    List<PdfLine> lines = new ArrayList<>();
    for (List<TextPosition> l : PdfLine.lines(loose)) {
      PdfLine line = PdfLine.of(l);
      if (!line.cells().isEmpty()) {
        lines.add(line);
      }
    }
    margin(lines, grids);
    int next = 0;
    for (int t = 0; t < grids.size(); t++) {
      PdfGrid grid = grids.get(t);
      int upTo = next;
      while (upTo < lines.size() && lines.get(upTo).y() < grid.top) {
        upTo++;
      }
      int offset = t == 0 && upTo == next ? bordered.offsetIn(grid) : -1;
      text(lines.subList(next, upTo));
      next = upTo;
      carried = null;
      pageTop = false;
      if (offset < 0) {
        tableNo++;
      }
      bordered.table(grid, offset, tableNo);
    }
    if (next < lines.size()) {
      text(lines.subList(next, lines.size()));
      bordered.end();
    }
  }

  /**
   * The right margin of the page's text: where its longest lines (or its tables) end, when at
   * least two of them end there; else the margin of the pages before, or none.
   */
  private void margin(List<PdfLine> lines, List<PdfGrid> grids) {
    List<Float> ends = new ArrayList<>();
    float glyph = 0;
    for (PdfLine l : lines) {
      ends.add(l.end());
      glyph = Math.max(glyph, l.glyph());
    }
    grids.forEach(g -> ends.add(g.right));
    float far = 0;
    for (float e : ends) {
      far = Math.max(far, e);
    }
    int near = 0;
    for (float e : ends) {
      near += far - e < glyph * 2 ? 1 : 0;
    }
    if (near >= 2) {
      margin = far;
    }
  }

  /**
   * Whether a one-cell line goes on the paragraph of the one-cell line above: that line runs
   * to the right margin (the writer broke it because the text went on; short of it by the figure
   * or Latin word that went whole to the next line) and does not end a sentence or a label; the
   * next starts no numbered item (一、 2、 （3）), stands right under it and starts no further
   * right than it.
   */
  private boolean wrapped(PdfLine above, PdfLine line) {
    String text = above.cells().get(0).strip();
    char last = text.isEmpty() ? '。' : text.charAt(text.length() - 1);
    return above.cells().size() == 1
        && Math.abs(margin - above.end()) < above.glyph() * (2 + leadingWord(line) * 0.6f)
        && "。！？!?：:".indexOf(last) < 0
        && !PdfLine.ITEM.matcher(line.cells().get(0)).lookingAt()
        && line.y() - above.y() < above.glyph() * 2.5f && line.y() > above.y()
        && line.starts().get(0) <= above.starts().get(0) + above.glyph();
  }

  /**
   * How many half-width characters the line starts with: a figure or a Latin word is not broken
   * at the margin but moved whole to the next line, so the line above may end short by as many.
   */
  private static int leadingWord(PdfLine line) {
    String text = line.cells().get(0);
    int n = 0;
    while (n < text.length() && text.charAt(n) < 0x250 && !Character.isWhitespace(text.charAt(n))) {
      n++;
    }
    // One figure before a 、 or a dot numbers a new item; it is no word moved whole.
    return n >= 2 ? n : 0;
  }

  /**
   * Lines into blocks. Consecutive lines of several cells form a table; their cell starts are
   * clustered into columns so that empty cells (merged or blank) come back as empty cells, as in a
   * text export. A one-cell line indented to a column inside a table is a row too.
   */
  private void text(List<PdfLine> lines) {
    int i = 0;
    while (i < lines.size()) {
      PdfLine line = lines.get(i);
      float tolerance = line.glyph() * 2;
      // At the top of a page, lines in the columns of the table the page before ended with go
      // on it, though their first cell is not in its first column (the rest of a wrapped row,
      // which may fill its column to the next and so read as one cell).
      boolean goesOn = pageTop && carried != null && within(line.starts(), carried, tolerance)
          && (line.cells().size() >= 2 || line.starts().get(0) > carried.get(0) + tolerance);
      if (line.cells().size() < 2 && !goesOn) {
        PdfLine before = i > 0 ? lines.get(i - 1) : null;
        if (before != null && wrapped(before, line)
            && blocks.get(blocks.size() - 1) instanceof RawBlock.Paragraph p) {
          paragraph = PdfLine.joinLines(paragraph, line.cells().get(0));
          blocks.set(blocks.size() - 1, new RawBlock.Paragraph(TextCells.clean(paragraph),
              p.location()));
        } else {
          lineNo++;
          paragraph = line.cells().get(0);
          String clean = TextCells.clean(paragraph);
          blocks.add(new RawBlock.Paragraph(clean, SourceLocation.line(lineNo)));
          if (!PAGE_NUMBER.matcher(clean).matches()) {
            carried = null; // a title or text: what follows is no continuation
          }
        }
        i++;
        continue;
      }
      float left = goesOn ? carried.get(0) : Float.MAX_VALUE;
      int j = i;
      while (j < lines.size()) {
        PdfLine l = lines.get(j);
        if (l.cells().size() >= 2) {
          left = Math.min(left, l.starts().get(0));
        } else if (l.starts().get(0) <= left + tolerance
            && !(j > i && firstCellWrapped(lines.get(j - 1), l))) {
          break;
        }
        j++;
      }
      List<Float> anchors = new ArrayList<>();
      List<Float> starts = new ArrayList<>();
      for (int k = i; k < j; k++) {
        starts.addAll(lines.get(k).starts());
      }
      starts.sort(Float::compare);
      for (float x : starts) {
        if (anchors.isEmpty() || x - anchors.get(anchors.size() - 1) > tolerance) {
          anchors.add(x);
        }
      }
      String[] texts = null;
      boolean[] open = new boolean[0];
      if (goesOn && within(anchors, carried, tolerance)) {
        // The table goes on from the page before, whose header showed every column: a column
        // whose text here always runs up to the next (名称 then 指标值) shows no start of its own.
        // Its last row goes on too, in the columns whose text ran to the edge there.
        anchors = carried;
        open = carriedOpen;
        if (blocks.get(blocks.size() - 1) instanceof RawBlock.Row last
            && last.table() == tableNo && last.cells().size() == anchors.size()) {
          blocks.remove(blocks.size() - 1);
          texts = last.cells().stream().map(RawCell::text).toArray(String[]::new);
        }
      } else {
        tableNo++;
      }
      pageTop = false;
      carried = anchors;
      if (open.length != anchors.size()) {
        open = new boolean[anchors.size()];
      }
      bordered.end();
      float[] limits = limits(lines.subList(i, j), anchors);
      for (int k = i; k < j; k++) {
        PdfLine l = lines.get(k).cutAt(anchors);
        int[] columns = new int[l.cells().size()];
        boolean continues = texts != null;
        for (int c = 0; c < columns.length; c++) {
          columns[c] = PdfLine.nearest(anchors, l.starts().get(c));
          continues &= open[columns[c]];
        }
        if (!continues) {
          flush(texts);
          texts = new String[anchors.size()];
          Arrays.fill(texts, "");
          lineNo++;
        }
        Arrays.fill(open, false);
        for (int c = 0; c < columns.length; c++) {
          int column = columns[c];
          String t = l.cells().get(c);
          texts[column] = texts[column].isEmpty() ? t
              : continues ? PdfLine.joinLines(texts[column], t) : texts[column] + " " + t;
          // A line that runs to its column's edge was broken there: the cell goes on below.
          open[column] = limits[column] - l.ends().get(c) < l.glyph() * WRAP;
        }
      }
      flush(texts);
      carriedOpen = open;
      i = j;
    }
  }

  /** A page number (3, - 3 -, 第 3 页, 第3页/共5页): between two tables, it does not part them. */
  private static final Pattern PAGE_NUMBER = Pattern.compile(
      "[-—–\\s]*(?:第\\s*)?\\d{1,4}\\s*(?:页)?(?:\\s*[/／]\\s*(?:共\\s*)?\\d{1,4}\\s*页?)?[-—–\\s]*");

  /** Whether every column start in {@code own} is one of {@code columns}. */
  private static boolean within(List<Float> own, List<Float> columns, float tolerance) {
    for (float x : own) {
      if (columns.stream().noneMatch(c -> Math.abs(c - x) <= tolerance)) {
        return false;
      }
    }
    return !own.isEmpty();
  }

  /** A row of a table drawn without borders, its wrapped lines joined, as a block. */
  private void flush(String[] texts) {
    if (texts == null) {
      return;
    }
    List<RawCell> raw = new ArrayList<>();
    for (int c = 0; c < texts.length; c++) {
      raw.add(new RawCell(TextCells.clean(texts[c]),
          new SourceLocation(null, null, c + 1, lineNo, null, null)));
    }
    blocks.add(new RawBlock.Row(tableNo, raw, SourceLocation.line(lineNo)));
  }

  /**
   * Where the text of each column of a table drawn without borders must stop: the start of the
   * next column, the last column where its longest line ends.
   */
  private static float[] limits(List<PdfLine> lines, List<Float> anchors) {
    float[] limits = new float[anchors.size()];
    for (int a = 0; a + 1 < anchors.size(); a++) {
      limits[a] = anchors.get(a + 1);
    }
    for (PdfLine l : lines) {
      int last = l.cells().size() - 1;
      if (last >= 0 && PdfLine.nearest(anchors, l.starts().get(last)) == anchors.size() - 1) {
        limits[anchors.size() - 1] = Math.max(limits[anchors.size() - 1],
            l.ends().get(last) + l.glyph() * (WRAP - 1));
      }
    }
    return limits;
  }

  /**
   * Whether a one-cell line under the first cell of a row is that cell's next line: the cell
   * ran to the start of the next cell.
   */
  private static boolean firstCellWrapped(PdfLine above, PdfLine line) {
    return above.cells().size() >= 2
        && Math.abs(line.starts().get(0) - above.starts().get(0)) < line.glyph()
        && above.starts().get(1) - above.ends().get(0) < above.glyph() * WRAP;
  }
}
