package org.jxlint.report;

import java.io.IOException;
import java.io.PrintWriter;
import org.jxlint.check.Finding;
import org.jxlint.check.Severity;
import org.jxlint.i18n.Messages;

/**
 * JUnit XML for CI dashboards: one test case per file, failing when it has findings at or above
 * {@code --fail-on} (or cannot be read); every finding listed in the failure text.
 */
public final class JunitReportWriter implements ReportWriter {

  private final PrintWriter out;
  private final Messages messages;
  private final FailOn failOn;
  private final Spool cases = new Spool();
  private int tests;
  private int failures;

  public JunitReportWriter(PrintWriter out, Messages messages, FailOn failOn) {
    this.out = out;
    this.messages = messages;
    this.failOn = failOn;
  }

  @Override
  public void begin() {}

  @Override
  public void file(FileReport r) {
    StringBuilder b = new StringBuilder();
    b.append("    <testcase classname=\"jxlint\" name=\"").append(xml(r.path())).append("\"");
    long failing = r.unreadable() ? 1 : r.findings().stream()
        .filter(f -> f.active() && fails(f.severity())).count();
    if (failing == 0) {
      b.append("/>\n");
      tests++;
      cases.append(b);
      return;
    }
    String headline = r.unreadable() ? messages.get("report.status.unreadable")
        + messages.get("report.colon") + Rendering.reason(messages, r)
        : messages.get("report.file.count", r.findings().size(), r.count(Severity.ERROR),
            r.count(Severity.WARNING), r.count(Severity.INFO));
    // An unreadable file's failure type carries its reason code (unreadable:encrypted …).
    String type = r.unreadable() ? "unreadable:" + r.reasonCode() : "jxlint";
    b.append(">\n      <failure message=\"").append(xml(headline)).append("\" type=\"")
        .append(xml(type)).append("\">");
    for (Finding f : r.findings()) {
      if (!f.active()) {
        continue;
      }
      String where = Rendering.location(messages, f.location());
      b.append(xml("[" + messages.get("severity." + f.severity().key()) + "] [" + f.rule() + "] "
          + where + (f.indicator().isEmpty() ? "" : " " + String.join(Rendering.PATH_SEPARATOR,
              f.indicator())) + " “" + f.evidence() + "” " + Rendering.message(messages, f)))
          .append('\n');
    }
    b.append("</failure>\n    </testcase>\n");
    // Counted only once the case is whole: a failure above leaves no trace of this file.
    tests++;
    failures++;
    cases.append(b);
  }

  private boolean fails(Severity s) {
    return switch (failOn) {
      case ERROR -> s == Severity.ERROR;
      case WARNING -> s != Severity.INFO;
      case NEVER -> false;
    };
  }

  @Override
  public void end(Summary s, Gate gate) throws IOException {
    out.println("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
    out.println("<testsuites name=\"jxlint\" tests=\"" + tests + "\" failures=\"" + failures
        + "\">");
    out.println("  <testsuite name=\"jxlint\" tests=\"" + tests + "\" failures=\"" + failures
        + "\" errors=\"0\" skipped=\"0\">");
    out.flush();
    cases.copyTo(out);
    out.println("  </testsuite>");
    out.println("</testsuites>");
    out.flush();
  }

  static String xml(String text) {
    StringBuilder b = new StringBuilder(text.length());
    text.codePoints().forEach(c -> {
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        // Written as references, so that a parser gives them back: a newline or tab left bare in
        // an attribute (a file's name) reads back as a space.
        case '\n' -> b.append("&#10;");
        case '\t' -> b.append("&#9;");
        case '\r' -> b.append("&#13;");
        default -> {
          if (c >= 0x20) {
            b.appendCodePoint(c);
          }
        }
      }
    });
    return b.toString();
  }
}
