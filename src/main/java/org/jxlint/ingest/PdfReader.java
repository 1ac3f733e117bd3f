package org.jxlint.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.jxlint.ingest.layout.DocumentInterpreter;
import org.jxlint.ingest.layout.RawBlock;
import org.jxlint.ingest.layout.RawCell;
import org.jxlint.ingest.layout.RawDocument;
import org.jxlint.ingest.layout.TextCells;
import org.jxlint.model.SourceLocation;
import org.jxlint.model.ReadingNote;

/**
 * PDF forms: the glyphs of each page with their positions, grouped into lines by baseline and into
 * cells by the horizontal gaps between glyphs — not by spaces, because letter-spaced headings
 * (“一 级 指 标”) put spaces inside words. A line of one cell is a paragraph; a line of several a row.
 */
final class PdfReader extends DocumentReader {

  static final String LAYOUT = "pdf";
  /** A gap wider than this many glyph widths separates two cells. */
  private static final float CELL_GAP = 1.5f;
  /**
   * A cell's line ending less than this many glyphs before its column's edge (the cell padding
   * included) was broken because the text went on.
   */
  private static final float WRAP = 2.5f;
  /** How many rows at the top of a table a writer may repeat on every page. */
  private static final int HEADER_ROWS = 3;
  /** A numbered item's start: 2、 3. （4） 五、 (not the figure 3.5). */
  private static final java.util.regex.Pattern ITEM = java.util.regex.Pattern.compile(
      "\\s*(?:\\d{1,2}|[一二三四五六七八九十]{1,3})[、.．)）](?!\\d)|\\s*[(（]\\d{1,2}[)）]");
  /** A gap wider than this (but not a cell gap) is a space inside a cell. */
  private static final float WORD_GAP = 0.25f;

  PdfReader(DocumentInterpreter interpreter) {
    super(interpreter);
  }

  @Override
  public Set<String> extensions() {
    return Set.of("pdf");
  }

  @Override
  RawDocument layout(Path file, List<ReadingNote> notes) throws UnreadableException {
    List<RawBlock> blocks = new ArrayList<>();
    try (PDDocument doc = Loader.loadPDF(new RandomAccessReadBufferedFile(file.toFile()), "",
        null, null, IOUtils.createTempFileOnlyStreamCache())) {
      if (doc.isEncrypted() && !doc.getCurrentAccessPermission().canExtractContent()) {
        // It opened without a password: its author forbade copying its text, which jxlint keeps.
        throw new UnreadableException("unreadable.pdf.copyProtected");
      }
      Collector collector = new Collector();
      Pages pages = new Pages(blocks);
      List<PDPage> all = pages(doc);
      if (all.isEmpty()) {
        // A page tree that leads to no page (a loop, a child that is no page): no scan, damage.
        throw new UnreadableException("unreadable.pdf.pageTree");
      }
      for (int page = 1; page <= all.size(); page++) {
        collector.glyphs.clear();
        collector.setStartPage(page);
        collector.setEndPage(page);
        collector.getText(doc);
        List<PdfRulings.Segment> rulings = PdfRulings.of(all.get(page - 1));
        // Tables are rebuilt by comparing lines pairwise: a page of tens of thousands of strokes
        // (a drawing, or a file made to stall) is read from its text alone.
        pages.page(rulings.size() > MAX_RULINGS ? List.of() : PdfGrid.find(rulings),
            collector.glyphs);
      }
      boolean ends = endsAsPdfs(file);
      if (blocks.isEmpty()) {
        throw new UnreadableException(ends ? "unreadable.pdfNoText" : "unreadable.pdf.truncated");
      }
      if (!ends) {
        // PDFBox rebuilt what was left of a file cut short: its last pages may be missing.
        notes.add(new ReadingNote(ReadingNote.FILE_CUT_SHORT, "", "PDF", null));
      }
    } catch (InvalidPasswordException e) {
      throw new UnreadableException("unreadable.encrypted");
    } catch (IOException e) {
      if (String.valueOf(e.getMessage()).toLowerCase(java.util.Locale.ROOT)
          .contains("security handler")) {
        throw new UnreadableException("unreadable.encrypted"); // encrypted by a scheme unknown
      }
      throw new UnreadableException(endsAsPdfs(file) ? "unreadable.pdf.damaged"
          : "unreadable.pdf.truncated");
    } catch (RuntimeException | StackOverflowError e) {
      UnreadableException damaged = damaged(e);
      throw endsAsPdfs(file) ? damaged : new UnreadableException("unreadable.pdf.truncated");
    }
    return new RawDocument(LAYOUT, blocks);
  }

