package org.jxlint.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.jxlint.check.CheckRegistry;
import org.jxlint.check.Finding;
import org.jxlint.check.RuleMeta;
import org.jxlint.config.ConfigException;
import org.jxlint.report.FileReport;
import org.jxlint.report.Fingerprint;
import org.jxlint.text.TextNormalizer;

/**
 * Today's accepted findings ({@code --write-baseline}) and, on later runs ({@code --baseline}),
 * which findings are already known, which are new, and which baseline entries no longer occur.
 *
 * <p>A finding is known when the baseline records, for the same file (its path relative to the
 * checked root), the same rule and the same {@link Fingerprint} (never a row number), and the
 * file has not yet used up that entry's count nor the (file, rule) count. One more finding than
 * recorded is therefore always new, however the files are named.
 *
 * <p>Entries recorded under a retired id (a rule's alias, {@link RuleMeta#aliases()}) stand for
 * the findings of every rule that lists it: a finding its own rule's entries do not know is
 * looked up under each alias, by the fingerprint it would have had under that id, else by its
 * indicator and evidence, which the entry records as text. The alias's counts are shared by all
 * its successors, so a split rule still never hides a finding more than was recorded.
 */
final class Baseline {

  /** A note on how an old baseline was read, as a message key and its arguments. */
  record Note(String key, List<Object> args) {}

  /** The findings recorded for one file and rule, and how many of them this run has used. */
  private static final class Group {
    final int count;
    int used;
    final Map<String, Tally> byFingerprint = new LinkedHashMap<>();

    Group(int count) {
      this.count = count;
    }
  }

  /** One recorded fingerprint and how many of its findings this run has used. */
  private static final class Tally {
    final BaselineFile.Entry entry;
    int used;

    Tally(BaselineFile.Entry entry) {
      this.entry = entry;
    }
  }

  /** A version 1 entry matched any number of findings with its fingerprint. */
  private static final int UNLIMITED = Integer.MAX_VALUE;

  private final Map<String, Map<String, Group>> byFile = new HashMap<>();
  private final Set<String> filesChecked = new HashSet<>();
  private final List<Note> notes = new ArrayList<>();
  private final Function<String, List<String>> aliasesOf;

  private Baseline(Function<String, List<String>> aliasesOf) {
    this.aliasesOf = aliasesOf;
  }

  static Baseline empty() {
    return new Baseline(rule -> List.of());
  }

  /**
   * The baseline file, for a run over files with these keys ({@link BaselineKeys#key}). A version
   * 1 file names files only by their bare name: an entry belongs to the one file of this run with
   * that name; where several files share it, the entry cannot be placed and their findings count
   * as new (said in {@link #notes()}).
   */
  static Baseline load(Path file, Collection<String> runKeys, CheckRegistry registry)
      throws ConfigException {
    return of(BaselineFile.read(file), runKeys, file, registry);
  }

  /** The baseline's contents for a run; the registry says which retired ids name which rules. */
  static Baseline of(BaselineFile.Contents contents, Collection<String> runKeys, Object source,
      CheckRegistry registry) {
    Baseline b = new Baseline(rule -> registry.rule(rule).map(RuleMeta::aliases)
        .orElse(List.of()));
    if (!contents.legacy()) {
      contents.counts().forEach((file, rules) -> rules.forEach((rule, count) ->
          b.group(file, rule, count)));
      contents.entries().forEach(e -> b.add(e.file(), e, 0));
      return b;
    }
    Map<String, List<String>> byName = new HashMap<>();
    for (String key : runKeys) {
      byName.computeIfAbsent(BaselineKeys.bareName(key), k -> new ArrayList<>()).add(key);
    }
    b.notes.add(new Note("baseline.legacy", List.of(source)));
    Set<String> ambiguous = new TreeSet<>();
    for (BaselineFile.Entry e : contents.entries()) {
      List<String> files = byName.getOrDefault(e.file(), List.of());
      if (files.size() == 1) {
        b.add(files.get(0), e, UNLIMITED);
      } else if (files.size() > 1) {
        ambiguous.add(e.file());
      }
    }
    for (String name : ambiguous) {
      b.notes.add(new Note("baseline.legacyAmbiguous", List.of(name, byName.get(name).size())));
    }
    return b;
  }

  private Group group(String file, String rule, int count) {
    return byFile.computeIfAbsent(file, k -> new HashMap<>())
        .computeIfAbsent(rule, k -> new Group(count));
  }

  private void add(String file, BaselineFile.Entry e, int groupCount) {
    group(file, e.rule(), groupCount).byFingerprint.put(e.fingerprint(), new Tally(e));
  }

  /** What the CLI should tell the user about how the file was read; empty for a current file. */
  List<Note> notes() {
    return List.copyOf(notes);
  }

