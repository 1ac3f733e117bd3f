package org.jxlint.model;

/** Whether an indicator table or goal covers the budget year or the whole project period. */
public enum Scope {
  ANNUAL("annual"),
  LONG_TERM("long-term");

  private final String key;

  Scope(String key) {
    this.key = key;
  }

  public String key() {
    return key;
  }
}
