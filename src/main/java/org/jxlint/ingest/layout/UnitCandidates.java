package org.jxlint.ingest.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.jxlint.config.HeaderLexicon;
import org.jxlint.config.LabelSet;
import org.jxlint.model.SourceLocation;
import org.jxlint.text.TextNormalizer;

/**
 * Every place a form names its submitting unit, ranked: the 填报单位 / 部门名称 field before the
 * 实施单位, that before the 主管部门 (the lowest level first), that before a name under the title,
 * an organisation code line, and last the signer of a covering notice. Within one rank the first
 * wins. A stamp placeholder, a person's name or a second label after the name is not part of it.
 */
final class UnitCandidates {

  /** Ranks below the labelled tiers (each tier spans ten ranks, by level). */
  static final int TITLE_LINE = 100;
  static final int CODED = 101;
  static final int SIGNER = 102;
  static final int WORD_IN_LINE = 103;

  private static final Pattern BRACKETED = Pattern.compile("[（(]([^)）]*)[)）]");
  private static final Pattern TRAILING_NOTE = Pattern.compile("[（(][^)）]*[:：][^)）]*[)）]?$");
  private static final Pattern SECOND_LABEL = Pattern.compile("\\s{2,}|\\s+(?=\\S{1,12}[:：])");
  private static final Pattern PERSON_BREAK = Pattern.compile("[\\s,，、;；]");
  /** An organisation code before the name: 【812033】, [812], 169 (主管部门及代码). */
  private static final Pattern CODE = Pattern.compile("^[\\[【(（〔]?\\d{3,}[\\]】)）〕]?\\s*(?=\\p{IsHan})");
  private static final Pattern EDGE_PUNCT = Pattern.compile("^[:：,，、\\s]+|[:：,，、。;；\\s]+$");

  private final HeaderLexicon words;
  private final Predicate<String> isLabel;
  private final List<Candidate> candidates = new ArrayList<>();
  private SourceLocation blankAt;

  UnitCandidates(HeaderLexicon words, Predicate<String> isLabel) {
    this.words = words;
    this.isLabel = isLabel;
  }

  /** A name found in the document, at a rank. */
  record Candidate(String name, int rank, SourceLocation at) {}

  /**
   * The rank of a unit label (tier × 10 + level), or empty when the text is no unit label. A level
   * written before the label (区县主管部门) ranks by how close the level is to the unit.
   */
  OptionalInt rank(String labelText, boolean inline) {
    String text = labelText;
    int level = 0;
    for (int i = 0; i < words.levels().size() && level == 0; i++) {
      for (String prefix : words.levels().get(i)) {
        String k = LabelText.levelled(TextNormalizer.compact(labelText));
        if (k.startsWith(prefix) && k.length() > prefix.length()) {
          String rest = k.substring(prefix.length());
          if (words.competent().startsWith(rest)) {
            text = rest;
            level = i + 1;
            break;
          }
        }
      }
    }
    for (int t = 0; t < words.unitTiers().size(); t++) {
      if (words.unitTiers().get(t).startsWith(text)) {
        return OptionalInt.of(t * 10 + level);
      }
    }
    if (inline && words.inlineUnit().startsWith(text)) {
      return OptionalInt.of(0);
    }
    return OptionalInt.empty();
  }

  /**
   * A unit label and what stands after it; a blank, a stamp placeholder or another label there
   * means the field was left empty.
   */
  void labelled(String labelText, int rank, String value, SourceLocation labelAt,
      SourceLocation valueAt) {
    boolean person = words.personWords().stream()
        .anyMatch(w -> TextNormalizer.compact(labelText).contains(w));
    if (value != null && org.jxlint.model.MoneyUnit.fromLabel(LabelSet.key(value)).isPresent()) {
      return; // “单位：万元” is the money unit
    }
    String name = clean(value, person);
    if (name == null) {
      if (blankAt == null) {
        blankAt = labelAt;
      }
      return;
    }
    candidates.add(new Candidate(name, rank, valueAt));
  }

