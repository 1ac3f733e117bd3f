package org.jxlint.model;

/** Fields of a submission's header; {@link #key()} is the name used in JSON and reports. */
public enum MetaField {
  UNIT_NAME("unit"),
  YEAR("year"),
  KIND("kind"),
  FILING_DATE("filingDate"),
  MONEY_UNIT("moneyUnit"),
  TITLE("title");

  private final String key;

  MetaField(String key) {
    this.key = key;
  }

  /** The field named by {@link #key()}, or null. */
  public static MetaField fromKey(String key) {
    for (MetaField f : values()) {
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
