package org.jxlint.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
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
import org.jxlint.ingest.layout.RawDocument;
import org.jxlint.model.ReadingNote;

/**
 * PDF forms: the file opened safely (a password, a damaged or truncated file, a page tree that loops
 * are told apart) and the glyphs of each page collected with their positions and its ruling lines,
 * which {@link PdfPages} reads into blocks.
 */
final class PdfReader extends DocumentReader {

  static final String LAYOUT = "pdf";

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
      PdfPages pages = new PdfPages(blocks);
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
