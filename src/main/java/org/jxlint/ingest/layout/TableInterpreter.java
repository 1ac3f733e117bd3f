package org.jxlint.ingest.layout;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jxlint.config.FrameworkCatalog;
import org.jxlint.config.LabelSet;
import org.jxlint.config.Vocabulary;
import org.jxlint.model.HistoryValue;
import org.jxlint.model.Indicator;
import org.jxlint.model.IndicatorField;
import org.jxlint.model.SourceLocation;
import org.jxlint.nlp.Scripts;
import org.jxlint.text.TargetValueParser;
import org.jxlint.text.TextNormalizer;

/**
 * Reads indicator tables from rows: finds the header (one or several rows), gives each column a
 * role from its header and, where the header is unknown, from its content; then reads each row,
 * placing cells by what they hold rather than where they stand, because merged cells shift real rows
 * left (“效益指标 | | 工作完成时间 | 定性 | …”) and 二级 labels end up in the 三级 column.
 */
final class TableInterpreter {


  private final FrameworkCatalog frameworks;
  /** Every 一级 and 二级 spelling, to tell a dimension name the page cut short (“数量指”). */
  private final List<String> dimensionSpellings;
  private final TargetValueParser values;
  private final CellKinds kinds;
  private final RowShift shifts;
  private final HeaderLabels labels;
  private final List<String> yesNo;
  private final HeaderReader headers;
  private final RoleAssigner assigner;
  private final Map<IndicatorField, ColumnRole> fieldRoles = new EnumMap<>(IndicatorField.class);

  TableInterpreter(Vocabulary vocabulary, TargetValueParser values) {
    this.frameworks = vocabulary.frameworks();
    this.dimensionSpellings = java.util.stream.Stream.concat(
        frameworks.spellings(false).stream(), frameworks.spellings(true).stream()).toList();
    this.values = values;
    this.kinds = new CellKinds(values);
    this.shifts = new RowShift(kinds, this::isDimension);
    this.labels = new HeaderLabels(vocabulary.layout(), vocabulary.columns());
    this.yesNo = vocabulary.columns().yesNo();
    this.headers = new HeaderReader(labels, frameworks, kinds);
    this.assigner = new RoleAssigner(frameworks, kinds, vocabulary.columns());
    for (IndicatorField f : IndicatorField.values()) {
      fieldRoles.put(f, ColumnRole.valueOf(f.name()));
    }
  }

  /** The header starting at {@code rows.get(start)}, if that row is one. */
  Optional<TableHeader> header(List<RawBlock.Row> rows, int start, Integer year) {
    return headers.header(rows, start, year);
  }

  /** Whether a cell is a figure (a number, date, rate), which no indicator name is. */
  boolean isFigure(String text) {
    return kinds.valueStrength(text) >= 1;
  }

  /** The role a header cell names on its own (UNKNOWN when it names none). */
  ColumnRole headerRole(String text, Integer year) {
    return labels.read(text, year).role();
  }

  /** A table found by its content, without a header jxlint knows, starting at this row. */
  Optional<TableHeader> headerFromContent(List<RawBlock.Row> rows, int start) {
    return headers.fromContent(rows, start);
  }

  /** The header's roles settled against what the table's columns hold. */
  TableHeader settle(TableHeader header, List<RawBlock.Row> body) {
    return assigner.assign(header, body);
  }

  // ---------------------------------------------------------------- rows

  /** Carries 一级/二级 down a table, and the column where 二级 labels have been seen. */
  static final class Carry {
    String level1 = "";
    SourceLocation level1At;
    String level2 = "";
    SourceLocation level2At;
    int level2Column = -1;
    /** Whether the row read now is the table's last, where a page cut leaves fragments. */
    boolean lastRow;
    /** What each cell text of the table looks like, worked out the first time it is seen. */
    final Map<String, RowShift.Trait> traits = new java.util.HashMap<>();
  }

