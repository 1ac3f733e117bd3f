package org.jxlint.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A {@code .jxlint.yml}: which rules are off and which report at another severity.
 *
 * <pre>
 * rules:
 *   empty-value: warning   # error | warning | info | off
 * </pre>
 *
 * @param rules rule id → setting as written (validated against the rules by the caller)
 */
public record ProjectConfig(Path file, Map<String, String> rules) {

  public static final String FILE_NAME = ".jxlint.yml";

  public ProjectConfig {
    rules = Map.copyOf(rules);
  }

  public static ProjectConfig none() {
    return new ProjectConfig(null, Map.of());
  }

  /** The nearest {@value #FILE_NAME} in the start directory or any directory above it. */
  public static Optional<Path> findUpward(Path start) {
    Path dir = start.toAbsolutePath().normalize();
    if (!Files.isDirectory(dir)) {
      dir = dir.getParent();
    }
    for (; dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve(FILE_NAME);
      if (Files.isRegularFile(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  public static ProjectConfig load(Path file) throws ConfigException {
    JsonNode root;
    try (InputStream in = Files.newInputStream(file)) {
      root = Yaml.read(in);
    } catch (IOException e) {
      throw new ConfigException("error.configBroken", file, Vocabulary.firstLine(e.getMessage()));
    }
    if (!root.isObject()) {
      throw new ConfigException("error.configShape", file, "rules:");
    }
    Map<String, String> rules = new LinkedHashMap<>();
    JsonNode rulesNode = root.path("rules");
    if (!rulesNode.isMissingNode() && !rulesNode.isNull() && !rulesNode.isObject()) {
      throw new ConfigException("error.configShape", file, "rules:");
    }
    rulesNode.fields().forEachRemaining(e -> rules.put(e.getKey(), setting(e.getValue())));
    return new ProjectConfig(file, rules);
  }

  /** YAML 1.1 reads a bare {@code off} as false; both mean “off”. */
  private static String setting(JsonNode node) {
    if (node.isBoolean()) {
      return node.asBoolean() ? "on" : "off";
    }
    if (node.isObject()) {
      return node.path("severity").asText("");
    }
    return node.asText("").strip();
  }
}
