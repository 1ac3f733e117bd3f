package org.jxlint.text;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jxlint.model.PartialDate;
import org.jxlint.model.TargetValue;
import org.jxlint.model.ValueKind;

/**
 * Reads what a target cell means from the comparator, value and unit cells as people write them:
 * {@code ≥95%}, {@code ≥95百分比}, {@code ＞＝90}, {@code 不低于90%}, {@code 95} beside a {@code %}
 * column, {@code 每年8.9万元}, {@code 2026年12月31日前}, {@code 2023.07-2024.01}, {@code 效果明显}.
 * Thread-safe; vocabulary comes from {@link ValueLexicon}.
 */
public final class TargetValueParser {

  private static final String YEAR = "(" + DateText.YEAR + ")";
  private static final Pattern FULL_DATE =
      Pattern.compile("^" + YEAR + "[年.\\-/](\\d{1,2})[月.\\-/](\\d{1,2})日?$");
  private static final Pattern YEAR_MONTH =
      Pattern.compile("^" + YEAR + "[年.\\-/](\\d{1,2})月?(底|末)?$");
  private static final Pattern DOTTED_NUMBER = Pattern.compile("^\\d{4}\\.\\d{1,2}$");
  private static final Pattern YEAR_END = Pattern.compile("^" + YEAR + "年(?:底|末)$");
  private static final Pattern MONTH_DAY = Pattern.compile("^(\\d{1,2})月(\\d{1,2})日$");
  private static final Pattern MONTH_END = Pattern.compile("^(\\d{1,2})月(底|末|份)$");
  private static final Pattern BARE_YEAR = Pattern.compile("^" + YEAR + "年度?$");
  private static final Pattern SEASON_END = Pattern.compile("^(?:年底|年末)$");
  private static final Pattern PERIOD_SPLIT = Pattern.compile("[-~至到—]+");
  private static final Pattern NUMBER = Pattern.compile(
      "^(百分之)?([+-]?\\d+(?:,\\d{3})*(?:\\.\\d+)?)(?:[-~至到](\\d+(?:,\\d{3})*(?:\\.\\d+)?))?(.*)$");
  private static final Pattern SENTENCE_MARK = Pattern.compile("[,，。;；、:：!！?？()（）\\d]");
  private static final int MAX_UNKNOWN_UNIT_LENGTH = 4;

  private final ValueLexicon lexicon;
  private final Affixes prefixes;
  private final Affixes suffixes;
  private final Affixes qualifiers;
  private final Affixes deadlines;

  public TargetValueParser(ValueLexicon lexicon) {
    this.lexicon = lexicon;
    this.prefixes = new Affixes(lexicon.prefixes().keySet());
    this.suffixes = new Affixes(lexicon.suffixes().keySet());
    this.qualifiers = new Affixes(lexicon.qualifiers());
    this.deadlines = new Affixes(lexicon.deadlineSuffixes());
  }

  /** Parses a value cell alone (comparator and unit written inside it, if anywhere). */
  private static final java.util.regex.Pattern PLAIN_NUMBER =
      java.util.regex.Pattern.compile("\\d+(?:\\.\\d+)?");

  public TargetValue parse(String value) {
    return parse(null, value, null);
  }

  /**
   * Parses one indicator's target. The value's own comparator and unit win over the comparator and
   * unit columns, which fill in what the value leaves out.
   */
  public TargetValue parse(String comparatorCell, String valueCell, String unitCell) {
    String raw = valueCell == null ? "" : valueCell;
    org.jxlint.model.Comparator columnComparator = comparatorFromColumn(comparatorCell);
    String columnUnit = unitFromColumn(unitCell);
    String s = TextNormalizer.compact(raw);
    if (s.isEmpty() || lexicon.emptyValues().contains(s)) {
      return new TargetValue(raw, ValueKind.EMPTY, columnComparator, null, null, unitOrNull(
          columnUnit), columnUnit, null, null, null, null);
    }
    if (lexicon.yesValues().contains(s) || lexicon.noValues().contains(s)) {
      return new TargetValue(raw, ValueKind.BOOLEAN, columnComparator, null, null, null, null,
          null, null, null, lexicon.yesValues().contains(s));
    }

    String body = s;
    String qualifier = qualifiers.prefixOf(body);
    if (qualifier != null) {
      body = body.substring(qualifier.length());
    }
    org.jxlint.model.Comparator comparator = null;
    String prefix = prefixes.prefixOf(body);
    if (prefix != null) {
      comparator = lexicon.prefixes().get(prefix);
      body = body.substring(prefix.length());
    }
    String suffix = suffixes.suffixOf(body);
    if (suffix != null && body.length() > suffix.length()) {
      org.jxlint.model.Comparator suffixComparator = lexicon.suffixes().get(suffix);
      comparator = comparator == null ? suffixComparator : comparator;
      body = body.substring(0, body.length() - suffix.length());
    }

    // A unit column that is no unit of time (万元, %, 人) makes a bare “2030.5” an amount, not
    // May 2030.
    boolean amount = columnUnit != null && PLAIN_NUMBER.matcher(body).matches()
        && !"duration".equals(unitFamily(columnUnit));
    TargetValue dated = amount ? null : parseDate(raw, body, comparator, qualifier);
    if (dated != null) {
      return withColumnComparator(dated, columnComparator);
    }
    TargetValue number = parseNumber(raw, body, comparator, qualifier, columnUnit);
    if (number != null) {
      return withColumnComparator(number, columnComparator);
    }
    return new TargetValue(raw, ValueKind.QUALITATIVE, columnComparator, null, null, null, null,
        null, null, null, null);
  }

