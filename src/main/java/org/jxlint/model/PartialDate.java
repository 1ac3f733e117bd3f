package org.jxlint.model;

/**
 * A date as precise as the cell wrote it: 2026年 (year only), 12月底 (month only), 2026年12月31日.
 * {@code endOfPeriod} is set for 月底/年底/年末, where the last day is meant but not written.
 */
public record PartialDate(Integer year, Integer month, Integer day, boolean endOfPeriod) implements java.io.Serializable {

  public static PartialDate ofYear(int year) {
    return new PartialDate(year, null, null, false);
  }

  public static PartialDate of(Integer year, Integer month, Integer day) {
    return new PartialDate(year, month, day, false);
  }
}
