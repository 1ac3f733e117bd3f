package org.jxlint.model;

import java.util.List;

/**
 * One indicator table of a submission.
 *
 * @param index 1-based number of the table in its document
 * @param project the name of the project it belongs to; null for a department's own table
 */
public record IndicatorTable(
    int index,
    Scope scope,
    String project,
    String title,
    List<Indicator> indicators,
    SourceLocation location) implements java.io.Serializable {

  public IndicatorTable {
    indicators = List.copyOf(indicators == null ? List.of() : indicators);
    location = location == null ? SourceLocation.NONE : location;
    scope = scope == null ? Scope.ANNUAL : scope;
  }
}
