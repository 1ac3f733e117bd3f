package org.jxlint.report;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.jxlint.check.Finding;
import org.jxlint.check.RuleMeta;
import org.jxlint.check.Severity;
import org.jxlint.i18n.Messages;
import org.jxlint.model.SourceLocation;

/**
 * SARIF 2.1.0 for code-scanning dashboards: every rule with its Chinese and English text and a
 * link to its doc page; every finding with its level, message, logical location (table › indicator
 * path) and, where the file has lines, a physical one. Waived findings carry a suppression with
 * their reason; baseline findings are marked unchanged. Results are streamed as files come.
 */
public final class SarifReportWriter implements ReportWriter {

  private static final String SCHEMA =
      "https://json.schemastore.org/sarif-2.1.0.json";

  private JsonGenerator json; // while a file's results are built, a buffer for them
  private final Messages messages;
  private final Messages zh = Messages.forLanguage("zh");
  private final Messages en = Messages.forLanguage("en");
  private final List<RuleMeta> rules;
  private final String version;
  private final String docsBase;
  private final boolean baseline;

  /**
   * @param docsBase the URI the rules' doc pages are found under ({@code …/docs/rules/})
   * @param baseline whether a baseline was given, so results say new or unchanged
   */
  public SarifReportWriter(OutputStream out, Messages messages, List<RuleMeta> rules,
      String version, String docsBase, boolean baseline) throws IOException {
    this.json = new JsonFactory().createGenerator(out, JsonEncoding.UTF8)
        .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET).useDefaultPrettyPrinter();
    this.messages = messages;
    this.rules = rules;
    this.version = version;
    this.docsBase = docsBase;
    this.baseline = baseline;
  }

  @Override
  public void begin() throws IOException {
    json.writeStartObject();
    json.writeStringField("$schema", SCHEMA);
    json.writeStringField("version", "2.1.0");
    json.writeArrayFieldStart("runs");
    json.writeStartObject();
    json.writeObjectFieldStart("tool");
    json.writeObjectFieldStart("driver");
    json.writeStringField("name", "jxlint");
    json.writeStringField("version", version);
    json.writeStringField("informationUri", docsBase);
    json.writeArrayFieldStart("rules");
    for (RuleMeta r : rules) {
      json.writeStartObject();
      json.writeStringField("id", r.id());
      json.writeStringField("name", r.id());
      text("shortDescription", zh.find("rule." + r.id() + ".name").orElse(r.name()) + " / "
          + en.find("rule." + r.id() + ".name").orElse(r.id()));
      text("fullDescription", r.summary());
      json.writeObjectFieldStart("help");
      json.writeStringField("text", r.summary() + "\n"
          + en.find("rule." + r.id() + ".summary").orElse(""));
      json.writeEndObject();
      json.writeStringField("helpUri", docsBase + r.id() + ".md");
      json.writeObjectFieldStart("defaultConfiguration");
      json.writeStringField("level", level(r.severity()));
      json.writeEndObject();
      json.writeObjectFieldStart("properties");
      json.writeStringField("category", r.category().key());
      json.writeStringField("name-zh", zh.find("rule." + r.id() + ".name").orElse(r.name()));
      json.writeStringField("name-en", en.find("rule." + r.id() + ".name").orElse(r.id()));
      json.writeStringField("summary-en", en.find("rule." + r.id() + ".summary").orElse(""));
      json.writeEndObject();
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
    json.writeEndObject();
    json.writeArrayFieldStart("results");
  }

  /**
   * One file's results, recorded whole before any of it is written, so that a failure while
   * building them leaves the report well-formed for the caller to write a replacement.
   */
  @Override
  public void file(FileReport r) throws IOException {
    JsonGenerator report = json;
    TokenBuffer entry = new TokenBuffer(null, false);
    json = entry;
    try {
      results(r);
    } finally {
      json = report;
    }
    entry.serialize(report);
    report.flush();
  }

  private void results(FileReport r) throws IOException {
    if (r.unreadable()) {
      json.writeStartObject();
      json.writeStringField("ruleId", "unreadable");
      json.writeStringField("level", "error");
      text("message", messages.get("report.status.unreadable") + messages.get("report.colon")
          + Rendering.reason(messages, r));
      locations(r.path(), SourceLocation.NONE, List.of());
      json.writeEndObject();
      return;
    }
    for (Finding f : r.findings()) {
      json.writeStartObject();
      json.writeStringField("ruleId", f.rule());
      json.writeStringField("level", level(f.severity()));
      String fix = Rendering.suggestion(messages, f).map(s -> "\n" + s).orElse("");
      text("message", Rendering.message(messages, f) + fix);
      locations(r.path(), f.location(), f.indicator());
      json.writeObjectFieldStart("partialFingerprints");
      json.writeStringField("jxlint/v1", Fingerprint.of(r.path(), f));
      json.writeEndObject();
      if (baseline) {
        json.writeStringField("baselineState", f.known() ? "unchanged" : "new");
      }
      if (f.waiver() != null) {
        json.writeArrayFieldStart("suppressions");
        json.writeStartObject();
        json.writeStringField("kind", "external");
        json.writeStringField("justification", f.waiver());
        json.writeEndObject();
        json.writeEndArray();
      }
      json.writeObjectFieldStart("properties");
      json.writeStringField("evidence", f.evidence());
      json.writeStringField("field", f.field());
      json.writeEndObject();
      json.writeEndObject();
    }
    json.flush();
  }

  private void locations(String path, SourceLocation l, List<String> indicator)
      throws IOException {
    json.writeArrayFieldStart("locations");
    json.writeStartObject();
    json.writeObjectFieldStart("physicalLocation");
    json.writeObjectFieldStart("artifactLocation");
    json.writeStringField("uri", uri(path));
    json.writeEndObject();
    if (l.line() != null) {
      json.writeObjectFieldStart("region");
      json.writeNumberField("startLine", l.line());
      if (l.column() != null) {
        json.writeNumberField("startColumn", l.column());
      }
      json.writeEndObject();
    }
    json.writeEndObject();
    String where = Rendering.location(messages, l);
    if (!indicator.isEmpty() || !where.isEmpty()) {
      json.writeArrayFieldStart("logicalLocations");
      json.writeStartObject();
      String table = l.table() == null ? "" : messages.get("report.location.table", l.table())
          + Rendering.PATH_SEPARATOR;
      json.writeStringField("fullyQualifiedName", table
          + String.join(Rendering.PATH_SEPARATOR, indicator));
      json.writeStringField("kind", "member");
      if (!where.isEmpty()) {
        json.writeObjectFieldStart("properties");
        json.writeStringField("cell", where);
        json.writeEndObject();
      }
      json.writeEndObject();
      json.writeEndArray();
    }
    json.writeEndObject();
    json.writeEndArray();
  }

  /** A file path as a URI reference: absolute paths as file URIs, others percent-encoded. */
  static String uri(String path) {
    try {
      java.nio.file.Path p = java.nio.file.Path.of(path);
      if (p.isAbsolute()) {
        return p.toUri().toASCIIString();
      }
    } catch (java.nio.file.InvalidPathException e) {
      // not a path of this system: percent-encoded as written
    }
    try {
      return new java.net.URI(null, null, path.replace('\\', '/'), null).toASCIIString();
    } catch (java.net.URISyntaxException e) {
      return java.net.URLEncoder.encode(path, java.nio.charset.StandardCharsets.UTF_8);
    }
  }

  private void text(String field, String text) throws IOException {
    json.writeObjectFieldStart(field);
    json.writeStringField("text", text);
    json.writeEndObject();
  }

  private static String level(Severity s) {
    return switch (s) {
      case ERROR -> "error";
      case WARNING -> "warning";
      case INFO -> "note";
    };
  }

  @Override
  public void end(Summary s, Gate gate) throws IOException {
    json.writeEndArray();
    json.writeObjectFieldStart("properties");
    json.writeNumberField("files", s.files());
    json.writeNumberField("unreadable", s.unreadable());
    json.writeBooleanField("passed", gate.passed(s));
    json.writeEndObject();
    json.writeEndObject();
    json.writeEndArray();
    json.writeEndObject();
    json.writeRaw('\n');
    json.flush();
  }
}
