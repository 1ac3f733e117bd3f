package org.jxlint.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.jxlint.config.ConfigException;

/**
 * The baseline file on disk. Version 2 files findings under the file's path relative to the
 * checked root, then the rule, with a count per (path, rule) as ESLint's suppressions have and a
 * count per fingerprint. Version 1 (before path keys) listed findings with the bare file name;
 * it is still read, and {@link Baseline} decides which file each of its entries belongs to.
 */
final class BaselineFile {

  static final int VERSION = 2;

  private static final ObjectMapper MAPPER = new ObjectMapper()
      .enable(SerializationFeature.INDENT_OUTPUT);

  /**
   * One recorded finding and how often it occurred.
   *
   * @param file the path relative to the checked root (version 1: the bare file name)
   * @param count how many findings with this fingerprint the file had
   */
  record Entry(String file, String rule, String fingerprint, int count, String indicator,
      String evidence) {}

  /** What a baseline file holds; {@code legacy} when it keys files by bare name (version 1). */
  record Contents(boolean legacy, List<Entry> entries, Map<String, Map<String, Integer>> counts) {}

  private BaselineFile() {}

  static Contents read(Path file) throws ConfigException {
    try {
      return parse(MAPPER.readTree(file.toFile()));
    } catch (IOException | RuntimeException e) {
      throw new ConfigException("error.baselineBroken", file, String.valueOf(e.getMessage()));
    }
  }

  static Contents parse(JsonNode root) throws IOException {
    int version = root.path("version").asInt(1);
    if (version > VERSION) {
      throw new IOException("version " + version + " is newer than this jxlint reads ("
          + VERSION + ")");
    }
    if (version < 2) {
      List<Entry> entries = new ArrayList<>();
      for (JsonNode e : root.path("findings")) {
        entries.add(new Entry(e.path("file").asText(""), e.path("rule").asText(""),
            fingerprint(e), Integer.MAX_VALUE, e.path("indicator").asText(""),
            e.path("evidence").asText("")));
      }
      return new Contents(true, entries, Map.of());
    }
    List<Entry> entries = new ArrayList<>();
    Map<String, Map<String, Integer>> counts = new java.util.LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> files = root.path("files").fields();
        files.hasNext();) {
      Map.Entry<String, JsonNode> f = files.next();
      for (Iterator<Map.Entry<String, JsonNode>> rules = f.getValue().fields(); rules.hasNext();) {
        Map.Entry<String, JsonNode> r = rules.next();
        counts.computeIfAbsent(f.getKey(), k -> new java.util.LinkedHashMap<>())
            .put(r.getKey(), count(r.getValue(), f.getKey() + " › " + r.getKey()));
        for (JsonNode e : r.getValue().path("findings")) {
          entries.add(new Entry(f.getKey(), r.getKey(), fingerprint(e),
              count(e, f.getKey() + " › " + r.getKey()), e.path("indicator").asText(""),
              e.path("evidence").asText("")));
        }
      }
    }
    return new Contents(false, entries, counts);
  }

  private static String fingerprint(JsonNode e) throws IOException {
    String fp = e.path("fingerprint").asText("");
    if (fp.isEmpty()) {
      throw new IOException("an entry has no fingerprint");
    }
    return fp;
  }

  private static int count(JsonNode node, String where) throws IOException {
    JsonNode c = node.path("count");
    if (!c.canConvertToInt() || c.asInt() < 1) {
      throw new IOException(where + ": count must be a whole number of at least 1");
    }
    return c.asInt();
  }

  /** The file's text: files, then rules, then fingerprints sorted, so it diffs well. */
  static String write(List<Entry> entries) throws IOException {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("tool", "jxlint");
    root.put("version", VERSION);
    ObjectNode files = root.putObject("files");
    List<Entry> sorted = entries.stream().sorted(Comparator.comparing(Entry::file)
        .thenComparing(Entry::rule).thenComparing(Entry::fingerprint)).toList();
    for (Entry e : sorted) {
      ObjectNode file = files.has(e.file()) ? (ObjectNode) files.get(e.file())
          : files.putObject(e.file());
      ObjectNode rule = file.has(e.rule()) ? (ObjectNode) file.get(e.rule())
          : file.putObject(e.rule());
      rule.put("count", rule.path("count").asInt(0) + e.count());
      ArrayNode list = rule.has("findings") ? (ArrayNode) rule.get("findings")
          : rule.putArray("findings");
      ObjectNode n = list.addObject();
      n.put("fingerprint", e.fingerprint());
      n.put("count", e.count());
      n.put("indicator", e.indicator());
      n.put("evidence", e.evidence());
    }
    return MAPPER.writeValueAsString(root) + "\n";
  }
}
