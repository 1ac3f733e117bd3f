package org.jxlint.check.rules;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.jxlint.check.Category;
import org.jxlint.check.Check;
import org.jxlint.check.CheckContext;
import org.jxlint.check.LintRule;
import org.jxlint.check.Severity;
import org.jxlint.config.Vocabulary;
import org.jxlint.model.Indicator;
import org.jxlint.model.IndicatorField;
import org.jxlint.model.IndicatorTable;
import org.jxlint.model.Submission;
import org.jxlint.model.ValueKind;
import org.jxlint.nlp.Segmenter;
import org.jxlint.text.TextNormalizer;

/**
 * One indicator copy-pasted under different dimensions of a table: the same or nearly the same
 * 三级 name, explanation or value sentence — each an error, since a copied explanation or target
 * sentence says nothing about the dimension it was pasted into. Texts are compared after
 * normalisation, by edit distance and by their content words, so reworded copies are found too;
 * numbers such as 100% and shared scoring templates are not compared. A 质量 row that only restates
 * a 数量 one as a rate of completion is {@link QualityRestatesQuantityCheck}'s.
 */
@LintRule(
    id = "duplicate-across-dimensions",
    name = "跨维度重复指标",
    severity = Severity.ERROR,
    category = Category.DUPLICATION,
    summary = "同一张表中，同一个指标（名称、解释或指标值表述相同或几乎相同）被复制到不同的维度下。")
public final class DuplicateAcrossDimensionsCheck implements Check {

  /** Edit distances bounded by the most a copy may differ by: -1 beyond it, found early. */
  private static final java.util.Map<Integer, LevenshteinDistance> EDITS =
      new java.util.concurrent.ConcurrentHashMap<>();

  private static boolean within(String a, String b, int allowed) {
    return EDITS.computeIfAbsent(allowed, LevenshteinDistance::new).apply(a, b) >= 0;
  }
  /** Names and explanations shorter than this (normalised) are too generic to call copies. */
  private static final int MIN_TEXT = 4;
  /** Target sentences shorter than this (效果明显, 持续推进) are stock phrases, not copies. */
  private static final int MIN_SENTENCE = 6;
  private static final double SAME_WORDS = 0.8;

  /** One text of a row, normalised; its content words are segmented only when needed. */
  private static final class Text {
    private final String compact;
    private Set<String> words;
    private int[] chars;

    private Text(String compact) {
      this.compact = compact;
    }

    static Text of(String raw) {
      return new Text(TextNormalizer.bare(raw));
    }

    boolean usable() {
      return compact.length() >= MIN_TEXT;
    }

    private Set<String> words() {
      if (words == null) {
        words = Segmenter.contentWords(compact);
      }
      return words;
    }

    /**
     * The same text: equal, or a character or two apart (禁毒宣传对青少年的影响 / 禁毒宣传对青少年影响).
     * Template sentences with the dimension's own word put in (对社会发展 / 对生态环境) differ more.
     */
    boolean sameAs(Text o) {
      if (!usable() || !o.usable()) {
        return false;
      }
      int longer = Math.max(compact.length(), o.compact.length());
      int allowed = Math.max(1, longer / 10);
      return compact.equals(o.compact) || (longer >= 6
          && Math.abs(compact.length() - o.compact.length()) <= allowed
          && differInAtMost(chars(), o.chars(), 2 * allowed)
          && within(compact, o.compact, allowed));
    }

    /**
     * Whether the characters in one text and not the other number at most {@code most}: one edit
     * adds at most one character to a text's set and takes at most one away, so texts {@code k}
     * edits apart differ in at most {@code 2k} — most pairs are told apart here, before the edit
     * distance is worked out.
     */
    private static boolean differInAtMost(int[] x, int[] y, int most) {
      return x.length + y.length - 2 * shared(x, y) <= most;
    }

    /**
     * The same name, also reworded: 垃圾清运保持效果 / 保持垃圾清运效果 have the same words. Names
     * that do not share most of their characters cannot share most words, so only those are
     * segmented.
     */
    boolean sameNameAs(Text o) {
      if (sameAs(o)) {
        return true;
      }
      if (!usable() || !o.usable() || overlap(chars(), o.chars()) < SAME_WORDS) {
        return false;
      }
      Set<String> mine = words();
      Set<String> theirs = o.words();
      if (mine.size() < 2 || theirs.size() < 2) {
        return false;
      }
      Set<String> both = new HashSet<>(mine);
      both.retainAll(theirs);
      Set<String> either = new HashSet<>(mine);
      either.addAll(theirs);
      return (double) both.size() / either.size() >= SAME_WORDS;
    }

