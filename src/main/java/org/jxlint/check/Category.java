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
  /** jxlint's own uncertainty in reading a file, not a defect of the submission. */
  READING,
  INTERNAL;

  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }
}
