package org.jxlint.ingest.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jxlint.config.FrameworkCatalog;
import org.jxlint.model.Scope;
import org.jxlint.nlp.Scripts;
import org.jxlint.text.TextNormalizer;

/**
 * Finds the header of an indicator table: a row whose cells name the indicator's parts (a name or
 * the two levels, and a target, comparator or history), with the rows below it that continue it —
 * further known labels, or sub-headers under a target column (“2025年实际值 | 2026年预期值”, one
 * column per district or town). Each column gets the role its lowest known label gives; a
 * sub-header under a target column makes each of its columns a target of its own.
 */
final class HeaderReader {

  /** Longer header cells are sentences, not column labels. */
  private static final int MAX_LABEL = 20;
  private static final int MAX_SUB_LABEL = 15;

  private final HeaderLabels labels;
  private final FrameworkCatalog frameworks;
  private final CellKinds kinds;

  HeaderReader(HeaderLabels labels, FrameworkCatalog frameworks, CellKinds kinds) {
    this.labels = labels;
    this.frameworks = frameworks;
    this.kinds = kinds;
  }

  /** The header starting at {@code rows.get(start)}, if that row is one. */
  Optional<TableHeader> header(List<RawBlock.Row> rows, int start, Integer year) {
    RawBlock.Row first = rows.get(start);
    List<HeaderLabels.Reading> top = readings(first, year);
    boolean name = false;
    boolean level1 = false;
    boolean level2 = false;
    boolean target = false;
    int known = 0;
    int filled = 0;
    for (int c = 0; c < top.size(); c++) {
      if (!TextNormalizer.isBlank(first.text(c))) {
        filled++;
      }
      ColumnRole r = top.get(c).role();
      switch (r) {
        case NAME -> name = true;
        case LEVEL1, GROUP -> level1 = true;
        case LEVEL2 -> level2 = true;
        case VALUE, COMPARATOR, HISTORY -> target = true;
        default -> { }
      }
      if (r != ColumnRole.UNKNOWN) {
        known++;
      }
    }
    boolean names = name || (level1 && level2);
    boolean enough = known >= 3 || (known >= 2 && known == filled);
    if (!names && target && filled <= 3 && top.get(0).role() != ColumnRole.VALUE
        && treeBelow(rows, start)) {
      return Optional.of(tree(first, top));
    }
    if (!names || !target || !enough || !indicatorWords(first, top)) {
      return Optional.empty();
    }
    List<RawBlock.Row> headerRows = new ArrayList<>();
    headerRows.add(first);
    int next = start + 1;
    while (next < rows.size() && next - start < 4
        && continues(rows.get(next), headerRows, year)) {
      headerRows.add(rows.get(next));
      next++;
    }
    return Optional.of(merge(headerRows, year));
  }

  /** Rows looked at for dimension names when a table has no header jxlint knows. */
  private static final int CONTENT_LOOKAHEAD = 8;
  private static final int CONTENT_MIN_ROWS = 3;

  /**
   * A table found by its content where no header was recognised (or there is none): from a row
   * that opens with a 一级 name, at least three rows among the next few open with dimension names.
   * Every column's role is then left to what it holds.
   */
  Optional<TableHeader> fromContent(List<RawBlock.Row> rows, int start) {
    if (!opensWith(rows.get(start), true)) {
      return Optional.empty();
    }
    int seen = 0;
    int width = 0;
    for (int i = start; i < rows.size() && i < start + CONTENT_LOOKAHEAD; i++) {
      if (i > start && rows.get(i).table() != rows.get(start).table()) {
        break;
      }
      if (opensWith(rows.get(i), false)) {
        seen++;
      }
      width = Math.max(width, lastNonBlank(rows.get(i)) + 1);
    }
    if (seen < CONTENT_MIN_ROWS) {
      return Optional.empty();
    }
    List<ColumnRole> roles = new ArrayList<>();
    List<String> names = new ArrayList<>();
    List<Scope> scopes = new ArrayList<>();
    List<String> reasons = new ArrayList<>();
    for (int c = 0; c < width; c++) {
      roles.add(ColumnRole.UNKNOWN);
      names.add("");
      scopes.add(null);
      reasons.add("no-header");
    }
    return Optional.of(new TableHeader(roles, names, scopes, 0, false, reasons, false));
  }

