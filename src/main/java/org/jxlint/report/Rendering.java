package org.jxlint.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jxlint.check.Finding;
import org.jxlint.i18n.Messages;
import org.jxlint.model.SourceLocation;

/** The words every reporter shares: a finding's message, suggestion and location. */
final class Rendering {

  /**
   * A file's name as a report line shows it: control characters (a newline in a name would start
   * a line of its own, such as a forged “结论：通过”) and the characters that turn text around
   * (U+202E shows “txt.json” for “nosj.txt”) written as visible escapes.
   */
  static String displayPath(String path) {
    StringBuilder b = new StringBuilder(path.length());
    for (int i = 0; i < path.length(); i++) {
      char c = path.charAt(i);
      if (Character.isISOControl(c) || (c >= '\u202A' && c <= '\u202E')
          || (c >= '\u2066' && c <= '\u2069') || c == '\u200E' || c == '\u200F') {
        b.append(String.format("\\u%04X", (int) c));
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }

  /**
   * Markdown in which the uploaded text cannot be markup: &, < and > as entities (no raw HTML,
   * such as an <img onerror=…> in an indicator's name, reaches a renderer) and [ ] escaped (no
   * link of the upload's making). The report's own Markdown uses none of these characters.
   */
  static String markdownSafe(String markdown) {
    StringBuilder b = new StringBuilder(markdown.length());
    for (int i = 0; i < markdown.length(); i++) {
      char c = markdown.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '[' -> b.append("\\[");
        case ']' -> b.append("\\]");
        default -> b.append(c);
      }
    }
    return b.toString();
  }


  static final String PATH_SEPARATOR = " › ";

  private Rendering() {}

  /** Prose findings of one kind are gathered once there are this many in a file. */
  static final int GATHER = 3;
  private static final int EXCERPT = 50;

  /**
   * The findings as a reader takes them in: prose findings of one kind (see {@link #kind}) that
   * a file has {@link #GATHER} times or more are one entry, at the first one's place; every
   * other finding is an entry of its own. Machine formats keep one finding per entry.
   */
  static List<List<Finding>> gathered(List<Finding> findings) {
    java.util.Map<String, List<Finding>> kinds = new java.util.HashMap<>();
    for (Finding f : findings) {
      if (prose(f)) {
        kinds.computeIfAbsent(kind(f), k -> new ArrayList<>()).add(f);
      }
    }
    List<List<Finding>> out = new ArrayList<>();
    java.util.Set<String> placed = new java.util.HashSet<>();
    for (Finding f : findings) {
      String kind = kind(f);
      List<Finding> same = prose(f) ? kinds.get(kind) : null;
      if (same != null && same.size() >= GATHER) {
        if (placed.add(kind)) {
          out.add(same);
        }
      } else {
        out.add(List.of(f));
      }
    }
    return out;
  }

  /**
   * One kind of prose finding: one rule, one message, and the same first argument — for prose
   * that is the section it stands in (“产出指标”), so the example stands for every passage.
   */
  private static String kind(Finding f) {
    return f.rule() + "\u0000" + f.messageKey() + "\u0000"
        + (f.args().isEmpty() ? "" : f.args().get(0));
  }

  /** A finding on a passage of text (a line, no indicator cell) that quotes it. */
  private static boolean prose(Finding f) {
    return f.field() == null && f.indicator().isEmpty() && f.location().line() != null
        && f.location().row() == null && !f.evidence().isBlank();
  }

  /** The start of a long quotation, for a list of many. */
  /** Evidence longer than this many characters is quoted in part in the reports people read. */
  static final int QUOTE = 200;

  /**
   * A passage as the reports people read quote it: in quotation marks, whole up to {@value #QUOTE}
   * characters; a longer one (a whole page of prose targets) by its beginning, with how long it
   * is — the place is in the location, and the JSON report keeps all of it.
   */
  static String quote(Messages messages, String passage) {
    int length = passage.codePointCount(0, passage.length());
    if (length <= QUOTE) {
      return "“" + passage + "”";
    }
    return "“" + passage.substring(0, passage.offsetByCodePoints(0, QUOTE)) + "……”"
        + messages.get("report.evidence.cut", String.valueOf(length), String.valueOf(QUOTE));
  }

  static String excerpt(String evidence) {
    String t = evidence.strip().replaceAll("\\s*\\n\\s*", " ");
    return t.codePointCount(0, t.length()) <= EXCERPT ? t
        : t.substring(0, t.offsetByCodePoints(0, EXCERPT)) + "……";
  }

  /** The problem of a gathered entry: how many, and the first one's message as the example. */
  static String groupMessage(Messages messages, List<Finding> group) {
    return messages.get("report.group.problem", group.size(), message(messages, group.get(0)));
  }

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

  /**
   * Where a file's tables, rows and cells stand, for finding the table each of its findings is
   * about by lookup: built once per file by a writer that asks finding by finding.
   */
  static Tables tables(FileReport r) {
    return new Tables(r);
  }

  /**
   * Where each table, row and cell of a file's tables stands, so that finding a finding's table
   * takes a lookup, not a pass over every row (19,900 rows × their findings took 51 s).
   */
  static final class Tables {
    private final List<org.jxlint.model.IndicatorTable> tables;
    private final Map<SourceLocation, Integer> wholeTables = new java.util.HashMap<>();
    private final Map<SourceLocation, Integer> rows = new java.util.HashMap<>();
    private final Map<org.jxlint.model.IndicatorField, Map<SourceLocation, Integer>> cells =
        new java.util.EnumMap<>(org.jxlint.model.IndicatorField.class);

    private Tables(FileReport r) {
      this.tables = r.document() == null ? List.of() : r.document().tables();
      for (int t = 0; t < tables.size(); t++) {
        org.jxlint.model.IndicatorTable table = tables.get(t);
        if (!table.location().isEmpty()) {
          wholeTables.putIfAbsent(table.location(), t);
        }
        for (org.jxlint.model.Indicator i : table.indicators()) {
          rows.putIfAbsent(i.location(), t);
          for (org.jxlint.model.IndicatorField field : org.jxlint.model.IndicatorField.values()) {
            cells.computeIfAbsent(field, k -> new java.util.HashMap<>())
                .putIfAbsent(i.locationOf(field), t);
          }
        }
      }
    }

    /**
     * The indicator table a finding is about, the first in the file's order it points at; null
     * for findings on the header, funds, projects or prose, or when the document is not at hand.
     */
    org.jxlint.model.IndicatorTable of(Finding f) {
      if (f.location().isEmpty()) {
        return null;
      }
      org.jxlint.model.IndicatorField field =
          org.jxlint.model.IndicatorField.fromKey(f.field());
      int best = Integer.MAX_VALUE;
      if (f.field() == null && f.indicator().isEmpty()) {
        best = Math.min(best, wholeTables.getOrDefault(f.location(), Integer.MAX_VALUE));
      }
      best = Math.min(best, rows.getOrDefault(f.location(), Integer.MAX_VALUE));
      if (field != null) {
        best = Math.min(best, cells.getOrDefault(field, Map.of())
            .getOrDefault(f.location(), Integer.MAX_VALUE));
      }
      return best == Integer.MAX_VALUE ? null : tables.get(best);
    }
  }

  /** “表3 · 村级道路养护” for a table heading. */
  static String tableTitle(Messages messages, org.jxlint.model.IndicatorTable t) {
    return messages.get("report.location.table", t.index())
        + (t.project() == null ? "" : " · " + t.project().strip());
  }

  /** “版式：… · 单位：… · 年度：2026（据标题）”. */
  static String header(Messages messages, FileReport r) {
    String unknown = messages.get("report.meta.unknown");
    List<String> parts = new ArrayList<>();
    parts.add(messages.get("report.meta.layout", layout(messages, r.layout())));
    parts.add(messages.get("report.meta.unit",
        r.unitName() == null || r.unitName().isBlank() ? unknown : r.unitName().strip()));
    parts.add(messages.get("report.meta.year", r.year() == null ? unknown
        : r.yearBasis() == null ? String.valueOf(r.year())
        : messages.get("report.year.basis", r.year(),
            messages.get("report.year.basis." + r.yearBasis()))));
    return String.join(" · ", parts);
  }

  /** “等级：C（错误 2 条，警告 3 条，提示 1 条，计 30 分）”: the grade and what it rests on. */
  static String grade(Messages messages, FileReport r) {
    Grade g = r.grade();
    return messages.get("report.grade", g.letter(), r.count(org.jxlint.check.Severity.ERROR),
        r.count(org.jxlint.check.Severity.WARNING), r.count(org.jxlint.check.Severity.INFO),
        g.points());
  }

  /** “已豁免：理由” or “基线中已有，不计入结论”, for a finding set aside. */
  static Optional<String> disposition(Messages messages, Finding f) {
    if (f.waiver() != null) {
      return Optional.of(messages.get("report.waived", f.waiver()));
    }
    return f.known() ? Optional.of(messages.get("report.known")) : Optional.empty();
  }

  /** How many files folder walks passed over, when there were any. */
  static Optional<String> skipped(Messages messages, Summary s) {
    return s.skipped() == 0 ? Optional.empty()
        : Optional.of(messages.get("report.skipped", s.skipped()));
  }

  /** The findings set aside from the gate, when there are any. */
  static Optional<String> setAside(Messages messages, Summary s) {
    if (s.waived() == 0 && s.known() == 0 && s.stale().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(messages.get("report.setAside", s.waived(), s.known(), s.stale().size()));
  }

  /** “读到：指标表 2 张（指标 78 条）· 项目 5 个 · 文字段落 9 段”, or that nothing was found. */
  static String contents(Messages messages, FileReport.Contents c) {
    List<String> parts = new ArrayList<>();
    if (c.tables() > 0) {
      String key = c.proseIndicators() == 0 ? "report.contents.tables"
          : c.proseIndicators() == c.indicators() ? "report.contents.tablesAllProse"
          : "report.contents.tablesProse";
      parts.add(messages.get(key, c.tables(), c.indicators(), c.proseIndicators()));
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
    if (layout == null) {
      return "";
    }
    if (layout.endsWith(REBUILT)) {
      String base = layout.substring(0, layout.length() - REBUILT.length());
      return messages.find("report.layout." + base).orElse(base)
          + messages.get("report.layout.rebuilt");
    }
    return messages.find("report.layout." + layout).orElse(layout);
  }

  /** The suffix of a layout whose table cells jxlint rebuilt from flattened text. */
  public static final String REBUILT = "+rebuilt";
}
