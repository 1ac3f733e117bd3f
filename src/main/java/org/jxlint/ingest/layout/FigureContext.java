package org.jxlint.ingest.layout;

import java.util.List;
import org.jxlint.config.ProseLexicon;

/**
 * Names a figure of a sentence by the words around it rather than before it: the places a project
 * reaches (在全县12个乡镇 → 覆盖乡镇 | 12个乡镇) and who benefits (…2007人次脱贫劳动力受益 →
 * 受益脱贫劳动力).
 */
final class FigureContext {

  private final ProseLexicon prose;

  FigureContext(ProseLexicon prose) {
    this.prose = prose;
  }

  /** A figure of places as a row: its name, its target, and where in the clause it ends. */
  record Reach(String name, String target, int end) {}

  /**
   * The reach a figure {@code clause[start, end)} counts when only a locative ({@code pre}: 在,
   * 在全县) stands before it and it counts places (12个乡镇, 31个村); null otherwise.
   */
  Reach reach(String clause, int start, int end, String pre) {
    ProseLexicon.Coverage c = prose.coverage();
    String p = withoutFirst(withoutFirst(ProseSplitter.trim(pre), c.leadIns()), c.scopes());
    if (!ProseSplitter.trim(p).isEmpty()) {
      return null;
    }
    String figure = clause.substring(start, end).strip();
    for (String m : c.measures()) {
      for (String place : c.places()) {
        if (figure.endsWith(m + place)) {
          return new Reach(c.name() + place, figure, end); // 31个村: the place is its unit
        }
        if (figure.endsWith(m) && clause.startsWith(place, end)) {
          return new Reach(c.name() + place, figure + place, end + place.length());
        }
      }
    }
    return null;
  }

  /**
   * 脱贫劳动力受益 after a clause's last figure: the name is 受益 and who benefits; null when the
   * clause does not end so.
   */
  String beneficiaries(String post) {
    String t = ProseSplitter.trim(post);
    for (String v : prose.benefitVerbs()) {
      if (t.endsWith(v) && t.length() > v.length()) {
        String who = ProseSplitter.trim(t.substring(0, t.length() - v.length()));
        if (!who.isEmpty() && who.chars().noneMatch(Character::isDigit)) {
          return v + who;
        }
      }
    }
    return null;
  }

  private static String withoutFirst(String text, List<String> leads) {
    for (String w : leads) {
      if (text.startsWith(w)) {
        return text.substring(w.length());
      }
    }
    return text;
  }
}
