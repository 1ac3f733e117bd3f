package org.jxlint.check.rules;

import java.util.Optional;
import org.jxlint.config.FrameworkCatalog;
import org.jxlint.config.IndicatorLexicon;
import org.jxlint.text.ValueLexicon;
import org.jxlint.config.Vocabulary;
import org.jxlint.model.Indicator;
import org.jxlint.model.TargetValue;
import org.jxlint.model.ValueKind;
import org.jxlint.text.TextNormalizer;

/** What several checks ask of an indicator row: its dimension class, its unit family, its name. */
final class Rows {

  private Rows() {}

  /**
   * The rows read from prose that the submission's sections hold: checks that read the sections
   * themselves judge that text there, so they leave these rows out rather than say it twice.
   */
  static java.util.Set<Indicator> readInSections(org.jxlint.model.Submission submission) {
    StringBuilder all = new StringBuilder();
    submission.sections().forEach(s -> sectionText(s, all));
    String held = TextNormalizer.compact(all.toString());
    java.util.Set<Indicator> out = java.util.Collections.newSetFromMap(
        new java.util.IdentityHashMap<>());
    for (org.jxlint.model.IndicatorTable t : submission.tables()) {
      if (!t.fromProse()) {
        continue;
      }
      for (Indicator row : t.indicators()) {
        String evidence = TextNormalizer.compact(row.evidence());
        if (!evidence.isEmpty() && held.contains(evidence)) {
          out.add(row);
        }
      }
    }
    return out;
  }

  private static void sectionText(org.jxlint.model.Section s, StringBuilder out) {
    if (s.text() != null) {
      out.append(s.text()).append('\n');
    }
    s.parts().forEach(p -> sectionText(p, out));
  }

  /** Every indicator row of the submission, table after table. */
  /**
   * Where the text stops inside a row (a reading note, {@code cut-short}): such a row was never
   * seen whole, so no check calls its missing cells the unit's blank.
   */
  static java.util.Set<org.jxlint.model.SourceLocation> cutShort(
      org.jxlint.model.Submission submission) {
    java.util.Set<org.jxlint.model.SourceLocation> at = new java.util.HashSet<>();
    for (org.jxlint.model.ReadingNote n : submission.readingNotes()) {
      if (org.jxlint.model.ReadingNote.CUT_SHORT.equals(n.kind())) {
        at.add(n.location());
      }
    }
    return at;
  }

  /**
   * A figure with no unit in its cell or column (missing-unit's case): not 0, and not a rate,
   * whose missing % unit-mismatch reports.
   */
  static boolean lacksUnit(Indicator row, Vocabulary vocabulary) {
    TargetValue t = row.target();
    if (t == null || (t.kind() != ValueKind.NUMBER && t.kind() != ValueKind.RANGE)
        || t.unit() != null || t.number() == null || t.number().signum() == 0
        || unitInName(row, vocabulary.values())) {
      return false;
    }
    return vocabulary.indicators().unitExpectation(row.name())
        .filter(e -> e.families().contains("percent")).isEmpty();
  }

  private static final java.util.regex.Pattern BRACKETED_END =
      java.util.regex.Pattern.compile("[（(]([^（()）]{1,6})[)）]$");

  /** A name that states its unit in brackets at its end: 修复农田面积(亩), 受益人数（人）. */
  static boolean unitInName(Indicator row, ValueLexicon words) {
    java.util.regex.Matcher m = BRACKETED_END.matcher(TextNormalizer.compact(row.name()));
    if (!m.find()) {
      return false;
    }
    String unit = m.group(1);
    return words.unitAliases().containsKey(unit) || words.familyOf(unit) != null;
  }

  /** Excel serials of the dates forms use (1982–2064). */
  private static final int SERIAL_FROM = 30_000;
  private static final int SERIAL_TO = 60_000;

