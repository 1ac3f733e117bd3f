package org.jxlint.report;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jxlint.check.Finding;
import org.jxlint.check.Severity;
import org.jxlint.i18n.Messages;

/**
 * The report as a reviewer's 审核意见 in Markdown: a summary with each file's grade, then per file
 * (and per table) numbered findings — where, the text in quotes, why, how to fix. No wide tables:
 * it must read as plain text too once pasted into WeChat Work, DingTalk or an OA text box.
 */
public final class MarkdownReportWriter implements ReportWriter {

  private final PrintWriter out;
  private final Messages messages;
  private final List<String> overview = new ArrayList<>();
  private final Spool body;
  private final boolean ruleIds;
  private int fileNo;

  public MarkdownReportWriter(PrintWriter out, Messages messages) {
    this.out = out;
    this.messages = messages;
    this.body = new Spool();
    this.ruleIds = true;
  }

  /** A writer of single letters: no batch around them, no rule ids in the reviewer's text. */
  private MarkdownReportWriter(Messages messages) {
    this.out = null;
    this.messages = messages;
    this.body = null;
    this.ruleIds = false;
  }

  /**
   * One file's 审核意见 on its own ({@code md:DIR/}): its title, then its entry as in the batch
   * report, with what goes back to the unit only — no rule ids, nothing waived or in a baseline.
   */
  static String letter(Messages messages, FileReport r) {
    String path = Rendering.displayPath(r.path());
    String name = Rendering.displayPath(OutputNames.fileName(r.path()));
    StringBuilder b = new StringBuilder("# ").append(messages.get("letter.title", name))
        .append("\n\n");
    if (!name.equals(path)) {
      b.append(messages.get("letter.file", path)).append("\n\n");
    }
    if (r.unreadable()) {
      b.append("**").append(messages.get("report.status.unreadable")).append("**")
          .append(messages.get("report.colon")).append(Rendering.reason(messages, r))
          .append("\n");
      return Rendering.markdownSafe(b.toString());
    }
    new MarkdownReportWriter(messages).entry(b, r.withFindings(ReviewText.active(r)));
    return Rendering.markdownSafe(b.toString());
  }

  @Override
  public void begin() {}

  @Override
  public void file(FileReport r) {
    StringBuilder b = new StringBuilder();
    String path = Rendering.displayPath(r.path());
    b.append("## ").append(fileNo + 1).append(". ").append(path).append("\n\n");
    String line;
    if (r.unreadable()) {
      String reason = Rendering.reason(messages, r);
      line = messages.get("md.overview.unreadable", path, reason);
      b.append("**").append(messages.get("report.status.unreadable")).append("**")
          .append(messages.get("report.colon")).append(reason).append("\n\n");
    } else {
      Grade g = r.grade();
      line = messages.get("md.overview.file", path, g.letter(), r.count(Severity.ERROR),
          r.count(Severity.WARNING), r.count(Severity.INFO));
      entry(b, r);
    }
    // Only a whole entry is kept: a failure above leaves no trace of this file.
    fileNo++;
    overview.add(Rendering.markdownSafe(line));
    body.append(Rendering.markdownSafe(b.toString()));
  }

  private void entry(StringBuilder b, FileReport r) {
    b.append(Rendering.header(messages, r)).append("  \n")
        .append(Rendering.contents(messages, r.contents())).append("  \n")
        .append("**").append(Rendering.grade(messages, r)).append("**\n\n");
    if (r.findings().isEmpty()) {
      b.append(messages.get("report.file.clean")).append("\n\n");
      return;
    }
    Map<String, List<Finding>> byTable = new LinkedHashMap<>();
    Rendering.Tables tables = Rendering.tables(r);
    for (Finding f : r.findings()) {
      org.jxlint.model.IndicatorTable t = tables.of(f);
      String title = t != null ? Rendering.tableTitle(messages, t)
          : f.location().table() != null ? messages.get("report.location.table", f.location().table())
          : messages.get("md.table.none");
      byTable.computeIfAbsent(title, k -> new ArrayList<>()).add(f);
    }
    boolean headings = byTable.size() > 1 || !byTable.containsKey(messages.get("md.table.none"));
    int n = 0;
    for (Map.Entry<String, List<Finding>> e : byTable.entrySet()) {
      if (headings) {
        b.append("### ").append(e.getKey()).append("\n\n");
      }
      for (List<Finding> entry : Rendering.gathered(e.getValue())) {
        n++;
        if (entry.size() == 1) {
          finding(b, n, entry.get(0));
        } else {
          group(b, n, entry);
        }
      }
    }
  }

