package org.jxlint.model;

import java.util.List;

/**
 * One indicator table of a submission.
 *
 * @param index 1-based number of the table in its document
 * @param project the name of the project it belongs to; null for a department's own table
 * @param columns how each column was read (for {@code jxlint parse --explain}); empty when the
 *     table came as canonical JSON
 */
public record IndicatorTable(
    int index,
    Scope scope,
    String project,
    String title,
    List<Indicator> indicators,
    SourceLocation location,
    List<TableColumn> columns) implements java.io.Serializable {

  /** A table with no record of how its columns were read. */
  public IndicatorTable(int index, Scope scope, String project, String title,
      List<Indicator> indicators, SourceLocation location) {
    this(index, scope, project, title, indicators, location, List.of());
  }

  public IndicatorTable {
    columns = List.copyOf(columns == null ? List.of() : columns);
    indicators = List.copyOf(indicators == null ? List.of() : indicators);
    location = location == null ? SourceLocation.NONE : location;
    scope = scope == null ? Scope.ANNUAL : scope;
  }
}
