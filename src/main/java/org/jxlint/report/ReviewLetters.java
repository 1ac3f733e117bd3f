package org.jxlint.report;

import org.jxlint.i18n.Messages;

/**
 * One file's 审核意见 for callers outside the report package (the web page's copy buttons and
 * downloads): the same letters {@code --format text-plain:DIR/} and {@code md:DIR/} write.
 */
public final class ReviewLetters {

  private ReviewLetters() {}

  /** Plain text, numbered 一、二、…: pastes as it is into an OA system or a chat. */
  public static String plain(Messages messages, FileReport report) {
    return PlainLetter.of(messages, report);
  }

  /** Markdown, as in the batch report but without rule ids. */
  public static String markdown(Messages messages, FileReport report) {
    return MarkdownReportWriter.letter(messages, report);
  }

  /** Why a file could not be read, as the reports say it; empty when it was read. */
  public static String reason(Messages messages, FileReport report) {
    return report.unreadable() ? Rendering.reason(messages, report) : "";
  }
}
