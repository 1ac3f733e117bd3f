package org.jxlint.ingest.layout;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jxlint.config.ColumnLexicon;
import org.jxlint.config.LabelSet;
import org.jxlint.config.LayoutLexicon;
import org.jxlint.model.IndicatorField;
import org.jxlint.model.Scope;
import org.jxlint.nlp.Scripts;
import org.jxlint.text.TextMemo;

/**
 * Reads one header cell of an indicator table: the column's role from the exact spellings of
 * {@code columns.yml}, else the same spelling with its bracketed decorations removed (“二级指标（长期）”,
 * “指标值(含单位)”), else the keywords inside it (“三级指标内容”, “区域目标值”); a year in the header is
 * read against the budget year (“2025年实际值” is history in a 2026 table, “2026年指标值” the target).
 */
final class HeaderLabels {

  /** A header cell read: its role, whether an exact spelling gave it, and the scope it names. */
  record Reading(ColumnRole role, boolean exact, Scope scope) {
    static final Reading NONE = new Reading(ColumnRole.UNKNOWN, false, null);
  }

  /** A bracketed note inside a label: “（长期）”, “(必填)”, “【注】”. */
  static final Pattern BRACKETS = Pattern.compile("[（(【\\[][^（()）】\\]]*[)）】\\]]");
  private static final Pattern YEAR = Pattern.compile("((?:19|20)\\d{2})");
  private static final Pattern SHORT_YEAR = Pattern.compile("^((?:19|20)\\d{2})年?度?.{0,4}$");
  private static final int MEMO_LIMIT = 4096;

  private final LayoutLexicon layout;
  private final ColumnLexicon words;
  /** Readings by budget year (0 when unknown) and cell text as written. */
  private final Map<Integer, TextMemo<Reading>> memos = new ConcurrentHashMap<>();

  HeaderLabels(LayoutLexicon layout, ColumnLexicon words) {
    this.layout = layout;
    this.words = words;
  }

  /** The reading of a header cell in a table of the given budget year (null when unknown). */
  Reading read(String cell, Integer budgetYear) {
    return memos.computeIfAbsent(budgetYear == null ? 0 : budgetYear,
        y -> new TextMemo<>(MEMO_LIMIT)).get(cell, c -> {
          String key = Scripts.simplified(LabelSet.key(c));
          return key.isEmpty() ? Reading.NONE : readKey(key, budgetYear);
        });
  }

  private Reading readKey(String key, Integer budgetYear) {
    Scope scope = scope(key, budgetYear);
    ColumnRole exact = exact(key);
    if (exact != null) {
      return new Reading(exact, true, scope);
    }
    String stripped = BRACKETS.matcher(key).replaceAll("");
    if (!stripped.isEmpty() && !stripped.equals(key)) {
      ColumnRole bare = exact(stripped);
      if (bare != null && bare != ColumnRole.HISTORY) {
        return new Reading(yearRole(bare, key, budgetYear), true, scope);
      }
    }
    ColumnRole role = keyword(key);
    if (role == null) {
      role = SHORT_YEAR.matcher(key).matches() ? ColumnRole.HISTORY : ColumnRole.UNKNOWN;
    }
    return new Reading(yearRole(role, key, budgetYear), false, scope);
  }

  /** A target header naming a year before the budget year is history; the budget year is a target. */
  private static ColumnRole yearRole(ColumnRole role, String key, Integer budgetYear) {
    if (budgetYear == null || (role != ColumnRole.VALUE && role != ColumnRole.HISTORY)) {
      return role;
    }
    Matcher m = YEAR.matcher(key);
    if (!m.find()) {
      return role;
    }
    int year = Integer.parseInt(m.group(1));
    if (year < budgetYear) {
      return ColumnRole.HISTORY;
    }
    return role == ColumnRole.HISTORY && !key.contains("实际") ? ColumnRole.VALUE : role;
  }

  private ColumnRole exact(String key) {
    for (IndicatorField f : IndicatorField.values()) {
      if (layout.columns().get(f).is(key)) {
        return ColumnRole.valueOf(f.name());
      }
    }
    if (layout.groupColumns().is(key)) {
      return ColumnRole.GROUP;
    }
    if (layout.ignoredColumns().is(key)) {
      return ColumnRole.IGNORE;
    }
    return null;
  }

  private ColumnRole keyword(String key) {
    for (ColumnLexicon.Keyword k : words.keywords()) {
      for (String w : k.words()) {
        if (key.contains(w)) {
          return ColumnRole.fromKey(k.role());
        }
      }
    }
    return null;
  }

  private Scope scope(String key, Integer budgetYear) {
    for (String w : words.longTerm()) {
      if (key.contains(w)) {
        return Scope.LONG_TERM;
      }
    }
    for (String w : words.annual()) {
      if (key.contains(w)) {
        return Scope.ANNUAL;
      }
    }
    Matcher m = YEAR.matcher(key);
    if (budgetYear != null && m.find() && Integer.parseInt(m.group(1)) == budgetYear) {
      return Scope.ANNUAL;
    }
    return null;
  }
}