  /** Whether one of the row's first cells is a dimension name (a 一级 name when asked). */
  private boolean opensWith(RawBlock.Row row, boolean level1Only) {
    int looked = 0;
    for (int c = 0; c < row.cells().size() && looked < 3; c++) {
      String t = row.text(c);
      if (TextNormalizer.isBlank(t)) {
        continue;
      }
      looked++;
      String k = Scripts.simplified(TextNormalizer.compact(t));
      if (k.indexOf(':') >= 0 || k.indexOf('：') >= 0) {
        return false; // “产出指标：…” is prose in a cell
      }
      if (frameworks.level1Name(k).isPresent()
          || !level1Only && frameworks.level2Name(k).isPresent()) {
        return true;
      }
    }
    return false;
  }

  /** Rows looked at below a “项目 | 指标值” header for the dimension names of a tree. */
  private static final int TREE_LOOKAHEAD = 4;

  /**
   * Whether the rows under a header without name columns are a tree: the dimension names each on
   * a row of their own in the first column, indicators with their values under them (“项目 | 指标值 |
   * 绩效金额”, as budget systems print an approval).
   */
  private boolean treeBelow(List<RawBlock.Row> rows, int start) {
    for (int i = start + 1; i < rows.size() && i <= start + TREE_LOOKAHEAD; i++) {
      RawBlock.Row r = rows.get(i);
      String t = r.text(0);
      if (!TextNormalizer.isBlank(t) && frameworks.level1Name(Scripts.simplified(t)).isPresent()
          && r.filled().size() == 1) {
        return true;
      }
    }
    return false;
  }

  /** A tree's header: the first column holds the levels and the names. */
  private static TableHeader tree(RawBlock.Row first, List<HeaderLabels.Reading> top) {
    List<ColumnRole> roles = new ArrayList<>();
    List<String> names = new ArrayList<>();
    List<Scope> scopes = new ArrayList<>();
    List<String> reasons = new ArrayList<>();
    for (int c = 0; c < top.size(); c++) {
      String label = TextNormalizer.despace(first.text(c));
      ColumnRole r = c == 0 ? ColumnRole.NAME : top.get(c).role();
      roles.add(r);
      names.add(label);
      scopes.add(top.get(c).scope());
      reasons.add(c == 0 ? "tree:" + label : "header:" + label);
    }
    return new TableHeader(roles, names, scopes, 1, false, reasons, true);
  }

  /**
   * Whether the row speaks of indicators: an exact column label, or 指标 in some cell. Keywords
   * alone (“支出项目名称 | 年度目标任务”) make no indicator header.
   */
  private static boolean indicatorWords(RawBlock.Row row, List<HeaderLabels.Reading> readings) {
    for (int c = 0; c < readings.size(); c++) {
      if (readings.get(c).exact() && readings.get(c).role() != ColumnRole.IGNORE
          || Scripts.simplified(TextNormalizer.compact(row.text(c))).contains("指标")) {
        return true;
      }
    }
    return false;
  }

  private List<HeaderLabels.Reading> readings(RawBlock.Row row, Integer year) {
    List<HeaderLabels.Reading> out = new ArrayList<>();
    for (RawCell c : row.cells()) {
      String t = c.text();
      boolean label = !t.isEmpty() && t.length() <= MAX_LABEL * 2
          && TextNormalizer.compact(t).length() <= MAX_LABEL;
      out.add(label ? labels.read(t, year) : HeaderLabels.Reading.NONE);
    }
    return out;
  }

  /**
   * Whether a row continues the header above it: every cell a known label, or short captions that
   * stand under a target column (districts, years, 年度/实施周期) and hold no figure.
   */
  private boolean continues(RawBlock.Row row, List<RawBlock.Row> above, Integer year) {
    boolean any = false;
    boolean allKnown = true;
    boolean allCaptions = true;
    for (int c = 0; c < row.cells().size(); c++) {
      String t = row.text(c);
      if (TextNormalizer.isBlank(t)) {
        continue;
      }
      any = true;
      HeaderLabels.Reading r = labels.read(t, year);
      if (r.role() == ColumnRole.UNKNOWN) {
        allKnown = false;
      }
      String simple = Scripts.simplified(t);
      boolean caption = TextNormalizer.compact(t).length() <= MAX_SUB_LABEL
          && !frameworks.isDimensionLabel(simple) && !kinds.isComparatorToken(t)
          && kinds.valueStrength(t) < 1 && underTarget(above.get(0), c, year);
      if (!caption) {
        allCaptions = false;
      }
    }
    return any && (allKnown || allCaptions);
  }

