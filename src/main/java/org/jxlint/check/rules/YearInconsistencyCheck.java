package org.jxlint.check.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jxlint.check.Category;
import org.jxlint.check.Check;
import org.jxlint.check.CheckContext;
import org.jxlint.check.LintRule;
import org.jxlint.check.Severity;
import org.jxlint.config.IndicatorLexicon;
import org.jxlint.model.Goal;
import org.jxlint.model.HistoryValue;
import org.jxlint.model.Indicator;
import org.jxlint.model.IndicatorField;
import org.jxlint.model.IndicatorTable;
import org.jxlint.model.MetaField;
import org.jxlint.model.PartialDate;
import org.jxlint.model.Scope;
import org.jxlint.model.Section;
import org.jxlint.model.Submission;
import org.jxlint.model.TargetValue;
import org.jxlint.model.ValueKind;
import org.jxlint.text.TextNormalizer;

/**
 * Years that contradict the budget year: a deadline outside it (unless a period in the table spans
 * years), a bare other year as a target, history columns dated the budget year or later, a
 * long-term goal ending in the budget year, a filing date that does not fit, and earlier years'
 * results written as this year's targets.
 */
@LintRule(
    id = "year-inconsistency",
    name = "年度不一致",
    severity = Severity.WARNING,
    category = Category.TIME,
    summary = "年份与预算年度矛盾：完成期限不在预算年度内、长期目标截止于当年、把往年完成的工作写成今年的目标等。")
public final class YearInconsistencyCheck implements Check {

  private static final Pattern YEAR = Pattern.compile("((?:19|20)\\d{2})\\s*年");
  /** A year written as a base or a starting point is not a target year: 较2025年, 2024年以来. */
  private static final Pattern BASE = Pattern.compile(
      "(较|比|同比|相比|对比|基数|基期|相较)\\s*$|^\\s*(以来|起|至今|基础上|水平|同期|底数|基数)");
  /** A deadline in words: 截至2027年12月底, 2027年6月前完成, 于2027年底. */
  private static final Pattern STATED_DEADLINE = Pattern.compile(
      "(^|截至|截止|于|在|到)((?:19|20)\\d{2})年(\\d{1,2}月)?(\\d{1,2}日)?(底|末|前|以前|之前|完成|完工|竣工)");
  private static final Pattern SENTENCE = Pattern.compile("[^。；;！!\\n]+");

  @Override
  public void check(Submission submission, CheckContext context) {
    Integer year = submission.year();
    if (year == null) {
      return;
    }
    IndicatorLexicon lexicon = context.vocabulary().indicators();
    checkFiling(submission, year, context);
    java.util.Set<Integer> endsSaid = new java.util.HashSet<>();
    for (Goal goal : submission.goals()) {
      // Several long-term goals under one period heading share its end: said once.
      if (goal.scope() == Scope.LONG_TERM && goal.until() != null && goal.until() <= year
          && endsSaid.add(goal.until())) {
        context.report("long-term").evidence(goal.text()).at(goal.location())
            .args(goal.until(), year).emit();
      }
      pastYears(goal.text(), year, lexicon).forEach(sentence -> context.report("past-goal")
          .evidence(sentence).at(goal.location()).args(year).emit());
    }
    for (Section section : submission.sections()) {
      checkProse(section, year, lexicon, context);
    }
    for (IndicatorTable table : submission.tables()) {
      boolean spansYears = table.indicators().stream().map(Indicator::target)
          .anyMatch(t -> t != null && t.kind() == ValueKind.PERIOD && t.start() != null
              && t.end() != null && t.start().year() != null && t.end().year() != null
              && !t.start().year().equals(t.end().year()));
      for (Indicator row : table.indicators()) {
        if (!spansYears && table.scope() == Scope.ANNUAL
            && statedDeadline(row, year, context)) {
          continue;
        }
        checkRow(row, year, spansYears, lexicon, context);
      }
    }
  }

