package org.jxlint.check.rules;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jxlint.check.Category;
import org.jxlint.check.Check;
import org.jxlint.check.CheckContext;
import org.jxlint.check.LintRule;
import org.jxlint.check.Severity;
import org.jxlint.model.Goal;
import org.jxlint.model.Indicator;
import org.jxlint.model.IndicatorField;
import org.jxlint.model.IndicatorTable;
import org.jxlint.model.Section;
import org.jxlint.model.SourceLocation;
import org.jxlint.model.Submission;
import org.jxlint.nlp.Segmenter;
import org.jxlint.text.TextNormalizer;

/**
 * Another township's name in a township's targets (乐安乡 in 河口乡's table): text copied from a
 * neighbour's submission. Place names are found by HanLP's place recognition, joined with the
 * 乡/镇/街道 that follows, and compared with the submitting unit's own name.
 */
@LintRule(
    id = "name-inconsistency",
    name = "出现其他单位名称",
    severity = Severity.ERROR,
    category = Category.CONSISTENCY,
    summary = "目标或指标中出现了其他乡镇（街道）的名称，多为照抄别的单位的材料。")
public final class NameInconsistencyCheck implements Check {

  /**
   * How township names are written, from {@code rule-words} of indicators.yml: the name before a
   * township suffix, a name ending in one, and the ethnic names a stem drops.
   */
  record Townships(List<String> suffixes, Pattern named, Pattern ending, Pattern ethnic) {

    static Townships of(org.jxlint.config.IndicatorLexicon words) {
      List<String> suffixes = words.words("township-suffixes");
      String any = alternatives(suffixes);
      return new Townships(suffixes, Pattern.compile("([\\p{IsHan}]{2,8}?)(" + any + ")"),
          Pattern.compile("(" + any + ")$"),
          Pattern.compile("(" + alternatives(words.words("township-ethnic")) + ")+$"));
    }

    private static String alternatives(List<String> words) {
      return String.join("|", words.stream()
          .sorted((a, b) -> b.length() - a.length()).map(Pattern::quote).toList());
    }

    /** 河口苗族乡 → 河口. */
    String stem(String township) {
      return ethnic.matcher(ending.matcher(township).replaceAll("")).replaceAll("");
    }

    /** Whether the text holds a township suffix at all. */
    boolean mentioned(String text) {
      return suffixes.stream().anyMatch(text::contains);
    }
  }

  private static final org.jxlint.text.IdentityMemo<org.jxlint.config.IndicatorLexicon, Townships>
      TOWNSHIPS = new org.jxlint.text.IdentityMemo<>(64);

  static Townships townships(org.jxlint.config.IndicatorLexicon words) {
    return TOWNSHIPS.get(words, Townships::of);
  }

  @Override
  public void check(Submission submission, CheckContext context) {
    Townships towns = townships(context.vocabulary().indicators());
    Set<String> own = ownNames(submission.unitName(), submission.title(), towns);
    if (own.isEmpty()) {
      return;
    }
    Found found = new Found(own, context.vocabulary().indicators().townshipGeneric(), towns);
    Set<String> reported = new HashSet<>();
    for (IndicatorTable t : submission.tables()) {
      for (Indicator row : t.indicators()) {
        for (IndicatorField f : List.of(IndicatorField.NAME, IndicatorField.VALUE,
            IndicatorField.EXPLANATION)) {
          for (String other : found.foreign(row.text(f))) {
            if (reported.add(other)) {
              context.report("cell").on(row, f).args(other, unit(submission)).emit();
            }
          }
        }
      }
    }
    for (Goal g : submission.goals()) {
      text(g.text(), g.location(), found, reported, submission, context);
    }
    for (Section s : submission.sections()) {
      prose(s, found, reported, submission, context);
    }
  }

  /** The unit's own names, the generic words and the township vocabulary a search needs. */
  private record Found(Set<String> own, List<String> generic, Townships towns) {
    List<String> foreign(String text) {
      return NameInconsistencyCheck.foreign(text, own, generic, towns);
    }
  }

  private void prose(Section s, Found found, Set<String> reported, Submission submission,
      CheckContext context) {
    text(s.text(), s.location(), found, reported, submission, context);
    for (Section part : s.parts()) {
      prose(part, found, reported, submission, context);
    }
  }

  private static void text(String text, SourceLocation at, Found found, Set<String> reported,
      Submission submission, CheckContext context) {
    if (text == null) {
      return;
    }
    for (String sentence : text.split("[。；;！!\\n]")) {
      for (String other : found.foreign(sentence)) {
        if (reported.add(other)) {
          context.report("text").evidence(sentence.strip()).at(at)
              .args(other, unit(submission)).emit();
        }
      }
    }
  }

