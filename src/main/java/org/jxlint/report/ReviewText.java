package org.jxlint.report;

import java.util.ArrayList;
import java.util.List;
import org.jxlint.check.Finding;
import org.jxlint.i18n.Messages;

/**
 * What a reviewer writes beside the unit's own text, one line a paragraph: the problem and the
 * suggestion. No rule ids — those are for the machine formats.
 */
final class ReviewText {

  private ReviewText() {}

  /** A finding as a comment on its own cell: “【错误】问题”, then “建议：…”. */
  static List<String> atCell(Messages m, Finding f) {
    List<String> lines = new ArrayList<>();
    lines.add(tag(m, f) + Rendering.message(m, f));
    Rendering.suggestion(m, f).ifPresent(s -> lines.add(m.get("report.fix")
        + m.get("report.colon") + s));
    return lines;
  }

  /** A finding said away from its cell (at the title): led by where it is and what it quotes. */
  static List<String> away(Messages m, Finding f) {
    List<String> lines = new ArrayList<>();
    String where = where(m, f);
    lines.add(tag(m, f) + (where.isEmpty() ? "" : where + m.get("report.colon"))
        + Rendering.message(m, f));
    if (!f.evidence().isBlank()) {
      lines.add(m.get("report.evidence") + m.get("report.colon") + "“"
          + Rendering.excerpt(f.evidence()) + "”");
    }
    Rendering.suggestion(m, f).ifPresent(s -> lines.add(m.get("report.fix")
        + m.get("report.colon") + s));
    return lines;
  }

  /** The summary at the top of an annotated copy: the grade and how many findings stand where. */
  static List<String> summary(Messages m, FileReport r, int findings, int away) {
    List<String> lines = new ArrayList<>();
    lines.add(m.get("annotate.summary.head", Rendering.grade(m, r)));
    lines.add(findings == 0 ? m.get("report.file.clean")
        : away == 0 ? m.get("annotate.summary.placed", findings)
        : m.get("annotate.summary.away", findings, away));
    return lines;
  }

  /** “【错误】”: the severity as a reviewer marks it. */
  static String tag(Messages m, Finding f) {
    return m.get("review.tag", m.get("severity." + f.severity().key()));
  }

  /** “表1 第3行 产出指标 › 数量指标”: where a finding stands, as far as it is known. */
  static String where(Messages m, Finding f) {
    String location = Rendering.location(m, f.location());
    String path = String.join(Rendering.PATH_SEPARATOR, f.indicator());
    return location.isEmpty() ? path : path.isEmpty() ? location : location + " " + path;
  }

  /** The active findings of a report: what goes back to the unit (not waived, not in a baseline). */
  static List<Finding> active(FileReport r) {
    return r.findings().stream().filter(Finding::active).toList();
  }
}
