package org.jxlint.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Stream;

/**
 * A province's own vocabulary files ({@code --rules-dir DIR}), checked on load against the bundled
 * copy of the same file, as {@code .jxlint.yml} is: a key the bundled file does not have (a typo
 * such as {@code unit-aliasez}), a list where a mapping belongs, a regular expression that does not
 * compile, a key the checks cannot do without, a YAML error, or a file in the folder whose name is
 * no vocabulary file — each is one configuration error (exit code 2) naming the file and line,
 * before any file is read, instead of a crash in every file checked or a silent change in what is
 * found.
 *
 * <p>Maps whose keys are the province's own words (unit aliases, unit families, dimension classes,
 * meaning classes) may have any key; their values must have the shape of the bundled ones. A
 * list's items must have the shape of the bundled list's items; items that are mappings may have
 * any key some bundled item has.
 */
final class RulesFiles {

  /** Maps whose keys are data, by file and path (list indexes as {@code *}). */
  private static final Set<String> OPEN = Set.of(
      "values.yml:/unit-aliases", "values.yml:/unit-families",
      "indicators.yml:/dimension-classes", "indicators.yml:/level1-classes",
      "indicators.yml:/meanings");

  /** Maps every key of which the checks look up by name: none may be left out. */
  private static final Set<String> COMPLETE = Set.of("indicators.yml:/rule-words");

  /** Lists of regular expressions. */
  private static final Set<String> REGEX = Set.of(
      "layout.yml:/headings/target-content", "indicators.yml:/template-residue/patterns",
      "frameworks.yml:/frameworks/*/level1/*/patterns",
      "frameworks.yml:/frameworks/*/level1/*/level2/*/patterns");

  /** Values that must be one of a few words: the column roles of {@code columns.yml}. */
  static final Map<String, List<String>> WORDS = Map.of(
      "columns.yml:/keywords/*/role", List.of("group", "level1", "level2", "name", "comparator",
          "value", "unit", "explanation", "scoring", "basis", "remark", "history", "score",
          "nature", "ignore"));

  private final String name;
  private final Path file;
  private final LocatedYaml doc;

  private RulesFiles(String name, Path file, LocatedYaml doc) {
    this.name = name;
    this.file = file;
    this.doc = doc;
  }

  /** Reads a province's copy of vocabulary file {@code name}, checked against the bundled one. */
  static JsonNode read(Path file, String name, JsonNode bundled) throws ConfigException {
    LocatedYaml doc = LocatedYaml.read(ProjectConfig.text(file), file);
    JsonNode root = doc.root();
    if (root.isNull() || root.isMissingNode()) {
      root = Yaml.MAPPER.createObjectNode();
    }
    new RulesFiles(name, file, doc).check("", "", root, bundled);
    return root;
  }

  /**
   * Refuses a folder that is not one, and {@code .yml}/{@code .yaml} files in it that are no
   * vocabulary file (values.yaml, value.yml): their words would silently not be used.
   */
  static void checkFolder(Path dir, List<String> names) throws ConfigException {
    if (!Files.exists(dir)) {
      throw new ConfigException("error.rulesDirMissing", dir);
    }
    if (!Files.isDirectory(dir)) {
      throw new ConfigException("error.rulesDirNotDir", dir);
    }
    List<String> found;
    try (Stream<Path> files = Files.list(dir)) {
      found = files.map(p -> p.getFileName().toString()).sorted().toList();
    } catch (IOException e) {
      throw new ConfigException("error.rulesFileBroken", dir, Vocabulary.firstLine(e.getMessage()));
    }
    for (String f : found) {
      String lower = f.toLowerCase(Locale.ROOT);
      if ((lower.endsWith(".yml") || lower.endsWith(".yaml")) && !names.contains(f)
          && !f.startsWith(".")) {
        Optional<String> near = ConfigKeys.nearest(f, names);
        if (near.isPresent()) {
          throw new ConfigException("error.rules.unknownFile.suggest", dir, f, near.get(),
              String.join("、", names));
        }
        throw new ConfigException("error.rules.unknownFile", dir, f, String.join("、", names));
      }
    }
  }

