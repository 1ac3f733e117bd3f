package org.jxlint.model;

/** What a target value cell holds once parsed. */
public enum ValueKind {
  /** Nothing, or only a placeholder such as “/” or “——”. */
  EMPTY,
  /** A single number, perhaps with a comparator and unit: ≥95%, 2万元. */
  NUMBER,
  /** Two numbers: 1-2次, 88～100分. */
  RANGE,
  /** A date or deadline: 2026年12月31日前, 12月底前. */
  DATE,
  /** A period between two dates: 2023.07-2024.01. */
  PERIOD,
  /** A bare year: 2025年. */
  YEAR,
  /** Yes or no: 是, 否, 有, 无. */
  BOOLEAN,
  /** Words without a number: 效果明显, 好. */
  QUALITATIVE
}
