package org.jxlint.report;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import org.jxlint.check.Finding;
import org.jxlint.i18n.Messages;
import org.jxlint.model.SourceLocation;

/**
 * The stable JSON report other programs consume (contract in {@code docs/report-json.md}). Written
 * as a stream, one file at a time. Keys are only ever added, never renamed.
 */
public final class JsonReportWriter implements ReportWriter {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final JsonNodeFactory TREE = JsonNodeFactory.instance;

  private final JsonGenerator json;
  private final Messages messages;
  private final String version;

  public JsonReportWriter(OutputStream out, Messages messages, String version) throws IOException {
    this.json = new JsonFactory().createGenerator(out, JsonEncoding.UTF8)
        .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
        .useDefaultPrettyPrinter();
    this.messages = messages;
    this.version = version;
  }

  @Override
  public void begin() throws IOException {
    json.writeStartObject();
    json.writeObjectFieldStart("tool");
    json.writeStringField("name", "jxlint");
    json.writeStringField("version", version);
    json.writeEndObject();
    json.writeArrayFieldStart("files");
  }

  /**
   * One file's entry, built whole before any of it is written, so that a failure while building it
   * leaves the report well-formed for the caller to write a replacement entry.
   */
  @Override
  public void file(FileReport r) throws IOException {
    ObjectNode e = TREE.objectNode();
    e.put("path", r.path());
    e.put("status", r.status());
    e.put("reason", r.unreadable() ? Rendering.reason(messages, r) : null);
    e.put("reasonCode", r.reasonCode());
    e.put("layout", r.layout());
    e.put("unit", r.unitName());
    e.put("year", r.year());
    e.put("yearBasis", r.yearBasis());
    e.put("grade", r.grade() == null ? null : r.grade().letter());
    if (r.contents() == null) {
      e.putNull("contents");
    } else {
      ObjectNode c = e.putObject("contents");
      c.put("tables", r.contents().tables());
      c.put("indicators", r.contents().indicators());
      c.put("projects", r.contents().projects());
      c.put("sections", r.contents().sections());
      if (r.contents().proseIndicators() > 0) {
        c.put("proseIndicators", r.contents().proseIndicators());
      }
    }
    ArrayNode findings = e.putArray("findings");
    for (Finding f : r.findings()) {
      findings.add(finding(r.path(), f));
    }
    MAPPER.writeTree(json, e);
    json.flush();
  }

  private ObjectNode finding(String path, Finding f) {
    ObjectNode o = TREE.objectNode();
    o.put("rule", f.rule());
    o.put("severity", f.severity().key());
    o.put("waived", f.waiver());
    o.put("baseline", f.known());
    o.put("fingerprint", Fingerprint.of(path, f));
    o.put("message", Rendering.message(messages, f));
    ArrayNode indicator = o.putArray("indicator");
    f.indicator().forEach(indicator::add);
    o.put("field", f.field());
    o.put("evidence", f.evidence());
    SourceLocation l = f.location();
    ObjectNode at = o.putObject("location");
    putInt(at, "table", l.table());
    putInt(at, "row", l.row());
    putInt(at, "column", l.column());
    putInt(at, "line", l.line());
    if (l.sheet() != null) {
      at.put("sheet", l.sheet());
    }
    if (l.cell() != null) {
      at.put("cell", l.cell());
    }
    o.put("suggestion", Rendering.suggestion(messages, f).orElse(null));
    return o;
  }

  private static void putInt(ObjectNode o, String name, Integer value) {
    if (value != null) {
      o.put(name, value);
    }
  }

  @Override
  public void end(Summary s, Gate gate) throws IOException {
    json.writeEndArray();
    json.writeObjectFieldStart("summary");
    json.writeNumberField("files", s.files());
    json.writeNumberField("unreadable", s.unreadable());
    json.writeNumberField("skipped", s.skipped());
    json.writeNumberField("error", s.errors());
    json.writeNumberField("warning", s.warnings());
    json.writeNumberField("info", s.infos());
    json.writeNumberField("waived", s.waived());
    json.writeNumberField("baseline", s.known());
    json.writeArrayFieldStart("fixedSinceBaseline");
    for (String entry : s.stale()) {
      json.writeString(entry);
    }
    json.writeEndArray();
    json.writeEndObject();
    json.writeObjectFieldStart("gate");
    json.writeStringField("failOn", gate.failOn().key());
    if (gate.maxWarnings() != null) {
      json.writeNumberField("maxWarnings", gate.maxWarnings());
    }
    json.writeBooleanField("passed", gate.passed(s));
    json.writeEndObject();
    json.writeEndObject();
    json.writeRaw('\n');
    json.flush();
  }
}
