package org.jxlint.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jxlint.config.Vocabulary;
import org.jxlint.ingest.layout.DocumentInterpreter;
import org.jxlint.text.SafeText;
import org.jxlint.text.TargetValueParser;

/**
 * Chooses a reader by file type and reads one file. Whatever goes wrong — a missing file, an
 * unknown type, a reader that throws — comes back as {@link IngestResult.Unreadable} with a reason;
 * nothing here ends the batch.
 */
public final class Ingestor {

  /** Formats real submissions come in that no reader takes yet; they get a specific reason. */
  private static final Set<String> PLANNED = Set.of("ofd", "rtf", "odt", "ods");

  /** Larger files are refused before any reader opens them: no real 绩效目标表 comes near this. */
  static final long MAX_BYTES = 64L * 1024 * 1024;

  private final Map<String, SubmissionReader> byExtension = new HashMap<>();

  public Ingestor(List<SubmissionReader> readers) {
    for (SubmissionReader r : readers) {
      r.extensions().forEach(ext -> byExtension.put(ext, r));
    }
  }

  /** The readers jxlint ships with, configured from the vocabulary. */
  public static Ingestor standard(Vocabulary vocabulary) {
    TargetValueParser values = new TargetValueParser(vocabulary.values());
    DocumentInterpreter interpreter = new DocumentInterpreter(vocabulary, values);
    return new Ingestor(List.of(new CanonicalJson(values), new TextReader(interpreter),
        new DelimitedReader(interpreter), new SpreadsheetReader(interpreter),
        new WordReader(interpreter), new PdfReader(interpreter)));
  }

  /**
   * Reads one file. What it held comes back cleaned of characters no report can write (a lone
   * surrogate, a control character): one hostile cell must not cost the batch its report.
   */
  public IngestResult read(Path file, String displayPath) {
    IngestResult result = readRaw(file, SafeText.clean(displayPath));
    try {
      return SafeText.deep(result);
    } catch (RuntimeException e) {
      return new IngestResult.Unreadable(result.path(), "unreadable.crash",
          List.of(e.getClass().getSimpleName()));
    }
  }

  private IngestResult readRaw(Path file, String displayPath) {
    try {
      if (!Files.exists(file)) {
        return new IngestResult.Unreadable(displayPath, Files.isSymbolicLink(file)
            ? "unreadable.linkBroken" : "unreadable.missing", List.of());
      }
      if (!Files.isRegularFile(file)) {
        return new IngestResult.Unreadable(displayPath, "unreadable.notFile", List.of());
      }
      if (!Files.isReadable(file)) {
        return new IngestResult.Unreadable(displayPath, "unreadable.permission", List.of());
      }
      if (Files.size(file) == 0) {
        return new IngestResult.Unreadable(displayPath, "unreadable.empty", List.of());
      }
      if (Files.size(file) > MAX_BYTES) {
        return new IngestResult.Unreadable(displayPath, "unreadable.tooLarge",
            List.of(String.valueOf(MAX_BYTES / (1024 * 1024))));
      }
      String ext = extension(file);
      ContentSniffer.require(file, ext);
      SubmissionReader reader = byExtension.get(ext);
      if (reader == null) {
        String key = PLANNED.contains(ext) ? "unreadable.notYet"
            : WEB_PAGES.contains(ext) ? "unreadable.webPage" : "unreadable.type";
        return new IngestResult.Unreadable(displayPath, key,
            List.of(ext.isEmpty() ? "?" : "." + ext));
      }
      Path copy = nameless(file, ext);
      try {
        return new IngestResult.Read(displayPath, reader.read(copy == null ? file : copy,
            displayPath));
      } finally {
        if (copy != null) {
          Files.deleteIfExists(copy);
        }
      }
    } catch (UnreadableException e) {
      return new IngestResult.Unreadable(displayPath, e.key(), e.args());
    } catch (IOException e) {
      return new IngestResult.Unreadable(displayPath, "unreadable.io", List.of(
          String.valueOf(e.getMessage())));
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      return new IngestResult.Unreadable(displayPath, "unreadable.crash",
          List.of(e.getClass().getSimpleName()));
    }
  }

  /**
   * A copy under a plain name of a file the libraries, which open files by java.io.File, cannot
   * name: with no UTF-8 locale (LANG=C, java -jar run directly), a Chinese name comes back from
   * the folder as bytes that no String names. Null when the file can be named as it is.
   */
  private static Path nameless(Path file, String ext) throws IOException {
    if (file.toFile().exists()) {
      return null;
    }
    Path copy = Files.createTempFile("jxlint-", ext.isEmpty() ? "" : "." + ext);
    Files.copy(file, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    return copy;
  }

  static String extension(Path file) {
    return extensionOf(file.getFileName().toString());
  }

  /**
   * A file name's extension, in lower case, as Windows takes it: dots and spaces at the end of a
   * name are dropped (表.docx. and 表.txt&nbsp; open as what they are).
   */
  public static String extensionOf(String name) {
    String trimmed = name.replaceAll("[. ]+$", "");
    int dot = trimmed.lastIndexOf('.');
    return dot < 0 ? "" : trimmed.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  /** Web pages: a report exported from a system, to be saved as Word or Excel. */
  private static final Set<String> WEB_PAGES = Set.of("htm", "html", "mht", "mhtml");
}
