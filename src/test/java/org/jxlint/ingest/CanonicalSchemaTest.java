package org.jxlint.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.jxlint.TestSupport;

/** docs/canonical-json.schema.json describes what the reader takes and what the writer writes. */
class CanonicalSchemaTest {

  private static final JsonSchema SCHEMA = load();

  private static JsonSchema load() {
    try {
      JsonNode node = CanonicalJson.MAPPER.readTree(
          Files.readString(TestSupport.ROOT.resolve("docs/canonical-json.schema.json")));
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(node);
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  private static Set<?> errors(JsonNode doc) {
    return SCHEMA.validate(doc);
  }

  @Test
  void bundled_examples_and_every_fixture_case_are_valid() throws Exception {
    for (Path p : TestSupport.list(TestSupport.ROOT.resolve("fixtures/examples"), ".json")) {
      if (!p.getFileName().toString().startsWith("损坏")) {
        assertEquals(Set.of(), errors(CanonicalJson.MAPPER.readTree(Files.readString(p))),
            p.toString());
      }
    }
    for (Path f : TestSupport.list(TestSupport.ROOT.resolve("fixtures/rules"), ".yml")) {
      JsonNode doc = TestSupport.readYaml(f);
      for (JsonNode c : doc.path("cases")) {
        assertEquals(Set.of(), errors(TestSupport.merged(doc.path("base"), c.path("submission"))),
            f + " › " + c.path("name").asText());
      }
    }
  }

  @Test
  void what_the_writer_writes_is_valid() throws Exception {
    Path p = TestSupport.ROOT.resolve("fixtures/examples/青山镇-2026-部门整体.json");
    var s = TestSupport.CANONICAL.read(p, p.toString());
    assertEquals(Set.of(), errors(CanonicalTree.of(s)));
  }

  @Test
  void the_schema_rejects_what_the_reader_rejects() throws Exception {
    assertFalse(errors(CanonicalJson.MAPPER.readTree("{\"tables\": {}}")).isEmpty());
    assertFalse(errors(CanonicalJson.MAPPER.readTree("{\"year\": 26}")).isEmpty());
    assertFalse(errors(CanonicalJson.MAPPER.readTree("{\"moneyUnit\": \"美元\"}")).isEmpty());
    assertFalse(errors(CanonicalJson.MAPPER.readTree("{\"other\": 1}")).isEmpty());
  }
}
