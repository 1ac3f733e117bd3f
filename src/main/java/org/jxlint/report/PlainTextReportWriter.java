package org.jxlint.report;

import java.io.PrintWriter;

/**
 * {@code --format text-plain}: each file's 审核意见 as a plain-text letter ({@link PlainLetter}),
 * one after another with a rule of dashes between them, written as files come.
 */
public final class PlainTextReportWriter implements ReportWriter {

  private final PrintWriter out;
  private final org.jxlint.i18n.Messages messages;
  private int files;

  public PlainTextReportWriter(PrintWriter out, org.jxlint.i18n.Messages messages) {
    this.out = out;
    this.messages = messages;
  }

  @Override
  public void begin() {}

  @Override
  public void file(FileReport report) {
    String letter = PlainLetter.of(messages, report); // made whole before any of it is written
    if (files++ > 0) {
      out.print(messages.get("letter.separator") + "\n\n");
    }
    out.print(letter);
    out.flush();
  }

  @Override
  public void end(Summary summary, Gate gate) {
    out.flush();
  }
}
