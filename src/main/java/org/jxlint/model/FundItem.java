package org.jxlint.model;

import java.util.List;
import java.util.Map;

/**
 * One labelled line of a fund composition (收入构成, 支出构成, 资金总额, 基本支出 …) with its share
 * and the amounts of earlier years, and the lines it is made of.
 */
public record FundItem(
    String label,
    Amount amount,
    Amount share,
    Map<String, Amount> years,
    List<FundItem> children,
    SourceLocation location) implements java.io.Serializable {

  public FundItem {
    years = years == null ? Map.of() : java.util.Collections.unmodifiableMap(
        new java.util.LinkedHashMap<>(years));
    children = List.copyOf(children == null ? List.of() : children);
    location = location == null ? SourceLocation.NONE : location;
  }
}
