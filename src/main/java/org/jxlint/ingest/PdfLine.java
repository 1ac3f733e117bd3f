package org.jxlint.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.pdfbox.text.TextPosition;

/**
 * One line of a PDF page: its glyphs grouped into cells by the horizontal gaps between them — not
 * by spaces, because letter-spaced headings (“一 级 指 标”) put spaces inside words — with the x
 * where each cell starts and ends, the glyph width and the baseline.
 */
record PdfLine(List<String> cells, List<Float> starts, List<Float> ends, float glyph, float y,
    float end, List<float[]> xs) {

  /** A gap wider than this many glyph widths separates two cells. */
  private static final float CELL_GAP = 1.5f;
  /** A gap wider than this (but not a cell gap) is a space inside a cell. */
  private static final float WORD_GAP = 0.25f;
  /** A numbered item's start: 2、 3. （4） 五、 (not the figure 3.5). */
  static final Pattern ITEM = Pattern.compile(
      "\\s*(?:\\d{1,2}|[一二三四五六七八九十]{1,3})[、.．)）](?!\\d)|\\s*[(（]\\d{1,2}[)）]");

  /**
   * The line with each cell cut where it runs over the start of another column (a column's
   * text that fills it up to the next one leaves less than a cell gap): cells of a table drawn
   * without borders.
   */
  PdfLine cutAt(List<Float> anchors) {
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
          x2.add(Arrays.copyOfRange(at, from, cut));
          from = cut;
        }
      }
      c2.add(text.substring(from));
      s2.add(at.length > from ? at[from] : starts.get(c));
      e2.add(ends.get(c));
      x2.add(Arrays.copyOfRange(at, from, at.length));
    }
    return new PdfLine(c2, s2, e2, glyph, y, end, x2);
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
  static String cellText(List<TextPosition> glyphs) {
    List<PdfLine> lines = new ArrayList<>();
    float right = 0;
    for (List<TextPosition> line : lines(glyphs)) {
      PdfLine l = of(line);
      if (!l.cells().isEmpty()) {
        lines.add(l);
        right = Math.max(right, l.end());
      }
    }
    String out = "";
    PdfLine above = null;
    for (PdfLine l : lines) {
      String text = String.join(" ", l.cells());
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
  private static boolean endsParagraph(PdfLine line, float right) {
    String text = line.cells().get(line.cells().size() - 1).strip();
    return !text.isEmpty() && "。；;！？!?".indexOf(text.charAt(text.length() - 1)) >= 0
        && right - line.end() > line.glyph() * 2;
  }

  /** Glyphs grouped by baseline, top to bottom, each line sorted left to right. */
  static List<List<TextPosition>> lines(List<TextPosition> glyphs) {
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

  static int nearest(List<Float> anchors, float x) {
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
  static PdfLine of(List<TextPosition> line) {
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
    return new PdfLine(cells, starts, ends, glyph, line.get(0).getYDirAdj(), end, xs);
  }

  private static float[] floats(List<Float> list) {
    float[] out = new float[list.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = list.get(i);
    }
    return out;
  }
}
