package org.jxlint.report;

import java.io.PrintWriter;
import java.util.List;
import org.jxlint.check.Finding;
import org.jxlint.check.Severity;
import org.jxlint.i18n.Messages;

/**
 * The report a person reads in a terminal or pastes into review feedback: findings grouped per
 * file, each with where, the text quoted, what is wrong and how to fix it. Colour only when asked
 * (the CLI asks on a terminal).
 */
public final class TextReportWriter implements ReportWriter {

  private static final String RESET = "\u001B[0m";
  private static final String BOLD = "\u001B[1m";
  private static final String DIM = "\u001B[2m";

  private final PrintWriter sink;
  private PrintWriter out; // the entry being written: the sink gets it whole or not at all
  private final Messages messages;
  private final boolean color;

  public TextReportWriter(PrintWriter out, Messages messages, boolean color) {
    this.sink = out;
    this.out = out;
    this.messages = messages;
    this.color = color;
  }

  @Override
  public void begin() {}

  @Override
  public void file(FileReport r) {
    java.io.StringWriter entry = new java.io.StringWriter();
    out = new PrintWriter(entry);
    try {
      entry(r);
    } finally {
      out = sink;
    }
    sink.print(entry);
    sink.flush();
  }

  private void entry(FileReport r) {
    out.println(paint(BOLD, Rendering.displayPath(r.path())));
    if (r.unreadable()) {
      out.println("  " + paint(colorOf(Severity.ERROR),
          messages.get("report.status.unreadable")) + colon() + Rendering.reason(messages, r));
      out.println();
      out.flush();
      return;
    }
    out.println("  " + paint(DIM, Rendering.header(messages, r)));
    out.println("  " + paint(DIM, Rendering.contents(messages, r.contents())));
    out.println("  " + Rendering.grade(messages, r));
    int n = 0;
    for (List<Finding> entry : Rendering.gathered(r.findings())) {
      n++;
      if (entry.size() == 1) {
        printFinding(n, entry.get(0));
      } else {
        printGroup(n, entry);
      }
    }
    if (r.findings().isEmpty()) {
      out.println("  " + messages.get("report.file.clean"));
    } else {
      out.println("  " + messages.get("report.file.count", r.findings().size(),
          r.count(Severity.ERROR), r.count(Severity.WARNING), r.count(Severity.INFO)));
    }
    out.println();
    out.flush();
  }



  private void printFinding(int n, Finding f) {
    String indent = " ".repeat(String.valueOf(n).length() + 4);
    StringBuilder head = new StringBuilder("  ").append(n).append(". ")
        .append(paint(colorOf(f.severity()), messages.get("severity." + f.severity().key())))
        .append(" [").append(f.rule()).append("] ");
    String where = Rendering.location(messages, f.location());
    if (where.isEmpty() && f.indicator().isEmpty()) {
      where = messages.get("report.location.header");
    }
    head.append(where);
    if (!f.indicator().isEmpty()) {
      head.append(where.isEmpty() ? "" : " · ")
          .append(String.join(Rendering.PATH_SEPARATOR, f.indicator()));
    }
    out.println(head);
    String evidence = f.evidence().isBlank() ? messages.get("report.evidence.empty")
        : Rendering.quote(messages, f.evidence().strip());
    out.println(indent + messages.get("report.evidence") + colon() + evidence);
    out.println(indent + messages.get("report.problem") + colon() + Rendering.message(messages, f));
    Rendering.suggestion(messages, f).ifPresent(
        s -> out.println(indent + messages.get("report.fix") + colon() + s));
    Rendering.disposition(messages, f).ifPresent(d -> out.println(indent + paint(DIM, d)));
  }

  /** Many prose findings of one kind: the problem and the fix once, each passage in a list. */
  private void printGroup(int n, List<Finding> group) {
    Finding first = group.get(0);
    String indent = " ".repeat(String.valueOf(n).length() + 4);
    out.println("  " + n + ". " + paint(colorOf(first.severity()),
        messages.get("severity." + first.severity().key())) + " [" + first.rule() + "] "
        + messages.get("report.group.head", group.size()));
    out.println(indent + messages.get("report.problem") + colon()
        + Rendering.groupMessage(messages, group));
    out.println(indent + messages.get("report.evidence") + colon());
    for (Finding f : group) {
      out.println(indent + "  - " + Rendering.location(messages, f.location()) + " “"
          + Rendering.excerpt(f.evidence()) + "”"
          + Rendering.disposition(messages, f).map(d -> " " + paint(DIM, d)).orElse(""));
    }
    Rendering.suggestion(messages, first).ifPresent(
        s -> out.println(indent + messages.get("report.fix") + colon() + s));
  }

  @Override
  public void end(Summary s, Gate gate) {
    out.println(messages.get("report.summary", s.files(), s.unreadable(), s.errors(),
        s.warnings(), s.infos()));
    Rendering.skipped(messages, s).ifPresent(out::println);
    Rendering.setAside(messages, s).ifPresent(out::println);
    for (String entry : s.stale()) {
      out.println("  " + messages.get("report.stale", entry));
    }
    List<String> failures = gate.failures(s);
    if (failures.isEmpty()) {
      out.println(messages.get("report.gate.pass"));
    } else {
      List<String> reasons = failures.stream().map(messages::get).toList();
      out.println(paint(colorOf(Severity.ERROR), messages.get("report.gate.fail",
          String.join(messages.isEnglish() ? "; " : "；", reasons))));
    }
    out.flush();
  }

  private String colon() {
    return messages.get("report.colon");
  }

  private static String colorOf(Severity s) {
    return switch (s) {
      case ERROR -> "\u001B[31m";
      case WARNING -> "\u001B[33m";
      case INFO -> "\u001B[36m";
    };
  }

  private String paint(String code, String text) {
    return color ? code + text + RESET : text;
  }
}
