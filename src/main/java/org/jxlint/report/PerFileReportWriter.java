package org.jxlint.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.jxlint.i18n.Messages;

/**
 * One 审核意见 a file, in a folder ({@code --format md:DIR/}, {@code --format text-plain:DIR/}):
 * {@code 表.审核意见.md} beside {@code 表.审核意见.txt}, each written whole, so a reviewer sends each
 * unit its own letter.
 */
public final class PerFileReportWriter implements ReportWriter {

  /** The letter forms that can be written one a file. */
  public enum Form { MARKDOWN, PLAIN }

  private final Path dir;
  private final Messages messages;
  private final Form form;
  private final OutputNames names = new OutputNames();

  public PerFileReportWriter(Path dir, Messages messages, Form form) {
    this.dir = dir;
    this.messages = messages;
    this.form = form;
  }

  @Override
  public void begin() {}

  @Override
  public void file(FileReport report) throws IOException {
    String text = form == Form.MARKDOWN ? MarkdownReportWriter.letter(messages, report)
        : PlainLetter.of(messages, report);
    String ext = form == Form.MARKDOWN ? "md" : "txt";
    String name = names.next(report.path(), messages.get("letter.suffix"), ext);
    Path target;
    try {
      target = dir.resolve(name);
    } catch (java.nio.file.InvalidPathException e) {
      // A name the system's encoding cannot hold (Chinese under LANG=C): the letter is still
      // written, under the name's ASCII letters and digits, rather than lost with the batch.
      target = dir.resolve(names.next(asciiOnly(report.path()), "review", ext));
    }
    Path part = OutputNames.part(target);
    try {
      Files.writeString(part, text, StandardCharsets.UTF_8);
      Files.move(part, target, StandardCopyOption.REPLACE_EXISTING);
    } finally {
      Files.deleteIfExists(part);
    }
  }

  /** The path with every character outside printable ASCII made {@code _}. */
  static String asciiOnly(String path) {
    return path.replaceAll("[^\\x20-\\x7E]", "_");
  }

  @Override
  public void end(Summary summary, Gate gate) {}
}
