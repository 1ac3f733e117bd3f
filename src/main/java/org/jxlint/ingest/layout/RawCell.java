package org.jxlint.ingest.layout;

import org.jxlint.model.SourceLocation;

/**
 * One cell as a reader found it: its text (exporter artefacts and odd spaces removed, ends trimmed,
 * otherwise as written) and place.
 */
public record RawCell(String text, SourceLocation location) {
  public RawCell {
    text = TextCells.clean(text);
    location = location == null ? SourceLocation.NONE : location;
  }
}
