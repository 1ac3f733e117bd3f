package org.jxlint.report;

import java.io.PrintWriter;
import org.jxlint.check.Finding;
import org.jxlint.i18n.Messages;

/**
 * GitHub Actions workflow commands ({@code ::error file=…,line=…,title=…::…}): each active finding
 * becomes an annotation on the file in the job log and the pull request.
 */
public final class GithubReportWriter implements ReportWriter {

  private final PrintWriter out;
  private final Messages messages;

  public GithubReportWriter(PrintWriter out, Messages messages) {
    this.out = out;
    this.messages = messages;
  }

  @Override
  public void begin() {}

  @Override
  public void file(FileReport r) {
    StringBuilder page = new StringBuilder(); // written whole, or not at all
    if (r.unreadable()) {
      page.append("::error file=").append(property(r.path())).append(",title=jxlint::")
          .append(data(messages.get("report.status.unreadable") + messages.get("report.colon")
              + Rendering.reason(messages, r))).append('\n');
    }
    for (Finding f : r.unreadable() ? java.util.List.<Finding>of() : r.findings()) {
      if (!f.active()) {
        continue;
      }
      String command = switch (f.severity()) {
        case ERROR -> "error";
        case WARNING -> "warning";
        case INFO -> "notice";
      };
      page.append("::").append(command).append(" file=").append(property(r.path()));
      if (f.location().line() != null) {
        page.append(",line=").append(f.location().line());
      }
      String path = String.join(Rendering.PATH_SEPARATOR, f.indicator());
      page.append(",title=").append(property(f.rule() + (path.isEmpty() ? "" : " " + path)))
          .append("::").append(data(Rendering.message(messages, f)
              + Rendering.suggestion(messages, f).map(s -> " " + s).orElse(""))).append('\n');
    }
    out.print(page);
    out.flush();
  }

  @Override
  public void end(Summary s, Gate gate) {
    out.println(messages.get("report.summary", s.files(), s.unreadable(), s.errors(),
        s.warnings(), s.infos()));
    out.flush();
  }

  private static String data(String text) {
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
  }

  private static String property(String text) {
    return data(text).replace(":", "%3A").replace(",", "%2C");
  }
}
