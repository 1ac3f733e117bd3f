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

  /**
   * Starts loading what the checks need that takes long to load (HanLP's dictionaries) on a
   * thread of its own, so that it loads while the files are read.
   */
  public static void preload() {
    org.jxlint.nlp.Segmenter.preload();
  }


  private static final Comparator<Integer> NULLS_FIRST =
      Comparator.nullsFirst(Comparator.naturalOrder());
  private static final Comparator<Finding> ORDER = Comparator
      .comparing((Finding f) -> f.location().table(), NULLS_FIRST)
      .thenComparing(f -> f.location().row(), NULLS_FIRST)
      .thenComparing(f -> f.location().line(), NULLS_FIRST)
      .thenComparing(f -> f.location().column(), NULLS_FIRST)
      .thenComparing(f -> f.location().sheet(),
          Comparator.nullsFirst(Comparator.<String>naturalOrder()))
      .thenComparing(f -> f.location().cellRow(), NULLS_FIRST)
      .thenComparing(f -> f.location().cellColumn(), NULLS_FIRST)
      .thenComparing(Finding::rule)
      .thenComparing(f -> Objects.toString(f.field(), ""))
      .thenComparing(Finding::evidence)
      .thenComparing(Finding::messageKey);

  private final CheckRegistry registry;
  private final RuleSelection selection;
  private final Vocabulary vocabulary;

  private final RuleTimings timings;

  public Linter(CheckRegistry registry, RuleSelection selection, Vocabulary vocabulary) {
    this(registry, selection, vocabulary, null);
  }

  /** A linter that adds the time of each rule on each submission to {@code timings}. */
  public Linter(CheckRegistry registry, RuleSelection selection, Vocabulary vocabulary,
      RuleTimings timings) {
    this.registry = registry;
    this.selection = selection;
    this.vocabulary = vocabulary;
    this.timings = timings;
  }

  /** Where this linter adds up the time of its rules, or null when nobody asked. */
  public RuleTimings timings() {
    return timings;
  }

  public List<Finding> lint(Submission submission) {
    // The checks of one submission segment the same names and sentences: once each.
    return org.jxlint.nlp.Segmenter.remembering(() -> lintOnce(submission));
  }

  private List<Finding> lintOnce(Submission submission) {
    List<Finding> all = new ArrayList<>();
    Map<Object, Object> facts = new java.util.HashMap<>();
    for (Check check : registry.checks()) {
      RuleMeta meta = registry.meta(check);
      if (!selection.enabled(meta.id())) {
        continue;
      }
      List<Finding> found = new ArrayList<>();
      long start = timings == null ? 0 : System.nanoTime();
      try {
        check.check(submission, new CheckContext(meta, submission, vocabulary, found, facts));
      } catch (Exception | StackOverflowError | AssertionError e) {
        found.clear();
        found.add(crash(meta, e));
      }
      if (timings != null) {
        timings.add(meta.id(), System.nanoTime() - start);
      }
      selection.override(meta.id()).ifPresent(forced -> found.replaceAll(
          f -> f.rule().equals(meta.id()) ? f.withSeverity(forced) : f));
      all.addAll(found);
    }
    return foldRepeats(deduplicate(all), submission);
  }

  /**
   * The same thing said about the same indicator twice — its row copied into the long-term and
   * the annual table, “持续推进” in both — is one finding, at its first place: the unit mends it
   * once, and the reviewer says it once.
   */
  private static List<Finding> foldRepeats(List<Finding> findings, Submission submission) {
    Map<SourceLocation, org.jxlint.model.IndicatorTable> tableOf = new java.util.HashMap<>();
    for (var t : submission.tables()) {
      for (var i : t.indicators()) {
        tableOf.putIfAbsent(i.location(), t);
        i.cells().values().forEach(at -> tableOf.putIfAbsent(at, t));
      }
    }
    Map<List<Object>, Integer> said = new java.util.HashMap<>();
    List<Finding> out = new ArrayList<>(findings.size());
    for (Finding f : findings) {
      var table = tableOf.get(f.location());
      if (f.field() == null || f.indicator().isEmpty() || table == null) {
        out.add(f);
        continue;
      }
      // The same project's tables only: another project's copy is mended in that project.
      // (The arguments are left out: a finding about a table names the table's number.)
      Integer first = said.putIfAbsent(java.util.Arrays.asList(f.rule(), f.messageKey(),
          f.field(), f.indicator(), org.jxlint.text.TextNormalizer.compact(
              f.evidence()), String.valueOf(table.project())), table.index());
      if (first == null || first == table.index()) {
        out.add(f); // two rows of one table are two places to mend (duplicate-indicator's)
      }
    }
    return out;
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
