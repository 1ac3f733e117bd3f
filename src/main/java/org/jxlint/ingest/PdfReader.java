package org.jxlint.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.jxlint.ingest.layout.DocumentInterpreter;
import org.jxlint.ingest.layout.RawBlock;
import org.jxlint.ingest.layout.RawCell;
import org.jxlint.ingest.layout.RawDocument;
import org.jxlint.ingest.layout.TextCells;
import org.jxlint.model.SourceLocation;

/**
 * PDF forms: the glyphs of each page with their positions, grouped into lines by baseline and into
 * cells by the horizontal gaps between glyphs — not by spaces, because letter-spaced headings
 * (“一 级 指 标”) put spaces inside words. A line of one cell is a paragraph; a line of several a row.
 */
final class PdfReader extends DocumentReader {

  static final String LAYOUT = "pdf";
  /** A gap wider than this many glyph widths separates two cells. */
  private static final float CELL_GAP = 1.5f;
  /** A gap wider than this (but not a cell gap) is a space inside a cell. */
  private static final float WORD_GAP = 0.25f;

  static {
    Logger.getLogger("org.apache.pdfbox").setLevel(Level.SEVERE);
    Logger.getLogger("org.apache.fontbox").setLevel(Level.SEVERE);
  }

  PdfReader(DocumentInterpreter interpreter) {
    super(interpreter);
  }

  @Override
  public Set<String> extensions() {
    return Set.of("pdf");
  }

  @Override
  RawDocument layout(Path file) throws UnreadableException {
    List<RawBlock> blocks = new ArrayList<>();
    try (PDDocument doc = Loader.loadPDF(new RandomAccessReadBufferedFile(file.toFile()), "",
        null, null, IOUtils.createTempFileOnlyStreamCache())) {
      if (doc.isEncrypted() && !doc.getCurrentAccessPermission().canExtractContent()) {
        throw new UnreadableException("unreadable.encrypted");
      }
      Collector collector = new Collector();
      int lineNo = 0;
      for (int page = 1; page <= doc.getNumberOfPages(); page++) {
        collector.glyphs.clear();
        collector.setStartPage(page);
        collector.setEndPage(page);
        collector.getText(doc);
        for (List<TextPosition> line : lines(collector.glyphs)) {
          lineNo++;
          List<String> cells = cells(line);
          if (cells.size() == 1) {
            blocks.add(new RawBlock.Paragraph(TextCells.clean(cells.get(0)),
                SourceLocation.line(lineNo)));
          } else if (!cells.isEmpty()) {
            List<RawCell> raw = new ArrayList<>();
            for (int c = 0; c < cells.size(); c++) {
              raw.add(new RawCell(TextCells.clean(cells.get(c)),
                  new SourceLocation(null, null, c + 1, lineNo, null, null)));
            }
            blocks.add(new RawBlock.Row(1, raw, SourceLocation.line(lineNo)));
          }
        }
      }
      if (blocks.isEmpty()) {
        throw new UnreadableException("unreadable.pdfNoText");
      }
    } catch (InvalidPasswordException e) {
      throw new UnreadableException("unreadable.encrypted");
    } catch (IOException e) {
      throw new UnreadableException("unreadable.corrupt", "PDF");
    }
    return new RawDocument(LAYOUT, blocks);
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

  /** The cells of one line, split where the gap between glyphs is wider than a cell gap. */
  private static List<String> cells(List<TextPosition> line) {
    float[] widths = new float[line.size()];
    for (int i = 0; i < line.size(); i++) {
      widths[i] = Math.max(line.get(i).getWidthDirAdj(), 1f);
    }
    float[] copy = widths.clone();
    Arrays.sort(copy);
    float glyph = Math.max(copy[copy.length / 2], line.get(0).getFontSizeInPt() * 0.5f);
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    float end = Float.NaN;
    for (TextPosition g : line) {
      String u = g.getUnicode();
      if (u == null) {
        continue;
      }
      if (!Float.isNaN(end)) {
        float gap = g.getXDirAdj() - end;
        if (gap > glyph * CELL_GAP) {
          cells.add(cell.toString());
          cell.setLength(0);
        } else if (gap > glyph * WORD_GAP && cell.length() > 0
            && cell.charAt(cell.length() - 1) != ' ' && !u.isBlank()) {
          cell.append(' ');
        }
      }
      cell.append(u);
      end = g.getXDirAdj() + g.getWidthDirAdj();
    }
    if (cell.length() > 0) {
      cells.add(cell.toString());
    }
    cells.removeIf(String::isBlank);
    return cells;
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
