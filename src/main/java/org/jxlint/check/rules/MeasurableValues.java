package org.jxlint.check.rules;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jxlint.check.CheckContext;
import org.jxlint.config.IndicatorLexicon;
import org.jxlint.config.Vocabulary;
import org.jxlint.model.Indicator;
import org.jxlint.model.IndicatorField;
import org.jxlint.model.IndicatorTable;
import org.jxlint.model.Section;
import org.jxlint.model.SourceLocation;
import org.jxlint.model.Submission;
import org.jxlint.model.ValueKind;
import org.jxlint.text.TextNormalizer;

/**
 * What the measurability rules (split from {@code non-measurable-value}) share: the one verdict
 * each table row gets (a row is said to be unmeasurable in one way at most), the vague items of
 * the written targets, and the grouping of vague values repeated down a column.
 */
final class MeasurableValues {

  /** The old id every rule split from it answers to. */
  static final String ALIAS = "non-measurable-value";

  /** Rows (or prose parts) of one kind that make the pattern of a whole column: said once. */
  static final int MANY = 3;

  private static final Pattern DIGIT = Pattern.compile("\\d");
  /** Dimensions whose targets are figures: a count, a date or time limit, an amount. */
  private static final Set<String> FIGURE_DIMENSIONS = Set.of("quantity", "time", "cost");
  private static final Set<String> BENEFITS =
      Set.of("economic", "social", "ecological", "sustained");
  /** A numbered item of a written target: “1、进一步巩固脱贫成果。” */
  private static final Pattern ITEM = Pattern.compile("(?<=^|[。；;\\s])(?=\\d{1,2}[、.．)）])");
  /** A value that is a sentence: two clauses of some length, as no target value is written. */
  private static final Pattern SENTENCE = Pattern.compile(
      // From the start of a run of characters only, the run taken whole: linear in the text.
      "(?<!\\p{IsHan})\\p{IsHan}{6,}+[，,；;]\\p{IsHan}{6}");

  /** The defects a table row can have here, each one rule's (benefit rows apart where weaker). */
  enum Defect {
    VAGUE, VAGUE_BENEFIT, STATEMENT, STATEMENT_BENEFIT, SENTENCE, SENTENCE_BENEFIT,
    YES_NO, YES_NO_UNNAMED, SLOGAN_YES, IN_WORDS, VAGUE_DESCRIPTION
  }

  /**
   * A row's one defect: the message variant, the cell it is about, the message arguments, and
   * (for vague values) the word that makes it so.
   */
  record Verdict(Indicator row, Defect defect, String variant, IndicatorField field,
      List<Object> args, String word) {}

  /** One part of the written targets (产出指标, 效益指标) and its items that are only wording. */
  record VagueProse(Section section, List<String> items, Set<String> words) {}

  private MeasurableValues() {}

  /** The facts of a submission the rules reporting verdicts share (CheckContext#fact). */
  private enum Fact { IN_SECTIONS, CUT_SHORT, VERDICTS }

  /**
   * Reports the rows of every table that have {@code defect}: each on its own, or for vague
   * values, where {@value #MANY} or more repeat in one table, one finding listing them.
   */
  static void report(Submission submission, CheckContext context, Defect defect) {
    Vocabulary vocabulary = context.vocabulary();
    Set<Indicator> inSections = context.fact(Fact.IN_SECTIONS,
        () -> Rows.readInSections(submission));
    Set<SourceLocation> cut = context.fact(Fact.CUT_SHORT, () -> Rows.cutShort(submission));
    // Each row's verdict, found once for the several rules that report one kind of it each.
    Map<Indicator, Optional<Verdict>> verdicts = context.fact(Fact.VERDICTS,
        java.util.IdentityHashMap::new);
    for (IndicatorTable table : submission.tables()) {
      List<Verdict> found = new ArrayList<>();
      for (Indicator row : table.indicators()) {
        // a written target with no figure is prose-target-no-figure's; the other prose is read
        // part by part (prose-target-vague)
        if (cut.contains(row.location()) || proseWithoutFigure(table, row)
            || inSections.contains(row)) {
          continue;
        }
        verdicts.computeIfAbsent(row, r -> verdict(r, vocabulary))
            .filter(v -> v.defect() == defect).ifPresent(found::add);
      }
      if (defect == Defect.VAGUE || defect == Defect.VAGUE_BENEFIT) {
        reportVague(table, found, context);
      } else {
        found.forEach(v -> context.report(v.variant()).on(v.row(), v.field())
            .args(v.args().toArray()).emit());
      }
    }
  }

