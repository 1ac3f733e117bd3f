package org.jxlint.ingest.layout;

import java.util.ArrayList;
import java.util.List;
import org.jxlint.model.Scope;

/**
 * The header of one indicator table: a role for every column, the header text of each column (for
 * history and target columns), the scope each target column names, how many rows the header took,
 * and why each role was given (for {@code jxlint parse --explain}). In a {@code tree} the levels
 * and names share the first column, and the rows above the first level are context (unit, project).
 */
record TableHeader(List<ColumnRole> roles, List<String> labels, List<Scope> scopes, int rows,
    boolean longTerm, List<String> reasons, boolean tree) {

  TableHeader {
    roles = List.copyOf(roles);
    labels = List.copyOf(labels);
    scopes = java.util.Collections.unmodifiableList(new ArrayList<>(scopes));
    reasons = List.copyOf(reasons);
  }

  int width() {
    return roles.size();
  }

  ColumnRole role(int column) {
    return column >= 0 && column < roles.size() ? roles.get(column) : ColumnRole.UNKNOWN;
  }

  String label(int column) {
    return column >= 0 && column < labels.size() ? labels.get(column) : "";
  }

  /** The column of the 三级 name, or the first column right of the level columns. */
  int nameColumn() {
    int name = roles.indexOf(ColumnRole.NAME);
    if (name >= 0) {
      return name;
    }
    int last = -1;
    for (int i = 0; i < roles.size(); i++) {
      ColumnRole r = roles.get(i);
      if (r == ColumnRole.LEVEL1 || r == ColumnRole.LEVEL2 || r == ColumnRole.GROUP) {
        last = i;
      }
    }
    return last + 1;
  }

  /** The target columns, left to right. */
  List<Integer> valueColumns() {
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < roles.size(); i++) {
      if (roles.get(i) == ColumnRole.VALUE) {
        out.add(i);
      }
    }
    return out;
  }

  /** The scope of a target column: the one its header names, else the table's. */
  Scope scope(int column) {
    Scope s = column >= 0 && column < scopes.size() ? scopes.get(column) : null;
    return s != null ? s : longTerm ? Scope.LONG_TERM : Scope.ANNUAL;
  }

  /** This header with only one of its target columns kept as the target, the others skipped. */
  TableHeader forTarget(int valueColumn) {
    List<ColumnRole> r = new ArrayList<>(roles);
    for (int i = 0; i < r.size(); i++) {
      if (r.get(i) == ColumnRole.VALUE && i != valueColumn) {
        r.set(i, ColumnRole.IGNORE);
      }
    }
    return new TableHeader(r, labels, scopes, rows, longTerm, reasons, tree);
  }

  /** How each column was read, for the model (and {@code jxlint parse --explain}). */
  List<org.jxlint.model.TableColumn> columns() {
    List<org.jxlint.model.TableColumn> out = new ArrayList<>();
    for (int c = 0; c < roles.size(); c++) {
      String reason = c < reasons.size() ? reasons.get(c) : "";
      int colon = reason.indexOf(':');
      String basis = colon < 0 ? reason : reason.substring(0, colon);
      out.add(new org.jxlint.model.TableColumn(c + 1, label(c),
          roles.get(c).name().toLowerCase(java.util.Locale.ROOT), basis.isEmpty() ? "blank" : basis));
    }
    return out;
  }

  TableHeader withRoles(List<ColumnRole> newRoles, List<String> newReasons) {
    return new TableHeader(newRoles, labels, scopes, rows, longTerm, newReasons, tree);
  }
}
