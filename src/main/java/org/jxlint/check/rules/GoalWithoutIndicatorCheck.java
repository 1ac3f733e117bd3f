package org.jxlint.check.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
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
import org.jxlint.config.IndicatorLexicon;
import org.jxlint.config.Vocabulary;
import org.jxlint.model.Goal;
import org.jxlint.model.Indicator;
import org.jxlint.model.Project;
import org.jxlint.model.Scope;
import org.jxlint.model.Section;
import org.jxlint.model.SourceLocation;
import org.jxlint.model.Submission;
import org.jxlint.model.TargetValue;
import org.jxlint.text.TextNormalizer;

/**
 * Goals that no indicator measures: a figure promised in the annual goal or the year's tasks (“企业
 * 15家以上”) that no indicator carries, and a sub-target whose 绩效指标 text shares no subject
 * with its 绩效目标. A hint for the reviewer, not a verdict.
 */
@LintRule(
    id = "goal-without-indicator",
    name = "目标没有指标考核",
    severity = Severity.INFO,
    category = Category.CONSISTENCY,
    summary = "年度目标或工作任务里承诺的数量没有指标考核，或分项目标的绩效指标与其绩效目标讲的不是一件事。")
public final class GoalWithoutIndicatorCheck implements Check {

  /** Unit families a promise is counted in; years, months and money are not promises. */
  private static final List<String> PROMISED = List.of("percent", "percentage-point", "count",
      "people", "household", "area", "length", "mass");
  private static final Pattern CLAUSE = Pattern.compile("[^。；;！!？?，,\\n]+");
  private static final Pattern NUMBER = Pattern.compile("(?<![\\d.])(\\d+(?:\\.\\d+)?)\\s*");

  private record Promise(BigDecimal number, String unit, String family, String text) {}

  @Override
  public void check(Submission submission, CheckContext context) {
    Vocabulary vocabulary = context.vocabulary();
    IndicatorLexicon lexicon = vocabulary.indicators();
    List<Indicator> rows = Rows.all(submission);
    if (!rows.isEmpty()) {
      List<String> units = promiseUnits(vocabulary);
      for (Goal goal : submission.goals()) {
        if (goal.scope() == Scope.ANNUAL) {
          promises(goal.text(), goal.location(), rows, units, vocabulary, context);
        }
      }
      for (Section s : submission.sections()) {
        if (IndicatorLexicon.containsAny(TextNormalizer.compact(s.heading()),
            lexicon.words("goal-headings")) && s.text() != null) {
          promises(s.text(), s.location(), rows, units, vocabulary, context);
        }
      }
      // A project's own 年度绩效目标, measured by that project's tables where it has any.
      for (Project p : submission.projects()) {
        if (p.goal() != null && !p.goal().isBlank()) {
          List<Indicator> own = submission.tables().stream()
              .filter(t -> p.name() != null && p.name().equals(t.project()))
              .flatMap(t -> t.indicators().stream()).toList();
          promises(p.goal(), p.location(), own.isEmpty() ? rows : own, units, vocabulary,
              context);
        }
      }
    }
    submission.sections().forEach(s -> subTargets(s, lexicon, context));
  }

  // ---- figures promised and not measured ----------------------------------------------------