  /** One row read as an indicator; empty for rows that hold nothing. */
  Optional<Indicator> indicator(TableHeader header, RawBlock.Row row, Carry carry) {
    List<RawCell> cells = trimmed(row.cells());
    if (cells.isEmpty()) {
      return Optional.empty();
    }
    int nameCol = header.nameColumn();
    int shift = shifts.best(header, cells, nameCol, carry.traits);
    int contentStart = Math.max(0, nameCol - shift);
    Map<ColumnRole, RawCell> content = new EnumMap<>(ColumnRole.class);
    List<HistoryValue> history = new ArrayList<>();
    for (int i = contentStart; i < cells.size(); i++) {
      RawCell cell = cells.get(i);
      int column = i + shift;
      ColumnRole role = header.role(column);
      if (role == ColumnRole.HISTORY) {
        history.add(new HistoryValue(header.label(column), null, cell.text(),
            cell.location()));
      } else if (role != ColumnRole.IGNORE && role != ColumnRole.UNKNOWN && role != ColumnRole.GROUP
          && role != ColumnRole.LEVEL1 && role != ColumnRole.LEVEL2) {
        RawCell existing = content.get(role);
        if (existing == null || TextNormalizer.isBlank(existing.text())) {
          content.put(role, cell);
        }
      }
    }
    RawCell name = content.get(ColumnRole.NAME);
    // Level cells: everything left of the content.
    RawCell level1 = null;
    RawCell level2 = null;
    List<Integer> levelIdx = levelCells(header, cells, contentStart, shift);
    if (levelIdx.size() >= 2) {
      level1 = cells.get(levelIdx.get(0));
      level2 = cells.get(levelIdx.get(levelIdx.size() - 1));
    } else if (levelIdx.size() == 1) {
      int col = levelIdx.get(0);
      RawCell only = cells.get(col);
      boolean isL1 = level1Of(only.text()).isPresent();
      boolean isL2 = level2Of(only.text()).isPresent();
      boolean asLevel2;
      if (isL1 && !isL2) {
        asLevel2 = false;
      } else if (isL2 && !isL1) {
        asLevel2 = true;
      } else if (carry.level2Column >= 0 && col == carry.level2Column) {
        asLevel2 = true;
      } else {
        ColumnRole r = header.role(col);
        asLevel2 = r == ColumnRole.LEVEL2 || (r != ColumnRole.LEVEL1 && r != ColumnRole.GROUP && col >= nameCol - 1);
      }
      if (asLevel2) {
        level2 = only;
      } else {
        level1 = only;
      }
    }
    // A 二级 label standing where the 三级 name belongs, naming a new dimension: it is the 二级.
    if (name != null && level2 == null && !TextNormalizer.isBlank(name.text())) {
      Optional<String> asL2 = level2Of(name.text());
      Optional<String> carried = level2Of(carry.level2);
      boolean newLevel1 = level1 != null;
      if (asL2.isPresent() && (newLevel1 || carried.isEmpty() || !carried.equals(asL2))) {
        level2 = name;
        name = null;
      } else if (asL2.isEmpty() && level1 == null
          && level1Of(name.text()).isPresent()) {
        level1 = name;
        name = null;
      }
    }
    boolean holdsTarget = !blank(name) || !blank(content.get(ColumnRole.VALUE))
        || !blank(content.get(ColumnRole.COMPARATOR)) || !blank(content.get(ColumnRole.UNIT))
        || history.stream().anyMatch(h -> !TextNormalizer.isBlank(h.value()));
    // A row with nothing but the 一级 in force (a rowspan label broken off its block) adds none.
    boolean onlyLevel1 = !holdsTarget && level2 == null && level1 != null;
    boolean repeats = onlyLevel1 && (LabelSet.key(levelText(level1.text()))
        .equals(LabelSet.key(carry.level1)) || carry.level1.isEmpty() && !carry.level2.isEmpty());
    // Carry 一级/二级 down.
    if (level1 != null) {
      boolean changed = !LabelSet.key(level1.text()).equals(LabelSet.key(carry.level1));
      // The first 一级 of a table shown halfway down its block (a rowspan centred on the page)
      // leaves the 二级 above it standing.
      boolean first = carry.level1.isEmpty();
      carry.level1 = levelText(level1.text());
      carry.level1At = level1.location();
      if (changed && level2 == null && !first) {
        carry.level2 = "";
        carry.level2At = null;
      }
    }
    if (level2 != null && level1 == null && !carry.level1.isEmpty()
        && !frameworks.belongsTo(carry.level1, level2.text())) {
      // A new 二级 that cannot stand under the 一级 above it: its own 一级 cell was lost.
      Optional<String> parent = frameworks.parentOf(level2.text(), carry.level1);
      if (parent.isPresent() && !parent.get().equals(level1Of(carry.level1).orElse(""))) {
        carry.level1 = parent.get();
        carry.level1At = null;
      }
    }
    if (level2 != null) {
      carry.level2 = levelText(level2.text());
      carry.level2At = level2.location();
      carry.level2Column = cells.indexOf(level2);
    }
    // The table's last row cut off by the page's end: levels only, its 二级 no dimension of any
    // framework (“数量指”), or where the name goes one character or the start of a dimension's
    // name (“时”, “数量指”) and nothing else. Such a row holds no indicator.
    boolean targetless = blank(content.get(ColumnRole.VALUE))
        && blank(content.get(ColumnRole.COMPARATOR)) && blank(content.get(ColumnRole.UNIT));
    boolean fragment = carry.lastRow
        && (!holdsTarget && level2 != null && !isDimension(level2.text())
            || targetless && name != null && cutShort(TextNormalizer.compact(name.text()))
            && history.stream().allMatch(h -> TextNormalizer.isBlank(h.value())));
    if (!holdsTarget && level1 == null && level2 == null || repeats || fragment) {
      return Optional.empty();
    }
    Map<IndicatorField, SourceLocation> locations = new EnumMap<>(IndicatorField.class);
    put(locations, IndicatorField.LEVEL1, carry.level1At);
    put(locations, IndicatorField.LEVEL2, carry.level2At);
    for (Map.Entry<IndicatorField, ColumnRole> e : fieldRoles.entrySet()) {
      RawCell c = e.getKey() == IndicatorField.NAME ? name : content.get(e.getValue());
      if (c != null) {
        put(locations, e.getKey(), c.location());
      }
    }
    String comparator = text(content.get(ColumnRole.COMPARATOR));
    if (comparator != null && yesNo.contains(LabelSet.key(comparator))) {
      comparator = null; // “是/否” says the target is yes or no: no comparator
    }
    String value = text(content.get(ColumnRole.VALUE));
    String unit = text(content.get(ColumnRole.UNIT));
    if (unit != null && value != null && !TextNormalizer.isBlank(unit)
        && TextNormalizer.compact(value).endsWith(TextNormalizer.compact(unit))) {
      unit = null; // “% | ≥95%”: the unit column repeats what the value already says
    }
    return Optional.of(new Indicator(carry.level1, carry.level2, text(name), comparator, value,
        unit, text(content.get(ColumnRole.EXPLANATION)), text(content.get(ColumnRole.SCORING)),
        text(content.get(ColumnRole.BASIS)), text(content.get(ColumnRole.REMARK)), history,
        values.parse(comparator, value, unit), row.location(), locations));
  }