    /** The text's characters, each once, in order of code point. */
    private int[] chars() {
      if (chars == null) {
        chars = compact.codePoints().sorted().distinct().toArray();
      }
      return chars;
    }

    /** How many characters two sorted sets of characters share. */
    private static int shared(int[] x, int[] y) {
      int both = 0;
      int i = 0;
      int j = 0;
      while (i < x.length && j < y.length) {
        if (x[i] == y[j]) {
          both++;
          i++;
          j++;
        } else if (x[i] < y[j]) {
          i++;
        } else {
          j++;
        }
      }
      return both;
    }

    /** Shared characters over all characters of the two texts (as sets). */
    private static double overlap(int[] x, int[] y) {
      // Shared over all is at most the smaller set over the larger: most pairs end here.
      if (Math.min(x.length, y.length) < SAME_WORDS * Math.max(x.length, y.length)) {
        return (double) Math.min(x.length, y.length) / Math.max(x.length, y.length);
      }
      int both = shared(x, y);
      int either = x.length + y.length - both;
      return either == 0 ? 0 : (double) both / either;
    }
  }

  private record Row(Indicator row, String dimension, Text name, Text explanation, Text value) {}

  @Override
  public void check(Submission submission, CheckContext context) {
    Vocabulary vocabulary = context.vocabulary();
    for (IndicatorTable table : submission.tables()) {
      List<Row> rows = new ArrayList<>();
      for (Indicator r : table.indicators()) {
        String dimension = dimension(r, vocabulary);
        if (dimension.isEmpty()) {
          continue;
        }
        boolean sentence = Rows.kind(r) == ValueKind.QUALITATIVE;
        rows.add(new Row(r, dimension, Text.of(r.name()), Text.of(r.explanation()),
            sentence && TextNormalizer.compact(r.value()).length() >= MIN_SENTENCE
                ? Text.of(r.value()) : Text.of("")));
      }
      compare(rows, context);
    }
  }

  private static void compare(List<Row> rows, CheckContext context) {
    Set<Integer> reported = new HashSet<>();
    for (int j = 1; j < rows.size(); j++) {
      Row later = rows.get(j);
      for (int i = 0; i < j && !reported.contains(j); i++) {
        Row first = rows.get(i);
        if (first.dimension.equals(later.dimension)) {
          continue;
        }
        IndicatorField copied = later.name.sameNameAs(first.name) ? IndicatorField.NAME
            : later.explanation.sameAs(first.explanation) ? IndicatorField.EXPLANATION
            : later.value.sameAs(first.value) ? IndicatorField.VALUE : null;
        if (copied != null) {
          // A first row without a name is named by its line, not by its dimension twice over.
          Integer line = Rows.name(first.row).isEmpty() && copied != IndicatorField.NAME
              ? lineOf(first.row) : null;
          context.report(copied.key() + (line == null ? "" : "-unnamed")).on(later.row, copied)
              .args(Rows.label(later.row), Rows.dimensionAsWritten(later.row),
                  Rows.dimensionAsWritten(first.row),
                  line == null ? Rows.label(first.row) : String.valueOf(line))
              .emit();
          reported.add(j);
        }
      }
    }
  }

  /** The row's dimension as a comparable key: the standard 二级 name, else as written. */
  private static String dimension(Indicator r, Vocabulary vocabulary) {
    String l2 = TextNormalizer.compact(r.level2());
    if (!l2.isEmpty()) {
      return vocabulary.frameworks().level2Name(l2).orElse(l2);
    }
    String l1 = TextNormalizer.compact(r.level1());
    return l1.isEmpty() ? "" : "1:" + vocabulary.frameworks().level1Name(l1).orElse(l1);
  }

  /** The line of the file, or else the row of the table, where a row stands; null if unknown. */
  private static Integer lineOf(Indicator row) {
    var at = row.location();
    return at == null ? null : at.line() != null ? at.line() : at.row();
  }
}
