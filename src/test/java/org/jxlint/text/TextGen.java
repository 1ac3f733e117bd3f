package org.jxlint.text;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import org.quicktheories.core.Gen;

/** Texts for property tests: {@code min} to {@code max} code points drawn from an alphabet. */
final class TextGen {

  private TextGen() {}

  static Gen<String> of(String alphabet, int min, int max) {
    int[] points = alphabet.codePoints().toArray();
    return lists().of(integers().between(0, points.length - 1)).ofSizeBetween(min, max)
        .map(list -> {
          StringBuilder b = new StringBuilder();
          list.forEach(i -> b.appendCodePoint(points[i]));
          return b.toString();
        });
  }
}
