package org.jxlint.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jxlint.config.ConfigException;
import org.jxlint.i18n.Messages;
import org.jxlint.report.AnnotatedCopies;
import org.jxlint.report.FileReport;
import picocli.CommandLine.Option;

/** {@code check --annotate DIR}: a commented copy of each Word and Excel file, a list for the rest. */
final class AnnotateOption {

  @Option(names = "--annotate", paramLabel = "目录",
      description = "把审核意见写回文件：每个 .docx、.xlsx/.xlsm 在该目录中得到一份副本"
          + "（如 表.审核.docx），有问题的单元格上加批注（Excel 为单元格批注），开头批注写明等级和问题数；"
          + "不能加批注的文件（.doc、.xls、PDF、文本、JSON、无法读取的）的问题列在该目录的"
          + "审核问题清单.xlsx 里。原文件不会改动。")
  Path dir;

  /** Whether copies were asked for (the reports then keep what was read, to find the cells). */
  boolean asked() {
    return dir != null;
  }

  /** The copies of this run; does nothing when none were asked for. */
  Session open(Messages messages, PrintStream err, List<Path> paths) throws ConfigException {
    if (dir == null) {
      return new Session(null, null, messages, err);
    }
    if (UploadBounds.inside(dir, paths)) {
      throw new ConfigException("error.annotateInside", dir);
    }
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new ConfigException("error.outputFailed", dir, e.getMessage());
    }
    return new Session(new AnnotatedCopies(dir, messages), dir, messages, err);
  }

  /** The copies being written, file by file; failures are said on stderr and counted. */
  static final class Session {
    private final AnnotatedCopies copies;
    private final Path dir;
    private final Messages messages;
    private final PrintStream err;
    private int failed;

    private Session(AnnotatedCopies copies, Path dir, Messages messages, PrintStream err) {
      this.copies = copies;
      this.dir = dir;
      this.messages = messages;
      this.err = err;
    }

    void file(FileReport report, Path source) {
      if (copies == null) {
        return;
      }
      try {
        AnnotatedCopies.Result r = copies.file(report, source);
        if (r.failure() != null) {
          failed++;
          err.println(messages.get("error.prefix") + messages.get("annotate.failed",
              report.path(), r.failure(), r.listedIn()));
        }
      } catch (IOException | RuntimeException e) {
        failed++;
        err.println(messages.get("error.prefix") + messages.get("annotate.unwritten",
            report.path(), e.getClass().getSimpleName() + ": " + e.getMessage()));
      }
    }

    /** Writes the list and says what was written; the number of files jxlint failed on. */
    int end() {
      if (copies == null) {
        return 0;
      }
      try {
        copies.end();
      } catch (IOException | RuntimeException e) {
        failed++;
        err.println(messages.get("error.prefix") + messages.get("annotate.unwritten",
            messages.get("annotate.listName"), e.getMessage()));
      }
      err.println(messages.get(copies.listed() == 0 ? "annotate.done"
          : "annotate.doneListed", dir, copies.copies(), copies.listed(),
          messages.get("annotate.listName")));
      return failed;
    }
  }
}
