package org.jxlint.check;

import java.util.Locale;

/** The kind of defect a rule finds; rules are grouped by it in {@code jxlint rules}. */
public enum Category {
  COMPLETENESS,
  MEASURABILITY,
  DIMENSION,
  DUPLICATION,
  ARITHMETIC,
  TIME,
  CONSISTENCY,
  INTERNAL;

  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }
}
