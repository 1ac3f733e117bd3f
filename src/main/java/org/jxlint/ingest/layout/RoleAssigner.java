package org.jxlint.ingest.layout;

import java.util.ArrayList;
import java.util.List;
import org.jxlint.config.ColumnLexicon;
import org.jxlint.config.FrameworkCatalog;
import org.jxlint.config.LabelSet;
import org.jxlint.nlp.Scripts;
import org.jxlint.text.TextNormalizer;

/**
 * Settles each column's role from what the column holds, where the header leaves it open or the
 * content contradicts it: a column of dimension names holds the levels whatever its header says
 * (“指标名称” over 数量指标/质量指标), 正向/反向 is the indicator's nature, 计划标准/行业标准 the basis; an
 * unknown header takes the role its cells show (comparators, units, figures, sentences); of two
 * name columns the exact header keeps the name and the other is the explanation.
 */
final class RoleAssigner {

  /** Rows looked at per column; enough to see what a column holds. */
  private static final int SAMPLE = 200;
  private static final double MOST = 0.6;

  private final FrameworkCatalog frameworks;
  private final CellKinds kinds;
  private final ColumnLexicon words;

  RoleAssigner(FrameworkCatalog frameworks, CellKinds kinds, ColumnLexicon words) {
    this.frameworks = frameworks;
    this.kinds = kinds;
    this.words = words;
  }

  /** What one column's cells are, counted. */
  private final class Profile {
    int rows;
    int filled;
    int level1;
    int level2;
    int comparators;
    int units;
    int values;
    int sentences;
    int nature;
    int basis;

    /**
     * Counts what the column's cells are; {@code full} also counts comparators, units, figures
     * and sentences (needed only where the header gave no role), which costs a parse a cell.
     */
    Profile(List<RawBlock.Row> body, int col, boolean full) {
      for (int i = 0; i < body.size() && i < SAMPLE; i++) {
        rows++;
        String t = body.get(i).text(col);
        if (TextNormalizer.isBlank(t)) {
          continue;
        }
        filled++;
        String simple = Scripts.simplified(t);
        String key = LabelSet.key(simple);
        if (frameworks.level1Name(simple).isPresent()) {
          level1++;
        } else if (frameworks.level2Name(simple).isPresent()) {
          level2++;
        } else if (words.nature().contains(key)) {
          nature++;
        } else if (words.basis().contains(key)) {
          basis++;
        } else if (!full) {
          continue;
        } else if (kinds.isComparatorToken(t) && !kinds.isYesNo(t)) {
          comparators++; // (是 is a comparator word too, but in a target column a yes)
        } else if (kinds.valueStrength(t) >= 1) {
          values++;
        } else if (kinds.isUnitLike(t)) {
          units++;
        } else if (TextNormalizer.compact(t).length() > 12) {
          sentences++;
        }
      }
    }

    boolean most(int count) {
      return filled > 0 && count >= filled * MOST;
    }

    /** A column filled in only a few of the rows (a stray cell beside the table). */
    boolean sparse() {
      return filled < 2 || filled * 10 < rows * 3;
    }
  }

  TableHeader assign(TableHeader header, List<RawBlock.Row> body) {
    List<ColumnRole> roles = new ArrayList<>(header.roles());
    List<String> reasons = new ArrayList<>(header.reasons());
    boolean headerValue = roles.contains(ColumnRole.VALUE);
    boolean exactValue = false;
    for (int c = 0; c < roles.size(); c++) {
      exactValue |= roles.get(c) == ColumnRole.VALUE && header.reasons().get(c).startsWith("header:");
    }
    for (int col = 0; col < roles.size(); col++) {
      ColumnRole role = roles.get(col);
      if (role == ColumnRole.IGNORE && !TextNormalizer.isBlank(header.label(col))) {
        continue; // 序号 and the like
      }
      boolean byWord = header.reasons().get(col).startsWith("header-word:");
      Profile p = new Profile(body, col, role == ColumnRole.UNKNOWN
          || byWord && (role == ColumnRole.UNIT || role == ColumnRole.VALUE));
      if (byWord && role == ColumnRole.UNIT && !p.most(p.units) && p.filled > 0) {
        roles.set(col, ColumnRole.REMARK); // 责任单位: organisations, not units
        reasons.set(col, "content:remark (" + reasons.get(col) + ")");
        continue;
      }
      if (byWord && role == ColumnRole.VALUE && exactValue && p.filled > 0
          && !p.most(p.values + p.comparators)) {
        roles.set(col, ColumnRole.EXPLANATION); // 预期效果 beside 指标值: words, not a target
        reasons.set(col, "content:explanation (" + reasons.get(col) + ")");
        continue;
      }
      ColumnRole found = fromContent(role, p, roles, headerValue);
      if (found != role) {
        roles.set(col, found);
        reasons.set(col, "content:" + found.name().toLowerCase() + " (" + reasons.get(col) + ")");
      }
    }
    if (header.rows() == 0) {
      nameByPosition(roles, reasons, body);
    }
    oneName(roles, reasons, header);
    targetsInHistory(roles, reasons, body);
    return header.withRoles(roles, reasons);
  }

