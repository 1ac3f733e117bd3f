package org.jxlint.ingest.layout;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jxlint.model.SourceLocation;
import org.jxlint.model.YearBasis;
import org.jxlint.text.DateText;
import org.jxlint.text.TextNormalizer;

/**
 * The budget year and where it comes from, strongest first: the title (2024年项目绩效目标表,
 * （2020年度）), the project period when it lies within one year, the 近两年 fund columns, the years
 * named in goals and indicators, then in the other text, the filing date, the publishing date.
 */
final class YearCandidates {

  private static final Pattern DATE = Pattern.compile(
      "((?:19|20)\\d{2})\\s*[年.\\-/]\\s*(\\d{1,2})\\s*[月.\\-/]\\s*(\\d{1,2})\\s*日?");
  private static final Pattern BARE_YEAR = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})(?!\\d)");
  /** A line holding only the year: （2020年度）, 2026 年度, (2020)年度, (2021年). */
  private static final Pattern YEAR_LINE = Pattern.compile(
      "^[(（]?((?:19|20)\\d{2})[)）]?年度?[)）]?$");
  /** A year in a title: 2024年项目…, 2023年度…, not 上年 or a date (2022年1月). */
  private static final Pattern TITLE_YEAR = Pattern.compile(
      "(?<![上下本当去明前\\d])((?:19|20)\\d{2})年(?!\\d{1,2}月)");

  private Integer titleYear;
  private SourceLocation titleAt;
  private Integer periodYear;
  private LocalDate published;
  private final Map<Integer, Integer> textYears = new LinkedHashMap<>();

  /** A line that may be a title or the year line under it. */
  void titleLine(String compact, boolean titleLike, SourceLocation at) {
    if (titleYear != null) {
      return;
    }
    Matcher line = YEAR_LINE.matcher(compact);
    Matcher inTitle = TITLE_YEAR.matcher(compact);
    if (line.matches()) {
      titleYear = Integer.parseInt(line.group(1));
    } else if (titleLike && inTitle.find()) {
      titleYear = Integer.parseInt(inTitle.group(1));
    } else {
      return;
    }
    titleAt = at;
  }

  /** A project period: it gives the year when all its years are the same. */
  void period(String value) {
    if (value == null || periodYear != null) {
      return;
    }
    Matcher m = BARE_YEAR.matcher(TextNormalizer.compact(value));
    Integer only = null;
    while (m.find()) {
      int y = Integer.parseInt(m.group(1));
      if (only != null && only != y) {
        return;
      }
      only = y;
    }
    periodYear = only;
  }

  /**
   * A line with a date: a publishing or signing date when it leads the line or follows one of the
   * {@code labels} (发布时间：…); true when the line holds the date alone (a signature's date).
   */
  boolean dateLine(String compact, List<String> labels) {
    Matcher date = DATE.matcher(compact);
    if (!date.find()) {
      return false;
    }
    if (date.start() == 0 || labelBefore(compact.substring(0, date.start()), labels)) {
      toDate(date).ifPresent(d -> published = published == null ? d : published);
    }
    return date.start() == 0 && date.end() >= compact.length() - 1;
  }

  /** The first date in a text (2025年11月17日, 2023.12.19, 2023-01-01). */
  static java.util.Optional<LocalDate> firstDate(String text) {
    Matcher m = DATE.matcher(TextNormalizer.compact(text));
    return m.find() ? toDate(m) : java.util.Optional.empty();
  }

  /** Whether the text ends with a label standing as a word of its own (时间：, not 上传时间：). */
  private static boolean labelBefore(String before, List<String> labels) {
    String b = before.replaceAll("[:：]$", "");
    for (String l : labels) {
      if (b.endsWith(l)) {
        int s = b.length() - l.length();
        if (s == 0 || Character.UnicodeScript.of(b.charAt(s - 1)) != Character.UnicodeScript.HAN) {
          return true;
        }
      }
    }
    return false;
  }

  private static java.util.Optional<LocalDate> toDate(Matcher m) {
    return DateText.parse(m.group(1) + "-" + m.group(2) + "-" + m.group(3));
  }

  /** Text outside goals and indicators, whose years count when those name none; dates aside. */
  void text(String text) {
    count(DATE.matcher(TextNormalizer.compact(text)).replaceAll(""), textYears);
  }

  Integer titleYear() {
    return titleYear;
  }

  SourceLocation titleAt() {
    return titleAt;
  }

  /**
   * The year and its basis; {@code content} holds the goal and indicator texts, {@code latestFund}
   * the latest 近两年 fund column.
   */
  Result resolve(Integer latestFund, List<String> content, LocalDate filing) {
    if (titleYear != null) {
      return new Result(titleYear, YearBasis.TITLE);
    }
    if (periodYear != null) {
      return new Result(periodYear, YearBasis.PERIOD);
    }
    if (latestFund != null) {
      return new Result(latestFund + 1, YearBasis.FUND_YEARS);
    }
    Map<Integer, Integer> counts = new LinkedHashMap<>();
    content.forEach(t -> count(t, counts));
    Integer best = mostNamed(counts);
    if (best == null) {
      best = mostNamed(textYears);
    }
    if (best != null) {
      return new Result(best, YearBasis.CONTENT);
    }
    if (filing != null) {
      // From July on a form is filed for the next year's budget.
      return new Result(filing.getMonthValue() >= 7 ? filing.getYear() + 1 : filing.getYear(),
          YearBasis.FILING_DATE);
    }
    if (published != null) {
      // Targets are published once the budget is approved, early in its year.
      return new Result(published.getMonthValue() >= 11 ? published.getYear() + 1
          : published.getYear(), YearBasis.PUBLISHED);
    }
    return new Result(null, null);
  }

  private static Integer mostNamed(Map<Integer, Integer> counts) {
    Integer best = null;
    for (Map.Entry<Integer, Integer> e : counts.entrySet()) {
      if (best == null || e.getValue() > counts.get(best)
          || (e.getValue().equals(counts.get(best)) && e.getKey() > best)) {
        best = e.getKey();
      }
    }
    return best;
  }

  private static void count(String text, Map<Integer, Integer> counts) {
    if (text == null) {
      return;
    }
    Matcher m = org.jxlint.text.DateText.YEAR_NIAN.matcher(TextNormalizer.compact(text));
    while (m.find()) {
      counts.merge(Integer.parseInt(m.group(1)), 1, Integer::sum);
    }
  }

  /** A year and where it came from; both null when nothing names one. */
  record Result(Integer year, YearBasis basis) {}
}
