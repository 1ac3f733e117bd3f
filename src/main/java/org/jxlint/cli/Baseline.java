package org.jxlint.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.jxlint.check.Finding;
import org.jxlint.config.ConfigException;
import org.jxlint.report.FileReport;
import org.jxlint.report.Fingerprint;

/**
 * Today's accepted findings ({@code --write-baseline}) and, on later runs ({@code --baseline}),
 * which findings are already known, which are new, and which baseline entries no longer occur.
 * Entries are keyed by {@link Fingerprint}, never by row numbers.
 */
final class Baseline {

  private static final ObjectMapper MAPPER = new ObjectMapper()
      .enable(SerializationFeature.INDENT_OUTPUT);

  /** One recorded finding, with what a person needs to recognise it. */
  record Entry(String fingerprint, String file, String rule, String indicator, String evidence) {
    String describe() {
      return file + " · " + rule + (indicator.isEmpty() ? "" : " · " + indicator)
          + (evidence.isEmpty() ? "" : " · “" + evidence + "”");
    }
  }

  private final Map<String, Entry> entries;
  private final Set<String> seen = ConcurrentHashMap.newKeySet();
  private final Set<String> filesChecked = ConcurrentHashMap.newKeySet();

  private Baseline(Map<String, Entry> entries) {
    this.entries = entries;
  }

  static Baseline empty() {
    return new Baseline(Map.of());
  }

  static Baseline load(Path file) throws ConfigException {
    try {
      JsonNode root = MAPPER.readTree(file.toFile());
      Map<String, Entry> entries = new LinkedHashMap<>();
      for (JsonNode e : root.path("findings")) {
        String fp = e.path("fingerprint").asText("");
        if (fp.isEmpty()) {
          throw new IOException("an entry has no fingerprint");
        }
        entries.put(fp, new Entry(fp, e.path("file").asText(""), e.path("rule").asText(""),
            e.path("indicator").asText(""), e.path("evidence").asText("")));
      }
      return new Baseline(entries);
    } catch (IOException | RuntimeException e) {
      throw new ConfigException("error.baselineBroken", file, String.valueOf(e.getMessage()));
    }
  }

  /** The report with the findings the baseline knows marked as known. */
  FileReport apply(FileReport r) {
    filesChecked.add(fileName(r.path()));
    if (entries.isEmpty() || r.findings().isEmpty()) {
      return r;
    }
    List<Finding> marked = new ArrayList<>(r.findings().size());
    for (Finding f : r.findings()) {
      String fp = Fingerprint.of(r.path(), f);
      if (entries.containsKey(fp)) {
        seen.add(fp);
        marked.add(f.asKnown());
      } else {
        marked.add(f);
      }
    }
    return r.withFindings(marked);
  }

  /** Entries of files checked in this run that did not occur again: fixed since. */
  List<String> stale() {
    List<String> out = new ArrayList<>();
    for (Entry e : entries.values()) {
      if (!seen.contains(e.fingerprint()) && filesChecked.contains(e.file())) {
        out.add(e.describe());
      }
    }
    return out;
  }

  /** Records every finding not waived, sorted, so that the file diffs well under version control. */
  static final class Writer {
    private final Map<String, Entry> entries = new TreeMap<>();

    synchronized void add(FileReport r) {
      for (Finding f : r.findings()) {
        if (f.waiver() == null) {
          String fp = Fingerprint.of(r.path(), f);
          entries.put(fp, new Entry(fp, fileName(r.path()), f.rule(),
              String.join(" › ", f.indicator()), f.evidence()));
        }
      }
    }

    void write(Path file) throws IOException {
      ObjectNode root = MAPPER.createObjectNode();
      root.put("tool", "jxlint");
      root.put("version", 1);
      ArrayNode list = root.putArray("findings");
      entries.values().stream()
          .sorted((a, b) -> (a.file() + a.rule() + a.fingerprint())
              .compareTo(b.file() + b.rule() + b.fingerprint()))
          .forEach(e -> {
            ObjectNode n = list.addObject();
            n.put("fingerprint", e.fingerprint());
            n.put("file", e.file());
            n.put("rule", e.rule());
            n.put("indicator", e.indicator());
            n.put("evidence", e.evidence());
          });
      Files.writeString(file, MAPPER.writeValueAsString(root) + "\n");
    }
  }

  static String fileName(String path) {
    String p = path.replace('\\', '/');
    return p.substring(p.lastIndexOf('/') + 1);
  }
}
