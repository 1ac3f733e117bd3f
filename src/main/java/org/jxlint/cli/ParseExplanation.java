package org.jxlint.cli;

import org.jxlint.i18n.Messages;
import org.jxlint.model.IndicatorTable;
import org.jxlint.model.ReadingNote;
import org.jxlint.model.Scope;
import org.jxlint.model.Submission;
import org.jxlint.model.TableColumn;

/**
 * {@code jxlint parse --explain}: for each table, what every column was read as and why (its
 * header, a word in it, its content), then the reading notes — so a user sees a misread at once.
 */
final class ParseExplanation {

  private ParseExplanation() {}

  static String of(Submission s, Messages m) {
    StringBuilder out = new StringBuilder();
    if (s.tables().isEmpty()) {
      out.append(m.get("parse.explain.noTables")).append('\n');
    }
    for (IndicatorTable t : s.tables()) {
      String scope = m.get(t.scope() == Scope.LONG_TERM ? "parse.explain.long-term"
          : "parse.explain.annual");
      String named = t.project() == null ? t.title()
          : t.title() == null ? t.project() : t.project() + " · " + t.title();
      String project = named == null ? "" : m.get("parse.explain.project", named);
      out.append(m.get("parse.explain.table", t.index(), scope,
          m.get("parse.explain.indicators", t.indicators().size()), project)).append('\n');
      if (t.columns().isEmpty()) {
        out.append("  ").append(m.get("parse.explain.noColumns")).append('\n');
      }
      for (TableColumn c : t.columns()) {
        String header = c.header().isBlank() ? m.get("parse.explain.noHeader")
            : "“" + c.header() + "”";
        out.append("  ").append(m.get("parse.explain.column", c.column(), header,
            m.find("role." + c.role()).orElse(c.role()),
            m.find("parse.explain.basis." + c.basis()).orElse(c.basis()))).append('\n');
      }
    }
    if (!s.readingNotes().isEmpty()) {
      out.append(m.get("parse.explain.notes")).append('\n');
      for (ReadingNote n : s.readingNotes()) {
        String detail = n.detail() == null || n.detail().isBlank() ? ""
            : " → " + m.find("role." + n.detail()).orElse(n.detail());
        out.append("  ").append(m.get("parse.explain.note",
            m.find("parse.explain.kind." + n.kind()).orElse(n.kind()), n.subject(), detail))
            .append('\n');
      }
    }
    return out.toString();
  }
}
