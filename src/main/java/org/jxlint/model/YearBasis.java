package org.jxlint.model;

/** Where the budget year of a submission was taken from, so a report can say which year it assumed and why. */
public enum YearBasis {
  /** Written as the year field of a canonical JSON file. */
  DECLARED("declared"),
  /** The title or a heading: 2026 年度, （2021年度）. */
  TITLE("title"),
  /** The project period, when it lies within one year (2022年1月-2022年3月). */
  PERIOD("period"),
  /** The year after the latest 近两年 fund column. */
  FUND_YEARS("fund-years"),
  /** The year most often named in goals and indicators. */
  CONTENT("content"),
  /** The filing date (from July on, the next year). */
  FILING_DATE("filing-date"),
  /** The publishing or signing date of the page or notice (from November on, the next year). */
  PUBLISHED("published");

  private final String key;

  YearBasis(String key) {
    this.key = key;
  }

  public String key() {
    return key;
  }

  public static YearBasis fromKey(String key) {
    for (YearBasis b : values()) {
      if (b.key.equals(key)) {
        return b;
      }
    }
    return null;
  }
}
