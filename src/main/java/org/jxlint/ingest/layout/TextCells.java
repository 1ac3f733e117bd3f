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
    if (nothingToRemove(text)) {
      return text.strip();
    }
    String s = ARTEFACTS.matcher(text).replaceAll("");
    s = ODD_SPACES.matcher(s).replaceAll(" ");
    return s.replace("\r", "").strip();
  }

  /** Whether no character that an artefact, an odd space or a carriage return begins with occurs. */
  private static boolean nothingToRemove(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '<' || c == '[' || c == '\r' || c == '\u200B' || c == '\uFEFF' || c == '\u00A0'
          || c >= '\u2000' && c <= '\u200A' || c == '\u202F' || c == '\u205F') {
        return false;
      }
    }
    return true;
  }
}
