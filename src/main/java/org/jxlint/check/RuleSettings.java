package org.jxlint.check;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.jxlint.config.ConfigException;
import org.jxlint.config.ProjectConfig;

/**
 * Turns a {@code .jxlint.yml} into a {@link RuleSelection}, rejecting unknown rules and settings.
 * A retired id (an alias) sets every rule that lists it; a rule's own id, where also written, wins
 * over its alias whatever the order in the file, as the more specific setting.
 */
public final class RuleSettings {

  private static final int MAX_SUGGESTION_DISTANCE = 4;

  private RuleSettings() {}

  public static RuleSelection select(ProjectConfig config, CheckRegistry registry)
      throws ConfigException {
    for (ProjectConfig.Suppression s : config.suppressions()) {
      requireKnown(s.rule(), config, registry);
    }
    Map<String, Optional<Severity>> byAlias = new HashMap<>();
    Map<String, Optional<Severity>> byId = new HashMap<>();
    for (Map.Entry<String, String> e : config.rules().entrySet()) {
      String id = e.getKey();
      requireKnown(id, config, registry);
      Optional<Optional<Severity>> setting = setting(id, e.getValue(), config);
      if (setting.isPresent()) {
        Map<String, Optional<Severity>> into = registry.rule(id).isPresent() ? byId : byAlias;
        registry.resolve(id).forEach(rule -> into.put(rule, setting.get()));
      }
    }
    byAlias.putAll(byId);
    return RuleSelection.of(byAlias);
  }

  /** Empty for “on” (the default); else {@code Optional.empty()} for “off” or the severity. */
  private static Optional<Optional<Severity>> setting(String id, String written,
      ProjectConfig config) throws ConfigException {
    String setting = written.toLowerCase(Locale.ROOT);
    if (setting.equals("off") || setting.equals("false") || setting.equals("none")) {
      return Optional.of(Optional.empty());
    }
    if (setting.equals("on") || setting.equals("true")) {
      return Optional.empty();
    }
    Severity s = Severity.parse(setting).orElseThrow(
        () -> new ConfigException("error.badSetting", config.file(), id, written));
    return Optional.of(Optional.of(s));
  }

  private static void requireKnown(String id, ProjectConfig config, CheckRegistry registry)
      throws ConfigException {
    if (!registry.knows(id)) {
      Optional<String> near = nearest(id, registry);
      if (near.isPresent()) {
        throw new ConfigException("error.unknownRule.suggest", config.file(), id, near.get());
      }
      throw new ConfigException("error.unknownRule", config.file(), id);
    }
  }

  /**
   * The rule id (or alias) closest to a mistyped one, if any is close enough to be what was meant.
   */
  public static Optional<String> nearest(String id, CheckRegistry registry) {
    LevenshteinDistance distance = LevenshteinDistance.getDefaultInstance();
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String known : registry.writableIds()) {
      int d = distance.apply(id, known);
      if (d < bestDistance) {
        best = known;
        bestDistance = d;
      }
    }
    return bestDistance <= MAX_SUGGESTION_DISTANCE ? Optional.ofNullable(best) : Optional.empty();
  }
}
