package org.jxlint.report;

import java.util.List;
import org.jxlint.check.Finding;
import org.jxlint.check.Severity;
import org.jxlint.i18n.Messages;

/**
 * One file's 审核意见 as plain text, numbered as a letter is (一、二、…): no Markdown, no rule ids,
 * so it pastes as it is into an OA system's text box or a chat. Only what goes back to the unit is
 * in it: findings waived or in a baseline are left out.
 */
final class PlainLetter {

  private PlainLetter() {}

  static String of(Messages m, FileReport r) {
    String indent = m.isEnglish() ? "    " : "\u3000\u3000";
    StringBuilder b = new StringBuilder();
    String name = Rendering.displayPath(OutputNames.fileName(r.path()));
    b.append(m.get("letter.title", name)).append('\n');
    if (!name.equals(Rendering.displayPath(r.path()))) {
      b.append(m.get("letter.file", Rendering.displayPath(r.path()))).append('\n');
    }
    b.append('\n');
    if (r.unitName() != null && !r.unitName().isBlank()) {
      b.append(m.get("letter.salutation", r.unitName().strip())).append("\n\n");
    }
    String subject = r.year() == null ? m.get("letter.subject")
        : m.get("letter.subject.year", r.year());
    if (r.unreadable()) {
      b.append(indent).append(m.get("letter.intro.unreadable",
          sentence(m, Rendering.reason(m, r)))).append("\n\n");
      return b.toString();
    }
    List<Finding> active = ReviewText.active(r);
    if (active.isEmpty()) {
      b.append(indent).append(m.get("letter.intro.clean", subject)).append("\n\n");
      return b.toString();
    }
    b.append(indent).append(m.get("letter.intro.findings", subject, r.grade().letter(),
        r.count(Severity.ERROR), r.count(Severity.WARNING), r.count(Severity.INFO)))
        .append("\n\n");
    int n = 0;
    for (List<Finding> entry : Rendering.gathered(active)) {
      n++;
      String number = m.get("letter.number", m.isEnglish() ? String.valueOf(n)
          : ChineseNumerals.of(n));
      Finding first = entry.get(0);
      String severity = m.get("letter.severity." + first.severity().key());
      if (entry.size() == 1) {
        String where = ReviewText.where(m, first);
        b.append(number).append(where.isEmpty() ? "" : where + m.get("report.colon"))
            .append(m.get("letter.item", Rendering.message(m, first), severity)).append('\n');
        if (!first.evidence().isBlank()) {
          b.append(indent).append(m.get("report.evidence")).append(m.get("report.colon"))
              .append(Rendering.quote(m, first.evidence().strip().replace("\n", " ")))
              .append('\n');
        }
      } else {
        b.append(number).append(m.get("report.group.head", entry.size()))
            .append(m.get("report.colon"))
            .append(m.get("letter.item", Rendering.groupMessage(m, entry), severity))
            .append('\n');
        b.append(indent).append(m.get("report.evidence")).append(m.get("report.colon"))
            .append('\n');
        for (Finding f : entry) {
          b.append(indent).append(indent).append(Rendering.location(m, f.location()))
              .append(" “").append(Rendering.excerpt(f.evidence())).append("”\n");
        }
      }
      Rendering.suggestion(m, first).ifPresent(s -> b.append(indent).append(m.get("report.fix"))
          .append(m.get("report.colon")).append(s).append('\n'));
      b.append('\n');
    }
    return b.toString();
  }

  /** The text ending as a sentence does, so the next one can follow it. */
  private static String sentence(Messages m, String text) {
    String t = text.strip();
    return t.isEmpty() || "。.!！?？".indexOf(t.charAt(t.length() - 1)) >= 0 ? t
        : t + (m.isEnglish() ? "." : "。");
  }
}
