package org.jxlint.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jxlint.check.CheckRegistry;

/**
 * How many planted defects a JSON report found: a defect counts as found when its file has a
 * finding of the planted rule (or of a rule split from it, which lists it as an alias) whose
 * message, evidence or indicator path names the planted text.
 */
public final class Recall {

  /** Found and planted counts. */
  public record Score(int found, int planted) {
    public double ratio() {
      return planted == 0 ? 1 : (double) found / planted;
    }
  }

  private static final CheckRegistry RULES = CheckRegistry.loadAll();

  private Recall() {}

  public static Score of(Path report, Map<Path, List<RealDocument.Planted>> planted)
      throws IOException {
    JsonNode root = new ObjectMapper().readTree(report.toFile());
    Map<String, JsonNode> byPath = new HashMap<>();
    for (JsonNode file : root.path("files")) {
      byPath.put(Path.of(file.path("path").asText()).getFileName().toString(), file);
    }
    int found = 0;
    int total = 0;
    for (Map.Entry<Path, List<RealDocument.Planted>> e : planted.entrySet()) {
      JsonNode file = byPath.get(e.getKey().getFileName().toString());
      for (RealDocument.Planted p : e.getValue()) {
        total++;
        if (file != null && found(file, p)) {
          found++;
        }
      }
    }
    return new Score(found, total);
  }

  private static boolean found(JsonNode file, RealDocument.Planted p) {
    List<String> rules = RULES.resolve(p.rule());
    for (JsonNode f : file.path("findings")) {
      String rule = f.path("rule").asText();
      if (!rule.equals(p.rule()) && !rules.contains(rule)) {
        continue;
      }
      String text = f.path("message").asText() + f.path("evidence").asText()
          + f.path("indicator").toString();
      if (text.contains(p.key())) {
        return true;
      }
    }
    return false;
  }
}