  /**
   * In a tree, a dimension row directly above another dimension row is a 一级 (“满意度指标” above
   * “服务对象满意度指标”), whatever else the framework allows it to be.
   */
  void treeLevel1(RawBlock.Row row, Carry carry) {
    String t = row.text(0);
    carry.level1 = levelText(t);
    carry.level1At = row.cells().isEmpty() ? null : row.cells().get(0).location();
    carry.level2 = "";
    carry.level2At = null;
  }

  /** Whether a row holds one dimension name alone in its first cell (a tree's label row). */
  boolean isLabelRow(RawBlock.Row row) {
    String t = row.text(0);
    if (TextNormalizer.isBlank(t) || level1Of(t).isEmpty() && level2Of(t).isEmpty()) {
      return false;
    }
    for (int i = 1; i < row.cells().size(); i++) {
      if (!TextNormalizer.isBlank(row.text(i))) {
        return false;
      }
    }
    return true;
  }

  private static final Pattern CHECK_BOX = Pattern.compile("[□■☑☐☒▢]");

  /** A sign-off: a stamp (“（盖章）”) or a date left to be filled in (“年 月 日”). */
  private static final Pattern SIGN_OFF = Pattern.compile("[（(]\\s*盖\\s*章\\s*[)）]|年\\s+月\\s+日");

  /**
   * A row of check boxes (“优秀□ 良好□”) or a sign-off (“财务科（盖章） 年 月 日”): a form field
   * below the table, no indicator.
   */
  static boolean isFormField(RawBlock.Row row) {
    for (RawCell c : row.cells()) {
      String t = c.text();
      boolean maybe = false;
      for (int i = 0; i < t.length() && !maybe; i++) {
        char ch = t.charAt(i);
        maybe = ch == '盖' || ch == '月' || ch >= '□' && ch <= '▢' || ch == '☐' || ch == '☑'
            || ch == '☒';
      }
      if (maybe && (CHECK_BOX.matcher(t).find() || SIGN_OFF.matcher(t).find())) {
        return true;
      }
    }
    return false;
  }

