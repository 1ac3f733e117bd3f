package org.jxlint.check;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.jxlint.config.ConfigException;
import org.jxlint.config.ProjectConfig;

/** Turns a {@code .jxlint.yml} into a {@link RuleSelection}, rejecting unknown rules and settings. */
public final class RuleSettings {

  private static final int MAX_SUGGESTION_DISTANCE = 4;

  private RuleSettings() {}

  public static RuleSelection select(ProjectConfig config, CheckRegistry registry)
      throws ConfigException {
    Map<String, Optional<Severity>> overrides = new HashMap<>();
    for (ProjectConfig.Suppression s : config.suppressions()) {
      requireKnown(s.rule(), config, registry);
    }
    for (Map.Entry<String, String> e : config.rules().entrySet()) {
      String id = e.getKey();
      requireKnown(id, config, registry);
      String setting = e.getValue().toLowerCase(java.util.Locale.ROOT);
      if (setting.equals("off") || setting.equals("false") || setting.equals("none")) {
        overrides.put(id, Optional.empty());
      } else if (!setting.equals("on") && !setting.equals("true")) {
        Severity s = Severity.parse(setting).orElseThrow(
            () -> new ConfigException("error.badSetting", config.file(), id, e.getValue()));
        overrides.put(id, Optional.of(s));
      }
    }
    return RuleSelection.of(overrides);
  }

  private static void requireKnown(String id, ProjectConfig config, CheckRegistry registry)
      throws ConfigException {
    if (registry.rule(id).isEmpty()) {
      Optional<String> near = nearest(id, registry);
      if (near.isPresent()) {
        throw new ConfigException("error.unknownRule.suggest", config.file(), id, near.get());
      }
      throw new ConfigException("error.unknownRule", config.file(), id);
    }
  }

  /** The rule id closest to a mistyped one, if any is close enough to be what was meant. */
  public static Optional<String> nearest(String id, CheckRegistry registry) {
    LevenshteinDistance distance = LevenshteinDistance.getDefaultInstance();
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (RuleMeta meta : registry.rules()) {
      int d = distance.apply(id, meta.id());
      if (d < bestDistance) {
        best = meta.id();
        bestDistance = d;
      }
    }
    return bestDistance <= MAX_SUGGESTION_DISTANCE ? Optional.ofNullable(best) : Optional.empty();
  }
}