  private ColumnRole fromContent(ColumnRole role, Profile p, List<ColumnRole> roles,
      boolean headerValue) {
    boolean levelColumn = role == ColumnRole.LEVEL1 || role == ColumnRole.LEVEL2
        || role == ColumnRole.GROUP;
    if (p.filled == 0) {
      return role == ColumnRole.UNKNOWN ? ColumnRole.IGNORE : role;
    }
    if (!levelColumn && p.filled >= 2) {
      if (p.most(p.level1)) {
        return ColumnRole.LEVEL1;
      }
      if (p.most(p.level2) || p.most(p.level1 + p.level2) && role != ColumnRole.VALUE) {
        return ColumnRole.LEVEL2;
      }
    }
    if (p.most(p.nature) && role != ColumnRole.NAME) {
      return ColumnRole.NATURE;
    }
    if (p.most(p.basis) && role != ColumnRole.NAME && role != ColumnRole.VALUE) {
      return ColumnRole.BASIS;
    }
    if (role != ColumnRole.UNKNOWN) {
      return role;
    }
    if (p.sparse()) {
      return ColumnRole.IGNORE; // one stray cell makes no column
    }
    if (p.most(p.comparators) && !roles.contains(ColumnRole.COMPARATOR)) {
      return ColumnRole.COMPARATOR;
    }
    if (p.most(p.units) && !roles.contains(ColumnRole.UNIT)) {
      return ColumnRole.UNIT;
    }
    if (p.most(p.values) && !headerValue) {
      return ColumnRole.VALUE;
    }
    if (p.most(p.sentences)) {
      return roles.contains(ColumnRole.EXPLANATION) ? ColumnRole.SCORING : ColumnRole.EXPLANATION;
    }
    return ColumnRole.IGNORE;
  }

  /**
   * Without a header, the name is the first column of text right of the levels: the one that is
   * neither a figure, a comparator nor a unit.
   */
  private void nameByPosition(List<ColumnRole> roles, List<String> reasons,
      List<RawBlock.Row> body) {
    if (roles.contains(ColumnRole.NAME)) {
      return;
    }
    int lastLevel = -1;
    for (int i = 0; i < roles.size(); i++) {
      ColumnRole r = roles.get(i);
      if (r == ColumnRole.LEVEL1 || r == ColumnRole.LEVEL2) {
        lastLevel = i;
      }
    }
    for (int i = lastLevel + 1; i < roles.size(); i++) {
      ColumnRole r = roles.get(i);
      if (r == ColumnRole.EXPLANATION || r == ColumnRole.SCORING || r == ColumnRole.IGNORE
          && new Profile(body, i, false).filled > 0) {
        roles.set(i, ColumnRole.NAME);
        reasons.set(i, "content:name (first text column right of the levels)");
        return;
      }
    }
  }

  /** Of several name columns, the exact header (三级指标) keeps the name; others explain it. */
  private static void oneName(List<ColumnRole> roles, List<String> reasons, TableHeader header) {
    int keep = -1;
    for (int i = 0; i < roles.size(); i++) {
      if (roles.get(i) != ColumnRole.NAME) {
        continue;
      }
      boolean exact = header.reasons().get(i).startsWith("header:");
      if (keep < 0 || exact && !header.reasons().get(keep).startsWith("header:")) {
        keep = i;
      }
    }
    for (int i = 0; i < roles.size(); i++) {
      if (roles.get(i) == ColumnRole.NAME && i != keep) {
        roles.set(i, ColumnRole.EXPLANATION);
        reasons.set(i, "second-name:" + header.label(i));
      }
    }
  }

  /**
   * Target sub-columns of which only the history one is filled (the page put each row's one
   * figure under the first sub-column): the figures are the targets.
   */
  private static void targetsInHistory(List<ColumnRole> roles, List<String> reasons,
      List<RawBlock.Row> body) {
    List<Integer> valueCols = new ArrayList<>();
    List<Integer> historyCols = new ArrayList<>();
    for (int i = 0; i < roles.size(); i++) {
      if (roles.get(i) == ColumnRole.VALUE) {
        valueCols.add(i);
      } else if (roles.get(i) == ColumnRole.HISTORY) {
        historyCols.add(i);
      }
    }
    if (valueCols.isEmpty() || historyCols.size() != 1 || anyFilled(body, valueCols)
        || !anyFilled(body, historyCols)) {
      return;
    }
    int h = historyCols.get(0);
    roles.set(h, ColumnRole.VALUE);
    reasons.set(h, "content:value (only filled target sub-column)");
    for (int v : valueCols) {
      roles.set(v, ColumnRole.IGNORE);
    }
  }

  private static boolean anyFilled(List<RawBlock.Row> body, List<Integer> cols) {
    for (RawBlock.Row r : body) {
      for (int c : cols) {
        if (!TextNormalizer.isBlank(r.text(c))) {
          return true;
        }
      }
    }
    return false;
  }
}