  /**
   * A time row whose value is a bare whole number in the range of Excel's date serials (46022):
   * a deadline Excel stored as a number (malformed-value's case, and no missing unit).
   */
  static boolean dateSerial(Indicator row, Vocabulary vocabulary) {
    TargetValue t = row.target();
    if (t == null || t.kind() != ValueKind.NUMBER || t.number() == null || t.unit() != null
        || t.number().scale() > 0) {
      return false;
    }
    int n = t.number().intValue();
    return n >= SERIAL_FROM && n <= SERIAL_TO
        && (dimension(row, vocabulary).filter("time"::equals).isPresent()
            || vocabulary.indicators().means(row.name(), "time"));
  }

  static java.util.List<Indicator> all(org.jxlint.model.Submission submission) {
    return submission.tables().stream().flatMap(t -> t.indicators().stream()).toList();
  }

  /**
   * The class of the row's 二级 (quantity, time, social …), from its standard name; when the 二级
   * is blank, {@code benefit}, {@code satisfaction} or {@code cost} from a 一级 that says so.
   */
  static Optional<String> dimension(Indicator row, Vocabulary vocabulary) {
    FrameworkCatalog frameworks = vocabulary.frameworks();
    IndicatorLexicon lexicon = vocabulary.indicators();
    if (TextNormalizer.isBlank(row.level2())) {
      return level1(row, vocabulary).filter(c -> !c.equals("output"));
    }
    return frameworks.level2Name(row.level2()).flatMap(lexicon::dimensionClass);
  }

  /** The class of the row's 一级 (output, benefit, satisfaction, cost). */
  static Optional<String> level1(Indicator row, Vocabulary vocabulary) {
    return vocabulary.frameworks().level1Name(row.level1())
        .flatMap(vocabulary.indicators()::level1Class);
  }

  /** The family of the target's unit (percent, money, count …), or null when it has none. */
  static String unitFamily(Indicator row, Vocabulary vocabulary) {
    TargetValue t = row.target();
    if (t == null || t.unit() == null) {
      return null;
    }
    return vocabulary.values().familyOf(t.unit());
  }

  static boolean hasNumber(Indicator row) {
    return row.target() != null && row.target().number() != null;
  }

  static ValueKind kind(Indicator row) {
    return row.target() == null ? ValueKind.EMPTY : row.target().kind();
  }

  /** Whether the row holds a date, deadline, period or year: a value about when. */
  static boolean hasTimeValue(Indicator row) {
    ValueKind k = kind(row);
    return k == ValueKind.DATE || k == ValueKind.PERIOD || k == ValueKind.YEAR;
  }

  /** The 三级 name as shown in messages. */
  static String name(Indicator row) {
    return TextNormalizer.despace(row.name() == null ? "" : row.name());
  }

  /**
   * How messages name the row: its 三级 name, or its dimension when the name is blank, or words
   * for an unnamed row when both are.
   */
  static String label(Indicator row) {
    String name = name(row);
    String shown = name.isEmpty() ? dimensionAsWritten(row) : name;
    return shown.isEmpty() ? org.jxlint.check.CheckContext.term("term.unnamed-row") : shown;
  }

  /** The 二级 as written, or the 一级 when the 二级 is blank. */
  static String dimensionAsWritten(Indicator row) {
    String l2 = TextNormalizer.despace(row.level2());
    return l2.isEmpty() ? TextNormalizer.despace(row.level1()) : l2;
  }

  /** The value as a reader would write it in one cell: the value, then the unit column if any. */
  static String valueWithUnit(Indicator row) {
    String value = row.value() == null ? "" : row.value().strip();
    String unit = row.unit() == null ? "" : row.unit().strip();
    return unit.isEmpty() || value.endsWith(unit) ? value : value + unit;
  }

  /** Which way an indicator should be met: at least (满意度, 覆盖率) or at most (成本, 差错率). */
  enum Direction { HIGHER, LOWER }

