package org.jxlint.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.jxlint.ingest.layout.Charsets;
import org.jxlint.ingest.layout.DocumentInterpreter;
import org.jxlint.ingest.layout.RawDocument;
import org.jxlint.ingest.layout.TextLayout;
import org.jxlint.model.ReadingNote;

/** Text pasted or extracted from a form: tab-separated rows, or one cell per line. */
final class TextReader extends DocumentReader {

  TextReader(DocumentInterpreter interpreter) {
    super(interpreter);
  }

  @Override
  public Set<String> extensions() {
    return Set.of("txt", "text");
  }

  @Override
  RawDocument layout(Path file, List<ReadingNote> notes) throws UnreadableException {
    return TextLayout.read(text(file, notes));
  }
}
