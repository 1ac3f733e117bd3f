package org.jxlint.ingest.layout;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jxlint.config.FrameworkCatalog;
import org.jxlint.config.LabelSet;
import org.jxlint.config.LayoutLexicon;
import org.jxlint.config.Vocabulary;
import org.jxlint.model.HistoryValue;
import org.jxlint.model.Indicator;
import org.jxlint.model.IndicatorField;
import org.jxlint.model.SourceLocation;
import org.jxlint.model.ValueKind;
import org.jxlint.text.TargetValueParser;
import org.jxlint.text.TextNormalizer;

/**
 * Reads indicator tables from rows: finds the header (one or several rows), gives each column a
 * role from its header and, where the header is unknown, from its content; then reads each row,
 * placing cells by what they hold rather than where they stand, because merged cells shift real rows
 * left (“效益指标 | | 工作完成时间 | 定性 | …”) and 二级 labels end up in the 三级 column.
 */
final class TableInterpreter {

  /** What a column holds. */
  enum Role { GROUP, LEVEL1, LEVEL2, NAME, COMPARATOR, VALUE, UNIT, EXPLANATION, SCORING, BASIS,
    REMARK, HISTORY, IGNORE, UNKNOWN }

  private static final Pattern YEAR_LABEL = Pattern.compile("^((?:19|20)\\d{2})年?(?:度)?.*");
  private static final int MAX_SHIFT = 3;

  /** The header of one table: a role for every column, and the header text of history columns. */
  record Header(List<Role> roles, List<String> labels, int rows, boolean longTerm) {
    int width() {
      return roles.size();
    }

    Role role(int column) {
      return column >= 0 && column < roles.size() ? roles.get(column) : Role.UNKNOWN;
    }

    int nameColumn() {
      int name = roles.indexOf(Role.NAME);
      if (name >= 0) {
        return name;
      }
      int last = -1;
      for (int i = 0; i < roles.size(); i++) {
        Role r = roles.get(i);
        if (r == Role.LEVEL1 || r == Role.LEVEL2 || r == Role.GROUP) {
          last = i;
        }
      }
      return last + 1;
    }
  }

  private final LayoutLexicon layout;
  private final FrameworkCatalog frameworks;
  private final TargetValueParser values;
  private final Map<IndicatorField, Role> fieldRoles = new EnumMap<>(IndicatorField.class);

  TableInterpreter(Vocabulary vocabulary, TargetValueParser values) {
    this.layout = vocabulary.layout();
    this.frameworks = vocabulary.frameworks();
    this.values = values;
    fieldRoles.put(IndicatorField.LEVEL1, Role.LEVEL1);
    fieldRoles.put(IndicatorField.LEVEL2, Role.LEVEL2);
    fieldRoles.put(IndicatorField.NAME, Role.NAME);
    fieldRoles.put(IndicatorField.COMPARATOR, Role.COMPARATOR);
    fieldRoles.put(IndicatorField.VALUE, Role.VALUE);
    fieldRoles.put(IndicatorField.UNIT, Role.UNIT);
    fieldRoles.put(IndicatorField.EXPLANATION, Role.EXPLANATION);
    fieldRoles.put(IndicatorField.SCORING, Role.SCORING);
    fieldRoles.put(IndicatorField.BASIS, Role.BASIS);
    fieldRoles.put(IndicatorField.REMARK, Role.REMARK);
    fieldRoles.put(IndicatorField.HISTORY, Role.HISTORY);
  }

  // ---------------------------------------------------------------- header

  Role headerRole(String cell) {
    if (TextNormalizer.isBlank(cell)) {
      return Role.UNKNOWN;
    }
    for (Map.Entry<IndicatorField, Role> e : fieldRoles.entrySet()) {
      if (layout.columns().get(e.getKey()).is(cell)) {
        return e.getValue();
      }
    }
    if (layout.groupColumns().is(cell)) {
      return Role.GROUP;
    }
    if (layout.ignoredColumns().is(cell)) {
      return Role.IGNORE;
    }
    if (YEAR_LABEL.matcher(LabelSet.key(cell)).matches() && LabelSet.key(cell).length() <= 8) {
      return Role.HISTORY;
    }
    return Role.UNKNOWN;
  }

