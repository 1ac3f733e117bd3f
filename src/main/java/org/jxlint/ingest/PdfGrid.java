package org.jxlint.ingest;

import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.text.TextPosition;
import org.jxlint.ingest.PdfRulings.Segment;

/**
 * A bordered table on a PDF page, rebuilt from its ruling lines: the distinct x of its vertical
 * lines are the column edges, the distinct y of its horizontal lines the row edges. A glyph belongs
 * to the cell around its centre; a cell whose border is missing on a side is merged with its
 * neighbour, and its glyphs go to the merged region's top-left cell, the others left empty, as
 * Word and Excel export merged cells.
 */
final class PdfGrid {

  /** Lines closer than this are one line; a line reaching this near another touches it. */
  private static final float TOUCH = 2f;
  /**
   * Edges closer than this bound no row or column that a line of text could stand in: one edge
   * drawn twice, a little apart (LibreOffice draws the border of a cell below a merged cell a few
   * points under the merged cell's own).
   */
  private static final float THIN = 4.5f;

  final float top;
  final float bottom;
  final float left;
  final float right;
  private final List<Float> xs;
  private final List<Float> ys;
  /** Where the lines drawn as each edge of {@link #xs} and {@link #ys} reach down (or right) to. */
  private final List<Float> xEnds;
  private final List<Float> yEnds;
  private final List<Segment> lines;
  private final List<List<List<TextPosition>>> cells;

  private PdfGrid(List<Segment> lines) {
    this.lines = lines;
    this.xs = new ArrayList<>();
    this.xEnds = new ArrayList<>();
    edges(lines, false, xs, xEnds);
    outerEdges(lines, xs, xEnds);
    this.ys = new ArrayList<>();
    this.yEnds = new ArrayList<>();
    edges(lines, true, ys, yEnds);
    this.left = xs.get(0);
    this.right = xs.get(xs.size() - 1);
    this.top = ys.get(0);
    this.bottom = ys.get(ys.size() - 1);
    this.cells = new ArrayList<>();
    for (int r = 0; r < rows(); r++) {
      List<List<TextPosition>> row = new ArrayList<>();
      for (int c = 0; c < columns(); c++) {
        row.add(new ArrayList<>());
      }
      cells.add(row);
    }
  }

