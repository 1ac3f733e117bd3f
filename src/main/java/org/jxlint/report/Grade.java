package org.jxlint.report;

/**
 * A file's quality grade from its active findings, weighted 10 per error, 3 per warning and 1 per
 * note: A up to 3 points, B up to 12, C up to 40, D beyond; a file with an error is C at best.
 *
 * @param letter A, B, C or D
 * @param points the weighted sum
 */
public record Grade(String letter, long points) {

  public static final int ERROR_WEIGHT = 10;
  public static final int WARNING_WEIGHT = 3;

  public static Grade of(long errors, long warnings, long infos) {
    long points = errors * ERROR_WEIGHT + warnings * WARNING_WEIGHT + infos;
    String letter = points <= 3 ? "A" : points <= 12 ? "B" : points <= 40 ? "C" : "D";
    if (errors > 0 && letter.compareTo("C") < 0) {
      letter = "C";
    }
    return new Grade(letter, points);
  }
}