  private static TargetValue withColumnComparator(
      TargetValue v, org.jxlint.model.Comparator column) {
    if (v.comparator() != null || column == null) {
      return v;
    }
    return new TargetValue(v.raw(), v.kind(), column, v.number(), v.upper(), v.unit(),
        v.unitAsWritten(), v.start(), v.end(), v.qualifier(), v.yes());
  }

  /** The comparator a 指标值类型 column states, or null for blank, 定量 or anything unknown. */
  public org.jxlint.model.Comparator comparatorFromColumn(String cell) {
    String c = TextNormalizer.compact(cell);
    if (c.isEmpty() || lexicon.neutralColumnWords().contains(c)) {
      return null;
    }
    org.jxlint.model.Comparator word = lexicon.columnWords().get(c);
    if (word != null) {
      return word;
    }
    org.jxlint.model.Comparator prefix = lexicon.prefixes().get(c);
    return prefix != null ? prefix : lexicon.suffixes().get(c);
  }

  /** Whether a 指标值类型 cell says only 定量, which states no direction. */
  public boolean isNeutralColumnWord(String cell) {
    return lexicon.neutralColumnWords().contains(TextNormalizer.compact(cell));
  }

  /** The family of a unit spelling (percent, count, money …), or null for a word in none. */
  public String unitFamily(String unit) {
    return lexicon.familyOf(normalizeUnit(unit));
  }

  /** Normalises a unit spelling (百分比 → %, ㎡ → 平方米); null for a blank cell. */
  public String normalizeUnit(String unit) {
    String u = TextNormalizer.compact(unit);
    if (u.isEmpty()) {
      return null;
    }
    return lexicon.unitAliases().getOrDefault(u, u);
  }

  private String unitFromColumn(String cell) {
    String u = TextNormalizer.compact(cell);
    return u.isEmpty() || lexicon.emptyValues().contains(u) ? null : u;
  }

  private String unitOrNull(String written) {
    return written == null ? null : normalizeUnit(written);
  }

  private TargetValue parseDate(
      String raw, String body, org.jxlint.model.Comparator comparator, String qualifier) {
    String deadline = deadlines.suffixOf(body);
    String core = deadline != null ? body.substring(0, body.length() - deadline.length()) : body;
    if (!mayBeDate(core)) {
      return null;
    }
    PartialDate date = parsePartialDate(core, deadline != null);
    if (date != null) {
      org.jxlint.model.Comparator c = comparator;
      if (c == null && deadline != null) {
        c = org.jxlint.model.Comparator.LE;
      }
      boolean bareYear = date.month() == null && date.day() == null && !date.endOfPeriod();
      ValueKind kind = bareYear ? ValueKind.YEAR : ValueKind.DATE;
      return new TargetValue(raw, kind, c, null, null, null, null, null, date, qualifier, null);
    }
    if (deadline == null) {
      TargetValue period = parsePeriod(raw, body, comparator, qualifier);
      if (period != null) {
        return period;
      }
    }
    return null;
  }