  /** The bordered tables of a page, top to bottom: groups of lines that cross each other. */
  static List<PdfGrid> find(List<Segment> segments) {
    int n = segments.size();
    int[] parent = new int[n];
    for (int i = 0; i < n; i++) {
      parent[i] = i;
    }
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        if (touch(segments.get(i), segments.get(j))) {
          parent[root(parent, i)] = root(parent, j);
        }
      }
    }
    List<List<Segment>> groups = new ArrayList<>();
    List<Integer> roots = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      int r = root(parent, i);
      int k = roots.indexOf(r);
      if (k < 0) {
        roots.add(r);
        groups.add(new ArrayList<>());
        k = groups.size() - 1;
      }
      groups.get(k).add(segments.get(i));
    }
    List<PdfGrid> grids = new ArrayList<>();
    for (List<Segment> g : groups) {
      if (edgeCount(g, true) >= 2 && edgeCount(g, false) >= 2) {
        grids.add(new PdfGrid(g));
      }
    }
    grids.sort((a, b) -> Float.compare(a.top, b.top));
    return grids;
  }

  int rows() {
    return ys.size() - 1;
  }

  int columns() {
    return xs.size() - 1;
  }

  /** Whether the glyph's centre lies inside the table. */
  boolean contains(TextPosition g) {
    float x = centreX(g);
    float y = centreY(g);
    return x > left && x < right && y > top && y < bottom;
  }

  /** Files a glyph inside the table under the top-left cell of the (merged) cell around it. */
  void add(TextPosition g) {
    int r = band(ys, centreY(g));
    int c = band(xs, centreX(g));
    while (r > 0 && !hasLine(true, r, mid(xs, c))) {
      r--;
    }
    while (c > 0 && !hasLine(false, c, mid(ys, r))) {
      c--;
    }
    cells.get(r).get(c).add(g);
  }

  /** The glyphs filed under a cell; empty for merged-away and blank cells. */
  List<TextPosition> glyphs(int row, int column) {
    return cells.get(row).get(column);
  }

  /**
   * The glyphs of the cell that covers a row's cell: its own, or those of the cell merged down
   * over it from a row above.
   */
  List<TextPosition> spanning(int row, int column) {
    int r = row;
    while (r > 0 && !hasLine(true, r, mid(xs, column))) {
      r--;
    }
    return glyphs(r, column);
  }

  /**
   * Whether the cell's text reaches the bottom of its row: its last line stands on the row's
   * lower border, less than a line above it (a cell one line short of it stands a whole line
   * above).
   */
  boolean filledToBottom(int row, int column) {
    LastLine last = lastLine(spanning(row, column));
    return last != null && ys.get(row + 1) - last.y() < last.size() * 1.2f;
  }

  /**
   * Whether the cell is one merged over several rows: no line divides it from the row below or
   * from the row above.
   */
  boolean merged(int row, int column) {
    float x = mid(xs, column);
    return row + 1 < rows() && !hasLine(true, row + 1, x) || row > 0 && !hasLine(true, row, x);
  }

  /** How many lines of text a cell holds. */
  int lines(int row, int column) {
    List<TextPosition> glyphs = spanning(row, column);
    LastLine last = lastLine(glyphs);
    if (last == null) {
      return 0;
    }
    float highest = last.y();
    for (TextPosition g : glyphs) {
      highest = Math.min(highest, g.getYDirAdj());
    }
    return 1 + Math.round((last.y() - highest) / (last.size() * 1.2f));
  }

  /** Where a cell's last line stands and how tall its glyphs are. */
  private record LastLine(float y, float size) {}

  /** The last line of a cell's glyphs; null for a cell without any. */
  private static LastLine lastLine(List<TextPosition> glyphs) {
    if (glyphs.isEmpty()) {
      return null;
    }
    float lowest = 0;
    float size = 0;
    for (TextPosition g : glyphs) {
      lowest = Math.max(lowest, g.getYDirAdj());
      size = Math.max(size, g.getHeightDir());
    }
    return new LastLine(lowest, size);
  }

  /**
   * Whether the text of a cell at the top of this page is the rest of the text of a cell of
   * {@code before}'s last row, moved on because it did not fit: a writer fills a line as far as
   * its next word (a Latin word or figure, or one Chinese character) goes, so the first word of
   * this cell is wider than the room left at the end of that cell's last line, its padding
   * aside. A text that would have fitted there was not broken; it is a cell of its own.
   */
  boolean goesOn(int column, PdfGrid before, int row, int columnBefore) {
    List<TextPosition> rest = glyphs(0, column);
    List<TextPosition> text = before.spanning(row, columnBefore);
    LastLine last = lastLine(text);
    if (rest.isEmpty() || last == null) {
      return false;
    }
    float start = Float.MAX_VALUE;
    for (TextPosition g : text) {
      start = Math.min(start, g.getXDirAdj());
    }
    float padding = Math.max(0, start - before.xs.get(columnBefore));
    float room = before.rightBorder(row, columnBefore) - padding - lastLineEnd(text, last);
    return firstWord(rest) > room;
  }

  /** How wide the first word of a cell's first line is: a run of Latin letters and figures, or one
   * Chinese character with the punctuation that may not begin a line after it. */
  private static float firstWord(List<TextPosition> glyphs) {
    float top = Float.MAX_VALUE;
    float size = 0;
    for (TextPosition g : glyphs) {
      top = Math.min(top, g.getYDirAdj());
      size = Math.max(size, g.getHeightDir());
    }
    List<TextPosition> line = new ArrayList<>();
    for (TextPosition g : glyphs) {
      if (g.getYDirAdj() - top < size / 2) {
        line.add(g);
      }
    }
    line.sort((a, b) -> Float.compare(a.getXDirAdj(), b.getXDirAdj()));
    boolean latin = latin(line.get(0));
    int n = 1;
    while (n < line.size() && (latin ? latin(line.get(n))
        : NO_LINE_START.indexOf(line.get(n).getUnicode().charAt(0)) >= 0)) {
      n++;
    }
    TextPosition end = line.get(n - 1);
    return end.getXDirAdj() + end.getWidthDirAdj() - line.get(0).getXDirAdj();
  }

  /** Punctuation a writer does not begin a line with: it goes with the character before it. */
  private static final String NO_LINE_START = "，。、；：！？）》」』】〕,.;:!?)";

  private static boolean latin(TextPosition g) {
    char c = g.getUnicode().charAt(0);
    return c < 0x250 && !Character.isWhitespace(c);
  }

  /**
   * Whether the cell's last line runs to the cell's right border (less than two glyphs short, the
   * cell's padding aside): a line that a writer broke because the text went on, not a text that
   * ended there.
   */
  boolean filledToRight(int row, int column) {
    List<TextPosition> glyphs = spanning(row, column);
    LastLine last = lastLine(glyphs);
    if (last == null) {
      return false;
    }
    return rightBorder(row, column) - lastLineEnd(glyphs, last) < last.size() * 3;
  }

  /** Where a cell's last line of text ends on the right. */
  private static float lastLineEnd(List<TextPosition> glyphs, LastLine last) {
    float end = 0;
    for (TextPosition g : glyphs) {
      if (last.y() - g.getYDirAdj() < last.size() / 2) {
        end = Math.max(end, g.getXDirAdj() + g.getWidthDirAdj());
      }
    }
    return end;
  }

  /** The right border of a (merged) cell: the next vertical line at the row's height. */
  private float rightBorder(int row, int column) {
    int k = column + 1;
    while (k < xs.size() - 1 && !hasLine(false, k, mid(ys, row))) {
      k++;
    }
    return xs.get(k);
  }

  /**
   * Where this table (at the top of a page) stands among the columns of the table before it (at
   * the foot of the page before): the index of the earlier table's column its first column is,
   * or -1 when its columns are not the earlier one's. One table broken by a page has the same
   * columns, the edges differing by a few points (a writer rounds them page by page, a border is
   * drawn a little wider), not by a column; or it lacks the leading columns that a cell merged
   * down the whole table fills, which a writer draws no borders for on a page where the cell
   * holds no text.
   */
  int columnsIn(PdfGrid before) {
    int offset = before.xs.size() - xs.size();
    if (offset < 0 || offset >= before.columns()) {
      return -1;
    }
    float width = before.right - before.left;
    float narrowest = width;
    for (int i = 1; i < before.xs.size(); i++) {
      narrowest = Math.min(narrowest, before.xs.get(i) - before.xs.get(i - 1));
    }
    float tolerance = Math.max(TOUCH, Math.min(width * 0.01f, narrowest / 3));
    for (int i = 0; i < xs.size(); i++) {
      if (Math.abs(xs.get(i) - before.xs.get(offset + i)) > tolerance) {
        return -1;
      }
    }
    return offset;
  }

  static float centreX(TextPosition g) {
    return g.getXDirAdj() + g.getWidthDirAdj() / 2;
  }

  static float centreY(TextPosition g) {
    return g.getYDirAdj() - g.getHeightDir() / 2;
  }

  /** Whether a line is drawn as the given edge where it crosses {@code across}. */
  private boolean hasLine(boolean horizontal, int edge, float across) {
    float from = (horizontal ? ys : xs).get(edge) - TOUCH;
    float to = (horizontal ? yEnds : xEnds).get(edge) + TOUCH;
    for (Segment s : lines) {
      if (s.horizontal() == horizontal && from <= s.at() && s.at() <= to
          && s.from() - TOUCH <= across && across <= s.to() + TOUCH) {
        return true;
      }
    }
    return false;
  }

  private static float mid(List<Float> edges, int band) {
    return (edges.get(band) + edges.get(band + 1)) / 2;
  }

  private static int band(List<Float> edges, float v) {
    for (int i = 0; i < edges.size() - 2; i++) {
      if (v < edges.get(i + 1)) {
        return i;
      }
    }
    return edges.size() - 2;
  }

  private static int edgeCount(List<Segment> lines, boolean horizontal) {
    List<Float> edges = new ArrayList<>();
    edges(lines, horizontal, edges, new ArrayList<>());
    return edges.size();
  }

  /**
   * The distinct positions of the horizontal (or vertical) lines into {@code edges}, and where
   * each edge's lines end into {@code ends}: lines closer than TOUCH are one line, and lines
   * closer than THIN one edge (no text fits between them).
   */
  private static void edges(List<Segment> lines, boolean horizontal, List<Float> edges,
      List<Float> ends) {
    List<Float> at = new ArrayList<>();
    for (Segment s : lines) {
      if (s.horizontal() == horizontal) {
        at.add(s.at());
      }
    }
    at.sort(Float::compare);
    for (float v : at) {
      if (edges.isEmpty() || v - ends.get(ends.size() - 1) > THIN) {
        edges.add(v);
        ends.add(v);
      } else {
        ends.set(ends.size() - 1, v);
      }
    }
  }

  /**
   * A table drawn without its left or right border (Word's “no outer border” styles): its rows'
   * lines still run out to where the border would be, and there the outer edge is, so that the
   * first or last column is a column and not text beside the table.
   */
  private static void outerEdges(List<Segment> lines, List<Float> xs, List<Float> ends) {
    float from = Float.MAX_VALUE;
    float to = -Float.MAX_VALUE;
    for (Segment s : lines) {
      if (s.horizontal()) {
        from = Math.min(from, s.from());
        to = Math.max(to, s.to());
      }
    }
    if (from < xs.get(0) - THIN) {
      xs.add(0, from);
      ends.add(0, from);
    }
    if (to > ends.get(ends.size() - 1) + THIN) {
      xs.add(to);
      ends.add(to);
    }
  }

  private static boolean touch(Segment a, Segment b) {
    if (a.horizontal() == b.horizontal()) {
      return Math.abs(a.at() - b.at()) <= TOUCH
          && a.from() <= b.to() + TOUCH && b.from() <= a.to() + TOUCH;
    }
    Segment h = a.horizontal() ? a : b;
    Segment v = a.horizontal() ? b : a;
    return v.at() >= h.from() - TOUCH && v.at() <= h.to() + TOUCH
        && h.at() >= v.from() - TOUCH && h.at() <= v.to() + TOUCH;
  }

  private static int root(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }
}
