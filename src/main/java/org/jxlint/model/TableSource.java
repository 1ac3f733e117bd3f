package org.jxlint.model;

/** Where an indicator table was read from; {@link #key()} is its name in JSON. */
public enum TableSource {
  /** Rows of a table in the document. */
  TABLE("table"),
  /** Sentences and paragraphs that name indicators and their targets in prose. */
  PROSE("prose");

  private final String key;

  TableSource(String key) {
    this.key = key;
  }

  public String key() {
    return key;
  }

  /** The source named by {@code key}; null for anything else. */
  public static TableSource fromKey(String key) {
    for (TableSource s : values()) {
      if (s.key.equals(key)) {
        return s;
      }
    }
    return null;
  }
}