  /** The header starting at {@code rows.get(start)}, if that row is one. */
  Optional<Header> header(List<RawBlock.Row> rows, int start) {
    RawBlock.Row first = rows.get(start);
    List<Role> roles = new ArrayList<>();
    int known = 0;
    for (RawCell c : first.cells()) {
      Role r = headerRole(c.text());
      roles.add(r);
      if (r != Role.UNKNOWN) {
        known++;
      }
    }
    boolean names = roles.contains(Role.NAME)
        || (roles.contains(Role.LEVEL1) && roles.contains(Role.LEVEL2));
    boolean targets = roles.contains(Role.VALUE) || roles.contains(Role.COMPARATOR)
        || roles.contains(Role.HISTORY);
    if (!names || !targets || known < 3) {
      return Optional.empty();
    }
    List<List<String>> headerRows = new ArrayList<>();
    headerRows.add(texts(first));
    int next = start + 1;
    while (next < rows.size() && isHeaderContinuation(rows.get(next))) {
      headerRows.add(texts(rows.get(next)));
      next++;
    }
    int width = 0;
    for (List<String> r : headerRows) {
      width = Math.max(width, lastNonBlank(r) + 1);
    }
    List<Role> merged = new ArrayList<>();
    List<String> labels = new ArrayList<>();
    boolean longTerm = false;
    for (int col = 0; col < width; col++) {
      Role role = Role.UNKNOWN;
      String label = "";
      for (int r = headerRows.size() - 1; r >= 0 && role == Role.UNKNOWN; r--) {
        List<String> row = headerRows.get(r);
        String text = col < row.size() ? row.get(col) : "";
        role = headerRole(text);
        label = TextNormalizer.despace(text);
      }
      if (role == Role.UNKNOWN) {
        String top = col < headerRows.get(0).size() ? headerRows.get(0).get(col) : "";
        role = TextNormalizer.isBlank(top) ? Role.IGNORE : Role.UNKNOWN;
      }
      if (role == Role.GROUP && LabelSet.key(label).contains("长期")) {
        longTerm = true;
      }
      merged.add(role);
      labels.add(label);
    }
    return Optional.of(new Header(merged, labels, headerRows.size(), longTerm));
  }

  private boolean isHeaderContinuation(RawBlock.Row row) {
    boolean any = false;
    for (RawCell c : row.cells()) {
      if (TextNormalizer.isBlank(c.text())) {
        continue;
      }
      any = true;
      Role r = headerRole(c.text());
      if (r == Role.UNKNOWN) {
        return false;
      }
    }
    return any;
  }

  /** Columns whose header nobody knows get a role from what they hold. */
  Header inferUnknownColumns(Header header, List<RawBlock.Row> body) {
    if (!header.roles().contains(Role.UNKNOWN)) {
      return header;
    }
    List<Role> roles = new ArrayList<>(header.roles());
    for (int col = 0; col < roles.size(); col++) {
      if (roles.get(col) != Role.UNKNOWN) {
        continue;
      }
      int filled = 0;
      int comparators = 0;
      int units = 0;
      int valuesSeen = 0;
      int sentences = 0;
      for (RawBlock.Row row : body) {
        String t = row.text(col);
        if (TextNormalizer.isBlank(t)) {
          continue;
        }
        filled++;
        if (isComparatorToken(t)) {
          comparators++;
        } else if (isUnitLike(t)) {
          units++;
        } else if (valueStrength(t) >= 1) {
          valuesSeen++;
        } else if (TextNormalizer.compact(t).length() > 12) {
          sentences++;
        }
      }
      if (filled == 0) {
        roles.set(col, Role.IGNORE);
      } else if (comparators * 10 >= filled * 6 && !roles.contains(Role.COMPARATOR)) {
        roles.set(col, Role.COMPARATOR);
      } else if (units * 10 >= filled * 6 && !roles.contains(Role.UNIT)) {
        roles.set(col, Role.UNIT);
      } else if (valuesSeen * 10 >= filled * 6 && !roles.contains(Role.VALUE)) {
        roles.set(col, Role.VALUE);
      } else if (sentences * 10 >= filled * 6) {
        roles.set(col, roles.contains(Role.EXPLANATION) ? Role.SCORING : Role.EXPLANATION);
      } else {
        roles.set(col, Role.IGNORE);
      }
    }
    return new Header(roles, header.labels(), header.rows(), header.longTerm());
  }

  // ---------------------------------------------------------------- rows

  /** Carries 一级/二级 down a table, and the column where 二级 labels have been seen. */
  static final class Carry {
    String level1 = "";
    SourceLocation level1At;
    String level2 = "";
    SourceLocation level2At;
    int level2Column = -1;
  }

