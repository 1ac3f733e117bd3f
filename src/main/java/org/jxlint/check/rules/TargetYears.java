package org.jxlint.check.rules;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jxlint.check.CheckContext;
import org.jxlint.config.IndicatorLexicon;
import org.jxlint.config.Vocabulary;
import org.jxlint.model.Indicator;
import org.jxlint.model.IndicatorField;
import org.jxlint.model.IndicatorTable;
import org.jxlint.model.Scope;
import org.jxlint.model.Submission;
import org.jxlint.model.ValueKind;
import org.jxlint.text.TextNormalizer;

/**
 * What the year rules (split from {@code year-inconsistency}) share: whether a table spans years,
 * a deadline stated in words, and the sentences that describe an earlier year's work.
 */
final class TargetYears {

  /** The old id every year rule answers to. */
  static final String ALIAS = "year-inconsistency";

  /** A filing date against the budget year, for the filing-date rules. */
  interface FilingTest {
    boolean defective(java.time.LocalDate filed, int year);
  }

  /** Reports the filing date under {@code key} when it and the year are known and it is defective. */
  static void checkFiling(Submission submission, org.jxlint.check.CheckContext context, String key,
      FilingTest test) {
    Integer year = submission.year();
    java.time.LocalDate filed = submission.filingDate();
    if (year != null && filed != null && test.defective(filed, year)) {
      context.report(key).onMeta(org.jxlint.model.MetaField.FILING_DATE, filed.toString())
          .args(filed.toString(), year).emit();
    }
  }

  /** A deadline in words: 截至2027年12月底, 2027年6月前完成, 于2027年底. */
  private static final Pattern STATED_DEADLINE = Pattern.compile(
      "(^|截至|截止|于|在|到)((?:19|20)\\d{2})年(\\d{1,2}月)?(\\d{1,2}日)?(底|末|前|以前|之前|完成|完工|竣工)");
  private static final Pattern SENTENCE = Pattern.compile("[^。；;！!\\n]+");

  /** A deadline written in words in one cell of a row, in a year other than the budget year. */
  record StatedDeadline(IndicatorField field, int year) {}

  private TargetYears() {}

  /** True when some period target in the table runs from one year into another. */
  static boolean spansYears(IndicatorTable table) {
    return table.indicators().stream().map(Indicator::target)
        .anyMatch(t -> t != null && t.kind() == ValueKind.PERIOD && t.start() != null
            && t.end() != null && t.start().year() != null && t.end().year() != null
            && !t.start().year().equals(t.end().year()));
  }

  /**
   * A time row of an annual table that states its deadline in words, not as a date value: “2027年
   * 12月底完成规划” as its value, or “截至2027年12月底，开工率” as its name, in a year other than
   * the budget year. Such a row is the deadline rule's alone: the other year rules skip it.
   */
  static Optional<StatedDeadline> statedDeadline(Submission submission, Indicator row, int year,
      CheckContext context) {
    return statedDeadlines(submission, year, context).getOrDefault(row, Optional.empty());
  }

  /**
   * Every row's stated deadline, worked out once per submission (three year rules ask) and each
   * table's span looked at once, not once per row.
   */
  private static Map<Indicator, Optional<StatedDeadline>> statedDeadlines(Submission submission,
      int year, CheckContext context) {
    return context.fact(new DeadlinesKey(year), () -> {
      Map<Indicator, Optional<StatedDeadline>> out = new IdentityHashMap<>();
      for (IndicatorTable table : submission.tables()) {
        boolean spans = spansYears(table);
        for (Indicator row : table.indicators()) {
          out.put(row, spans ? Optional.empty()
              : statedDeadline(table, row, year, context.vocabulary()));
        }
      }
      return out;
    });
  }

  private record DeadlinesKey(int year) {}

  private static Optional<StatedDeadline> statedDeadline(IndicatorTable table, Indicator row,
      int year, Vocabulary vocabulary) {
    if (table.scope() != Scope.ANNUAL) {
      return Optional.empty();
    }
    boolean timeRow = Rows.dimension(row, vocabulary).filter("time"::equals).isPresent()
        || vocabulary.indicators().means(Rows.name(row), "time");
    if (!timeRow || Rows.hasTimeValue(row)) {
      return Optional.empty();
    }
    for (IndicatorField f : List.of(IndicatorField.VALUE, IndicatorField.NAME)) {
      Matcher m = STATED_DEADLINE.matcher(TextNormalizer.compact(row.text(f)));
      if (m.find() && Integer.parseInt(m.group(2)) != year) {
        return Optional.of(new StatedDeadline(f, Integer.parseInt(m.group(2))));
      }
    }
    return Optional.empty();
  }

  /** The rows of the submission's tables that the year rules other than the deadline rule see. */
  static List<Indicator> rowsWithoutStatedDeadline(Submission submission, int year,
      CheckContext context) {
    List<Indicator> out = new ArrayList<>();
    for (IndicatorTable table : submission.tables()) {
      for (Indicator row : table.indicators()) {
        if (statedDeadline(submission, row, year, context).isEmpty()) {
          out.add(row);
        }
      }
    }
    return out;
  }

  /**
   * The sentences of a target text that describe an earlier year's work: they name a year before
   * the budget year (not as a base, 较2025年) and either say it is done (完成了, 已经) or lie two
   * years back or more.
   */
  /**
   * Whether a year is written as a base or a starting point, not as a target year (较2025年,
   * 2024年以来): the words before and after it, rule-words year-base-before and year-base-after.
   */
  private static boolean isBase(String before, String after, IndicatorLexicon lexicon) {
    return RuleWords.endsWith(lexicon, "year-base-before", before.stripTrailing())
        || RuleWords.startsWith(lexicon, "year-base-after", after.stripLeading());
  }

  static List<String> pastYears(String text, int year, IndicatorLexicon lexicon) {
    List<String> out = new ArrayList<>();
    if (text == null || text.indexOf('年') < 0) {
      return out;
    }
    Matcher s = SENTENCE.matcher(text);
    while (s.find()) {
      String sentence = s.group().strip();
      Matcher m = org.jxlint.text.DateText.YEAR_NIAN.matcher(sentence);
      while (m.find()) {
        int named = Integer.parseInt(m.group(1));
        if (named >= year || isBase(sentence.substring(0, m.start()), sentence.substring(m.end()),
            lexicon)) {
          continue;
        }
        boolean done = IndicatorLexicon.longestIn(sentence, lexicon.pastMarkers()).isPresent();
        if (done || named <= year - 2) {
          out.add(sentence);
          break;
        }
      }
    }
    return out;
  }
}
