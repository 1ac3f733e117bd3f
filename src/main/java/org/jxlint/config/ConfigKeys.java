package org.jxlint.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * The keys a {@code .jxlint.yml} may have, checked on load as Ruff does: a key jxlint does not
 * know (a typo such as {@code rule:} for {@code rules:}) would otherwise be ignored and change the
 * gate silently, so it is an error naming the file, the line and the nearest valid key. Every key
 * here is documented in {@code docs/config.md}.
 */
final class ConfigKeys {

  static final List<String> TOP = List.of("rules", "suppressions");
  static final List<String> SUPPRESSION = List.of("rule", "files", "indicator", "evidence",
      "reason");
  static final List<String> RULE = List.of("severity");

  /** The words a rule's setting may be (case aside); {@code warn} is ESLint's. */
  static final Set<String> SETTINGS = Set.of("error", "warning", "warn", "info", "off", "on",
      "true", "false", "none");

  private ConfigKeys() {}

  static void check(LocatedYaml doc, Path file) throws ConfigException {
    JsonNode root = doc.root();
    known(doc, file, "", root, TOP);
    JsonNode rules = root.path("rules");
    for (Iterator<Map.Entry<String, JsonNode>> it = rules.fields(); it.hasNext();) {
      Map.Entry<String, JsonNode> e = it.next();
      String pointer = "/rules/" + LocatedYaml.escape(e.getKey());
      JsonNode setting = e.getValue();
      if (setting.isObject()) {
        known(doc, file, pointer, setting, RULE);
        setting = setting.path("severity");
      }
      boolean valid = setting.isBoolean() || (setting.isValueNode()
          && SETTINGS.contains(setting.asText().strip().toLowerCase(Locale.ROOT)));
      if (!valid) {
        throw new ConfigException("error.config.badSetting", file, doc.line(pointer), e.getKey(),
            setting.isValueNode() ? setting.asText() : setting.toString());
      }
    }
    JsonNode suppressions = root.path("suppressions");
    for (int i = 0; suppressions.isArray() && i < suppressions.size(); i++) {
      known(doc, file, "/suppressions/" + i, suppressions.get(i), SUPPRESSION);
    }
  }

  private static void known(LocatedYaml doc, Path file, String at, JsonNode node,
      List<String> valid) throws ConfigException {
    for (Iterator<String> it = node.fieldNames(); it.hasNext();) {
      String key = it.next();
      if (valid.contains(key)) {
        continue;
      }
      Integer line = doc.line(at + "/" + LocatedYaml.escape(key));
      Optional<String> near = nearest(key, valid);
      if (near.isPresent()) {
        throw new ConfigException("error.config.unknownKey.suggest", file, line, key, near.get());
      }
      throw new ConfigException("error.config.unknownKey", file, line, key,
          String.join("、", valid));
    }
  }

  /** The valid key closest to a mistyped one, when it is close enough to be what was meant. */
  static Optional<String> nearest(String key, List<String> valid) {
    LevenshteinDistance distance = LevenshteinDistance.getDefaultInstance();
    String lower = key.toLowerCase(Locale.ROOT);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String v : valid) {
      int d = distance.apply(lower, v);
      if (d < bestDistance) {
        best = v;
        bestDistance = d;
      }
    }
    return bestDistance <= Math.max(2, key.length() / 3) ? Optional.ofNullable(best)
        : Optional.empty();
  }
}