  private static void promises(String text, SourceLocation where, List<Indicator> rows,
      List<String> units, Vocabulary vocabulary, CheckContext context) {
    Topics topics = Topics.of(context, vocabulary.indicators().words("topic-generic"));
    List<Promise> unmeasured = new java.util.ArrayList<>();
    for (Promise p : promisesIn(text, units, vocabulary)) {
      // A promise in the very sentence indicator rows were read from is theirs to measure.
      String clause = TextNormalizer.compact(p.text());
      boolean carried = rows.stream().anyMatch(r -> carries(r, p, vocabulary, topics)
          || r.evidence() != null && TextNormalizer.compact(r.evidence()).contains(clause));
      if (!carried) {
        unmeasured.add(p);
      }
    }
    if (unmeasured.isEmpty()) {
      return;
    }
    // In the order the text makes them.
    String whole = TextNormalizer.compact(text);
    unmeasured.sort(java.util.Comparator.comparingInt(
        p -> whole.indexOf(TextNormalizer.compact(p.text()))));
    Promise first = unmeasured.get(0);
    String example = CheckContext.term(first.family().startsWith("percent")
        ? "goal.example.rate" : "goal.example.count");
    if (unmeasured.size() == 1) {
      context.report("promise").evidence(first.text()).at(where)
          .args(first.number().toPlainString() + first.unit(), example).emit();
      return;
    }
    // One text, one finding: the promises it makes that nothing measures, listed together.
    context.report("promises").evidence(first.text()).at(where)
        .args(unmeasured.size(), String.join("”“", unmeasured.stream()
            .map(p -> TextNormalizer.despace(p.text())).toList()),
            first.number().toPlainString() + first.unit(), example).emit();
  }

  /** The units a promise is counted in, longest first (万人次 before 人次 before 人). */
  private static List<String> promiseUnits(Vocabulary vocabulary) {
    return vocabulary.values().unitFamilies().entrySet().stream()
        .filter(e -> PROMISED.contains(e.getKey())).flatMap(e -> e.getValue().stream())
        .sorted(Comparator.comparingInt(String::length).reversed()).toList();
  }

  private static List<Promise> promisesIn(String text, List<String> units,
      Vocabulary vocabulary) {
    List<Promise> out = new ArrayList<>();
    Matcher clause = CLAUSE.matcher(text == null ? "" : text);
    while (clause.find()) {
      String c = clause.group().strip();
      Matcher m = NUMBER.matcher(c);
      while (m.find()) {
        String rest = c.substring(m.end());
        if (c.substring(0, m.start()).strip().endsWith("目标")) {
          continue; // 目标1：
        }
        for (String unit : units) {
          if (rest.startsWith(unit)) {
            out.add(new Promise(new BigDecimal(m.group(1)), unit,
                vocabulary.values().familyOf(unit), c));
            break;
          }
        }
      }
    }
    return out;
  }

  /** An indicator carries a promise: the same figure in the same family, about the same thing. */
  private static boolean carries(Indicator row, Promise p, Vocabulary vocabulary,
      Topics topics) {
    TargetValue t = row.target();
    if (t == null || t.number() == null || t.number().compareTo(p.number()) != 0
        || !p.family().equals(vocabulary.values().familyOf(t.unit()))) {
      return false;
    }
    if (p.unit().equals(t.unit()) && !"percent".equals(p.family())) {
      return true; // 15家 and 15家; a share (95%) says too little on its own
    }
    return topics.meet(p.text(), Rows.name(row));
  }

  // ---- sub-targets whose indicators are about something else --------------------------------

  private static void subTargets(Section s, IndicatorLexicon lexicon, CheckContext context) {
    Section goal = part(s, lexicon.words("part-goal"));
    Section indicators = part(s, lexicon.words("part-indicators"));
    if (goal != null && indicators != null && goal.text() != null && indicators.text() != null) {
      Topics topics = Topics.of(context, lexicon.words("topic-generic"));
      Set<String> said = topics.of(goal.text());
      Set<String> measured = topics.of(indicators.text());
      if (said.size() >= 2 && measured.size() >= 2) {
        Set<String> shared = new HashSet<>(said);
        shared.retainAll(measured);
        if (shared.isEmpty()) {
          context.report("topic").evidence(indicators.text()).at(indicators.location())
              .args(TextNormalizer.despace(s.heading()), goal.text().strip()).emit();
        }
      }
    }
    s.parts().forEach(p -> subTargets(p, lexicon, context));
  }

  private static Section part(Section s, List<String> headings) {
    for (Section p : s.parts()) {
      if (headings.contains(TextNormalizer.compact(p.heading()).replaceAll("[:：]$", ""))) {
        return p;
      }
    }
    return null;
  }
}