  /** A row read from written targets whose sentence holds no figure. */
  static boolean proseWithoutFigure(IndicatorTable table, Indicator row) {
    return table.fromProse() && Rows.kind(row) == ValueKind.EMPTY;
  }

  /**
   * The vague values of one table: each on its own, or, where {@value #MANY} or more repeat down
   * the column, one finding listing them (a reviewer writes it once).
   */
  private static void reportVague(IndicatorTable table, List<Verdict> same, CheckContext context) {
    if (same.size() < MANY) {
      same.forEach(v -> context.report("vague").on(v.row(), IndicatorField.VALUE)
          .args(Rows.label(v.row()), v.word(), context.adviceYear()).emit());
      return;
    }
    Verdict first = same.get(0);
    String cells = String.join("；", same.stream().map(v -> v.row().value().strip())
        .distinct().toList());
    String names = String.join("", same.stream().limit(3)
        .map(v -> "“" + Rows.label(v.row()) + "”").toList());
    String words = String.join("”“", same.stream().map(Verdict::word).distinct().limit(3)
        .toList());
    context.report("vague-many").on(first.row(), IndicatorField.VALUE).evidence(cells)
        .args(table.index(), same.size(), names, words, context.adviceYear()).emit();
  }

  /** What, if anything, makes a table row's target unmeasurable. */
  private static Optional<Verdict> verdict(Indicator row, Vocabulary vocabulary) {
    IndicatorLexicon lexicon = vocabulary.indicators();
    String value = TextNormalizer.compact(row.value());
    String name = TextNormalizer.compact(row.name());
    Optional<String> dimension = Rows.dimension(row, vocabulary);
    boolean benefit = isBenefit(row, dimension, vocabulary);
    ValueKind kind = Rows.kind(row);
    if (kind == ValueKind.EMPTY) {
      Optional<String> vague = IndicatorLexicon.longestIn(name, lexicon.statementMarkers());
      // A name that says what is measured (…率, …次数: rule-words measure-endings) is an
      // indicator, not a statement.
      if (vague.isPresent() && !DIGIT.matcher(name).find()
          && !RuleWords.endsWith(lexicon, "measure-endings", name)) {
        return Optional.of(new Verdict(row, benefit ? Defect.STATEMENT_BENEFIT : Defect.STATEMENT,
            "statement", IndicatorField.NAME, List.of(Rows.label(row), vague.get()), null));
      }
      return Optional.empty();
    }
    if (kind == ValueKind.BOOLEAN) {
      return yesNo(row, name, dimension, vocabulary);
    }
    if (kind != ValueKind.QUALITATIVE || DIGIT.matcher(value).find()) {
      return vagueDescription(row, lexicon);
    }
    if (graded(value, row, lexicon)) {
      return Optional.empty();
    }
    Optional<String> vague = lexicon.vagueIn(value);
    if (vague.isPresent()) {
      return Optional.of(new Verdict(row, benefit ? Defect.VAGUE_BENEFIT : Defect.VAGUE, "vague",
          IndicatorField.VALUE, List.of(Rows.label(row), vague.get()), vague.get()));
    }
    if (SENTENCE.matcher(value).find()) {
      // 通过预警信息的发布，让人们了解…: what is done and why, written where a target belongs.
      return Optional.of(new Verdict(row, benefit ? Defect.SENTENCE_BENEFIT : Defect.SENTENCE,
          "sentence", IndicatorField.VALUE, List.of(Rows.label(row), row.value().strip()), null));
    }
    // 数量、时效、成本 are figures by definition: words there (及时发放, 全年) measure nothing.
    return dimension.filter(FIGURE_DIMENSIONS::contains)
        .filter(d -> !Rows.onlyUnit(value, vocabulary.values())) // empty-value says so
        .map(d -> new Verdict(row, Defect.IN_WORDS, "no-figure-" + d, IndicatorField.VALUE,
            List.of(Rows.label(row), Rows.dimensionAsWritten(row), row.value().strip()), null));
  }

