package org.jxlint.model;

/** The cells of an indicator row; {@link #key()} is the name used in JSON and reports. */
public enum IndicatorField {
  LEVEL1("level1"),
  LEVEL2("level2"),
  NAME("name"),
  COMPARATOR("comparator"),
  VALUE("value"),
  UNIT("unit"),
  EXPLANATION("explanation"),
  SCORING("scoring"),
  BASIS("basis"),
  REMARK("remark"),
  HISTORY("history");

  private final String key;

  IndicatorField(String key) {
    this.key = key;
  }

  /** The field named by {@link #key()}, or null. */
  public static IndicatorField fromKey(String key) {
    for (IndicatorField f : values()) {
      if (f.key.equals(key)) {
        return f;
      }
    }
    return null;
  }

  public String key() {
    return key;
  }
}