  /** Whether column c of the header's top row is, or lies in the span of, a target column. */
  private boolean underTarget(RawBlock.Row top, int c, Integer year) {
    ColumnRole parent = parent(top, c, year);
    return parent == ColumnRole.VALUE || parent == ColumnRole.HISTORY;
  }

  /** The role of the top-row cell over column c: its own, or the nearest label to its left. */
  private ColumnRole parent(RawBlock.Row top, int c, Integer year) {
    String text = parentText(top, c);
    return text.isEmpty() ? ColumnRole.UNKNOWN : labels.read(text, year).role();
  }

  private TableHeader merge(List<RawBlock.Row> headerRows, Integer year) {
    int width = 0;
    for (RawBlock.Row r : headerRows) {
      width = Math.max(width, lastNonBlank(r) + 1);
    }
    List<ColumnRole> roles = new ArrayList<>();
    List<String> names = new ArrayList<>();
    List<Scope> scopes = new ArrayList<>();
    List<String> reasons = new ArrayList<>();
    boolean longTerm = false;
    RawBlock.Row top = headerRows.get(0);
    for (int col = 0; col < width; col++) {
      ColumnRole role = ColumnRole.UNKNOWN;
      String label = "";
      Scope scope = null;
      String reason = "";
      for (int r = headerRows.size() - 1; r >= 0 && role == ColumnRole.UNKNOWN; r--) {
        String text = headerRows.get(r).text(col);
        if (TextNormalizer.isBlank(text)) {
          continue;
        }
        HeaderLabels.Reading reading = labels.read(text, year);
        label = TextNormalizer.despace(text);
        scope = reading.scope() != null ? reading.scope() : scope;
        role = reading.role();
        reason = (reading.exact() ? "header:" : "header-word:") + label;
        if (role == ColumnRole.UNKNOWN && r > 0 && underTarget(top, col, year)) {
          role = parent(top, col, year);
          reason = "sub-header:" + label;
        }
      }
      if (scope == null && underTarget(top, col, year)) {
        scope = labels.read(parentText(top, col), year).scope();
      }
      if (role == ColumnRole.UNKNOWN && TextNormalizer.isBlank(top.text(col))
          && !underTarget(top, col, year)) {
        role = ColumnRole.IGNORE;
      }
      if (role == ColumnRole.GROUP && label.contains("长期")) {
        longTerm = true;
      }
      roles.add(role);
      names.add(label);
      scopes.add(scope);
      reasons.add(reason);
    }
    captionsLeftOfLevels(roles, reasons);
    return new TableHeader(roles, names, scopes, headerRows.size(), longTerm, reasons, false);
  }

  /**
   * A header cell left of every level and name column is the table's caption (“年度绩效目标(90分)”,
   * “专项年度绩效指标”), whatever words it holds: no target stands left of the names.
   */
  private static void captionsLeftOfLevels(List<ColumnRole> roles, List<String> reasons) {
    for (int i = 0; i < roles.size(); i++) {
      ColumnRole r = roles.get(i);
      if (r == ColumnRole.LEVEL1 || r == ColumnRole.LEVEL2 || r == ColumnRole.NAME) {
        return;
      }
      if (r != ColumnRole.IGNORE && r != ColumnRole.GROUP) {
        roles.set(i, ColumnRole.GROUP);
        reasons.set(i, "caption:" + reasons.get(i));
      }
    }
  }

  private static String parentText(RawBlock.Row top, int c) {
    for (int k = Math.min(c, top.cells().size() - 1); k >= 0; k--) {
      if (!TextNormalizer.isBlank(top.text(k))) {
        return top.text(k);
      }
    }
    return "";
  }

  private static int lastNonBlank(RawBlock.Row row) {
    for (int i = row.cells().size() - 1; i >= 0; i--) {
      if (!TextNormalizer.isBlank(row.text(i))) {
        return i;
      }
    }
    return -1;
  }
}