  /** A 是/否 target: where a number belongs, with nothing named, or answering a slogan. */
  private static Optional<Verdict> yesNo(Indicator row, String name, Optional<String> dimension,
      Vocabulary vocabulary) {
    if (RuleWords.in(vocabulary.indicators(), "yes-no-questions", name)) {
      return Optional.empty(); // 是否存在质量问题 | 否: the name asks a yes/no question, and this answers it
    }
    if (name.isEmpty() || vocabulary.frameworks().isDimensionLabel(name)) {
      // Nothing names what 是 affirms (empty-value says once that the names are missing).
      return Optional.of(new Verdict(row, Defect.YES_NO_UNNAMED, "yes-no-unnamed",
          IndicatorField.VALUE, List.of(Rows.dimensionAsWritten(row), row.value().strip()), null));
    }
    if (dimension.filter(d -> d.equals("quantity") || d.equals("quality")).isPresent()) {
      return Optional.of(new Verdict(row, Defect.YES_NO, "yes-no", IndicatorField.VALUE,
          List.of(Rows.label(row), Rows.dimensionAsWritten(row)), null));
    }
    // A judgement of wording, often the framework's own prescribed line: a hint only.
    return vocabulary.indicators().vagueIn(name).map(v -> new Verdict(row, Defect.SLOGAN_YES,
        "slogan-yes", IndicatorField.VALUE, List.of(Rows.label(row), v), null));
  }

  /**
   * A number whose description is only slogans (“确保工作有效开展” beside “≥95%”): nothing says
   * what the figure counts. Two vague words and no figure make the description a slogan.
   */
  private static Optional<Verdict> vagueDescription(Indicator row, IndicatorLexicon lexicon) {
    String text = TextNormalizer.compact(row.explanation());
    if (text.isEmpty() || DIGIT.matcher(text).find() || !Rows.hasNumber(row)
        || RuleWords.startsWith(lexicon, "measure-explanations", text)) {
      return Optional.empty(); // “反映受益农户满意程度” says what the figure is of: not a slogan
    }
    List<String> hits = lexicon.allVagueIn(text);
    long distinct = hits.stream().filter(h -> hits.stream()
        .noneMatch(o -> o.length() > h.length() && o.contains(h))).count();
    if (distinct < 2) {
      return Optional.empty();
    }
    return Optional.of(new Verdict(row, Defect.VAGUE_DESCRIPTION, "vague-description",
        IndicatorField.EXPLANATION,
        List.of(Rows.label(row), row.value() == null ? "" : row.value().strip()), null));
  }

  /** Whether the value is one grade of a scale the row's scoring (or explanation) spells out. */
  private static boolean graded(String value, Indicator row, IndicatorLexicon lexicon) {
    String rules = TextNormalizer.compact(row.scoring()) + TextNormalizer.compact(row.explanation());
    for (List<String> scale : lexicon.grades()) {
      if (scale.contains(value)) {
        long named = scale.stream().filter(rules::contains).count();
        if (named >= 2) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean isBenefit(Indicator row, Optional<String> dimension,
      Vocabulary vocabulary) {
    if (dimension.isPresent()) {
      return BENEFITS.contains(dimension.get()) || dimension.get().equals("benefit");
    }
    return Rows.level1(row, vocabulary).filter("benefit"::equals).isPresent();
  }

  /**
   * The parts of the written targets (prose with 产出指标/效益指标 parts) that hold numbered items
   * made only of vague wording, in the order of the text.
   */
  static List<VagueProse> vagueProse(Submission submission, IndicatorLexicon lexicon) {
    List<VagueProse> parts = new ArrayList<>();
    for (Section section : submission.sections()) {
      collectProse(section, lexicon, parts);
    }
    return parts;
  }

  private static void collectProse(Section section, IndicatorLexicon lexicon,
      List<VagueProse> parts) {
    String heading = TextNormalizer.compact(section.heading());
    if (section.text() != null && (heading.startsWith("产出") || heading.startsWith("效益"))) {
      List<String> items = new ArrayList<>();
      Set<String> words = new LinkedHashSet<>();
      for (String item : ITEM.split(section.text())) {
        String compact = TextNormalizer.compact(item);
        if (compact.isEmpty() || DIGIT.matcher(compact.replaceFirst("^\\d{1,2}[、.．)）]", ""))
            .find()) {
          continue;
        }
        lexicon.vagueIn(compact).ifPresent(v -> {
          items.add(item.strip());
          words.add(v);
        });
      }
      if (!items.isEmpty()) {
        parts.add(new VagueProse(section, items, words));
      }
    }
    for (Section part : section.parts()) {
      collectProse(part, lexicon, parts);
    }
  }
}
