package org.jxlint.model;

/** The normalised comparator of a target: the direction in which the target must be met. */
public enum Comparator {
  GE("≥"),
  GT(">"),
  LE("≤"),
  LT("<"),
  EQ("="),
  /** 定性: a qualitative target, judged by grades rather than a number. */
  QUALITATIVE("定性");

  private final String symbol;

  Comparator(String symbol) {
    this.symbol = symbol;
  }

  public String symbol() {
    return symbol;
  }

  public boolean isQuantitative() {
    return this != QUALITATIVE;
  }
}
