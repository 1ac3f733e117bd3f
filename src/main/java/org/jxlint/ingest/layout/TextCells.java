package org.jxlint.ingest.layout;

import java.util.regex.Pattern;

/** Removes what exporters leave in cell text that nobody wrote: HTML paragraph tags, bookmarks. */
public final class TextCells {

  private static final Pattern ARTEFACTS = Pattern.compile(
      "</?p>|<br\\s*/?>|\\[bookmark:[^\\]]*\\]|\\u200B|\\uFEFF");
  private static final Pattern ODD_SPACES = Pattern.compile("[\\u00A0\\u2000-\\u200A\\u202F\\u205F]");

  private TextCells() {}

  public static String clean(String text) {
    if (text == null) {
      return "";
    }
    String s = ARTEFACTS.matcher(text).replaceAll("");
    s = ODD_SPACES.matcher(s).replaceAll(" ");
    return s.replace("\r", "").strip();
  }
}
