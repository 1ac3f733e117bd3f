package org.jxlint.check.rules;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jxlint.check.Category;
import org.jxlint.check.Check;
import org.jxlint.check.CheckContext;
import org.jxlint.check.LintRule;
import org.jxlint.check.Severity;
import org.jxlint.config.IndicatorLexicon;
import org.jxlint.model.Amount;
import org.jxlint.model.Comparator;
import org.jxlint.model.Indicator;
import org.jxlint.model.IndicatorField;
import org.jxlint.model.IndicatorTable;
import org.jxlint.model.MoneyUnit;
import org.jxlint.model.Scope;
import org.jxlint.model.Submission;
import org.jxlint.model.TargetValue;
import org.jxlint.model.ValueKind;
import org.jxlint.text.TextNormalizer;

/**
 * Cells of one document that disagree with each other: a budget restated as an indicator with
 * another figure, a part counted higher than its whole, a name that fixes a figure its value does
 * not, one row's text counting another row's object differently, and a long-term and an annual
 * value of the same indicator that point opposite ways or differ by a slip of the pen.
 */
@LintRule(
    id = "internal-inconsistency",
    name = "前后数字矛盾",
    severity = Severity.ERROR,
    category = Category.CONSISTENCY,
    summary = "同一份表里前后不一致：预算重述的金额不同、分项大于总数、名称与指标值矛盾、"
        + "两行对同一件事的数字不同、长期与年度指标相反或有笔误。")
public final class InternalInconsistencyCheck implements Check {

  private static final Pattern PERCENT_IN_NAME = Pattern.compile("(?<!\\d)(\\d++(?:\\.\\d++)?+)\\s*+%");
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  @Override
  public void check(Submission submission, CheckContext context) {
    IndicatorLexicon lexicon = context.vocabulary().indicators();
    for (IndicatorTable table : submission.tables()) {
      budgetRestated(table, submission, lexicon, context);
      List<Indicator> rows = table.indicators();
      for (Indicator row : rows) {
        nameAgainstValue(row, lexicon, context);
      }
      partsOverWhole(rows, context);
      countedElsewhere(rows, lexicon, context);
    }
    longTermAgainstAnnual(submission, context);
    deadlinesAgainstPeriod(submission, context);
  }

  // ---- deadlines after the project's own period ---------------------------------------------

  /** A time indicator due after the project's period has ended (期限至2026年11月, 2026年底前完成). */
  private static void deadlinesAgainstPeriod(Submission submission, CheckContext context) {
    org.jxlint.text.TargetValueParser parser = null;
    for (IndicatorTable table : submission.tables()) {
      Optional<org.jxlint.model.Project> project = Budgets.project(table, submission)
          .filter(p -> !TextNormalizer.isBlank(p.period()));
      if (project.isEmpty()) {
        continue;
      }
      if (parser == null) {
        parser = new org.jxlint.text.TargetValueParser(context.vocabulary().values());
      }
      TargetValue period = parser.parse(project.get().period());
      java.time.LocalDate ends = lastDay(period.end(), submission.year());
      if (ends == null) {
        continue;
      }
      for (Indicator row : table.indicators()) {
        TargetValue t = row.target();
        java.time.LocalDate due = t == null || !Rows.hasTimeValue(row) ? null
            : lastDay(t.end(), submission.year());
        if (due != null && due.isAfter(ends)) {
          context.report("after-period").on(row, IndicatorField.VALUE)
              .args(Rows.label(row), row.value().strip(), project.get().period().strip())
              .emit();
        }
      }
    }
  }

