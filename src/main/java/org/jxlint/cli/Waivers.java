package org.jxlint.cli;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jxlint.check.CheckRegistry;
import org.jxlint.check.Finding;
import org.jxlint.config.ProjectConfig;
import org.jxlint.report.FileReport;
import org.jxlint.text.TextNormalizer;

/**
 * The suppressions of a {@code .jxlint.yml}, applied to one file's findings. A suppression written
 * with a retired id waives the findings of every rule that lists it as an alias.
 */
final class Waivers {

  /** A suppression, the ids of the rules it waives, and its file pattern (null: any file). */
  private record Rule(ProjectConfig.Suppression s, Set<String> ids, PathMatcher files) {}

  private final List<Rule> rules = new ArrayList<>();

  Waivers(ProjectConfig config, CheckRegistry registry) {
    for (ProjectConfig.Suppression s : config.suppressions()) {
      rules.add(new Rule(s, Set.copyOf(registry.resolve(s.rule())), s.files() == null ? null
          : FileSystems.getDefault().getPathMatcher("glob:" + s.files())));
    }
  }

  FileReport apply(FileReport r) {
    if (rules.isEmpty() || r.findings().isEmpty()) {
      return r;
    }
    List<Finding> out = new ArrayList<>(r.findings().size());
    for (Finding f : r.findings()) {
      String reason = null;
      for (Rule rule : rules) {
        if (matches(rule, r.path(), f)) {
          reason = rule.s().reason();
          break;
        }
      }
      out.add(reason == null ? f : f.waived(reason));
    }
    return r.withFindings(out);
  }

  private static boolean matches(Rule rule, String path, Finding f) {
    ProjectConfig.Suppression s = rule.s();
    if (!rule.ids().contains(f.rule())) {
      return false;
    }
    if (rule.files() != null) {
      Path p = Path.of(path.replace('\\', '/'));
      boolean hit = rule.files().matches(p)
          || (p.getFileName() != null && rule.files().matches(p.getFileName()));
      if (!hit) {
        return false;
      }
    }
    if (s.indicator() != null) {
      String want = TextNormalizer.compact(s.indicator());
      if (f.indicator().stream().noneMatch(l -> TextNormalizer.compact(l).contains(want))) {
        return false;
      }
    }
    return s.evidence() == null
        || TextNormalizer.compact(f.evidence()).contains(TextNormalizer.compact(s.evidence()));
  }
}