  private void finding(StringBuilder b, int n, Finding f) {
    String where = Rendering.location(messages, f.location());
    String path = String.join(Rendering.PATH_SEPARATOR, f.indicator());
    String head = path.isEmpty() ? (where.isEmpty() ? messages.get("report.location.header")
        : where) : path + (where.isEmpty() ? "" : "（" + where + "）");
    b.append(n).append(". **【").append(messages.get("severity." + f.severity().key()))
        .append("】").append(head).append("**").append(rule(f)).append('\n');
    String evidence = f.evidence().isBlank() ? messages.get("report.evidence.empty")
        : Rendering.quote(messages, f.evidence().strip().replace("\n", " "));
    b.append("   - ").append(messages.get("report.evidence")).append(messages.get("report.colon"))
        .append(evidence).append('\n');
    b.append("   - ").append(messages.get("report.problem")).append(messages.get("report.colon"))
        .append(Rendering.message(messages, f)).append('\n');
    Rendering.suggestion(messages, f).ifPresent(s -> b.append("   - ")
        .append(messages.get("report.fix")).append(messages.get("report.colon")).append(s)
        .append('\n'));
    Rendering.disposition(messages, f).ifPresent(d -> b.append("   - *").append(d)
        .append("*\n"));
    b.append('\n');
  }


  /** “ `empty-value`” after a finding's heading, in the batch report only. */
  private String rule(Finding f) {
    return ruleIds ? " `" + f.rule() + "`" : "";
  }

  /** Many prose findings of one kind: the problem and the fix once, each passage in a list. */
  private void group(StringBuilder b, int n, List<Finding> group) {
    Finding first = group.get(0);
    b.append(n).append(". **【").append(messages.get("severity." + first.severity().key()))
        .append("】").append(messages.get("report.group.head", group.size())).append("**")
        .append(rule(first)).append('\n');
    b.append("   - ").append(messages.get("report.problem")).append(messages.get("report.colon"))
        .append(Rendering.groupMessage(messages, group)).append('\n');
    b.append("   - ").append(messages.get("report.evidence")).append(messages.get("report.colon"))
        .append('\n');
    for (Finding f : group) {
      b.append("     - ").append(Rendering.location(messages, f.location())).append(" “")
          .append(Rendering.excerpt(f.evidence())).append("”")
          .append(Rendering.disposition(messages, f).map(d -> " *" + d + "*").orElse(""))
          .append('\n');
    }
    Rendering.suggestion(messages, first).ifPresent(x -> b.append("   - ")
        .append(messages.get("report.fix")).append(messages.get("report.colon")).append(x)
        .append('\n'));
    b.append('\n');
  }

  @Override
  public void end(Summary s, Gate gate) throws java.io.IOException {
    out.println("# " + messages.get("md.title"));
    out.println();
    out.println(messages.get("report.summary", s.files(), s.unreadable(), s.errors(),
        s.warnings(), s.infos()));
    Rendering.skipped(messages, s).ifPresent(line -> {
      out.println();
      out.println(line);
    });
    Rendering.setAside(messages, s).ifPresent(line -> {
      out.println();
      out.println(line);
    });
    List<String> failures = gate.failures(s);
    out.println();
    out.println("**" + (failures.isEmpty() ? messages.get("report.gate.pass")
        : messages.get("report.gate.fail", String.join(messages.isEnglish() ? "; " : "；",
            failures.stream().map(messages::get).toList()))) + "**");
    out.println();
    for (String line : overview) {
      out.println("- " + line);
    }
    out.println();
    body.copyTo(out);
    if (!s.stale().isEmpty()) {
      out.println("## " + messages.get("md.stale"));
      out.println();
      for (String entry : s.stale()) {
        out.println("- " + Rendering.markdownSafe(Rendering.displayPath(entry)));
      }
      out.println();
    }
    out.flush();
  }
}
