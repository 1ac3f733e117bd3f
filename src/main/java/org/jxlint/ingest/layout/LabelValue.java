package org.jxlint.ingest.layout;

import org.jxlint.model.SourceLocation;

/**
 * A label's value and where it stands: after its colon in the label's own cell ({@code inline}),
 * else in a cell after it; {@code consumed} counts the cells after the label it used.
 */
final class LabelValue {
  final String text;
  final SourceLocation at;
  int consumed;
  final boolean inline;

  LabelValue(String text, SourceLocation at, int consumed, boolean inline) {
    this.text = text;
    this.at = at;
    this.consumed = consumed;
    this.inline = inline;
  }
}