  /** The last day a date as written can mean: 2026年 → 12-31, 2026年11月 → 11-30. */
  private static java.time.LocalDate lastDay(org.jxlint.model.PartialDate d, Integer budgetYear) {
    if (d == null) {
      return null;
    }
    Integer year = d.year() != null ? d.year() : budgetYear;
    if (year == null || year < 1900 || year > 2200) {
      return null;
    }
    if (d.month() == null) {
      return java.time.LocalDate.of(year, 12, 31);
    }
    if (d.month() < 1 || d.month() > 12) {
      return null;
    }
    java.time.YearMonth ym = java.time.YearMonth.of(year, d.month());
    if (d.day() == null) {
      return ym.atEndOfMonth();
    }
    return d.day() >= 1 && d.day() <= ym.lengthOfMonth() ? ym.atDay(d.day()) : null;
  }

  // ---- a budget stated twice ----------------------------------------------------------------

  private static void budgetRestated(IndicatorTable table, Submission submission,
      IndicatorLexicon lexicon, CheckContext context) {
    Optional<Amount> budget = Budgets.of(table, submission,
        context.vocabulary().layout().fundTotals());
    if (budget.isEmpty()) {
      return;
    }
    MoneyUnit label = submission.moneyUnit() == null ? MoneyUnit.YUAN : submission.moneyUnit();
    BigDecimal budgetYuan = Budgets.yuan(budget.get(), label);
    for (Indicator row : table.indicators()) {
      TargetValue t = row.target();
      if (t == null || t.kind() != ValueKind.NUMBER || t.unit() == null
          || t.comparator() != null && t.comparator() != Comparator.EQ
          || !IndicatorLexicon.containsAny(TextNormalizer.compact(Rows.name(row)),
              lexicon.words("budget-names"))) {
        continue;
      }
      Optional<MoneyUnit> unit = MoneyUnit.fromLabel(t.unit());
      if (unit.isEmpty()) {
        continue;
      }
      BigDecimal stated = t.number().multiply(unit.get().inYuan());
      BigDecimal tolerance = new BigDecimal("0.5").movePointLeft(Math.max(t.number().scale(), 0))
          .multiply(unit.get().inYuan());
      if (stated.subtract(budgetYuan).abs().compareTo(tolerance) > 0) {
        context.report("budget-twice").on(row, IndicatorField.VALUE)
            .args(Rows.label(row), Rows.valueWithUnit(row),
                budget.get().raw().strip() + (Budgets.hasUnit(budget.get()) ? "" : label.label()))
            .emit();
      }
    }
  }

  // ---- a name that fixes the figure ---------------------------------------------------------

  private static void nameAgainstValue(Indicator row, IndicatorLexicon lexicon,
      CheckContext context) {
    TargetValue t = row.target();
    if (t == null || t.kind() != ValueKind.NUMBER || !"%".equals(t.unit())) {
      return;
    }
    String name = TextNormalizer.compact(Rows.name(row));
    BigDecimal fixed = null;
    String said = null;
    Matcher m = PERCENT_IN_NAME.matcher(name);
    if (m.find()) {
      fixed = new BigDecimal(m.group(1));
      said = m.group();
    } else {
      Optional<String> whole = IndicatorLexicon.longestIn(name, lexicon.words("whole-markers"));
      if (whole.isPresent()) {
        fixed = HUNDRED;
        said = whole.get();
      }
    }
    if (fixed != null && t.number().compareTo(fixed) != 0) {
      context.report("name-value").on(row, IndicatorField.VALUE)
          .args(Rows.label(row), said, Rows.valueWithUnit(row)).emit();
    }
  }

  // ---- a part larger than its whole ---------------------------------------------------------