  /**
   * The report with the findings the baseline knows marked as known. Reports must come in a fixed
   * order (input order): when a file has more findings than recorded, the first are known.
   *
   * @param key the file's path relative to the checked root ({@link BaselineKeys#key})
   */
  FileReport apply(FileReport r, String key) {
    filesChecked.add(key);
    Map<String, Group> rules = byFile.get(key);
    if (rules == null || r.findings().isEmpty()) {
      return r;
    }
    List<Finding> marked = new ArrayList<>(r.findings().size());
    for (Finding f : r.findings()) {
      marked.add(f.waiver() == null && known(rules, r.path(), f) ? f.asKnown() : f);
    }
    return r.withFindings(marked);
  }

  /** Whether an entry with room left knows the finding, under its rule or one of its aliases. */
  private boolean known(Map<String, Group> rules, String path, Finding f) {
    if (use(rules.get(f.rule()), Fingerprint.of(path, f))) {
      return true;
    }
    for (String alias : aliasesOf.apply(f.rule())) {
      Group g = rules.get(alias);
      if (g != null && (use(g, Fingerprint.of(path, refiled(f, alias))) || useSame(g, f))) {
        return true;
      }
    }
    return false;
  }

  /** Takes one finding's worth of the entry with this fingerprint, if it has room. */
  private static boolean use(Group g, String fingerprint) {
    return g != null && use(g, g.byFingerprint.get(fingerprint));
  }

  /** Takes one finding's worth of an entry with the finding's indicator and evidence. */
  private static boolean useSame(Group g, Finding f) {
    String indicator = TextNormalizer.compact(String.join(" › ", f.indicator()));
    String evidence = TextNormalizer.compact(f.evidence());
    for (Tally t : g.byFingerprint.values()) {
      if (TextNormalizer.compact(t.entry.indicator()).equals(indicator)
          && TextNormalizer.compact(t.entry.evidence()).equals(evidence) && use(g, t)) {
        return true;
      }
    }
    return false;
  }

  private static boolean use(Group g, Tally t) {
    if (t == null || g.used >= g.count || t.used >= t.entry.count()) {
      return false;
    }
    g.used++;
    t.used++;
    return true;
  }

  /** The finding as its rule's predecessor {@code id} reported it. */
  private static Finding refiled(Finding f, String id) {
    return new Finding(id, f.severity(), f.messageKey(), f.args(), f.indicator(), f.field(),
        f.evidence(), f.location());
  }

  /** Entries of files checked in this run that did not occur again (as often): fixed since. */
  List<String> stale() {
    List<String> out = new ArrayList<>();
    byFile.forEach((file, rules) -> {
      if (filesChecked.contains(file)) {
        rules.values().forEach(g -> g.byFingerprint.values().forEach(t -> {
          BaselineFile.Entry e = t.entry;
          boolean legacy = e.count() == UNLIMITED;
          if (legacy ? t.used == 0 : t.used < e.count()) {
            out.add(describe(file, e, legacy ? 1 : e.count() - t.used));
          }
        }));
      }
    });
    out.sort(null);
    return out;
  }

  private static String describe(String file, BaselineFile.Entry e, int times) {
    return file + " · " + e.rule() + (e.indicator().isEmpty() ? "" : " · " + e.indicator())
        + (e.evidence().isEmpty() ? "" : " · “" + e.evidence() + "”")
        + (times > 1 ? " ×" + times : "");
  }

  /**
   * Records every finding neither waived nor jxlint's own failure (internal-error is a bug to
   * report, not a finding to accept), per file key, rule and fingerprint.
   */
  static final class Writer {
    private final Map<List<String>, BaselineFile.Entry> entries = new HashMap<>();

    synchronized void add(FileReport r, String key) {
      for (Finding f : r.findings()) {
        if (f.waiver() == null && !RuleMeta.INTERNAL_ERROR.id().equals(f.rule())) {
          String fp = Fingerprint.of(r.path(), f);
          entries.merge(List.of(key, f.rule(), fp), new BaselineFile.Entry(key, f.rule(), fp, 1,
              String.join(" › ", f.indicator()), f.evidence()),
              (a, b) -> new BaselineFile.Entry(a.file(), a.rule(), a.fingerprint(),
                  a.count() + 1, a.indicator(), a.evidence()));
        }
      }
    }

    /** How many findings were recorded. */
    synchronized int size() {
      return entries.values().stream().mapToInt(BaselineFile.Entry::count).sum();
    }

    synchronized String json() throws IOException {
      return BaselineFile.write(new ArrayList<>(entries.values()));
    }

    void write(Path file) throws IOException {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      Files.writeString(file, json());
    }
  }
}
