package org.jxlint.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.nio.file.Files;
import java.util.Set;
import java.util.TreeSet;
import org.jxlint.TestSupport;

/** docs/report.schema.json, loaded once, for the tests that check what the JSON report holds. */
final class ReportSchema {

  static final ObjectMapper MAPPER = new ObjectMapper();
  static final JsonNode NODE = read();
  private static final JsonSchema SCHEMA =
      JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(NODE);

  private ReportSchema() {}

  private static JsonNode read() {
    try {
      return MAPPER.readTree(Files.readString(TestSupport.ROOT.resolve("docs/report.schema.json")));
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  /** What in a report breaks the schema, one line each; empty when it is valid. */
  static Set<String> errors(JsonNode report) {
    Set<String> out = new TreeSet<>();
    SCHEMA.validate(report).forEach(m -> out.add(m.getMessage()));
    return out;
  }

  static Set<String> errors(String report) throws Exception {
    return errors(MAPPER.readTree(report));
  }
}