  /**
   * Whether the file ends as every PDF writer ends one, with “%%EOF” (trailing bytes allowed): a
   * file cut short in the upload does not, and PDFBox reads what is left of it as no text.
   */
  private static boolean endsAsPdfs(Path file) {
    try (java.io.RandomAccessFile f = new java.io.RandomAccessFile(file.toFile(), "r")) {
      int n = (int) Math.min(f.length(), 32_768);
      byte[] tail = new byte[n];
      f.seek(f.length() - n);
      f.readFully(tail);
      return new String(tail, java.nio.charset.StandardCharsets.ISO_8859_1).contains("%%EOF");
    } catch (IOException e) {
      return true;
    }
  }

  /** More ruling lines on a page than a table of a few hundred cells draws. */
  static final int MAX_RULINGS = 6_000;

  /** More pages than this is no 绩效目标表 (a whole budget book is a few hundred). */
  static final int MAX_PAGES = 2000;

  /**
   * The pages as the page tree holds them, walked once: the walk passes each node once, so a
   * tree that refers back to itself ends, and a page count the tree's root claims (2,000,000,000)
   * is not believed.
   */
  private static List<PDPage> pages(PDDocument doc) throws UnreadableException {
    List<PDPage> pages = new ArrayList<>();
    for (PDPage page : doc.getPages()) {
      pages.add(page);
      if (pages.size() > MAX_PAGES) {
        throw new UnreadableException("unreadable.pdf.tooManyPages", MAX_PAGES);
      }
    }
    return pages;
  }

  /**
   * What PDFBox's failure says about the file: its page tree refers back to itself, names
   * something other than a page, or the file's structure is broken some other way. A failure
   * that did not arise in PDFBox is jxlint's own and goes on as such.
   */
  static UnreadableException damaged(Throwable e) {
    StackTraceElement[] at = e.getStackTrace();
    boolean library = at.length > 0 && at[0].getClassName().startsWith("org.apache.pdfbox.")
        || e instanceof StackOverflowError;
    if (!library) {
      if (e instanceof RuntimeException r) {
        throw r;
      }
      throw (Error) e;
    }
    String m = String.valueOf(e.getMessage()).toLowerCase(java.util.Locale.ROOT);
    if (m.contains("recursion") || m.contains("cycle") || m.contains("loop")) {
      return new UnreadableException("unreadable.pdf.cycle");
    }
    if (m.contains("expected 'page'") || m.contains("page tree") || m.contains("index not found")) {
      return new UnreadableException("unreadable.pdf.pageTree");
    }
    return new UnreadableException("unreadable.pdf.damaged");
  }

  /**
   * Pages into blocks, in reading order. Bordered tables are rebuilt from their ruling lines; the
   * text around them (and tables drawn without borders) from glyph positions alone.
   */
  private static final class Pages {
    private final List<RawBlock> blocks;
    private int lineNo;
    private int tableNo;
    private int rowNo;
    private PdfGrid lastGrid;
    /** The table whose columns the rows being read have: its first page's. */
    private PdfGrid base;
    /** Which of {@link #base}'s columns {@link #lastGrid}'s first column is. */
    private int lastOffset;
    /** The right margin of the text, as {@link #margin} finds it; 0 while unknown. */
    private float margin;
    /** The text of the paragraph last added, as read (a space it was broken at kept). */
    private String paragraph = "";
    /** The first rows of the table being read, to know them when a page repeats them. */
    private final List<List<String>> header = new ArrayList<>();
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

