package org.jxlint.check.rules;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jxlint.check.Category;
import org.jxlint.check.Check;
import org.jxlint.check.CheckContext;
import org.jxlint.check.LintRule;
import org.jxlint.check.Severity;
import org.jxlint.model.Goal;
import org.jxlint.model.Indicator;
import org.jxlint.model.IndicatorTable;
import org.jxlint.model.Scope;
import org.jxlint.model.Section;
import org.jxlint.model.Submission;
import org.jxlint.model.ValueKind;
import org.jxlint.text.TextNormalizer;

/**
 * Whole blocks repeated where different content is expected: the annual goal word for word the
 * long-term one, two sub-targets with the same 绩效指标 text, two projects' indicator tables that
 * are the same but for the project's name.
 */
@LintRule(
    id = "copy-paste-section",
    name = "成段照搬",
    severity = Severity.WARNING,
    category = Category.DUPLICATION,
    summary = "整段内容照搬：年度目标与长期目标相同、两个分项目标的绩效指标相同、两个项目的指标表雷同。")
public final class CopyPasteSectionCheck implements Check {

  /** Texts shorter than this are not blocks. */
  private static final int MIN_TEXT = 10;
  /** Share of shared rows above which two project tables are clones. */
  private static final double CLONE = 0.5;
  private static final int MIN_ROWS = 4;

  @Override
  public void check(Submission submission, CheckContext context) {
    goals(submission, context);
    List<Section> leaves = new ArrayList<>();
    submission.sections().forEach(s -> leaves(s, null, leaves));
    subTargets(leaves, context);
    tables(submission, context);
  }

  private static void goals(Submission submission, CheckContext context) {
    for (Goal annual : submission.goals()) {
      if (annual.scope() != Scope.ANNUAL || norm(annual.text()).length() < MIN_TEXT) {
        continue;
      }
      List<String> items = items(annual.text());
      for (Goal longTerm : submission.goals()) {
        if (longTerm.scope() != Scope.LONG_TERM) {
          continue;
        }
        List<String> theirs = items(longTerm.text());
        long shared = items.stream().filter(theirs::contains).count();
        if (norm(longTerm.text()).equals(norm(annual.text())) || shared * 2 >= items.size()
            && shared >= 2) {
          context.report("goals").evidence(annual.text()).at(annual.location()).emit();
          break;
        }
      }
    }
  }

  /** The numbered items of a goal (目标1：…目标2：…), normalised. */
  private static List<String> items(String text) {
    List<String> out = new ArrayList<>();
    for (String item : TextNormalizer.compact(text).split("目标\\d+[:：]|\\d+[、.．]")) {
      String n = norm(item);
      if (n.length() >= MIN_TEXT) {
        out.add(n);
      }
    }
    return out;
  }

  /** The parts of sub-targets (绩效目标/绩效指标 under （一）…), with their sub-target heading. */
  private record Leaf(String owner, Section part) {}

  private static void leaves(Section s, String owner, List<Section> out) {
    if (owner != null && s.parts().isEmpty() && s.text() != null) {
      out.add(new Section(owner + "\u0000" + (s.heading() == null ? "" : s.heading()), s.text(),
          List.of(), s.location()));
    }
    for (Section p : s.parts()) {
      leaves(p, s.heading() == null ? "" : s.heading(), out);
    }
  }

  private static void subTargets(List<Section> leaves, CheckContext context) {
    Set<Integer> reported = new HashSet<>();
    for (int j = 1; j < leaves.size(); j++) {
      Section later = leaves.get(j);
      String[] l = later.heading().split("\u0000", -1);
      for (int i = 0; i < j && !reported.contains(j); i++) {
        Section first = leaves.get(i);
        String[] f = first.heading().split("\u0000", -1);
        if (!f[0].equals(l[0]) && f[1].equals(l[1]) && norm(later.text()).length() >= MIN_TEXT
            && norm(later.text()).equals(norm(first.text()))) {
          context.report("parts").evidence(later.text()).at(later.location())
              .args(TextNormalizer.despace(l[0]), TextNormalizer.despace(l[1]),
                  TextNormalizer.despace(f[0]))
              .emit();
          reported.add(j);
        }
      }
    }
  }

  private static void tables(Submission submission, CheckContext context) {
    List<IndicatorTable> projects = submission.tables().stream()
        .filter(t -> t.project() != null && t.indicators().size() >= MIN_ROWS).toList();
    for (int j = 1; j < projects.size(); j++) {
      for (int i = 0; i < j; i++) {
        IndicatorTable a = projects.get(i);
        IndicatorTable b = projects.get(j);
        if (norm(a.project()).equals(norm(b.project()))) {
          continue; // one project's tables side by side (a target column per region or scope)
        }
        Set<String> ra = rows(a);
        Set<String> rb = rows(b);
        Set<String> both = new HashSet<>(ra);
        both.retainAll(rb);
        int smaller = Math.min(ra.size(), rb.size());
        if (smaller >= MIN_ROWS - 1 && both.size() >= CLONE * smaller) {
          context.report("tables").evidence(TextNormalizer.despace(b.project()))
              .at(b.location().isEmpty() ? b.indicators().get(0).location() : b.location())
              .args(TextNormalizer.despace(b.project()), TextNormalizer.despace(a.project()),
                  both.size(), smaller)
              .emit();
          break;
        }
      }
    }
  }

  /**
   * What a table says once its own project's name is set aside, as a fingerprint for finding the
   * same table in another file of a batch; empty for a table too small to tell.
   */
  public static java.util.Optional<String> fingerprint(IndicatorTable t) {
    Set<String> rows = rows(t);
    if (rows.size() < MIN_ROWS - 1) {
      return java.util.Optional.empty();
    }
    String project = t.project() == null ? "" : norm(t.project());
    java.util.List<String> sorted = new ArrayList<>();
    for (String r : rows) {
      sorted.add(project.isEmpty() ? r : r.replace(project, "\u0001"));
    }
    java.util.Collections.sort(sorted);
    return java.util.Optional.of(String.join("\n", sorted));
  }

  /** A table's rows as comparable keys, leaving out money figures and satisfaction. */
  private static Set<String> rows(IndicatorTable t) {
    Set<String> out = new HashSet<>();
    for (Indicator r : t.indicators()) {
      String name = norm(r.name());
      if (name.isEmpty() || name.contains("满意") || name.contains("金额") || name.contains("预算")
          || (r.target() != null && r.target().kind() == ValueKind.NUMBER && r.target().unit() != null
              && r.target().unit().endsWith("元"))) {
        continue;
      }
      out.add(name + "|" + norm(r.value()));
    }
    return out;
  }

  private static String norm(String text) {
    return TextNormalizer.bare(text);
  }
}
