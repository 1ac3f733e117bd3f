package org.jxlint.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jxlint.ingest.layout.DocumentInterpreter;
import org.jxlint.ingest.layout.RawDocument;
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
    return interpreter.interpret(layout(file), displayPath);
  }

  /** A text file's content, its character set decided once for the whole file. */
  static String text(Path file) throws UnreadableException {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UnreadableException("unreadable.io", e.getMessage());
    }
    if (org.jxlint.ingest.layout.Charsets.looksBinary(bytes)) {
      throw new UnreadableException("unreadable.binary");
    }
    return org.jxlint.ingest.layout.Charsets.decode(bytes);
  }

  /** The file as paragraphs and rows. */
  abstract RawDocument layout(Path file) throws UnreadableException;
}
