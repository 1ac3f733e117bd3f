package org.jxlint.model;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * One indicator row: 一级 › 二级 › 三级 with its target and the columns beside it. Text fields hold
 * the cell exactly as written (after merged cells were carried down); {@link #target()} is its parsed
 * meaning.
 *
 * @param evidence for a row read from prose, the sentence it was read from; null for a table row
 */
public record Indicator(
    String level1,
    String level2,
    String name,
    String comparator,
    String value,
    String unit,
    String explanation,
    String scoring,
    String basis,
    String remark,
    List<HistoryValue> history,
    TargetValue target,
    SourceLocation location,
    Map<IndicatorField, SourceLocation> cells,
    String evidence) implements java.io.Serializable {

  public Indicator {
    history = List.copyOf(history == null ? List.of() : history);
    cells = cells == null || cells.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(cells));
    location = location == null ? SourceLocation.NONE : location;
  }

  /** A row read from a table: no sentence of evidence. */
  public Indicator(String level1, String level2, String name, String comparator, String value,
      String unit, String explanation, String scoring, String basis, String remark,
      List<HistoryValue> history, TargetValue target, SourceLocation location,
      Map<IndicatorField, SourceLocation> cells) {
    this(level1, level2, name, comparator, value, unit, explanation, scoring, basis, remark,
        history, target, location, cells, null);
  }

  /** The text of one field as written; history is not a single text and yields null. */
  public String text(IndicatorField field) {
    return switch (field) {
      case LEVEL1 -> level1;
      case LEVEL2 -> level2;
      case NAME -> name;
      case COMPARATOR -> comparator;
      case VALUE -> value;
      case UNIT -> unit;
      case EXPLANATION -> explanation;
      case SCORING -> scoring;
      case BASIS -> basis;
      case REMARK -> remark;
      case HISTORY -> null;
    };
  }

  /** Where one cell of this row stands; the row's location when the cell's own is not known. */
  public SourceLocation locationOf(IndicatorField field) {
    SourceLocation cell = cells.get(field);
    return cell != null ? cell : location;
  }

  /** 一级 › 二级 › 三级, leaving out levels that are blank. */
  public List<String> path() {
    List<String> path = new ArrayList<>(3);
    for (String level : new String[] {level1, level2, name}) {
      if (level != null && !level.isBlank()) {
        path.add(level.strip());
      }
    }
    return List.copyOf(path);
  }
}
