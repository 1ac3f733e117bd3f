package org.jxlint.model;

import java.util.List;

/**
 * One indicator table of a submission.
 *
 * @param index 1-based number of the table in its document
 * @param project the name of the project it belongs to; null for a department's own table
 * @param from whether the rows stood in a table or were read from prose
 * @param columns how each column was read (for {@code jxlint parse --explain}); empty when the
 *     table came as canonical JSON or from prose
 */
public record IndicatorTable(
    int index,
    Scope scope,
    String project,
    String title,
    List<Indicator> indicators,
    SourceLocation location,
    TableSource from,
    List<TableColumn> columns) implements java.io.Serializable {

  public IndicatorTable {
    columns = List.copyOf(columns == null ? List.of() : columns);
    indicators = List.copyOf(indicators == null ? List.of() : indicators);
    location = location == null ? SourceLocation.NONE : location;
    scope = scope == null ? Scope.ANNUAL : scope;
    from = from == null ? TableSource.TABLE : from;
  }

  /** A table read from a table in the document. */
  public IndicatorTable(int index, Scope scope, String project, String title,
      List<Indicator> indicators, SourceLocation location) {
    this(index, scope, project, title, indicators, location, TableSource.TABLE, List.of());
  }

  /** A table read from the given source, with no record of how its columns were read. */
  public IndicatorTable(int index, Scope scope, String project, String title,
      List<Indicator> indicators, SourceLocation location, TableSource from) {
    this(index, scope, project, title, indicators, location, from, List.of());
  }

  /** A table read from a table in the document, with how each column was read. */
  public IndicatorTable(int index, Scope scope, String project, String title,
      List<Indicator> indicators, SourceLocation location, List<TableColumn> columns) {
    this(index, scope, project, title, indicators, location, TableSource.TABLE, columns);
  }

  /** Whether the rows were read from sentences rather than from a table. */
  public boolean fromProse() {
    return from == TableSource.PROSE;
  }
}
