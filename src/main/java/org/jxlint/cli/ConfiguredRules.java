package org.jxlint.cli;

import java.util.Optional;
import org.jxlint.check.CheckRegistry;
import org.jxlint.check.RuleSettings;
import org.jxlint.config.ConfigException;
import org.jxlint.config.ProjectConfig;

/**
 * The rule ids a {@code .jxlint.yml} names — under {@code rules:} and in suppressions — checked
 * against the rules jxlint has (their ids and aliases), so that a typo is an error with its line
 * and the nearest id rather than a setting or waiver that silently applies to nothing.
 */
final class ConfiguredRules {

  private ConfiguredRules() {}

  static void requireKnown(ProjectConfig config, CheckRegistry registry) throws ConfigException {
    for (String id : config.rules().keySet()) {
      requireKnown(id, config.ruleLine(id), config, registry);
    }
    for (int i = 0; i < config.suppressions().size(); i++) {
      requireKnown(config.suppressions().get(i).rule(), config.suppressionLine(i), config,
          registry);
    }
  }

  private static void requireKnown(String id, Integer line, ProjectConfig config,
      CheckRegistry registry) throws ConfigException {
    if (registry.knows(id)) { // a rule's id, or a retired id one of its successors lists
      return;
    }
    Optional<String> near = RuleSettings.nearest(id, registry);
    if (near.isPresent()) {
      throw new ConfigException("error.config.unknownRule.suggest", config.file(), line, id,
          near.get());
    }
    throw new ConfigException("error.config.unknownRule", config.file(), line, id);
  }
}
