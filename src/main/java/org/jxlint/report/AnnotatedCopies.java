package org.jxlint.report;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Set;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.jxlint.i18n.Messages;

/**
 * {@code --annotate DIR}: the review sent back inside each unit's own file. A Word or Excel file
 * gets a copy in DIR with a comment or note on each offending cell ({@code 表.审核.docx}); every
 * other file (.doc, .xls, PDF, text, JSON, or one that could not be read) has its findings in one
 * 审核问题清单 in DIR. The inputs are only ever read.
 */
public final class AnnotatedCopies {

  /** What became of one file: its copy, or the list it went to (with why, when jxlint failed). */
  public record Result(Path copy, Path listedIn, String failure) {}

  private static final Set<String> WORD = Set.of("docx");
  private static final Set<String> EXCEL = Set.of("xlsx", "xlsm");

  private final Path dir;
  private final Messages messages;
  private final OutputNames names = new OutputNames();
  private OutputStream listFile;
  private IssueListWriter list;
  private int copies;
  private int listed;

  public AnnotatedCopies(Path dir, Messages messages) {
    this.dir = dir;
    this.messages = messages;
  }

  /** Writes the file's annotated copy, or adds it to the list; never changes {@code source}. */
  public Result file(FileReport report, Path source) throws IOException {
    String kind = kind(report, source);
    if (kind != null) {
      Path target = dir.resolve(names.next(report.path(), messages.get("annotate.suffix"), null));
      Path part = OutputNames.part(target);
      try {
        if (kind.equals("word")) {
          new WordComments(messages).write(source, report, part);
        } else {
          new ExcelNotes(messages).write(source, report, part);
        }
        Files.move(part, target, StandardCopyOption.REPLACE_EXISTING);
        copies++;
        return new Result(target, null, null);
      } catch (IOException | RuntimeException e) {
        return new Result(null, list(report), e.getClass().getSimpleName()
            + (e.getMessage() == null ? "" : ": " + e.getMessage()));
      } finally {
        Files.deleteIfExists(part);
      }
    }
    return new Result(null, list(report), null);
  }

  /** “word”, “excel”, or null for a file that cannot carry comments (by name and by content). */
  private static String kind(FileReport report, Path source) throws IOException {
    if (report.unreadable() || report.layout() == null) {
      return null;
    }
    String name = source.getFileName().toString();
    String ext = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
    boolean word = WORD.contains(ext) && report.layout().startsWith("word-docx");
    boolean excel = EXCEL.contains(ext) && report.layout().startsWith("excel");
    if (!word && !excel) {
      return null;
    }
    try (InputStream in = FileMagic.prepareToCheckMagic(Files.newInputStream(source))) {
      if (FileMagic.valueOf(in) != FileMagic.OOXML) {
        return null; // an old .xls saved under a new name: no notes in that format
      }
    }
    return word ? "word" : "excel";
  }

  private Path list(FileReport report) throws IOException {
    Path file = dir.resolve(messages.get("annotate.listName") + ".xlsx");
    if (list == null) {
      listFile = new BufferedOutputStream(Files.newOutputStream(file));
      list = new IssueListWriter(listFile, messages);
    }
    list.file(report);
    listed++;
    return file;
  }

  /** How many annotated copies were written. */
  public int copies() {
    return copies;
  }

  /** How many files went to the list. */
  public int listed() {
    return listed;
  }

  /** Writes the list, when any file went to it. */
  public void end() throws IOException {
    if (list != null) {
      try {
        list.finish();
      } finally {
        listFile.close();
      }
    }
  }
}
