package org.jxlint.ingest.layout;

import java.util.List;
import java.util.Optional;
import org.jxlint.config.LabelSet;
import org.jxlint.config.LayoutLexicon;

/** The labels of a project's header fields (lint-rules/layout.yml {@code project}). */
final class ProjectFields {

  /**
   * The fields in the order a label is tried: the more specific spellings first (“其中：财政资金”
   * before a bare total), schedule last because it is read as a whole row.
   */
  static final List<String> FIELDS = List.of("name", "code", "category", "fiscal", "other",
      "total", "annual", "purpose", "goal", "period", "schedule");

  /** The label sets of {@link #FIELDS}, in order. */
  private final List<LabelSet> sets;

  ProjectFields(LayoutLexicon layout) {
    this.sets = FIELDS.stream().map(layout::project).toList();
  }

  /** The field a label names, if it is one. */
  Optional<String> key(String text) {
    for (int i = 0; i < sets.size(); i++) {
      if (sets.get(i).startsWith(text)) {
        return Optional.of(FIELDS.get(i));
      }
    }
    return Optional.empty();
  }

  /** Whether the text begins with any project label. */
  boolean any(String text) {
    return key(text).isPresent();
  }

  /** Whether the cell is exactly one label, its own colon included (“其中：财政资金”). */
  boolean exact(String text) {
    return LabelSet.anyIs(sets, text);
  }
}
