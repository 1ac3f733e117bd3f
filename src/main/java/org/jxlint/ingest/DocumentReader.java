package org.jxlint.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jxlint.ingest.layout.Charsets;
import org.jxlint.ingest.layout.DocumentInterpreter;
import org.jxlint.ingest.layout.RawBlock;
import org.jxlint.ingest.layout.RawCell;
import org.jxlint.ingest.layout.RawDocument;
import org.jxlint.model.ReadingNote;
import org.jxlint.model.SourceLocation;
import org.jxlint.model.Submission;

/**
 * A reader for one file format: it only turns the file into paragraphs and rows; the shared
 * {@link DocumentInterpreter} makes a submission of them.
 */
abstract class DocumentReader implements SubmissionReader {

  private final DocumentInterpreter interpreter;

  DocumentReader(DocumentInterpreter interpreter) {
    this.interpreter = interpreter;
  }

  @Override
  public final Submission read(Path file, String displayPath) throws UnreadableException {
    List<ReadingNote> notes = new ArrayList<>();
    Submission s = interpret(file, displayPath, notes);
    return notes.isEmpty() ? s : s.withReadingNotes(notes);
  }

  /** The file's layout, interpreted; a reader that must choose what to read overrides it. */
  Submission interpret(Path file, String displayPath, List<ReadingNote> notes)
      throws UnreadableException {
    RawDocument doc = layout(file, notes);
    stopIfTimeIsUp();
    return interpreter.interpret(bounded(doc, notes), displayPath);
  }

  /**
   * Ends the reading of a file whose time is up (the watchdog of the batch interrupts its thread):
   * nobody waits for it any more, so it should not go on taking a core.
   */
  static void stopIfTimeIsUp() throws UnreadableException {
    if (Thread.currentThread().isInterrupted()) {
      throw new UnreadableException("unreadable.timeout", "?");
    }
  }

  /**
   * The document within the limits of {@link ReadLimits}: more rows and paragraphs, or more cells,
   * than the limit make it unreadable; a cell or paragraph longer than the limit is cut there, said in a note.
   */
  static RawDocument bounded(RawDocument doc, List<ReadingNote> notes)
      throws UnreadableException {
    ReadLimits limits = ReadLimits.current();
    limits.rows(doc.blocks().size());
    long count = 0;
    for (RawBlock b : doc.blocks()) {
      count += b instanceof RawBlock.Row r ? r.cells().size() : 1;
    }
    limits.cells(count); // text and CSV rows are counted here, as Office files are while read
    int max = limits.maxCellLength();
    boolean any = false;
    for (RawBlock b : doc.blocks()) {
      any |= b instanceof RawBlock.Paragraph p && p.text().length() > max
          || b instanceof RawBlock.Row r && r.cells().stream().anyMatch(c -> c.text().length() > max);
    }
    if (!any) {
      return doc;
    }
    List<RawBlock> out = new ArrayList<>(doc.blocks().size());
    for (RawBlock b : doc.blocks()) {
      if (b instanceof RawBlock.Paragraph p && p.text().length() > max) {
        notes.add(cut(p.text(), max, p.location()));
        out.add(new RawBlock.Paragraph(p.text().substring(0, cutAt(p.text(), max)),
            p.location()));
      } else if (b instanceof RawBlock.Row r
          && r.cells().stream().anyMatch(c -> c.text().length() > max)) {
        List<RawCell> cells = new ArrayList<>(r.cells().size());
        for (RawCell c : r.cells()) {
          if (c.text().length() > max) {
            SourceLocation at = c.location() == SourceLocation.NONE ? r.location() : c.location();
            notes.add(cut(c.text(), max, at));
            cells.add(new RawCell(c.text().substring(0, cutAt(c.text(), max)), c.location()));
          } else {
            cells.add(c);
          }
        }
        out.add(new RawBlock.Row(r.table(), cells, r.location()));
      } else {
        out.add(b);
      }
    }
    return new RawDocument(doc.layout(), out);
  }

  /** Where to cut: at the limit, not inside a surrogate pair. */
  static int cutAt(String text, int max) {
    return Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
  }

  static ReadingNote cut(String text, int max, SourceLocation at) {
    return new ReadingNote(ReadingNote.TRUNCATED_CELL, text.substring(0, cutAt(text, Math.min(30,
        max))) + "…", text.length() + " " + max, at);
  }

  DocumentInterpreter interpreter() {
    return interpreter;
  }

  /**
   * A text file's content, its character set decided once for the whole file; bytes it had to
   * replace or drop on the way are said in a reading note.
   */
  static String text(Path file, List<ReadingNote> notes) throws UnreadableException {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UnreadableException("unreadable.io", e.getMessage());
    }
    return text(bytes, notes);
  }

  /** Bytes as text, as {@link #text(Path, List)}; no text at all is unreadable. */
  static String text(byte[] bytes, List<ReadingNote> notes) throws UnreadableException {
    Charsets.Decoded d = Charsets.read(bytes);
    if (d.problem() == Charsets.Problem.ZEROS) {
      throw new UnreadableException("unreadable.zeros", bytes.length);
    }
    if (d.problem() == Charsets.Problem.BINARY) {
      throw new UnreadableException("unreadable.binary");
    }
    if (d.replaced() > 0) {
      notes.add(badBytes(d));
      if (d.text().endsWith("\uFFFD")) {
        // The last character is cut in half: the file stops partway (an upload cut short).
        notes.add(new ReadingNote(ReadingNote.FILE_CUT_SHORT, "", "文本", null));
      }
    }
    if (d.zeros() > 0) {
      notes.add(new ReadingNote(ReadingNote.ZERO_BYTES, "", String.valueOf(d.zeros()), null));
    }
    return d.text();
  }

  /** Where the first “�” stands: its line, quoted around it. */
  private static ReadingNote badBytes(Charsets.Decoded d) {
    String text = d.text();
    int at = Math.max(text.indexOf('\uFFFD'), 0);
    int start = text.lastIndexOf('\n', at) + 1;
    int end = text.indexOf('\n', at);
    end = end < 0 ? text.length() : end;
    int line = 1;
    for (int i = 0; i < start; i++) {
      line += text.charAt(i) == '\n' ? 1 : 0;
    }
    int from = Math.max(start, at - 20);
    int to = Math.min(end, at + 20);
    String excerpt = (from > start ? "…" : "") + text.substring(from, to).strip()
        + (to < end ? "…" : "");
    return new ReadingNote(ReadingNote.BAD_BYTES, excerpt,
        Charsets.label(d.charset()) + " " + d.replaced(), SourceLocation.line(line));
  }

  /**
   * The file as paragraphs and rows.
   *
   * @param notes where to say what the reader had to change or leave out (a reading note)
   */
  abstract RawDocument layout(Path file, List<ReadingNote> notes) throws UnreadableException;
}
