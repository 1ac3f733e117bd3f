package org.jxlint.ingest.layout;

import java.util.List;

/**
 * A file read into paragraphs and rows.
 *
 * @param layout the form the reader recognised (for example {@code text-tab-rows}); reports name it
 */
public record RawDocument(String layout, List<RawBlock> blocks) {
  public RawDocument {
    blocks = List.copyOf(blocks);
  }
}
