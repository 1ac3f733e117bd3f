package org.jxlint.ingest.layout;

import org.jxlint.model.SourceLocation;

/** One cell as a reader found it: its text (artefacts removed, otherwise as written) and place. */
public record RawCell(String text, SourceLocation location) {
  public RawCell {
    text = text == null ? "" : text;
    location = location == null ? SourceLocation.NONE : location;
  }
}
