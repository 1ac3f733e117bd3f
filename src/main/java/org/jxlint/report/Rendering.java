package org.jxlint.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jxlint.check.Finding;
import org.jxlint.i18n.Messages;
import org.jxlint.model.SourceLocation;

/** The words every reporter shares: a finding's message, suggestion and location. */
final class Rendering {

  static final String PATH_SEPARATOR = " › ";

  private Rendering() {}

  static String message(Messages messages, Finding f) {
    return messages.get(f.messageKey(), f.args().toArray());
  }

  static Optional<String> suggestion(Messages messages, Finding f) {
    return messages.find(f.messageKey() + ".fix", f.args().toArray());
  }

  /** 表1 第3行 第5列, 第12行, 工作表“一” B7 单元格 — whatever is known; empty when nothing is. */
  static String location(Messages messages, SourceLocation l) {
    List<String> parts = new ArrayList<>();
    if (l.sheet() != null) {
      parts.add(messages.get("report.location.sheet", l.sheet()));
    }
    if (l.cell() != null) {
      parts.add(messages.get("report.location.cell", l.cell()));
    }
    if (l.table() != null && l.sheet() == null) {
      parts.add(messages.get("report.location.table", l.table()));
    }
    if (l.row() != null && l.cell() == null) {
      parts.add(messages.get("report.location.row", l.row()));
    }
    if (l.column() != null && l.cell() == null) {
      parts.add(messages.get("report.location.column", l.column()));
    }
    if (l.line() != null) {
      parts.add(messages.get("report.location.line", l.line()));
    }
    return String.join(messages.isEnglish() ? ", " : " ", parts);
  }

  static String reason(Messages messages, FileReport r) {
    return messages.get(r.reasonKey(), r.reasonArgs().toArray());
  }

  static String layout(Messages messages, String layout) {
    return layout == null ? "" : messages.find("report.layout." + layout).orElse(layout);
  }
}
