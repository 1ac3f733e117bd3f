package org.jxlint.check.rules;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jxlint.check.Category;
import org.jxlint.check.Check;
import org.jxlint.check.CheckContext;
import org.jxlint.check.LintRule;
import org.jxlint.check.Severity;
import org.jxlint.config.IndicatorLexicon;
import org.jxlint.model.Goal;
import org.jxlint.model.Indicator;
import org.jxlint.model.IndicatorField;
import org.jxlint.model.IndicatorTable;
import org.jxlint.model.Section;
import org.jxlint.model.SourceLocation;
import org.jxlint.model.Submission;

/**
 * Targets written as results (完成了…, 超额完成了…, 解决了…问题, 极大地改善了…): a work summary
 * pasted in where this year's commitments belong. Sentences naming an earlier year are left to
 * {@code year-inconsistency}.
 */
@LintRule(
    id = "achievement-as-target",
    name = "把工作总结当目标",
    severity = Severity.ERROR,
    category = Category.TIME,
    summary = "目标或指标写成了已经完成的工作（“完成了…”“取得了…”“解决了…问题”），是工作总结，不是今年的目标。")
public final class AchievementAsTargetCheck implements Check {

  private static final Pattern EARLIER_YEAR = Pattern.compile("(19|20)\\d{2}\\s*年");

  @Override
  public void check(Submission submission, CheckContext context) {
    IndicatorLexicon lexicon = context.vocabulary().indicators();
    java.util.Set<Indicator> inSections = Rows.readInSections(submission);
    for (IndicatorTable t : submission.tables()) {
      for (Indicator row : t.indicators()) {
        if (inSections.contains(row)) {
          continue; // the sections below are read sentence by sentence
        }
        for (IndicatorField f : List.of(IndicatorField.NAME, IndicatorField.VALUE)) {
          Optional<String> marker = marker(row.text(f), submission.year(), lexicon);
          if (marker.isPresent()) {
            context.report("cell").on(row, f).args(Rows.label(row), marker.get()).emit();
            break;
          }
        }
      }
    }
    for (Goal g : submission.goals()) {
      sentences(g.text(), g.location(), submission.year(), lexicon, context);
    }
    List<Summary> parts = new java.util.ArrayList<>();
    for (Section s : submission.sections()) {
      prose(s, submission.year(), lexicon, parts);
    }
    if (parts.size() >= MANY_PARTS) {
      // Summary-style writing all through the written targets: the reviewer says it once.
      List<String> all = parts.stream().flatMap(p -> p.sentences().stream()).toList();
      java.util.Set<String> markers = new java.util.LinkedHashSet<>();
      parts.forEach(p -> markers.addAll(p.markers()));
      context.report("prose-many").evidence(String.join("。", all) + "。")
          .at(parts.get(0).at()).args(parts.size(), all.size(),
              String.join("”“", markers.stream().limit(3).toList())).emit();
    } else {
      parts.forEach(p -> emit(p, context));
    }
  }

  /** Parts of the written targets that, written like a work summary, make the pattern whole. */
  private static final int MANY_PARTS = 3;

  /** The summary-style sentences of one text. */
  private record Summary(List<String> sentences, java.util.Set<String> markers,
      SourceLocation at) {}

  private static void prose(Section s, Integer year, IndicatorLexicon lexicon,
      List<Summary> parts) {
    summary(s.text(), s.location(), year, lexicon).ifPresent(parts::add);
    for (Section part : s.parts()) {
      prose(part, year, lexicon, parts);
    }
  }

  private static void sentences(String text, SourceLocation at, Integer year,
      IndicatorLexicon lexicon, CheckContext context) {
    summary(text, at, year, lexicon).ifPresent(p -> emit(p, context));
  }

  private static Optional<Summary> summary(String text, SourceLocation at, Integer year,
      IndicatorLexicon lexicon) {
    if (text == null) {
      return Optional.empty();
    }
    List<String> found = new java.util.ArrayList<>();
    java.util.Set<String> markers = new java.util.LinkedHashSet<>();
    for (String sentence : text.split("[。；;！!\\n]")) {
      marker(sentence, year, lexicon).ifPresent(m -> {
        found.add(sentence.strip());
        markers.add(m);
      });
    }
    return found.isEmpty() ? Optional.empty() : Optional.of(new Summary(found, markers, at));
  }

  /** The summary-style sentences of one text are one finding quoting them all. */
  private static void emit(Summary p, CheckContext context) {
    List<String> found = p.sentences();
    java.util.Set<String> markers = p.markers();
    SourceLocation at = p.at();
    if (found.size() == 1) {
      context.report("text").evidence(found.get(0)).at(at).args(markers.iterator().next()).emit();
    } else if (found.size() > 1) {
      context.report("text-many").evidence(String.join("。", found) + "。").at(at)
          .args(found.size(), String.join("”“", markers.stream().limit(3).toList())).emit();
    }
  }

  /** The past-tense marker of a text, unless it names a year (year-inconsistency's case). */
  private static Optional<String> marker(String text, Integer year, IndicatorLexicon lexicon) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    if (year != null && EARLIER_YEAR.matcher(text).find()) {
      return Optional.empty();
    }
    return IndicatorLexicon.longestIn(text, lexicon.pastMarkers());
  }
}