  /**
   * A part counted higher than its whole (“新建村级卫生室数量 5个” under “卫生室数量 3个”): the
   * whole's name ends the part's, in the same unit. Each part is compared with the most specific
   * whole (the longest name; of rows of one name and unit, the smallest figure), found by index.
   */
  private static void partsOverWhole(List<Indicator> rows, CheckContext context) {
    List<Indicator> counts = rows.stream().filter(InternalInconsistencyCheck::countable).toList();
    if (counts.size() < 2) {
      return;
    }
    java.util.Map<String, java.util.Map<String, Indicator>> wholes = new java.util.HashMap<>();
    for (Indicator whole : counts) {
      String wn = TextNormalizer.compact(Rows.name(whole));
      if (wn.length() >= 4) {
        wholes.computeIfAbsent(wn, k -> new java.util.HashMap<>()).merge(whole.target().unit(),
            whole, (a, b) -> b.target().number().compareTo(a.target().number()) < 0 ? b : a);
      }
    }
    NameSuffixes<java.util.Map<String, Indicator>> index = new NameSuffixes<>();
    wholes.forEach(index::add);
    for (Indicator part : counts) {
      BigDecimal n = part.target().number();
      String unit = part.target().unit();
      NameSuffixes.Entry<java.util.Map<String, Indicator>> hit = index.longestSuffix(
          TextNormalizer.compact(Rows.name(part)), 4, 2, byUnit -> byUnit.containsKey(unit)
              && n.compareTo(byUnit.get(unit).target().number()) > 0);
      if (hit != null) {
        Indicator whole = hit.value().get(unit);
        context.report("part-over-whole").on(part, IndicatorField.VALUE)
            .args(Rows.label(part), Rows.valueWithUnit(part), Rows.label(whole),
                Rows.valueWithUnit(whole))
            .emit();
      }
    }
  }

  /** A single figure in a unit that counts things (not a share). */
  private static boolean countable(Indicator row) {
    TargetValue t = row.target();
    return t != null && t.kind() == ValueKind.NUMBER && t.unit() != null && !"%".equals(t.unit())
        && t.comparator() != Comparator.LE && t.comparator() != Comparator.LT;
  }

  // ---- one object, two counts ---------------------------------------------------------------

  /** A count written in a row's explanation or scoring: the figure, its unit, the words after. */
  private record Mention(Indicator row, IndicatorField field, String figure, String unit,
      String object) {}

  /**
   * A row's explanation or scoring that counts another row's object with another figure: “84次卫生
   * 突击检查” beside “全年突击卫生整治次数 ≥80次”. The object is matched on shared two-character
   * words, the generic ones (全年, 次数) left out, so the match is a hint: a warning. The rows are
   * found through an index of those words, not by comparing every row with every other.
   */
  private static void countedElsewhere(List<Indicator> rows, IndicatorLexicon lexicon,
      CheckContext context) {
    java.util.Map<String, List<Indicator>> byUnit = new java.util.HashMap<>();
    for (Indicator r : rows) {
      TargetValue t = r.target();
      if (countable(r) && t.unit().length() <= 2 && MoneyUnit.fromLabel(t.unit()).isEmpty()
          && !Character.isDigit(t.unit().charAt(0)) && t.unit().charAt(0) != '.') {
        byUnit.computeIfAbsent(t.unit(), k -> new java.util.ArrayList<>()).add(r);
      }
    }
    List<Mention> mentions = mentions(rows, byUnit.keySet());
    if (mentions.isEmpty()) {
      return;
    }
    List<String> generic = lexicon.words("count-generic");
    java.util.Map<String, CountedObjects> objects = new java.util.HashMap<>();
    byUnit.forEach((unit, counted) -> objects.put(unit, new CountedObjects(counted, generic)));
    Set<Indicator> reported = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    for (Mention m : mentions) {
      BigDecimal n = new BigDecimal(m.figure());
      for (Indicator counted : objects.get(m.unit()).sharing(Topics.bigrams(m.object(), generic))) {
        if (counted == m.row() || reported.contains(counted)
            || n.compareTo(counted.target().number()) == 0) {
          continue;
        }
        context.report("counted-twice").on(m.row(), m.field())
            .args(Rows.label(m.row()), m.figure() + m.unit() + m.object(), Rows.label(counted),
                Rows.valueWithUnit(counted))
            .severity(Severity.WARNING).emit();
        reported.add(counted);
      }
    }
  }