  /** One row read as an indicator; empty for rows that hold nothing. */
  Optional<Indicator> indicator(Header header, RawBlock.Row row, Carry carry) {
    List<RawCell> cells = trimmed(row.cells());
    if (cells.isEmpty()) {
      return Optional.empty();
    }
    int nameCol = header.nameColumn();
    int shift = bestShift(header, cells, nameCol);
    int contentStart = Math.max(0, nameCol - shift);
    Map<Role, RawCell> content = new EnumMap<>(Role.class);
    List<HistoryValue> history = new ArrayList<>();
    for (int i = contentStart; i < cells.size(); i++) {
      RawCell cell = cells.get(i);
      int column = i + shift;
      Role role = header.role(column);
      if (role == Role.HISTORY) {
        history.add(new HistoryValue(header.labels().get(column), null, cell.text(),
            cell.location()));
      } else if (role != Role.IGNORE && role != Role.UNKNOWN && role != Role.GROUP
          && role != Role.LEVEL1 && role != Role.LEVEL2) {
        RawCell existing = content.get(role);
        if (existing == null || TextNormalizer.isBlank(existing.text())) {
          content.put(role, cell);
        }
      }
    }
    RawCell name = content.get(Role.NAME);
    // Level cells: everything left of the content.
    RawCell level1 = null;
    RawCell level2 = null;
    List<Integer> levelIdx = new ArrayList<>();
    for (int i = 0; i < Math.min(contentStart, cells.size()); i++) {
      if (!TextNormalizer.isBlank(cells.get(i).text())) {
        levelIdx.add(i);
      }
    }
    if (levelIdx.size() >= 2) {
      level1 = cells.get(levelIdx.get(0));
      level2 = cells.get(levelIdx.get(levelIdx.size() - 1));
    } else if (levelIdx.size() == 1) {
      int col = levelIdx.get(0);
      RawCell only = cells.get(col);
      boolean isL1 = frameworks.level1Name(only.text()).isPresent();
      boolean isL2 = frameworks.level2Name(only.text()).isPresent();
      boolean asLevel2;
      if (isL1 && !isL2) {
        asLevel2 = false;
      } else if (isL2 && !isL1) {
        asLevel2 = true;
      } else if (carry.level2Column >= 0 && col == carry.level2Column) {
        asLevel2 = true;
      } else {
        Role r = header.role(col);
        asLevel2 = r == Role.LEVEL2 || (r != Role.LEVEL1 && r != Role.GROUP && col >= nameCol - 1);
      }
      if (asLevel2) {
        level2 = only;
      } else {
        level1 = only;
      }
    }
    // A 二级 label standing where the 三级 name belongs, naming a new dimension: it is the 二级.
    if (name != null && level2 == null && !TextNormalizer.isBlank(name.text())) {
      Optional<String> asL2 = frameworks.level2Name(name.text());
      Optional<String> carried = frameworks.level2Name(carry.level2);
      boolean newLevel1 = level1 != null;
      if (asL2.isPresent() && (newLevel1 || carried.isEmpty() || !carried.equals(asL2))) {
        level2 = name;
        name = null;
      } else if (asL2.isEmpty() && level1 == null
          && frameworks.level1Name(name.text()).isPresent()) {
        level1 = name;
        name = null;
      }
    }
    boolean holdsTarget = !blank(name) || !blank(content.get(Role.VALUE))
        || !blank(content.get(Role.COMPARATOR)) || !blank(content.get(Role.UNIT))
        || history.stream().anyMatch(h -> !TextNormalizer.isBlank(h.value()));
    // Carry 一级/二级 down.
    if (level1 != null) {
      boolean changed = !LabelSet.key(level1.text()).equals(LabelSet.key(carry.level1));
      carry.level1 = TextNormalizer.despace(level1.text());
      carry.level1At = level1.location();
      if (changed && level2 == null) {
        carry.level2 = "";
        carry.level2At = null;
      }
    }
    if (level2 != null) {
      carry.level2 = TextNormalizer.despace(level2.text());
      carry.level2At = level2.location();
      carry.level2Column = cells.indexOf(level2);
    }
    if (!holdsTarget && level1 == null && level2 == null) {
      return Optional.empty();
    }
    Map<IndicatorField, SourceLocation> locations = new EnumMap<>(IndicatorField.class);
    put(locations, IndicatorField.LEVEL1, carry.level1At);
    put(locations, IndicatorField.LEVEL2, carry.level2At);
    for (Map.Entry<IndicatorField, Role> e : fieldRoles.entrySet()) {
      RawCell c = e.getKey() == IndicatorField.NAME ? name : content.get(e.getValue());
      if (c != null) {
        put(locations, e.getKey(), c.location());
      }
    }
    String comparator = text(content.get(Role.COMPARATOR));
    String value = text(content.get(Role.VALUE));
    String unit = text(content.get(Role.UNIT));
    return Optional.of(new Indicator(carry.level1, carry.level2, text(name), comparator, value,
        unit, text(content.get(Role.EXPLANATION)), text(content.get(Role.SCORING)),
        text(content.get(Role.BASIS)), text(content.get(Role.REMARK)), history,
        values.parse(comparator, value, unit), row.location(), locations));
  }

