package org.jxlint.model;

import java.math.BigDecimal;

/** The money unit a table is labelled with (单位：万元, (元)). */
public enum MoneyUnit {
  YUAN("元", BigDecimal.ONE),
  THOUSAND_YUAN("千元", new BigDecimal(1_000)),
  TEN_THOUSAND_YUAN("万元", new BigDecimal(10_000)),
  HUNDRED_MILLION_YUAN("亿元", new BigDecimal(100_000_000));

  private final String label;
  private final BigDecimal yuan;

  MoneyUnit(String label, BigDecimal yuan) {
    this.label = label;
    this.yuan = yuan;
  }

  public String label() {
    return label;
  }

  /**
   * The labels as regex alternatives, the longest first (亿元|万元|千元|元): every reader and check
   * that finds a money unit in a text writes it with this, so that all know the same units.
   */
  public static final String ALTERNATIVES = alternatives();

  private static String alternatives() {
    java.util.List<String> labels = new java.util.ArrayList<>();
    for (MoneyUnit u : values()) {
      labels.add(u.label);
    }
    labels.sort((a, b) -> b.length() - a.length());
    return String.join("|", labels);
  }

  /** The unit a text ends in (80万元 → 万元), the longest label first. */
  public static java.util.Optional<MoneyUnit> endingOf(String text) {
    MoneyUnit found = null;
    for (MoneyUnit u : values()) {
      if (text.endsWith(u.label) && (found == null || u.label.length() > found.label.length())) {
        found = u;
      }
    }
    return java.util.Optional.ofNullable(found);
  }

  /** The unit a label names (元, 万元 …). */
  public static java.util.Optional<MoneyUnit> fromLabel(String label) {
    for (MoneyUnit u : values()) {
      if (u.label.equals(label)) {
        return java.util.Optional.of(u);
      }
    }
    return java.util.Optional.empty();
  }

  /** How many 元 one of this unit is. */
  public BigDecimal inYuan() {
    return yuan;
  }
}
