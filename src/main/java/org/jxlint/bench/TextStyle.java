package org.jxlint.bench;

import org.jxlint.ingest.layout.TextLayout;

/**
 * How a family's text keeps cells apart (the three layouts {@link TextLayout} tells apart): tabs,
 * one cell per line, or runs of spaces; the benchmark writes a whole document in its family's.
 */
enum TextStyle {
  TABS, CELL_PER_LINE, SPACES;

  /** The style of a text, as the reader will see it. */
  static TextStyle of(String text) {
    return switch (TextLayout.read(text).layout()) {
      case TextLayout.CELL_PER_LINE -> CELL_PER_LINE;
      case TextLayout.SPACE_COLUMNS -> SPACES;
      default -> TABS;
    };
  }

  /** Whether a repeated 一级 label is left blank under the first (spaces cannot say a cell is empty). */
  boolean mergesLabels() {
    return this != SPACES;
  }

  void paragraph(StringBuilder b, String text) {
    if (this == CELL_PER_LINE) {
      b.append('\n').append(text).append("\n\n");
    } else {
      b.append(text).append('\n');
    }
  }

  void row(StringBuilder b, String... cells) {
    switch (this) {
      case TABS -> b.append(String.join("\t", cells)).append('\n');
      case CELL_PER_LINE -> {
        for (String c : cells) {
          b.append('\t').append(c).append('\n');
        }
        b.append('\n');
      }
      default -> {
        for (int i = 0; i < cells.length; i++) {
          b.append(i == 0 ? "" : "    ").append(cells[i].isEmpty() ? "—" : cells[i]);
        }
        b.append('\n');
      }
    }
  }
}