  private static void checkRow(Indicator row, int year, boolean spansYears,
      IndicatorLexicon lexicon, CheckContext context) {
    TargetValue t = row.target();
    if (t != null && !spansYears) {
      PartialDate end = t.end();
      if ((t.kind() == ValueKind.DATE || t.kind() == ValueKind.YEAR) && end != null
          && end.year() != null && end.year() != year) {
        context.report(t.kind() == ValueKind.DATE ? "deadline" : "bare-year")
            .on(row, IndicatorField.VALUE).args(Rows.label(row), end.year(), year)
            .severity(Severity.ERROR).emit();
      }
    }
    for (HistoryValue h : row.history()) {
      if (h.year() != null && h.year() >= year) {
        context.report("history").evidence(h.label()).at(h.location() == null || h.location().isEmpty() ? row.location()
            : h.location()).args(Rows.label(row), h.label(), year).emit();
        break;
      }
    }
    for (IndicatorField f : List.of(IndicatorField.NAME, IndicatorField.VALUE)) {
      if (!pastYears(row.text(f), year, lexicon).isEmpty()) {
        context.report("past-target").on(row, f).args(Rows.label(row), year)
            .severity(Severity.ERROR).emit();
        return;
      }
    }
  }

  /**
   * A time row that states its deadline in words, not as a date value: “2027年12月底完成规划” as
   * its value, or “截至2027年12月底，开工率” as its name. A year other than the budget year is
   * reported (as the deadline of a date value is); true when it was.
   */
  private static boolean statedDeadline(Indicator row, int year, CheckContext context) {
    boolean timeRow = Rows.dimension(row, context.vocabulary()).filter("time"::equals).isPresent()
        || context.vocabulary().indicators().means(Rows.name(row), "time");
    if (!timeRow || Rows.hasTimeValue(row)) {
      return false;
    }
    for (IndicatorField f : List.of(IndicatorField.VALUE, IndicatorField.NAME)) {
      Matcher m = STATED_DEADLINE.matcher(TextNormalizer.compact(row.text(f)));
      if (m.find() && Integer.parseInt(m.group(2)) != year) {
        context.report("deadline").on(row, f).args(Rows.label(row), Integer.parseInt(m.group(2)),
            year).severity(Severity.ERROR).emit();
        return true;
      }
    }
    return false;
  }

  private static void checkFiling(Submission submission, int year, CheckContext context) {
    LocalDate filed = submission.filingDate();
    if (filed == null) {
      return;
    }
    if (filed.getYear() > year || filed.getYear() < year - 1) {
      context.report("filing").onMeta(MetaField.FILING_DATE, filed.toString())
          .args(filed.toString(), year).emit();
    } else if (filed.getYear() == year && filed.getMonthValue() > 3) {
      context.report("filing-late").onMeta(MetaField.FILING_DATE, filed.toString())
          .args(filed.toString(), year).severity(Severity.INFO).emit();
    }
  }

  private static void checkProse(Section section, int year, IndicatorLexicon lexicon,
      CheckContext context) {
    for (String sentence : pastYears(section.text(), year, lexicon)) {
      context.report("past-prose").evidence(sentence).at(section.location())
          .args(TextNormalizer.despace(section.heading() == null ? "" : section.heading()), year)
          .emit();
    }
    for (Section part : section.parts()) {
      checkProse(part, year, lexicon, context);
    }
  }

  /**
   * The sentences of a target text that describe an earlier year's work: they name a year before
   * the budget year (not as a base, 较2025年) and either say it is done (完成了, 已经) or lie two
   * years back or more.
   */
  static List<String> pastYears(String text, int year, IndicatorLexicon lexicon) {
    List<String> out = new ArrayList<>();
    if (text == null || text.indexOf('年') < 0) {
      return out;
    }
    Matcher s = SENTENCE.matcher(text);
    while (s.find()) {
      String sentence = s.group().strip();
      Matcher m = YEAR.matcher(sentence);
      while (m.find()) {
        int named = Integer.parseInt(m.group(1));
        if (named >= year || BASE.matcher(sentence.substring(0, m.start())).find()
            || BASE.matcher(sentence.substring(m.end())).find()) {
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