    Pages(List<RawBlock> blocks) {
      this.blocks = blocks;
    }

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
      List<Line> lines = new ArrayList<>();
      for (List<TextPosition> l : lines(loose)) {
        Line line = cells(l);
        if (!line.cells.isEmpty()) {
          lines.add(line);
        }
      }
      margin(lines, grids);
      int next = 0;
      for (int t = 0; t < grids.size(); t++) {
        PdfGrid grid = grids.get(t);
        int upTo = next;
        while (upTo < lines.size() && lines.get(upTo).y < grid.top) {
          upTo++;
        }
        int offset = t == 0 && upTo == next && lastGrid != null ? grid.columnsIn(base) : -1;
        text(lines.subList(next, upTo));
        next = upTo;
        carried = null;
        pageTop = false;
        table(grid, offset);
      }
      if (next < lines.size()) {
        text(lines.subList(next, lines.size()));
        lastGrid = null;
      }
    }

    /**
     * Lines into blocks. Consecutive lines of several cells form a table; their cell starts are
     * clustered into columns so that empty cells (merged or blank) come back as empty cells, as in a
     * text export. A one-cell line indented to a column inside a table is a row too.
     */
    /**
     * The right margin of the page's text: where its longest lines (or its tables) end, when at
     * least two of them end there; else the margin of the pages before, or none.
     */
    private void margin(List<Line> lines, List<PdfGrid> grids) {
      List<Float> ends = new ArrayList<>();
      float glyph = 0;
      for (Line l : lines) {
        ends.add(l.end);
        glyph = Math.max(glyph, l.glyph);
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
    private boolean wrapped(Line above, Line line) {
      String text = above.cells.get(0).strip();
      char last = text.isEmpty() ? '。' : text.charAt(text.length() - 1);
      return above.cells.size() == 1
          && Math.abs(margin - above.end) < above.glyph * (2 + leadingWord(line) * 0.6f)
          && "。！？!?：:".indexOf(last) < 0
          && !ITEM.matcher(line.cells.get(0)).lookingAt()
          && line.y - above.y < above.glyph * 2.5f && line.y > above.y
          && line.starts.get(0) <= above.starts.get(0) + above.glyph;
    }

    /**
     * How many half-width characters the line starts with: a figure or a Latin word is not broken
     * at the margin but moved whole to the next line, so the line above may end short by as many.
     */
    private static int leadingWord(Line line) {
      String text = line.cells.get(0);
      int n = 0;
      while (n < text.length() && text.charAt(n) < 0x250 && !Character.isWhitespace(text.charAt(n))) {
        n++;
      }
      // One figure before a 、 or a dot numbers a new item; it is no word moved whole.
      return n >= 2 ? n : 0;
    }

    private void text(List<Line> lines) {
      int i = 0;
      while (i < lines.size()) {
        Line line = lines.get(i);
        float tolerance = line.glyph * 2;
        // At the top of a page, lines in the columns of the table the page before ended with go
        // on it, though their first cell is not in its first column (the rest of a wrapped row,
        // which may fill its column to the next and so read as one cell).
        boolean goesOn = pageTop && carried != null && within(line.starts, carried, tolerance)
            && (line.cells.size() >= 2 || line.starts.get(0) > carried.get(0) + tolerance);
        if (line.cells.size() < 2 && !goesOn) {
          Line before = i > 0 ? lines.get(i - 1) : null;
          if (before != null && wrapped(before, line)
              && blocks.get(blocks.size() - 1) instanceof RawBlock.Paragraph p) {
            paragraph = joinLines(paragraph, line.cells.get(0));
            blocks.set(blocks.size() - 1, new RawBlock.Paragraph(TextCells.clean(paragraph),
                p.location()));
          } else {
            lineNo++;
            paragraph = line.cells.get(0);
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
          Line l = lines.get(j);
          if (l.cells.size() >= 2) {
            left = Math.min(left, l.starts.get(0));
          } else if (l.starts.get(0) <= left + tolerance
              && !(j > i && firstCellWrapped(lines.get(j - 1), l))) {
            break;
          }
          j++;
        }
        List<Float> anchors = new ArrayList<>();
        List<Float> starts = new ArrayList<>();
        for (int k = i; k < j; k++) {
          starts.addAll(lines.get(k).starts);
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
        lastGrid = null;
        float[] limits = limits(lines.subList(i, j), anchors);
        for (int k = i; k < j; k++) {
          Line l = lines.get(k).cutAt(anchors);
          int[] columns = new int[l.cells.size()];
          boolean continues = texts != null;
          for (int c = 0; c < columns.length; c++) {
            columns[c] = nearest(anchors, l.starts.get(c));
            continues &= open[columns[c]];
          }
          if (!continues) {
            flush(texts);
            texts = new String[anchors.size()];
            java.util.Arrays.fill(texts, "");
            lineNo++;
          }
          java.util.Arrays.fill(open, false);
          for (int c = 0; c < columns.length; c++) {
            int column = columns[c];
            String t = l.cells.get(c);
            texts[column] = texts[column].isEmpty() ? t
                : continues ? joinLines(texts[column], t) : texts[column] + " " + t;
            // A line that runs to its column's edge was broken there: the cell goes on below.
            open[column] = limits[column] - l.ends.get(c) < l.glyph * WRAP;
          }
        }
        flush(texts);
        carriedOpen = open;
        i = j;
      }
    }

    /** A page number (3, - 3 -, 第 3 页, 第3页/共5页): between two tables, it does not part them. */
    private static final java.util.regex.Pattern PAGE_NUMBER = java.util.regex.Pattern.compile(
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
    private static float[] limits(List<Line> lines, List<Float> anchors) {
      float[] limits = new float[anchors.size()];
      for (int a = 0; a + 1 < anchors.size(); a++) {
        limits[a] = anchors.get(a + 1);
      }
      for (Line l : lines) {
        int last = l.cells.size() - 1;
        if (last >= 0 && nearest(anchors, l.starts.get(last)) == anchors.size() - 1) {
          limits[anchors.size() - 1] = Math.max(limits[anchors.size() - 1],
              l.ends.get(last) + l.glyph * (WRAP - 1));
        }
      }
      return limits;
    }

    /**
     * Whether a one-cell line under the first cell of a row is that cell's next line: the cell
     * ran to the start of the next cell.
     */
    private static boolean firstCellWrapped(Line above, Line line) {
      return above.cells.size() >= 2
          && Math.abs(line.starts.get(0) - above.starts.get(0)) < line.glyph
          && above.starts.get(1) - above.ends.get(0) < above.glyph * WRAP;
    }

    /**
     * A bordered table's rows as blocks; {@code offset} is -1 for a new table, else which of the
     * columns of the table it goes on its first column is (the columns before it come back empty).
     */
    private void table(PdfGrid grid, int offset) {
      boolean continued = offset >= 0;
      if (!continued) {
        tableNo++;
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
          String text = c < offset ? "" : cellText(grid.glyphs(r, c - offset));
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
      joined.set(column, new RawCell(joinLines(cell.text(), rest), cell.location()));
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
          || cutMidLine && !ITEM.matcher(firstText(cells)).lookingAt())
          || filled >= 2 && cutMidLine;
    }
  }

  /**
   * Two lines of one cell as one text. Chinese wraps anywhere and a code or figure too long for its
   * cell is broken where the cell ends, so lines join without a space; only Latin words, which
   * wrap at spaces, get one back.
   */
  static String joinLines(String before, String after) {
    if (before.isEmpty() || after.isEmpty()) {
      return before + after;
    }
    char b = before.charAt(before.length() - 1);
    char a = after.charAt(0);
    boolean words = isLatin(b) && isLatin(a) && (Character.isLowerCase(b) || Character.isLowerCase(a));
    return before + (words ? " " : "") + after;
  }

  /** Chinese characters and punctuation: a gap next to them is letter-spacing, not a space. */
  private static boolean isCjk(char c) {
    return c >= 0x2E80 || (c >= 0x2010 && c <= 0x206F);
  }

  private static boolean isLatin(char c) {
    return c < 0x250 && Character.isLetter(c);
  }

  /**
   * The text of a bordered cell: its lines, joined as {@link #joinLines} says, or with the space
   * the line was broken at where the PDF drew one.
   */
  private static String cellText(List<TextPosition> glyphs) {
    List<Line> lines = new ArrayList<>();
    float right = 0;
    for (List<TextPosition> line : lines(glyphs)) {
      Line l = cells(line);
      if (!l.cells.isEmpty()) {
        lines.add(l);
        right = Math.max(right, l.end);
      }
    }
    String out = "";
    Line above = null;
    for (Line l : lines) {
      String text = String.join(" ", l.cells);
      out = above != null && endsParagraph(above, right) ? out + "\n" + text : joinLines(out, text);
      above = l;
    }
    return out.strip();
  }

  /**
   * Whether a line of a cell ends a paragraph of it: it ends a sentence well short of where the
   * cell's longest line ends (a line the writer did not have to break), as items listed in one
   * cell (1、… 2、…) do.
   */
  private static boolean endsParagraph(Line line, float right) {
    String text = line.cells.get(line.cells.size() - 1).strip();
    return !text.isEmpty() && "。；;！？!?".indexOf(text.charAt(text.length() - 1)) >= 0
        && right - line.end > line.glyph * 2;
  }

  /** Glyphs grouped by baseline, top to bottom, each line sorted left to right. */
  private static List<List<TextPosition>> lines(List<TextPosition> glyphs) {
    List<TextPosition> sorted = new ArrayList<>(glyphs);
    sorted.sort(Comparator.comparingDouble(TextPosition::getYDirAdj));
    List<List<TextPosition>> lines = new ArrayList<>();
    List<TextPosition> current = new ArrayList<>();
    float baseline = Float.NaN;
    for (TextPosition g : sorted) {
      float tolerance = Math.max(g.getHeightDir(), 2f) * 0.5f;
      if (!current.isEmpty() && Math.abs(g.getYDirAdj() - baseline) > tolerance) {
        lines.add(current);
        current = new ArrayList<>();
      }
      if (current.isEmpty()) {
        baseline = g.getYDirAdj();
      }
      current.add(g);
    }
    if (!current.isEmpty()) {
      lines.add(current);
    }
    for (List<TextPosition> line : lines) {
      line.sort(Comparator.comparingDouble(TextPosition::getXDirAdj));
    }
    return lines;
  }

  /** One line of a page: its cells with the x where each starts, the glyph width, its baseline. */
  private record Line(List<String> cells, List<Float> starts, List<Float> ends, float glyph,
      float y, float end, List<float[]> xs) {

    /**
     * The line with each cell cut where it runs over the start of another column (a column's
     * text that fills it up to the next one leaves less than a cell gap): cells of a table drawn
     * without borders.
     */
    Line cutAt(List<Float> anchors) {
      List<String> c2 = new ArrayList<>();
      List<Float> s2 = new ArrayList<>();
      List<Float> e2 = new ArrayList<>();
      List<float[]> x2 = new ArrayList<>();
      for (int c = 0; c < cells.size(); c++) {
        String text = cells.get(c);
        float[] at = xs.get(c);
        int from = 0;
        for (float anchor : anchors) {
          if (anchor <= starts.get(c) + glyph / 2 || anchor >= ends.get(c)) {
            continue;
          }
          int cut = from;
          while (cut < at.length && at[cut] < anchor - glyph / 2) {
            cut++;
          }
          if (cut > from && cut < at.length && !text.substring(from, cut).isBlank()) {
            c2.add(text.substring(from, cut));
            s2.add(at[from]);
            e2.add(at[cut - 1] + glyph);
            x2.add(java.util.Arrays.copyOfRange(at, from, cut));
            from = cut;
          }
        }
        c2.add(text.substring(from));
        s2.add(at.length > from ? at[from] : starts.get(c));
        e2.add(ends.get(c));
        x2.add(java.util.Arrays.copyOfRange(at, from, at.length));
      }
      return new Line(c2, s2, e2, glyph, y, end, x2);
    }
  }

  private static int nearest(List<Float> anchors, float x) {
    int best = 0;
    for (int a = 1; a < anchors.size(); a++) {
      if (Math.abs(anchors.get(a) - x) < Math.abs(anchors.get(best) - x)) {
        best = a;
      }
    }
    return best;
  }

  /**
   * The cells of one line, split where the gap between glyphs is wider than a cell gap. A space
   * the PDF draws is kept as it stands, next to Chinese too (每生 1500 元); where the PDF draws
   * none, a gap wider than a word gap between Latin letters or digits is a space. A run of drawn
   * spaces is a gap like any other, so that it still parts cells where it is wide.
   */
  private static Line cells(List<TextPosition> line) {
    List<Float> widths = new ArrayList<>();
    for (TextPosition g : line) {
      if (!g.getUnicode().isBlank()) {
        widths.add(Math.max(g.getWidthDirAdj(), 1f));
      }
    }
    widths.sort(Float::compare);
    float median = widths.isEmpty() ? 1f : widths.get(widths.size() / 2);
    float glyph = Math.max(median, line.get(0).getFontSizeInPt() * 0.5f);
    List<String> cells = new ArrayList<>();
    List<Float> starts = new ArrayList<>();
    List<Float> ends = new ArrayList<>();
    List<float[]> xs = new ArrayList<>();
    List<Float> x = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    float end = Float.NaN;
    float start = Float.NaN;
    int spaces = 0;
    float spaceEnd = Float.NaN;
    for (TextPosition g : line) {
      String u = g.getUnicode();
      if (u.isBlank()) {
        if (cell.length() > 0) {
          spaces++;
          spaceEnd = g.getXDirAdj() + g.getWidthDirAdj();
        }
        continue;
      }
      if (!Float.isNaN(end)) {
        float gap = g.getXDirAdj() - (spaces == 1 ? spaceEnd : end);
        if (gap > glyph * CELL_GAP) {
          if (!cell.toString().isBlank()) {
            cells.add(cell.toString());
            starts.add(start);
            ends.add(end);
            xs.add(floats(x));
          }
          cell.setLength(0);
          x.clear();
          start = Float.NaN;
        } else if (cell.length() > 0 && cell.charAt(cell.length() - 1) != ' '
            && (spaces > 0 || gap > glyph * WORD_GAP
            && !isCjk(cell.charAt(cell.length() - 1)) && !isCjk(u.charAt(0)))) {
          cell.append(' ');
          x.add(g.getXDirAdj());
        }
      }
      spaces = 0;
      if (Float.isNaN(start)) {
        start = g.getXDirAdj();
      }
      cell.append(u);
      for (int k = 0; k < u.length(); k++) {
        x.add(g.getXDirAdj());
      }
      end = g.getXDirAdj() + g.getWidthDirAdj();
    }
    if (!cell.toString().isBlank()) {
      cells.add(spaces > 0 ? cell + " " : cell.toString()); // a line broken at a space keeps it
      if (spaces > 0) {
        x.add(end);
      }
      starts.add(start);
      ends.add(end);
      xs.add(floats(x));
    }
    return new Line(cells, starts, ends, glyph, line.get(0).getYDirAdj(), end, xs);
  }

  private static float[] floats(List<Float> list) {
    float[] out = new float[list.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = list.get(i);
    }
    return out;
  }

  /** Collects every glyph PDFBox finds on the pages it is asked for. */
  private static final class Collector extends PDFTextStripper {
    final List<TextPosition> glyphs = new ArrayList<>();

    Collector() throws IOException {
      setSortByPosition(false);
    }

    @Override
    protected void processTextPosition(TextPosition text) {
      glyphs.add(text);
    }
  }
}