  /**
   * The rows above a table's first 一级 label, when it stands halfway down its block (a rowspan
   * centred on the page), belong to that 一级.
   */
  static List<Indicator> withLevel1Above(List<Indicator> rows) {
    int first = 0;
    while (first < rows.size() && TextNormalizer.isBlank(rows.get(first).level1())) {
      first++;
    }
    if (first == 0 || first == rows.size()) {
      return rows;
    }
    Indicator owner = rows.get(first);
    SourceLocation at = owner.cells().get(IndicatorField.LEVEL1);
    List<Indicator> out = new ArrayList<>(rows.size());
    for (int i = 0; i < rows.size(); i++) {
      Indicator r = rows.get(i);
      if (i < first) {
        Map<IndicatorField, SourceLocation> cells = new EnumMap<>(IndicatorField.class);
        cells.putAll(r.cells());
        if (at != null) {
          cells.put(IndicatorField.LEVEL1, at);
        }
        r = new Indicator(owner.level1(), r.level2(), r.name(), r.comparator(), r.value(),
            r.unit(), r.explanation(), r.scoring(), r.basis(), r.remark(), r.history(),
            r.target(), r.location(), cells);
      }
      out.add(r);
    }
    return out;
  }

  /**
   * The cells left of the content that may be levels: a group caption in a column without a
   * header of its own (“绩效指标” written in the first body row) is none when levels stand beside it.
   */
  private List<Integer> levelCells(TableHeader header, List<RawCell> cells, int contentStart,
      int shift) {
    List<Integer> all = new ArrayList<>();
    for (int i = 0; i < Math.min(contentStart, cells.size()); i++) {
      String t = cells.get(i).text();
      if (TextNormalizer.isBlank(t)) {
        continue;
      }
      if (RowShift.SLOT.matcher(TextNormalizer.compact(t)).matches()) {
        continue; // “目标1”, “指标2”: a numbered slot of the template, no level
      }
      boolean dimension = isDimension(t);
      // Left of the header's first column (a row wider than its header): a level column.
      ColumnRole r = i + shift < 0 ? ColumnRole.GROUP : header.role(i + shift);
      if (!dimension && (r == ColumnRole.IGNORE || r == ColumnRole.UNKNOWN || r.content())) {
        continue; // a caption (“项目绩效指标”) in a column without a header, or a project name
      }
      if (!dimension && r == ColumnRole.GROUP
          && Scripts.simplified(TextNormalizer.compact(t)).endsWith("指标")) {
        continue; // the group caption repeated in a body row (“绩效指标 | 产出指标 | …”)
      }
      all.add(i);
    }
    return all;
  }


  /** The standard 一级 name of a label, Traditional script and template tags allowed. */
  Optional<String> level1Of(String text) {
    return frameworks.level1Name(text);
  }

  /** The standard 二级 name of a label, Traditional script and template tags allowed. */
  Optional<String> level2Of(String text) {
    return frameworks.level2Name(text);
  }

  /** Whether a name is one character, or the beginning of a dimension's name (“数量指”). */
  private boolean cutShort(String name) {
    return name.length() == 1 || name.length() >= 2
        && dimensionSpellings.stream().anyMatch(d -> d.length() > name.length() && d.startsWith(name));
  }

  /** Whether a cell is a 一级 or 二级 label of some framework (Traditional script and tags allowed). */
  boolean isDimension(String text) {
    return frameworks.isDimensionLabel(text);
  }

  /** A level label as the model keeps it: letter-spacing and score tags removed. */
  private static String levelText(String text) {
    String s = TextNormalizer.despace(text);
    String stripped = org.jxlint.text.TrailingScore.withoutScores(s, true).strip();
    return stripped.isEmpty() ? s : stripped;
  }

  private static boolean blank(RawCell c) {
    return c == null || TextNormalizer.isBlank(c.text());
  }

  private static String text(RawCell c) {
    return c == null ? null : c.text();
  }

  private static void put(Map<IndicatorField, SourceLocation> map, IndicatorField f,
      SourceLocation l) {
    if (l != null && !l.isEmpty()) {
      map.put(f, l);
    }
  }

  private static List<RawCell> trimmed(List<RawCell> cells) {
    int end = cells.size();
    while (end > 0 && TextNormalizer.isBlank(cells.get(end - 1).text())) {
      end--;
    }
    return cells.subList(0, end);
  }

}
