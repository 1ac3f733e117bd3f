package org.jxlint.check.rules;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jxlint.check.Category;
import org.jxlint.check.Check;
import org.jxlint.check.CheckContext;
import org.jxlint.check.LintRule;
import org.jxlint.check.Severity;
import org.jxlint.config.IndicatorLexicon;
import org.jxlint.config.Vocabulary;
import org.jxlint.model.Indicator;
import org.jxlint.model.IndicatorField;
import org.jxlint.model.Section;
import org.jxlint.model.Submission;
import org.jxlint.model.ValueKind;
import org.jxlint.text.TextNormalizer;

/**
 * Targets nobody can measure: a value that is a slogan or a degree word (确保工作有效开展, 效果明显,
 * 持续推进) with no number, date or grade the scoring defines; a statement in the indicator cell with
 * no value; 是/否 where a number is expected; written targets made only of such wording.
 */
@LintRule(
    id = "non-measurable-value",
    name = "指标值不可衡量",
    severity = Severity.ERROR,
    category = Category.MEASURABILITY,
    summary = "指标值是“确保…有效开展”“效果明显”“持续推进”之类的说法，没有数字、日期或评分标准定义的等级。")
public final class NonMeasurableValueCheck implements Check {

  private static final Pattern DIGIT = Pattern.compile("\\d");
  /** A name that asks a yes/no question (是否按时完成, 有无安全事故). */
  private static final Pattern YES_NO_QUESTION = Pattern.compile("是否|有无|有没有|是不是");
  /** A name that says what is measured (…率, …度, …数, …次数) is an indicator, not a statement. */
  private static final Pattern MEASURE_NAME = Pattern.compile("(率|度|数|量|次|额|时间|时限|面积|长度|比例)$");
  /** Dimensions whose targets are figures: a count, a date or time limit, an amount. */
  private static final Set<String> FIGURE_DIMENSIONS = Set.of("quantity", "time", "cost");
  private static final Set<String> BENEFITS =
      Set.of("economic", "social", "ecological", "sustained");
  /** A numbered item of a written target: “1、进一步巩固脱贫成果。” */
  private static final Pattern ITEM = Pattern.compile("(?<=^|[。；;\\s])(?=\\d{1,2}[、.．)）])");

  @Override
  public void check(Submission submission, CheckContext context) {
    Vocabulary vocabulary = context.vocabulary();
    IndicatorLexicon lexicon = vocabulary.indicators();
    java.util.Set<Indicator> inSections = Rows.readInSections(submission);
    java.util.Set<org.jxlint.model.SourceLocation> cut = Rows.cutShort(submission);
    List<VagueProse> parts = new java.util.ArrayList<>();
    for (Section section : submission.sections()) {
      checkProse(section, lexicon, parts);
    }
    String vagueItems = TextNormalizer.compact(String.join("", parts.stream()
        .flatMap(p -> p.items().stream()).toList()));
    for (org.jxlint.model.IndicatorTable table : submission.tables()) {
      List<Vague> vague = new java.util.ArrayList<>();
      List<Indicator> figureless = new java.util.ArrayList<>();
      for (Indicator row : table.indicators()) {
        if (cut.contains(row.location())) {
          continue;
        }
        if (table.fromProse() && Rows.kind(row) == ValueKind.EMPTY) {
          // a written target with no figure in its sentence, unless its part says so below
          if (!vagueItems.contains(TextNormalizer.compact(Rows.name(row)))) {
            figureless.add(row);
          }
        } else if (!inSections.contains(row)) { // the other prose is read part by part below
          checkRow(row, lexicon, vocabulary, context, vague);
        }
      }
      reportVague(table, vague, context);
      reportFigureless(figureless, context);
    }
    reportProse(parts, context);
  }

  /** One part of the written targets (产出指标, 效益指标) and its items that are only wording. */
  private record VagueProse(Section section, List<String> items, java.util.Set<String> words) {}

