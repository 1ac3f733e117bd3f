package org.jxlint.serve;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jxlint.check.Severity;
import org.jxlint.i18n.Messages;
import org.jxlint.report.FailOn;
import org.jxlint.report.FileReport;
import org.jxlint.report.Gate;
import org.jxlint.report.HtmlReportWriter;
import org.jxlint.report.JsonReportWriter;
import org.jxlint.report.ReportWriter;
import org.jxlint.report.ReviewLetters;
import org.jxlint.report.Summary;

/** A checked file in each of the forms the page offers, made by the report writers of the CLI. */
final class Renderings {

  private Renderings() {}

  /** The HTML report of one file, with the page's additions (its look inside a frame, clicks). */
  static String html(FileReport report, Messages m) throws IOException {
    StringWriter text = new StringWriter();
    PrintWriter out = new PrintWriter(text);
    write(new HtmlReportWriter(out, m), report);
    out.flush();
    return text.toString()
        .replace("</head>", "<link rel=\"stylesheet\" href=\"/assets/embed.css\">\n</head>")
        .replace("</body>", "<script src=\"/assets/embed.js\"></script>\n</body>");
  }

  /** The JSON report of one file, as {@code --format json} writes it. */
  static byte[] json(FileReport report, Messages m, String version) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    write(new JsonReportWriter(out, m, version), report);
    return out.toByteArray();
  }

  private static void write(ReportWriter writer, FileReport report) throws IOException {
    Summary summary = new Summary();
    summary.add(report);
    writer.begin();
    writer.file(report);
    writer.end(summary, Gate.of(FailOn.ERROR));
  }

  /** What the page shows of a file before it opens its report. */
  static Map<String, Object> summary(int index, Checked c, Messages m) {
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("index", index);
    s.put("name", c.name());
    FileReport r = c.report();
    if (r == null) {
      s.put("status", c.skipped() ? "skipped" : "refused");
      s.put("reason", c.refusal());
      return s;
    }
    s.put("status", r.status());
    s.put("reason", ReviewLetters.reason(m, r));
    s.put("reasonCode", r.reasonCode());
    if (!r.unreadable()) {
      s.put("grade", r.grade().letter());
      s.put("errors", r.count(Severity.ERROR));
      s.put("warnings", r.count(Severity.WARNING));
      s.put("infos", r.count(Severity.INFO));
    }
    s.put("annotated", c.annotatedName());
    return s;
  }
}