  /**
   * How far the row's content (from the 三级 name on) is shifted left of the header: the shift whose
   * cells best fit their columns' roles. Merged cells lose one or more leading cells, never
   * trailing ones.
   */
  private int bestShift(Header header, List<RawCell> cells, int nameCol) {
    CellTraits traits = new CellTraits(cells);
    int best = 0;
    double bestScore = Double.NEGATIVE_INFINITY;
    int[] order = {0, 1, 2, 3, -1};
    for (int shift : order) {
      if (shift > MAX_SHIFT || nameCol - shift < 0 || nameCol - shift > cells.size()) {
        continue;
      }
      double score = score(header, traits, nameCol, shift);
      if (score > bestScore + 1e-9) {
        bestScore = score;
        best = shift;
      }
    }
    return best;
  }

  /** What each cell of a row looks like, worked out once and shared by every shift tried. */
  private final class CellTraits {
    final boolean[] blank;
    final boolean[] label;
    final boolean[] comparator;
    final boolean[] unit;
    final double[] value;
    final int[] length;

    CellTraits(List<RawCell> cells) {
      int n = cells.size();
      blank = new boolean[n];
      label = new boolean[n];
      comparator = new boolean[n];
      unit = new boolean[n];
      value = new double[n];
      length = new int[n];
      for (int i = 0; i < n; i++) {
        String t = cells.get(i).text();
        blank[i] = TextNormalizer.isBlank(t);
        if (blank[i]) {
          continue;
        }
        label[i] = frameworks.isDimensionLabel(t);
        comparator[i] = isComparatorToken(t);
        unit[i] = isUnitLike(t);
        value[i] = valueStrength(t);
        length[i] = TextNormalizer.compact(t).length();
      }
    }
  }

  private double score(Header header, CellTraits cells, int nameCol, int shift) {
    int contentStart = nameCol - shift;
    int size = cells.blank.length;
    double score = 0;
    for (int i = 0; i < contentStart && i < size; i++) {
      if (cells.blank[i]) {
        continue;
      }
      if (cells.label[i]) {
        score += 1;
      } else if (cells.comparator[i]) {
        score -= 5;
      } else if (cells.value[i] >= 1) {
        score -= 3;
      }
    }
    for (int i = contentStart; i < size; i++) {
      int column = i + shift;
      Role role = header.role(column);
      boolean blank = cells.blank[i];
      if (column >= header.width()) {
        score -= blank ? 0 : 2;
        continue;
      }
      if (blank) {
        continue;
      }
      switch (role) {
        case NAME -> {
          if (cells.comparator[i]) {
            score -= 5;
          } else if (cells.value[i] >= 1) {
            score -= 3;
          } else if (cells.label[i]) {
            score += 0.5;
          } else {
            score += 2;
          }
        }
        case COMPARATOR -> score += cells.comparator[i] ? 3 : -2;
        case VALUE -> {
          double v = cells.value[i];
          score += v > 0 ? v : (cells.length[i] > 20 ? -1 : 0);
          if (cells.comparator[i]) {
            score -= 2;
          }
        }
        case UNIT -> score += cells.unit[i] ? 1 : -2;
        case HISTORY -> score += cells.value[i] > 0 ? 0.5 : 0;
        default -> { }
      }
    }
    return score;
  }

  /** 1 for a number, date or yes/no; 0.5 for a short word that may be a grade; 0 otherwise. */
  double valueStrength(String text) {
    String compact = TextNormalizer.compact(text);
    if (compact.isEmpty()) {
      return 0;
    }
    ValueKind kind = values.parse(text).kind();
    return switch (kind) {
      case NUMBER, RANGE, DATE, PERIOD, YEAR, BOOLEAN -> 1;
      case QUALITATIVE -> compact.length() <= 6 ? 0.5 : 0;
      default -> 0;
    };
  }

  boolean isComparatorToken(String text) {
    String c = TextNormalizer.compact(text);
    if (c.isEmpty()) {
      return false;
    }
    return values.comparatorFromColumn(text) != null || values.isNeutralColumnWord(text);
  }

  private static final Pattern UNIT_LIKE = Pattern.compile("^[^\\d\\s]{1,5}$");

  boolean isUnitLike(String text) {
    String u = values.normalizeUnit(text);
    return u != null && UNIT_LIKE.matcher(u).matches() && !isComparatorToken(text);
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

  private static List<String> texts(RawBlock.Row row) {
    List<String> out = new ArrayList<>();
    row.cells().forEach(c -> out.add(c.text()));
    return out;
  }

  private static int lastNonBlank(List<String> texts) {
    for (int i = texts.size() - 1; i >= 0; i--) {
      if (!TextNormalizer.isBlank(texts.get(i))) {
        return i;
      }
    }
    return -1;
  }
}
