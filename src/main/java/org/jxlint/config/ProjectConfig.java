package org.jxlint.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A {@code .jxlint.yml}: which rules are off and which report at another severity.
 *
 * <pre>
 * rules:
 *   empty-value: warning   # error | warning (or warn) | info | off
 * </pre>
 *
 * <p>Suppressions waive findings that a province accepts, each with its reason (required):
 *
 * <pre>
 * suppressions:
 *   - rule: unit-mismatch        # required
 *     files: "乡镇/*.docx"        # glob on the file's path; optional
 *     indicator: 工作质量          # any level of the indicator path contains it; optional
 *     evidence: "≥95百分比"        # the cell text contains it; optional
 *     reason: 省里模板规定写“百分比”  # required
 * </pre>
 *
 * @param rules rule id → setting as written (validated against the rules by the caller)
 * @param suppressions waivers, in file order (rule ids validated by the caller)
 * @param lines where each key is, by JSON pointer ({@link LocatedYaml#lines()})
 */
public record ProjectConfig(Path file, Map<String, String> rules, List<Suppression> suppressions,
    Map<String, Integer> lines) {

  /** One waiver of {@code .jxlint.yml}; null parts match anything. */
  public record Suppression(String rule, String files, String indicator, String evidence,
      String reason) {}

  public static final String FILE_NAME = ".jxlint.yml";

  public ProjectConfig {
    rules = Map.copyOf(rules);
    suppressions = List.copyOf(suppressions);
    lines = Map.copyOf(lines);
  }

  public ProjectConfig(Path file, Map<String, String> rules, List<Suppression> suppressions) {
    this(file, rules, suppressions, Map.of());
  }

  public static ProjectConfig none() {
    return new ProjectConfig(null, Map.of(), List.of());
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

  /**
   * Reads and validates the file: YAML errors, keys jxlint does not know and settings it cannot
   * take are configuration errors with the line they are on.
   */
  public static ProjectConfig load(Path file) throws ConfigException {
    LocatedYaml doc = LocatedYaml.read(text(file), file);
    JsonNode root = doc.root();
    if (!root.isObject()) {
      throw new ConfigException("error.configShape", file, "rules:");
    }
    Map<String, String> rules = new LinkedHashMap<>();
    JsonNode rulesNode = root.path("rules");
    if (!rulesNode.isMissingNode() && !rulesNode.isNull() && !rulesNode.isObject()) {
      throw new ConfigException("error.configShape", file, "rules:");
    }
    ConfigKeys.check(doc, file);
    rulesNode.fields().forEachRemaining(e -> rules.put(e.getKey(), setting(e.getValue())));
    return new ProjectConfig(file, rules, suppressions(file, root.path("suppressions")),
        doc.lines());
  }

  /** The file's text: UTF-8 (a BOM dropped), else GB18030, as Windows Notepad saves it. */
  static String text(Path file) throws ConfigException {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new ConfigException("error.configBroken", file, Vocabulary.firstLine(e.getMessage()));
    }
    String text;
    try {
      text = java.nio.charset.StandardCharsets.UTF_8.newDecoder()
          .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
    } catch (java.nio.charset.CharacterCodingException e) {
      text = new String(bytes, java.nio.charset.Charset.forName("GB18030"));
    }
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  /** The line a rule's setting is on; null when not known. */
  public Integer ruleLine(String id) {
    return lines.get("/rules/" + LocatedYaml.escape(id));
  }

  /** The line the {@code index}-th suppression (from 0) starts on; null when not known. */
  public Integer suppressionLine(int index) {
    return lines.get("/suppressions/" + index);
  }

  private static List<Suppression> suppressions(Path file, JsonNode node) throws ConfigException {
    List<Suppression> out = new ArrayList<>();
    if (node.isMissingNode() || node.isNull()) {
      return out;
    }
    if (!node.isArray()) {
      throw new ConfigException("error.configShape", file, "suppressions: - rule: … reason: …");
    }
    for (int i = 0; i < node.size(); i++) {
      JsonNode s = node.get(i);
      String rule = text(s, "rule");
      String reason = text(s, "reason");
      if (rule == null) {
        throw new ConfigException("error.suppressionRule", file, i + 1);
      }
      if (reason == null) {
        throw new ConfigException("error.suppressionReason", file, i + 1, rule);
      }
      out.add(new Suppression(rule, text(s, "files"), text(s, "indicator"), text(s, "evidence"),
          reason));
    }
    return out;
  }

  private static String text(JsonNode node, String key) {
    JsonNode v = node.path(key);
    return v.isMissingNode() || v.isNull() || v.asText("").isBlank() ? null : v.asText().strip();
  }

  /**
   * A rule's setting as written, {@code warn} (ESLint's word) spelled {@code warning}. YAML 1.1
   * reads a bare {@code off} as false; both mean “off”.
   */
  private static String setting(JsonNode node) {
    if (node.isBoolean()) {
      return node.asBoolean() ? "on" : "off";
    }
    String text = (node.isObject() ? node.path("severity") : node).asText("").strip();
    return text.equalsIgnoreCase("warn") ? "warning" : text;
  }
}
