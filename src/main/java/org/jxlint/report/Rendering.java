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
    return messages.get(f.messageKey(), args(messages, f));
  }

  static Optional<String> suggestion(Messages messages, Finding f) {
    return messages.find(f.messageKey() + ".fix", args(messages, f));
  }

  /** The finding's arguments, terms put into the reader's language. */
  private static Object[] args(Messages messages, Finding f) {
    return f.args().stream().map(a -> a.startsWith(Finding.TERM)
        ? messages.get(a.substring(Finding.TERM.length())) : a).toArray();
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

  /** “读到：指标表 2 张（指标 78 条）· 项目 5 个 · 文字段落 9 段”, or that nothing was found. */
  static String contents(Messages messages, FileReport.Contents c) {
    List<String> parts = new ArrayList<>();
    if (c.tables() > 0) {
      parts.add(messages.get("report.contents.tables", c.tables(), c.indicators()));
    }
    if (c.projects() > 0) {
      parts.add(messages.get("report.contents.projects", c.projects()));
    }
    if (c.sections() > 0) {
      parts.add(messages.get("report.contents.sections", c.sections()));
    }
    return messages.get("report.contents",
        parts.isEmpty() ? messages.get("report.contents.nothing") : String.join(" · ", parts));
  }

  static String layout(Messages messages, String layout) {
    return layout == null ? "" : messages.find("report.layout." + layout).orElse(layout);
  }
}