  /**
   * Township names in the text that are not the unit's own: a word ending in 乡/镇/街道, or a
   * name followed by one (青松 + 乡); descriptive words (贫困乡, 美丽乡镇) and generic ones excluded.
   */
  static List<String> foreign(String text, Set<String> own, List<String> generic,
      Townships towns) {
    List<String> out = new ArrayList<>();
    if (text == null || !towns.mentioned(text)) {
      return out;
    }
    // Only the clauses that hold a township suffix are segmented: a name and its 乡/镇 stand in
    // one clause, and HanLP's cost grows with the text it is given.
    for (String clause : CLAUSE.split(TextNormalizer.compact(text))) {
      if (towns.mentioned(clause) && !onlyOwn(clause, own, towns)) {
        names(clause, own, generic, towns, out);
      }
    }
    return out;
  }

  /**
   * Whether every township suffix in the clause follows one of the unit's own names (青山镇 in
   * 青山镇's table): a name found there would end where that suffix starts, so its stem would hold
   * the own name or be part of it, and be passed over — the clause need not be segmented.
   */
  private static boolean onlyOwn(String clause, Set<String> own, Townships towns) {
    for (String suffix : towns.suffixes()) {
      if (suffix.isEmpty()) {
        return false;
      }
      for (int at = clause.indexOf(suffix); at >= 0; at = clause.indexOf(suffix, at + 1)) {
        String before = clause.substring(0, at);
        if (own.stream().noneMatch(before::endsWith)) {
          return false;
        }
      }
    }
    return true;
  }

  /** Where a clause ends: a comma, a list mark, a colon, a bracket or a quote. */
  private static final Pattern CLAUSE = Pattern.compile("[，,、：:（）()“”\"《》【】]");

  private static void names(String clause, Set<String> own, List<String> generic,
      Townships towns, List<String> out) {
    List<Segmenter.Token> tokens = Segmenter.segment(clause);
    for (int i = 0; i < tokens.size(); i++) {
      Segmenter.Token t = tokens.get(i);
      String name = townshipPrefix(t.word(), towns);
      if (name == null) {
        name = t.word();
        boolean noun = t.pos().startsWith("n") || t.pos().equals("j");
        if (!noun || name.length() < 2 || i + 1 >= tokens.size()
            || !towns.suffixes().contains(tokens.get(i + 1).word())) {
          continue;
        }
        name += tokens.get(++i).word();
      }
      String stem = towns.stem(name);
      if (stem.length() >= 2 && !generic.contains(name) && !generic.contains(stem)
          && looksLikeAName(stem)
          && own.stream().noneMatch(o -> o.contains(stem) || stem.contains(o))
          && !out.contains(name)) {
        out.add(name);
      }
    }
  }

  /**
   * Whether a stem can be a place's name: HanLP's organisation tokens run words together
   * (群众对镇政府, 促进乡村), so a stem that starts with a verb or holds a preposition, conjunction
   * or particle is a phrase, not a name.
   */
  private static boolean looksLikeAName(String stem) {
    List<Segmenter.Token> parts = Segmenter.segment(stem);
    if (parts.isEmpty()) {
      return false;
    }
    String first = parts.get(0).pos();
    if (first.startsWith("v") || first.startsWith("d") || first.startsWith("p")) {
      return false;
    }
    return parts.stream().map(Segmenter.Token::pos).noneMatch(
        p -> p.startsWith("p") || p.startsWith("c") || p.startsWith("u") || p.startsWith("r"));
  }

  /** 青松乡 in 青松乡产业发展 (an organisation-like token): the name up to its 乡/镇/街道. */
  private static String townshipPrefix(String word, Townships towns) {
    for (String suffix : towns.suffixes()) {
      int at = word.indexOf(suffix);
      if (at < 2) {
        continue;
      }
      String after = word.substring(at + suffix.length());
      if (!after.startsWith("村") && !after.startsWith("镇")) {
        return word.substring(0, at + suffix.length());
      }
    }
    return null;
  }


  /** The unit's own township names and their stems, from the unit name and the title. */
  static Set<String> ownNames(String unit, String title, Townships towns) {
    Set<String> own = new HashSet<>();
    for (String text : new String[] {unit, title}) {
      String t = TextNormalizer.compact(text);
      if (t.isEmpty()) {
        continue;
      }
      int county = Math.max(t.lastIndexOf('县'), Math.max(t.lastIndexOf('市'), t.lastIndexOf('区')));
      String tail = county >= 0 ? t.substring(county + 1) : t;
      Matcher m = towns.named().matcher(tail);
      if (m.find()) {
        String stem = towns.ethnic().matcher(m.group(1)).replaceAll("");
        if (stem.length() >= 2) {
          own.add(stem);
        }
      }
    }
    return own;
  }

  private static String unit(Submission s) {
    return s.unitName() == null ? "" : TextNormalizer.despace(s.unitName());
  }
}
