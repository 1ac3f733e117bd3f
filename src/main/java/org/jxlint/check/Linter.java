package org.jxlint.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jxlint.config.Vocabulary;
import org.jxlint.model.SourceLocation;
import org.jxlint.model.Submission;

/**
 * Runs every enabled check on a submission. A check that throws becomes one {@code internal-error}
 * finding for that file; the other checks still run. Findings come back deduplicated (one rule
 * says one thing about a cell) and in a fixed order.
 */
public final class Linter {

  private static final Comparator<Integer> NULLS_FIRST =
      Comparator.nullsFirst(Comparator.naturalOrder());
  private static final Comparator<Finding> ORDER = Comparator
      .comparing((Finding f) -> f.location().table(), NULLS_FIRST)
      .thenComparing(f -> f.location().row(), NULLS_FIRST)
      .thenComparing(f -> f.location().line(), NULLS_FIRST)
      .thenComparing(f -> f.location().column(), NULLS_FIRST)
      .thenComparing(Finding::rule)
      .thenComparing(f -> Objects.toString(f.field(), ""))
      .thenComparing(Finding::evidence)
      .thenComparing(Finding::messageKey);

  private final CheckRegistry registry;
  private final RuleSelection selection;
  private final Vocabulary vocabulary;

  public Linter(CheckRegistry registry, RuleSelection selection, Vocabulary vocabulary) {
    this.registry = registry;
    this.selection = selection;
    this.vocabulary = vocabulary;
  }

  public List<Finding> lint(Submission submission) {
    List<Finding> all = new ArrayList<>();
    for (Check check : registry.checks()) {
      RuleMeta meta = registry.meta(check);
      if (!selection.enabled(meta.id())) {
        continue;
      }
      List<Finding> found = new ArrayList<>();
      try {
        check.check(submission, new CheckContext(meta, submission, vocabulary, found));
      } catch (Exception | StackOverflowError | AssertionError e) {
        found.clear();
        found.add(crash(meta, e));
      }
      selection.override(meta.id()).ifPresent(forced -> found.replaceAll(
          f -> f.rule().equals(meta.id()) ? f.withSeverity(forced) : f));
      all.addAll(found);
    }
    return deduplicate(all);
  }

  /**
   * Findings made outside this file's checks (across the files of a batch), as this linter's
   * configuration has them: dropped when their rule is off, at the severity it sets.
   */
  public List<Finding> admit(List<Finding> findings) {
    List<Finding> out = new ArrayList<>();
    for (Finding f : findings) {
      if (selection.enabled(f.rule())) {
        out.add(selection.override(f.rule()).map(f::withSeverity).orElse(f));
      }
    }
    return out;
  }

  /** This file's findings and those made across the batch, in the one fixed order. */
  public static List<Finding> merged(List<Finding> own, List<Finding> more) {
    if (more.isEmpty()) {
      return own;
    }
    List<Finding> all = new ArrayList<>(own);
    all.addAll(more);
    return deduplicate(all);
  }

  private static Finding crash(RuleMeta meta, Throwable e) {
    String what = e.getClass().getSimpleName()
        + (e.getMessage() == null ? "" : ": " + e.getMessage());
    return new Finding(RuleMeta.INTERNAL_ERROR.id(), RuleMeta.INTERNAL_ERROR.severity(),
        "internal-error.crash", List.of(meta.id(), what), List.of(), null, "",
        SourceLocation.NONE);
  }

  /**
   * One rule says one thing about a cell: where a rule reports the same cell twice, the more
   * severe finding stays (a reviewer fixes causes, not symptoms). Findings about no cell in
   * particular stay apart when they say different things.
   */
  private static List<Finding> deduplicate(List<Finding> findings) {
    Map<List<Object>, Finding> unique = new LinkedHashMap<>();
    for (Finding f : findings) {
      // Findings about a cell merge; findings about a whole table or file (no field) are
      // different statements when their arguments differ (two missing dimensions, say).
      List<Object> key = java.util.Arrays.asList(f.rule(), f.location(), f.field(),
          f.evidence(), f.indicator(), f.field() == null ? f.args() : null);
      unique.merge(key, f, (a, b) -> b.severity().ordinal() < a.severity().ordinal() ? b : a);
    }
    List<Finding> out = new ArrayList<>(unique.values());
    out.sort(ORDER);
    return out;
  }

}