  /**
   * Each vague part on its own, or, where {@value #MANY} or more parts of the written targets
   * are vague, one finding for the whole text quoting the first sentence of every item.
   */
  private static void reportProse(List<VagueProse> parts, CheckContext context) {
    if (parts.size() < MANY) {
      for (VagueProse p : parts) {
        String where = TextNormalizer.despace(p.section().heading());
        if (p.items().size() == 1) {
          context.report("prose").evidence(p.items().get(0)).at(p.section().location())
              .args(where, p.words().iterator().next()).severity(Severity.WARNING).emit();
        } else {
          context.report("prose-items").evidence(String.join(" ", p.items()))
              .at(p.section().location()).args(where, p.items().size(),
                  String.join("”“", p.words().stream().limit(3).toList()))
              .severity(Severity.WARNING).emit();
        }
      }
      return;
    }
    List<String> firsts = parts.stream().flatMap(p -> p.items().stream())
        .map(NonMeasurableValueCheck::firstSentence).toList();
    java.util.Set<String> words = new java.util.LinkedHashSet<>();
    parts.forEach(p -> words.addAll(p.words()));
    context.report("prose-parts").evidence(String.join("；", firsts))
        .at(parts.get(0).section().location())
        .args(parts.size(), firsts.size(), String.join("”“", words.stream().limit(3).toList()))
        .severity(Severity.WARNING).emit();
  }

  private static String firstSentence(String item) {
    int end = item.indexOf('。');
    return (end < 0 ? item : item.substring(0, end)).strip();
  }

  private static void checkRow(Indicator row, IndicatorLexicon lexicon, Vocabulary vocabulary,
      CheckContext context, List<Vague> vagueRows) {
    String value = TextNormalizer.compact(row.value());
    String name = TextNormalizer.compact(row.name());
    Optional<String> dimension = Rows.dimension(row, vocabulary);
    Severity severity = isBenefit(row, dimension, vocabulary) ? Severity.WARNING : Severity.ERROR;
    ValueKind kind = Rows.kind(row);
    if (kind == ValueKind.EMPTY) {
      Optional<String> vague = IndicatorLexicon.longestIn(name, lexicon.statementMarkers());
      if (vague.isPresent() && !DIGIT.matcher(name).find() && !MEASURE_NAME.matcher(name).find()) {
        context.report("statement").on(row, IndicatorField.NAME).args(Rows.label(row), vague.get())
            .severity(severity).emit();
      }
      return;
    }
    if (kind == ValueKind.BOOLEAN) {
      if (YES_NO_QUESTION.matcher(name).find()) {
        return; // 是否存在质量问题 | 否: the name asks a yes/no question, and this answers it
      }
      if (name.isEmpty() || vocabulary.frameworks().isDimensionLabel(name)) {
        // Nothing names what 是 affirms (empty-value says once that the names are missing).
        context.report("yes-no-unnamed").on(row, IndicatorField.VALUE)
            .args(Rows.dimensionAsWritten(row), row.value().strip()).severity(Severity.WARNING)
            .emit();
      } else if (dimension.filter(d -> d.equals("quantity") || d.equals("quality")).isPresent()) {
        context.report("yes-no").on(row, IndicatorField.VALUE)
            .args(Rows.label(row), Rows.dimensionAsWritten(row)).severity(Severity.WARNING).emit();
      } else {
        // A judgement of wording, often the framework's own prescribed line: a hint only.
        lexicon.vagueIn(name).ifPresent(v ->
            context.report("slogan-yes").on(row, IndicatorField.VALUE).args(Rows.label(row), v)
                .severity(Severity.INFO).emit());
      }
      return;
    }
    if (kind != ValueKind.QUALITATIVE || DIGIT.matcher(value).find()) {
      vagueDescription(row, lexicon, context);
      return;
    }
    if (graded(value, row, lexicon)) {
      return;
    }
    Optional<String> vague = lexicon.vagueIn(value);
    if (vague.isPresent()) {
      vagueRows.add(new Vague(row, vague.get(), severity));
    } else if (SENTENCE.matcher(value).find()) {
      // 通过预警信息的发布，让人们了解…: what is done and why, written where a target belongs.
      context.report("sentence").on(row, IndicatorField.VALUE)
          .args(Rows.label(row), row.value().strip()).severity(severity).emit();
    } else {
      // 数量、时效、成本 are figures by definition: words there (及时发放, 全年) measure nothing.
      dimension.filter(FIGURE_DIMENSIONS::contains)
          .filter(d -> !Rows.onlyUnit(value, vocabulary.values())) // empty-value says so
          .ifPresent(d ->
          context.report("no-figure-" + d).on(row, IndicatorField.VALUE)
              .args(Rows.label(row), Rows.dimensionAsWritten(row), row.value().strip())
              .severity(Severity.WARNING).emit());
    }
  }

  /** A value that is a sentence: two clauses of some length, as no target value is written. */
  private static final Pattern SENTENCE = Pattern.compile(
      "\\p{IsHan}{6,}[，,；;]\\p{IsHan}{6,}");