  /** A name read outside any label: under the title, before a year, on a code line, as signer. */
  void found(String name, int rank, SourceLocation at) {
    String n = TextNormalizer.despace(name);
    if (!n.isEmpty()) {
      candidates.add(new Candidate(n, rank, at));
    }
  }

  /** The last name found, demoted to the signer of a notice (a date line follows it). */
  void lastIsSigner() {
    if (!candidates.isEmpty()) {
      Candidate c = candidates.remove(candidates.size() - 1);
      candidates.add(new Candidate(c.name(), Math.max(c.rank(), SIGNER), c.at()));
    }
  }

  /** The best candidate, written in full when a weaker one is the same name with its place. */
  Candidate best() {
    Candidate best = null;
    for (Candidate c : candidates) {
      if (best == null || c.rank() < best.rank()) {
        best = c;
      }
    }
    if (best == null) {
      return null;
    }
    Candidate office = withDepartment(best);
    if (office != null) {
      return office;
    }
    String key = TextNormalizer.compact(best.name());
    for (Candidate c : best.rank() < TITLE_LINE ? candidates : List.<Candidate>of()) {
      String k = TextNormalizer.compact(c.name());
      if (k.length() > key.length() && k.endsWith(key)) {
        return new Candidate(c.name(), best.rank(), best.at());
      }
    }
    return best;
  }

  /** The longest name of an office inside a department (造林司, 计财处). */
  private static final int OFFICE_MAX = 5;
  private static final int IMPLEMENTING = 1;
  private static final int COMPETENT = 2;

  /**
   * An implementing unit that is only an office inside a department (实施单位：造林司) is named with
   * its 主管部门: 国家林业局(造林司). Null when the best name is no such office or no 主管部门 is named.
   */
  private Candidate withDepartment(Candidate best) {
    String name = TextNormalizer.compact(best.name());
    if (best.rank() / 10 != IMPLEMENTING || name.length() > OFFICE_MAX
        || words.internalOffices().stream().noneMatch(name::endsWith)) {
      return null;
    }
    for (Candidate c : candidates) {
      if (c.rank() / 10 == COMPETENT && !TextNormalizer.compact(c.name()).endsWith(name)) {
        return new Candidate(c.name() + "(" + best.name() + ")", best.rank(), best.at());
      }
    }
    return null;
  }

  /** Whether a labelled field named the unit. */
  boolean fromLabel() {
    Candidate b = best();
    return b != null && b.rank() < TITLE_LINE;
  }

  /** Whether the text is a label of some field rather than a value. */
  boolean looksLabel(String text) {
    return isLabel.test(text);
  }

  /** Where an empty unit label stands; null when none was empty. */
  SourceLocation blankAt() {
    return blankAt;
  }

  /** The name in a label's value, or null when the value names nothing. */
  private String clean(String value, boolean person) {
    if (value == null) {
      return null;
    }
    String v = BRACKETED.matcher(value).replaceAll(m -> stamp(m.group(1)) ? "" : m.group());
    v = EDGE_PUNCT.matcher(v).replaceAll("");
    if (v.isBlank() || stamp(v) || isLabel.test(v) || placeholder(v)) {
      return null;
    }
    v = SECOND_LABEL.split(v, 2)[0];
    if (person) {
      v = PERSON_BREAK.split(v, 2)[0];
    }
    v = TRAILING_NOTE.matcher(v).replaceAll("");
    v = CODE.matcher(v.strip()).replaceFirst("");
    v = TextNormalizer.despace(EDGE_PUNCT.matcher(v).replaceAll(""));
    if (v.isEmpty() || v.length() > 40 || HeaderAmounts.isAmount(v)
        || org.jxlint.model.MoneyUnit.fromLabel(v).isPresent()) {
      return null;
    }
    return v;
  }

  /** A template's sample name left in place (县(市、区)教育部门), in either script. */
  private boolean placeholder(String text) {
    String k = org.jxlint.nlp.Scripts.simplified(LabelSet.key(text));
    return words.placeholders().stream().anyMatch(k::contains);
  }

  private boolean stamp(String text) {
    String k = LabelSet.key(text);
    return words.stamps().stream().anyMatch(k::equals);
  }
}
