package org.jxlint.report;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.jxlint.check.Finding;
import org.jxlint.i18n.Messages;
import org.jxlint.model.SourceLocation;

/**
 * The stable JSON report other programs consume (contract in {@code docs/report-json.md}). Written
 * as a stream, one file at a time. Keys are only ever added, never renamed.
 */
public final class JsonReportWriter implements ReportWriter {

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

  @Override
  public void file(FileReport r) throws IOException {
    path = r.path();
    json.writeStartObject();
    json.writeStringField("path", r.path());
    json.writeStringField("status", r.status());
    json.writeStringField("reason", r.unreadable() ? Rendering.reason(messages, r) : null);
    json.writeStringField("layout", r.layout());
    json.writeStringField("unit", r.unitName());
    if (r.year() == null) {
      json.writeNullField("year");
    } else {
      json.writeNumberField("year", r.year());
    }
    json.writeStringField("yearBasis", r.yearBasis());
    if (r.grade() == null) {
      json.writeNullField("grade");
    } else {
      json.writeStringField("grade", r.grade().letter());
    }
    if (r.contents() == null) {
      json.writeNullField("contents");
    } else {
      json.writeObjectFieldStart("contents");
      json.writeNumberField("tables", r.contents().tables());
      json.writeNumberField("indicators", r.contents().indicators());
      json.writeNumberField("projects", r.contents().projects());
      json.writeNumberField("sections", r.contents().sections());
      if (r.contents().proseIndicators() > 0) {
        json.writeNumberField("proseIndicators", r.contents().proseIndicators());
      }
      json.writeEndObject();
    }
    json.writeArrayFieldStart("findings");
    for (Finding f : r.findings()) {
      writeFinding(f);
    }
    json.writeEndArray();
    json.writeEndObject();
    json.flush();
  }

  private String path;

  private void writeFinding(Finding f) throws IOException {
    json.writeStartObject();
    json.writeStringField("rule", f.rule());
    json.writeStringField("severity", f.severity().key());
    json.writeStringField("waived", f.waiver());
    json.writeBooleanField("baseline", f.known());
    json.writeStringField("fingerprint", Fingerprint.of(path, f));
    json.writeStringField("message", Rendering.message(messages, f));
    writeStrings("indicator", f.indicator());
    json.writeStringField("field", f.field());
    json.writeStringField("evidence", f.evidence());
    writeLocation(f.location());
    json.writeStringField("suggestion", Rendering.suggestion(messages, f).orElse(null));
    json.writeEndObject();
  }

  private void writeStrings(String name, List<String> values) throws IOException {
    json.writeArrayFieldStart(name);
    for (String v : values) {
      json.writeString(v);
    }
    json.writeEndArray();
  }

  private void writeLocation(SourceLocation l) throws IOException {
    json.writeObjectFieldStart("location");
    writeInt("table", l.table());
    writeInt("row", l.row());
    writeInt("column", l.column());
    writeInt("line", l.line());
    if (l.sheet() != null) {
      json.writeStringField("sheet", l.sheet());
    }
    if (l.cell() != null) {
      json.writeStringField("cell", l.cell());
    }
    json.writeEndObject();
  }

  private void writeInt(String name, Integer value) throws IOException {
    if (value != null) {
      json.writeNumberField(name, value);
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
