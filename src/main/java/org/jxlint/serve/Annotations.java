package org.jxlint.serve;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Set;
import java.util.stream.Stream;
import org.jxlint.i18n.Messages;
import org.jxlint.report.AnnotatedCopies;
import org.jxlint.report.FileReport;

/**
 * The unit's own Word or Excel file with the review in comments, as {@code check --annotate}
 * makes it, written to a temporary folder, taken into memory and the folder removed.
 */
final class Annotations {

  private static final Set<String> CARRY_COMMENTS = Set.of("docx", "xlsx", "xlsm");

  /** An annotated copy: its bytes and its name ({@code 表.审核.docx}). */
  record Copy(byte[] bytes, String name) {}

  private final Path temp;

  Annotations(Path temp) {
    this.temp = temp;
  }

  /** The copy, or null when the file cannot carry comments or the copy failed. */
  Copy make(FileReport report, Path source, String ext, Messages m) {
    if (report.unreadable() || !CARRY_COMMENTS.contains(ext)) {
      return null;
    }
    Path dir = null;
    try {
      dir = Files.createTempDirectory(temp, "copy");
      AnnotatedCopies copies = new AnnotatedCopies(dir, m);
      try {
        AnnotatedCopies.Result r = copies.file(report, source);
        if (r.copy() == null) {
          return null;
        }
        String name = r.copy().getFileName().toString();
        return new Copy(Files.readAllBytes(r.copy()), name);
      } finally {
        copies.end();
      }
    } catch (IOException | RuntimeException e) {
      return null; // the page then offers the other downloads only
    } finally {
      remove(dir);
    }
  }

  private static void remove(Path dir) {
    if (dir == null) {
      return;
    }
    try (Stream<Path> all = Files.walk(dir)) {
      all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // the folder is under the server's own temporary folder, removed when it stops
    }
  }
}