  /**
   * Checks a node against the bundled node at the same place.
   *
   * @param pointer JSON pointer of the node, for its line
   * @param shape the same with list indexes as {@code *}, for the tables above
   */
  private void check(String pointer, String shape, JsonNode node, JsonNode template)
      throws ConfigException {
    if (node.isNull()) {
      return; // written empty (“footer:”): no words
    }
    String where = name + ":" + shape;
    if (template.isObject()) {
      if (!node.isObject()) {
        throw shapeError(pointer, node, "map");
      }
      boolean open = OPEN.contains(where);
      JsonNode values = open ? firstValue(template) : null;
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
        Map.Entry<String, JsonNode> e = it.next();
        String at = pointer + "/" + LocatedYaml.escape(e.getKey());
        String atShape = shape + "/" + LocatedYaml.escape(e.getKey());
        JsonNode t = open ? values : template.get(e.getKey());
        if (t == null) {
          throw unknownKey(at, e.getKey(), template);
        }
        check(at, atShape, e.getValue(), t);
      }
      for (Iterator<String> it = template.fieldNames(); it.hasNext();) {
        String key = it.next();
        if (COMPLETE.contains(where + "/" + key) && !node.has(key)) {
          throw new ConfigException("error.rules.missingMap", file, key, name);
        }
      }
      if (COMPLETE.contains(where)) {
        for (Iterator<String> it = template.fieldNames(); it.hasNext();) {
          String key = it.next();
          if (!node.has(key)) {
            throw new ConfigException("error.rules.missingKey", file, line(pointer), label(pointer),
                key, name);
          }
        }
      }
    } else if (template.isArray()) {
      JsonNode item = itemTemplate(template);
      if (node.isValueNode() && (item == null || item.isValueNode())) {
        checkScalar(pointer, shape, node); // one word for a list of words
        return;
      }
      if (!node.isArray()) {
        throw shapeError(pointer, node, "list");
      }
      for (int i = 0; i < node.size(); i++) {
        if (item != null) {
          check(pointer + "/" + i, shape + "/*", node.get(i), item);
        }
      }
    } else if (template.isIntegralNumber()) {
      if (!node.isIntegralNumber()) {
        throw shapeError(pointer, node, "number");
      }
    } else if (template.isBoolean()) {
      if (!node.isBoolean()) {
        throw shapeError(pointer, node, "boolean");
      }
    } else if (!node.isValueNode()) {
      throw shapeError(pointer, node, "text");
    } else {
      checkScalar(pointer, shape, node);
    }
  }

  /** Text a pattern is tried on once when it is loaded: letters, digits, marks and Chinese. */
  private static final String PROBE = "请填写XX**（必填）ab12 ≥95%。注：各地请根据实际情况调整指标1：";

  /** A word or pattern: a regular expression must compile and run; a column role must be one. */
  private void checkScalar(String pointer, String shape, JsonNode node) throws ConfigException {
    String where = name + ":" + shape;
    String listWhere = where.endsWith("/*") ? where.substring(0, where.length() - 2) : where;
    if (REGEX.contains(listWhere)) {
      Pattern p;
      try {
        p = Pattern.compile(node.asText());
      } catch (PatternSyntaxException e) {
        throw new ConfigException("error.rules.regex", file, line(pointer), node.asText(),
            e.getDescription());
      }
      try {
        p.matcher(PROBE).find();
      } catch (RuntimeException e) {
        // Java accepts a few classes it cannot run ([ab&&]): found here, not halfway through a
        // batch as a rule's crash.
        throw new ConfigException("error.rules.regexCrash", file, line(pointer), node.asText());
      }
    }
    List<String> words = WORDS.get(where);
    if (words != null && !words.contains(node.asText())) {
      Optional<String> near = ConfigKeys.nearest(node.asText(), words);
      throw new ConfigException(near.isPresent() ? "error.rules.word.suggest" : "error.rules.word",
          file, line(pointer), node.asText(), label(pointer), String.join("、", words),
          near.orElse(""));
    }
  }

  /** What every item of a bundled list looks like; mappings merged so any key of one is known. */
  private static JsonNode itemTemplate(JsonNode list) {
    if (list.isEmpty()) {
      return null;
    }
    JsonNode first = list.get(0);
    if (!first.isObject()) {
      return first;
    }
    ObjectNode merged = Yaml.MAPPER.createObjectNode();
    for (JsonNode item : list) {
      item.fields().forEachRemaining(e -> {
        JsonNode had = merged.get(e.getKey());
        if (had == null || (had.isArray() && had.isEmpty())) {
          merged.set(e.getKey(), e.getValue());
        } else if (had.isArray() && had.get(0).isObject() && e.getValue().isArray()) {
          merged.set(e.getKey(), mergedList(had, e.getValue()));
        }
      });
    }
    return merged;
  }

  /** Two bundled lists of mappings as one, for a template of their items. */
  private static JsonNode mergedList(JsonNode a, JsonNode b) {
    var out = Yaml.MAPPER.createArrayNode();
    out.addAll((com.fasterxml.jackson.databind.node.ArrayNode) a);
    out.addAll((com.fasterxml.jackson.databind.node.ArrayNode) b);
    return out;
  }

  private static JsonNode firstValue(JsonNode map) {
    Iterator<JsonNode> it = map.elements();
    return it.hasNext() ? it.next() : Yaml.MAPPER.createObjectNode();
  }

  private ConfigException unknownKey(String pointer, String key, JsonNode template) {
    List<String> valid = new ArrayList<>();
    template.fieldNames().forEachRemaining(valid::add);
    Optional<String> near = ConfigKeys.nearest(key, valid);
    String parent = pointer.substring(0, pointer.lastIndexOf('/'));
    String kind = parent.isEmpty() ? "error.rules.unknownTopKey" : "error.rules.unknownKey";
    if (near.isPresent()) {
      return new ConfigException(kind + ".suggest", file, line(pointer), key, near.get(),
          label(parent));
    }
    return new ConfigException(kind, file, line(pointer), key, String.join("、", valid),
        label(parent));
  }

  private ConfigException shapeError(String pointer, JsonNode node, String kind) {
    return new ConfigException("error.rules.shape." + kind, file, line(pointer),
        pointer.isEmpty() ? name : label(pointer),
        node.isValueNode() ? node.asText() : node.isArray() ? "[…]" : "{…}");
  }

  /** The line of a node, or of the nearest enclosing one that has a line; 1 for the file. */
  private int line(String pointer) {
    for (String p = pointer; ; p = p.substring(0, p.lastIndexOf('/'))) {
      Integer l = doc.line(p);
      if (l != null) {
        return l;
      }
      if (p.isEmpty()) {
        return 1;
      }
    }
  }

  /** A pointer as a reader writes it: /frameworks/0/level1 → frameworks[1].level1. */
  static String label(String pointer) {
    StringBuilder b = new StringBuilder();
    for (String part : pointer.substring(pointer.isEmpty() ? 0 : 1).split("/", -1)) {
      if (part.isEmpty()) {
        continue;
      }
      if (part.chars().allMatch(Character::isDigit)) {
        b.append('[').append(Integer.parseInt(part) + 1).append(']');
      } else {
        b.append(b.length() == 0 ? "" : ".").append(part.replace("~1", "/").replace("~0", "~"));
      }
    }
    return b.toString();
  }
}