  /** Every count in the rows' explanations and scoring, in row order, in one scan of each text. */
  private static List<Mention> mentions(List<Indicator> rows, Set<String> units) {
    List<Mention> out = new java.util.ArrayList<>();
    if (units.isEmpty()) {
      return out;
    }
    // Starts only where a run of digits starts, and never gives back a digit: linear in the text.
    Pattern counts = Pattern.compile("(?<!\\d)(\\d++(?:\\.\\d++)?+)(" + units.stream()
        .sorted(java.util.Comparator.comparingInt(String::length).reversed())
        .map(Pattern::quote).collect(java.util.stream.Collectors.joining("|"))
        + ")(\\p{IsHan}{2,8})");
    for (Indicator other : rows) {
      for (IndicatorField f : List.of(IndicatorField.EXPLANATION, IndicatorField.SCORING)) {
        String text = TextNormalizer.compact(other.text(f));
        Matcher m = counts.matcher(text);
        while (m.find()) {
          out.add(new Mention(other, f, m.group(1), m.group(2), object(m.group(3))));
        }
      }
    }
    return out;
  }

  /** The object after a count, up to the first word that ends it (中, 的, 有 …). */
  private static String object(String text) {
    for (int i = 2; i < text.length(); i++) {
      if ("中的有是为和与及至内里".indexOf(text.charAt(i)) >= 0) {
        return text.substring(0, i);
      }
    }
    return text;
  }

  // ---- long-term against annual -------------------------------------------------------------

  private static void longTermAgainstAnnual(Submission submission, CheckContext context) {
    java.util.Map<String, Indicator> longTerm = new java.util.HashMap<>();
    submission.tables().stream().filter(t -> t.scope() == Scope.LONG_TERM)
        .flatMap(t -> t.indicators().stream())
        .forEach(l -> longTerm.putIfAbsent(TextNormalizer.compact(Rows.name(l)), l));
    if (longTerm.isEmpty()) {
      return;
    }
    for (IndicatorTable table : submission.tables()) {
      if (table.scope() != Scope.ANNUAL) {
        continue;
      }
      for (Indicator annual : table.indicators()) {
        String name = TextNormalizer.compact(Rows.name(annual));
        Indicator l = name.isEmpty() ? null : longTerm.get(name);
        if (l != null) {
          compare(l, annual, context);
        }
      }
    }
  }

  private static void compare(Indicator longTerm, Indicator annual, CheckContext context) {
    TargetValue a = annual.target();
    TargetValue l = longTerm.target();
    if (a == null || l == null || a.comparator() == null || l.comparator() == null) {
      typo(longTerm, annual, context);
      return;
    }
    boolean aUp = a.comparator() == Comparator.GE || a.comparator() == Comparator.GT;
    boolean aDown = a.comparator() == Comparator.LE || a.comparator() == Comparator.LT;
    boolean lUp = l.comparator() == Comparator.GE || l.comparator() == Comparator.GT;
    boolean lDown = l.comparator() == Comparator.LE || l.comparator() == Comparator.LT;
    if (aUp && lDown || aDown && lUp) {
      context.report("opposite").on(annual, IndicatorField.VALUE)
          .args(Rows.label(annual), Rows.valueWithUnit(annual), Rows.valueWithUnit(longTerm))
          .emit();
    } else {
      typo(longTerm, annual, context);
    }
  }

  /** Words of one length that differ in one character: 规划 for 规范. */
  private static void typo(Indicator longTerm, Indicator annual, CheckContext context) {
    String a = TextNormalizer.compact(annual.value());
    String l = TextNormalizer.compact(longTerm.value());
    if (a.length() < 2 || a.length() != l.length() || a.equals(l)
        || a.chars().anyMatch(Character::isDigit)) {
      return;
    }
    int differ = 0;
    for (int i = 0; i < a.length(); i++) {
      differ += a.charAt(i) == l.charAt(i) ? 0 : 1;
    }
    if (differ == 1) {
      context.report("slip").on(annual, IndicatorField.VALUE)
          .args(Rows.label(annual), annual.value().strip(), longTerm.value().strip())
          .severity(Severity.WARNING).emit();
    }
  }
}