  /** The direction the name gives; empty when the name does not say. */
  static Optional<Direction> direction(String name, IndicatorLexicon lexicon) {
    String n = TextNormalizer.compact(name);
    if (IndicatorLexicon.containsAny(n, lexicon.upperBoundRates())) {
      return Optional.of(Direction.LOWER);
    }
    if (IndicatorLexicon.containsAny(n, lexicon.higherBetter())) {
      return Optional.of(Direction.HIGHER);
    }
    if (IndicatorLexicon.containsAny(n, lexicon.lowerBetter())) {
      return Optional.of(Direction.LOWER);
    }
    return Optional.empty();
  }

  /** The target as the row writes it, comparator column included: ≥95%. */
  static String written(Indicator row) {
    String comparator = row.comparator() == null ? "" : row.comparator().strip();
    return comparator + valueWithUnit(row);
  }

  /**
   * A cost measured as a percentage (成本产出 ≥95%, 宣传活动成本产出比 ≥95%): a row under 成本 whose
   * name holds a cost word, whose unit is %, and whose name is not a rate (成本控制率 may be %).
   */
  static boolean costInPercent(Indicator row, Vocabulary vocabulary) {
    String name = TextNormalizer.withoutTrailingNote(TextNormalizer.compact(row.name()));
    return dimension(row, vocabulary).filter("cost"::equals).isPresent()
        && "percent".equals(unitFamily(row, vocabulary))
        && vocabulary.indicators().means(name, "cost")
        && !asksPercent(name, vocabulary.indicators());
  }

  /**
   * Whether a name asks for a percentage: it ends as a rate, share or satisfaction does (…率,
   * …占比, …满意度; {@code unit-expectations} in {@code indicators.yml}).
   */
  static boolean asksPercent(String name, IndicatorLexicon lexicon) {
    return lexicon.unitExpectation(TextNormalizer.withoutTrailingNote(TextNormalizer.compact(name)))
        .filter(e -> e.families().contains("percent")).isPresent();
  }

  /**
   * A rate (…率) that cannot exceed 100%: not a growth (增长率, 增幅). A share (…比例, …占比) may
   * be a floor or a ceiling, so it is not one.
   */
  static boolean isRate(String name, IndicatorLexicon lexicon) {
    String n = TextNormalizer.withoutTrailingNote(TextNormalizer.compact(name));
    return n.endsWith("率") && asksPercent(n, lexicon)
        && !IndicatorLexicon.containsAny(n, lexicon.unboundedRates());
  }

  /**
   * A rate written as a fraction: 审稿率 “1” or 入学率 “0.95” with no unit, where the name wants %
   * (100% or 95% written as a decimal — or a % left out).
   */
  static boolean rateAsFraction(Indicator row, IndicatorLexicon lexicon) {
    TargetValue t = row.target();
    return t != null && t.kind() == ValueKind.NUMBER && t.unit() == null && t.number() != null
        && t.number().signum() > 0 && t.number().compareTo(java.math.BigDecimal.ONE) <= 0
        && lexicon.unitExpectation(name(row))
            .filter(e -> e.families().contains("percent")).isPresent();
  }

  /** The value without its comparator spellings (≥, 不低于 …). */
  static String withoutComparators(String value, ValueLexicon words) {
    String rest = value;
    for (String c : words.comparatorSpellings()) {
      rest = rest.replace(c, "");
    }
    return rest;
  }

  /** A value cell holding a comparator or a unit but no figure (“公里”, “≥ %”). */
  static boolean onlyUnit(String value, ValueLexicon words) {
    if (FIGURE.matcher(value).find()) {
      return false;
    }
    String rest = withoutComparators(value, words);
    return rest.isEmpty() && !value.isEmpty() || words.unitAliases().containsKey(rest)
        || words.familyOf(rest) != null;
  }

  /** A figure: digits, or a Chinese numeral (not 万/千/百, which units such as 万亩 start with). */
  private static final java.util.regex.Pattern FIGURE = java.util.regex.Pattern.compile(
      "[0-9０-９一二三四五六七八九十两零]");
}
