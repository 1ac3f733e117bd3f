package org.jxlint.text;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a full date as forms write it: 2025-12-14, 2025.12.14, 2025 年 11 月 17 日, 2025/1/5. */
public final class DateText {

  /** A year as budget documents write it (19xx, 20xx), to build patterns with. */
  public static final String YEAR = "(?:19|20)\\d{2}";
  /** A year followed by 年 (2026年, 2026 年): the year is group 1. */
  public static final Pattern YEAR_NIAN = Pattern.compile("(" + YEAR + ")\\s*年");

  private static final Pattern DATE = Pattern.compile(
      "^(" + YEAR + ")[年.\\-/](\\d{1,2})[月.\\-/](\\d{1,2})日?$");

  private DateText() {}

  public static Optional<LocalDate> parse(String text) {
    Matcher m = DATE.matcher(TextNormalizer.compact(text));
    if (!m.matches()) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
          Integer.parseInt(m.group(3))));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }
}
