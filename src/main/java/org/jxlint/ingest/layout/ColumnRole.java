package org.jxlint.ingest.layout;

/**
 * What a column of an indicator table holds. {@link #SCORE} (分值、权重) and {@link #NATURE} (正向/反向)
 * are known columns that carry nothing of the target; {@link #GROUP} holds a group caption or the
 * 一级 names; {@link #UNKNOWN} is a header nobody recognised, decided later from the content.
 */
enum ColumnRole {
  GROUP, LEVEL1, LEVEL2, NAME, COMPARATOR, VALUE, UNIT, EXPLANATION, SCORING, BASIS, REMARK,
  HISTORY, SCORE, NATURE, IGNORE, UNKNOWN;

  /** The role a {@code columns.yml} key names, or null. */
  static ColumnRole fromKey(String key) {
    for (ColumnRole r : values()) {
      if (r.name().equalsIgnoreCase(key.replace("-", ""))) {
        return r;
      }
    }
    return null;
  }

  /** Whether the column's cells are stored in the indicator (not levels, not skipped). */
  boolean content() {
    return this != GROUP && this != LEVEL1 && this != LEVEL2 && this != SCORE && this != NATURE
        && this != IGNORE && this != UNKNOWN;
  }
}
