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

  private static final Pattern TOWNSHIP = Pattern.compile(
      "([\\p{IsHan}]{2,8}?)(乡|镇|街道办事处|街道)");
  private static final Pattern ETHNIC = Pattern.compile(
      "(苗族|土家族|侗族|瑶族|回族|彝族|壮族|布依族|白族|哈尼族|傣族|黎族|畲族|满族|蒙古族|藏族|维吾尔族|朝鲜族|民族)+$");

  @Override
  public void check(Submission submission, CheckContext context) {
    Set<String> own = ownNames(submission.unitName(), submission.title());
    if (own.isEmpty()) {
      return;
    }
    List<String> generic = context.vocabulary().indicators().townshipGeneric();
    Set<String> reported = new HashSet<>();
    for (IndicatorTable t : submission.tables()) {
      for (Indicator row : t.indicators()) {
        for (IndicatorField f : List.of(IndicatorField.NAME, IndicatorField.VALUE,
            IndicatorField.EXPLANATION)) {
          for (String other : foreign(row.text(f), own, generic)) {
            if (reported.add(other)) {
              context.report("cell").on(row, f).args(other, unit(submission)).emit();
            }
          }
        }
      }
    }
    for (Goal g : submission.goals()) {
      text(g.text(), g.location(), own, generic, reported, submission, context);
    }
    for (Section s : submission.sections()) {
      prose(s, own, generic, reported, submission, context);
    }
  }

  private void prose(Section s, Set<String> own, List<String> generic, Set<String> reported,
      Submission submission, CheckContext context) {
    text(s.text(), s.location(), own, generic, reported, submission, context);
    for (Section part : s.parts()) {
      prose(part, own, generic, reported, submission, context);
    }
  }

  private static void text(String text, SourceLocation at, Set<String> own, List<String> generic,
      Set<String> reported, Submission submission, CheckContext context) {
    if (text == null) {
      return;
    }
    for (String sentence : text.split("[。；;！!\\n]")) {
      for (String other : foreign(sentence, own, generic)) {
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
  static List<String> foreign(String text, Set<String> own, List<String> generic) {
    List<String> out = new ArrayList<>();
    if (text == null || (text.indexOf('乡') < 0 && text.indexOf('镇') < 0
        && !text.contains("街道"))) {
      return out;
    }
    List<Segmenter.Token> tokens = Segmenter.segment(TextNormalizer.compact(text));
    for (int i = 0; i < tokens.size(); i++) {
      Segmenter.Token t = tokens.get(i);
      String name = townshipPrefix(t.word());
      if (name == null) {
        name = t.word();
        boolean noun = t.pos().startsWith("n") || t.pos().equals("j");
        if (!noun || name.length() < 2 || i + 1 >= tokens.size()
            || !tokens.get(i + 1).word().matches("乡|镇|街道")) {
          continue;
        }
        name += tokens.get(++i).word();
      }
      String stem = stem(name);
      if (stem.length() >= 2 && !generic.contains(name) && !generic.contains(stem)
          && looksLikeAName(stem)
          && own.stream().noneMatch(o -> o.contains(stem) || stem.contains(o))
          && !out.contains(name)) {
        out.add(name);
      }
    }
    return out;
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
  private static String townshipPrefix(String word) {
    for (String suffix : new String[] {"街道", "乡", "镇"}) {
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

  private static boolean isTownship(String name) {
    return name.length() >= 3 && (name.endsWith("乡") || name.endsWith("镇")
        || name.endsWith("街道"));
  }

  /** 河口苗族乡 → 河口. */
  private static String stem(String township) {
    String s = township.replaceAll("(乡|镇|街道办事处|街道)$", "");
    return ETHNIC.matcher(s).replaceAll("");
  }

  /** The unit's own township names and their stems, from the unit name and the title. */
  static Set<String> ownNames(String unit, String title) {
    Set<String> own = new HashSet<>();
    for (String text : new String[] {unit, title}) {
      String t = TextNormalizer.compact(text);
      if (t.isEmpty()) {
        continue;
      }
      int county = Math.max(t.lastIndexOf('县'), Math.max(t.lastIndexOf('市'), t.lastIndexOf('区')));
      String tail = county >= 0 ? t.substring(county + 1) : t;
      Matcher m = TOWNSHIP.matcher(tail);
      if (m.find()) {
        String stem = ETHNIC.matcher(m.group(1)).replaceAll("");
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