  /**
   * Sentences of the written targets that hold no figure (吸纳本地群众就近就地就业): each on its own,
   * or, where {@value #MANY} or more stand in one text, one finding quoting each sentence once.
   */
  private static void reportFigureless(List<Indicator> rows, CheckContext context) {
    if (rows.isEmpty()) {
      return;
    }
    if (rows.size() < MANY) {
      for (Indicator row : rows) {
        context.report("prose-no-figure").on(row, IndicatorField.NAME).evidence(sentence(row))
            .args(Rows.name(row)).severity(Severity.WARNING).emit();
      }
      return;
    }
    context.report("prose-no-figure-many").on(rows.get(0), IndicatorField.NAME)
        .evidence(String.join("；", rows.stream().map(NonMeasurableValueCheck::sentence)
            .distinct().toList()))
        .args(rows.size(), String.join("”“", rows.stream().limit(3).map(Rows::name).toList()))
        .severity(Severity.WARNING).emit();
  }

  /** The sentence a prose row was read from (its name when none was kept). */
  private static String sentence(Indicator row) {
    return row.evidence() == null ? Rows.name(row) : row.evidence().strip();
  }

  /** A description that says what the figure measures. */
  private static final Pattern SAYS_WHAT_IS_MEASURED = Pattern.compile("^(反映|考核|衡量|统计|用于衡量|指)");

  /** A row whose value is only vague wording, and the word that makes it so. */
  private record Vague(Indicator row, String word, Severity severity) {}

  /** Rows of one table with vague values: how many make the pattern of a whole column. */
  private static final int MANY = 3;

  /**
   * The vague values of one table: each on its own, or, where {@value #MANY} or more of one
   * severity repeat down the column, one finding listing them (a reviewer writes it once).
   */
  private static void reportVague(org.jxlint.model.IndicatorTable table, List<Vague> rows,
      CheckContext context) {
    for (Severity severity : List.of(Severity.ERROR, Severity.WARNING)) {
      List<Vague> same = rows.stream().filter(v -> v.severity() == severity).toList();
      if (same.size() < MANY) {
        same.forEach(v -> context.report("vague").on(v.row(), IndicatorField.VALUE)
            .args(Rows.label(v.row()), v.word()).severity(severity).emit());
        continue;
      }
      Vague first = same.get(0);
      String cells = String.join("；", same.stream().map(v -> v.row().value().strip())
          .distinct().toList());
      String names = String.join("", same.stream().limit(3)
          .map(v -> "“" + Rows.label(v.row()) + "”").toList());
      String words = String.join("”“", same.stream().map(Vague::word).distinct().limit(3)
          .toList());
      context.report("vague-many").on(first.row(), IndicatorField.VALUE).evidence(cells)
          .args(table.index(), same.size(), names, words).severity(severity).emit();
    }
  }

  /**
   * A number whose description is only slogans (“确保工作有效开展” beside “≥95%”): nothing says
   * what the figure counts. Two vague words and no figure make the description a slogan.
   */
  private static void vagueDescription(Indicator row, IndicatorLexicon lexicon,
      CheckContext context) {
    String text = TextNormalizer.compact(row.explanation());
    if (text.isEmpty() || DIGIT.matcher(text).find() || !Rows.hasNumber(row)
        || SAYS_WHAT_IS_MEASURED.matcher(text).find()) {
      return; // “反映受益农户满意程度” says what the figure is of: a description, not a slogan
    }
    List<String> hits = lexicon.allVagueIn(text);
    long distinct = hits.stream().filter(h -> hits.stream()
        .noneMatch(o -> o.length() > h.length() && o.contains(h))).count();
    if (distinct >= 2) {
      context.report("vague-description").on(row, IndicatorField.EXPLANATION)
          .args(Rows.label(row), row.value() == null ? "" : row.value().strip())
          .severity(Severity.WARNING).emit();
    }
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
   * Written targets (prose with 产出指标/效益指标 parts): the numbered items that hold only vague
   * wording, one finding per part quoting them all.
   */
  private static void checkProse(Section section, IndicatorLexicon lexicon,
      List<VagueProse> parts) {
    String heading = TextNormalizer.compact(section.heading());
    if (section.text() != null && (heading.startsWith("产出") || heading.startsWith("效益"))) {
      List<String> items = new java.util.ArrayList<>();
      java.util.Set<String> words = new java.util.LinkedHashSet<>();
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
      checkProse(part, lexicon, parts);
    }
  }
}
