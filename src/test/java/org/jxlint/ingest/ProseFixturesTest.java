package org.jxlint.ingest;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.jxlint.TestSupport;
import org.jxlint.model.IndicatorTable;
import org.jxlint.model.Submission;

/**
 * Each document of {@code fixtures/prose/NAME/} writes its targets in sentences in one style
 * (a numbered notice, 效益 paragraphs of a plan, dimension-labelled sentences, a list's 绩效目标
 * cell); the indicator rows read from them must equal {@code NAME.expected.json}.
 * {@code -Djxlint.updateGolden=true} rewrites the expected JSON.
 */
class ProseFixturesTest {

  private static final Path DIR = TestSupport.ROOT.resolve("fixtures/prose");

  @TestFactory
  Stream<DynamicTest> every_prose_style_reads_to_its_rows() throws Exception {
    List<DynamicTest> tests = new ArrayList<>();
    try (Stream<Path> s = Files.list(DIR)) {
      for (Path dir : s.filter(Files::isDirectory).sorted().toList()) {
        String name = dir.getFileName().toString();
        tests.add(DynamicTest.dynamicTest(name, () -> golden(dir, name)));
      }
    }
    assertTrue(tests.size() >= 4, "one fixture per prose style");
    return tests.stream();
  }

  private static void golden(Path dir, String name) throws Exception {
    Submission read = LayoutFixturesTest.read(dir.resolve(name + ".txt"));
    assertFalse(read.tables().stream().noneMatch(IndicatorTable::fromProse),
        name + ": no rows read from the prose");
    ArrayNode prose = CanonicalJson.MAPPER.createArrayNode();
    for (JsonNode t : CanonicalTree.of(read).get("tables")) {
      if ("prose".equals(t.path("from").asText())) {
        prose.add(t);
      }
    }
    String json = CanonicalJson.MAPPER.writeValueAsString(prose) + "\n";
    TestSupport.assertGolden(dir.resolve(name + ".expected.json"), json, "prose rows");
  }
}
