package org.jxlint.bench;

import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A fixture's text with its small numbers changed, so that copies of one family are not the same file. */
final class Perturb {

  /** Runs of one to three digits that are not part of a longer number (years and codes stay). */
  private static final Pattern SMALL = Pattern.compile("(?<![0-9.])[1-9][0-9]{0,2}(?![0-9月日号])");

  private Perturb() {}

  static String numbers(String text, Random random) {
    Matcher m = SMALL.matcher(text);
    StringBuilder out = new StringBuilder(text.length() + 16);
    while (m.find()) {
      String n = m.group();
      int low = (int) Math.pow(10, n.length() - 1);
      m.appendReplacement(out, String.valueOf(low + random.nextInt(low * 9)));
    }
    m.appendTail(out);
    return out.toString();
  }
}