  /**
   * Whether a date or a period can be read from the text at all: every date pattern but 年底/年末
   * begins with a digit and holds 年, 月 or a separator, and a period splits at one; most cells
   * (效果明显, 95%, 300人次) are ruled out here without trying the patterns.
   */
  private static boolean mayBeDate(String core) {
    if (core.isEmpty()) {
      return false;
    }
    char first = core.charAt(0);
    if (first < '0' || first > '9') {
      return core.equals("年底") || core.equals("年末");
    }
    for (int i = 1; i < core.length(); i++) {
      if (DATE_MARKS.indexOf(core.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }

  /** The characters one of the date patterns or {@link #PERIOD_SPLIT} needs after the first digit. */
  private static final String DATE_MARKS = "年月.-/~至到—";

  private static PartialDate parsePartialDate(String s, boolean deadlineWritten) {
    Matcher m = FULL_DATE.matcher(s);
    if (m.matches() && validMonth(m.group(2)) && validDay(m.group(3))) {
      return PartialDate.of(
          Integer.valueOf(m.group(1)), Integer.valueOf(m.group(2)), Integer.valueOf(m.group(3)));
    }
    m = YEAR_MONTH.matcher(s);
    // A bare “1900.1” is a number; “2026.1” in a form is January 2026 (budget years are 20xx).
    if (m.matches() && validMonth(m.group(2))
        && (m.group(1).startsWith("20") || !DOTTED_NUMBER.matcher(s).matches())) {
      return new PartialDate(
          Integer.valueOf(m.group(1)), Integer.valueOf(m.group(2)), null, m.group(3) != null);
    }
    m = YEAR_END.matcher(s);
    if (m.matches()) {
      return new PartialDate(Integer.valueOf(m.group(1)), 12, null, true);
    }
    m = MONTH_DAY.matcher(s);
    if (m.matches() && validMonth(m.group(1)) && validDay(m.group(2))) {
      return PartialDate.of(null, Integer.valueOf(m.group(1)), Integer.valueOf(m.group(2)));
    }
    m = MONTH_END.matcher(s);
    if (m.matches() && validMonth(m.group(1))) {
      return new PartialDate(null, Integer.valueOf(m.group(1)), null, !"份".equals(m.group(2)));
    }
    if (deadlineWritten && s.matches("^\\d{1,2}月$") && validMonth(s.substring(0, s.length() - 1))) {
      return PartialDate.of(null, Integer.valueOf(s.substring(0, s.length() - 1)), null);
    }
    m = BARE_YEAR.matcher(s);
    if (m.matches()) {
      return PartialDate.ofYear(Integer.parseInt(m.group(1)));
    }
    if (SEASON_END.matcher(s).matches()) {
      return new PartialDate(null, 12, null, true);
    }
    return null;
  }

  private static TargetValue parsePeriod(
      String raw, String body, org.jxlint.model.Comparator comparator, String qualifier) {
    String[] parts = PERIOD_SPLIT.split(body, -1);
    if (parts.length != 2) {
      return null;
    }
    String first = parts[0];
    if (first.matches("(19|20)\\d{2}") && parts[1].matches("(19|20)\\d{2}年度?")) {
      first = first + "年"; // 2021-2025年: a span of years, not a range of numbers
    }
    PartialDate start = parsePartialDate(first, false);
    if (start == null || start.year() == null) {
      return null;
    }
    String second = parts[1];
    PartialDate end = parsePartialDate(second, false);
    if (end == null && start.month() != null) {
      // 2026年1月至12月: the end inherits the start's year.
      end = parsePartialDate(start.year() + "年" + second, false);
    }
    if (end == null) {
      return null;
    }
    return new TargetValue(raw, ValueKind.PERIOD, comparator, null, null, null, null, start, end,
        qualifier, null);
  }

  private TargetValue parseNumber(
      String raw, String body, org.jxlint.model.Comparator comparator, String qualifier,
      String columnUnit) {
    char first = body.isEmpty() ? ' ' : body.charAt(0);
    if (!(first >= '0' && first <= '9' || first == '+' || first == '-'
        || body.startsWith("百分之"))) {
      return null; // NUMBER needs a figure, a sign or 百分之 first: a name is not tried
    }
    Matcher m = NUMBER.matcher(body);
    if (!m.matches()) {
      return null;
    }
    BigDecimal number = decimal(m.group(2));
    BigDecimal upper = m.group(3) == null ? null : decimal(m.group(3));
    String unitWritten = m.group(4);
    if (m.group(1) != null) {
      if (!unitWritten.isEmpty()) {
        return null;
      }
      unitWritten = "%";
    }
    if (!unitWritten.isEmpty() && !looksLikeUnit(unitWritten)) {
      return null;
    }
    if (unitWritten.isEmpty()) {
      unitWritten = columnUnit;
    }
    if (upper != null && upper.compareTo(number) < 0) {
      return null; // 88100-style run-togethers and reversed bounds are not ranges
    }
    ValueKind kind = upper == null ? ValueKind.NUMBER : ValueKind.RANGE;
    return new TargetValue(raw, kind, comparator, number, upper, unitOrNull(unitWritten),
        unitWritten, null, null, qualifier, null);
  }

  /** A known unit, or a short word with no digits, punctuation or % in it (件次, 个村居). */
  private boolean looksLikeUnit(String text) {
    if (lexicon.unitAliases().containsKey(text) || lexicon.familyOf(text) != null) {
      return true;
    }
    return text.length() <= MAX_UNKNOWN_UNIT_LENGTH && !text.contains("%")
        && !SENTENCE_MARK.matcher(text).find();
  }

  private static BigDecimal decimal(String digits) {
    return new BigDecimal(digits.replace(",", ""));
  }

  private static boolean validMonth(String month) {
    int m = Integer.parseInt(month);
    return m >= 1 && m <= 12;
  }

  private static boolean validDay(String day) {
    int d = Integer.parseInt(day);
    return d >= 1 && d <= 31;
  }

}
