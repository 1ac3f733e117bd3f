package org.jxlint.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecallTest {

  private static final String REPORT = """
      {"files": [{"path": "a/甲.txt", "findings": [
        {"rule": "vague-benefit-value", "message": "“带动增收”的指标值是“效果明显”", "evidence": "效果明显"},
        {"rule": "duplicate-indicator", "message": "“群众满意度”重复", "evidence": ""}
      ]}]}
      """;

  @Test
  void a_planted_defect_is_found_by_the_rule_split_from_the_one_it_was_planted_as(
      @TempDir Path temp) throws Exception {
    Path report = temp.resolve("report.json");
    Files.writeString(report, REPORT, StandardCharsets.UTF_8);
    Map<Path, List<RealDocument.Planted>> planted = Map.of(Path.of("甲.txt"), List.of(
        new RealDocument.Planted("non-measurable-value", "带动增收"),
        new RealDocument.Planted("non-measurable-value", "群众满意度"),
        new RealDocument.Planted("duplicate-indicator", "群众满意度"),
        new RealDocument.Planted("empty-value", "带动增收")));
    Recall.Score score = Recall.of(report, planted);
    // found: the alias's part names 带动增收; duplicate-indicator by its own id. Not found: a
    // finding of another rule that names the text, and a part of another old rule.
    assertEquals(2, score.found());
    assertEquals(4, score.planted());
  }
}
