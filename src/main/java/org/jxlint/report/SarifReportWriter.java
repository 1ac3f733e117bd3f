package org.jxlint.report;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jxlint.check.Finding;
import org.jxlint.check.RuleMeta;
import org.jxlint.check.Severity;
import org.jxlint.i18n.Messages;

/**
 * SARIF 2.1.0 that code-scanning platforms accept: every rule with its Chinese and English text
 * and its whole doc page inline (a {@code helpUri} only where a public copy of the pages was
 * named, never the local checkout); every result as {@link SarifResults} makes it. Results wait
 * in a temporary file until the end, so that a run over the platform's limit keeps its errors
 * first, then warnings, then notes — in file order — and says in a run-level notification what
 * was left out.
 */
public final class SarifReportWriter implements ReportWriter {

  private static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

  /** GitHub code scanning takes at most 25,000 results per run; stay clear of it. */
  public static final int MAX_RESULTS = 20_000;

  /**
   * How the report is written.
   *
   * @param docsUrl where others can read the rules' pages ({@code …/docs/rules/}); null for none
   * @param srcRoot the directory file URIs are relative to ({@code %SRCROOT%}); null for none
   * @param baseline whether a baseline was given, so results say new or unchanged
   * @param maxResults the most results the run lists
   * @param pages each rule's doc page (Markdown) by rule id, put inline as its help
   */
  public record Options(String version, String docsUrl, Path srcRoot, boolean baseline,
      int maxResults, Map<String, String> pages) {}

  private final JsonGenerator json;
  private final Messages messages;
  private final Messages zh = Messages.forLanguage("zh");
  private final Messages en = Messages.forLanguage("en");
  private final List<RuleMeta> rules;
  private final Options options;
  private final SarifResults results;
  private final Spool spool = new Spool();
  private final Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
  /** Every file of the run, one artifact a line, in report order. */
  private final Spool artifacts = new Spool();
  private int unreadable;
  private static final String UNREADABLE = "UNREADABLE";

  public SarifReportWriter(OutputStream out, Messages messages, List<RuleMeta> rules,
      Options options) throws IOException {
    this.json = new JsonFactory().createGenerator(out, JsonEncoding.UTF8)
        .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET).useDefaultPrettyPrinter();
    this.json.setCodec(SarifResults.MAPPER);
    this.messages = messages;
    this.rules = rules;
    this.options = options;
    this.results = new SarifResults(messages, options.srcRoot(), options.baseline());
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
    json.writeStringField("version", options.version());
    if (options.docsUrl() != null) {
      json.writeStringField("informationUri", options.docsUrl());
    }
    json.writeArrayFieldStart("rules");
    for (RuleMeta r : rules) {
      json.writeTree(rule(r));
    }
    json.writeTree(unreadableRule());
    json.writeEndArray();
    json.writeEndObject();
    json.writeEndObject();
    if (results.srcRootUri() != null) {
      json.writeObjectFieldStart("originalUriBaseIds");
      json.writeObjectFieldStart(SarifResults.SRCROOT);
      json.writeStringField("uri", results.srcRootUri());
      json.writeEndObject();
      json.writeEndObject();
    }
  }

  /** The descriptor of the results that say a file could not be read (ruleId “unreadable”). */
  private ObjectNode unreadableRule() {
    ObjectNode n = SarifResults.MAPPER.createObjectNode();
    String zhName = zh.get("report.status.unreadable");
    String enName = en.get("report.status.unreadable");
    n.put("id", "unreadable");
    n.put("name", "unreadable");
    n.putObject("shortDescription").put("text", zhName + " / " + enName);
    n.putObject("fullDescription").put("text", zh.get("sarif.unreadable.help"));
    ObjectNode help = n.putObject("help");
    help.put("text", zh.get("sarif.unreadable.help") + "\n" + en.get("sarif.unreadable.help"));
    help.put("markdown", "# unreadable\n\n" + zh.get("sarif.unreadable.help") + "\n\n"
        + en.get("sarif.unreadable.help") + "\n");
    n.putObject("defaultConfiguration").put("level", SarifResults.level(Severity.ERROR));
    n.putObject("properties").put("category", "reading");
    return n;
  }

  private ObjectNode rule(RuleMeta r) {
    ObjectNode n = SarifResults.MAPPER.createObjectNode();
    String nameZh = zh.find("rule." + r.id() + ".name").orElse(r.name());
    String nameEn = en.find("rule." + r.id() + ".name").orElse(r.id());
    String summaryEn = en.find("rule." + r.id() + ".summary").orElse("");
    n.put("id", r.id());
    // Code scanning carries alerts over from a retired id; an alias that is still a rule's own id
    // (a rule split off a live one) is no retired id, and its alerts stay with that rule.
    List<String> retired = r.aliases().stream()
        .filter(a -> rules.stream().noneMatch(other -> other.id().equals(a))).toList();
    if (!retired.isEmpty()) {
      retired.forEach(n.putArray("deprecatedIds")::add);
    }
    n.put("name", r.id());
    n.putObject("shortDescription").put("text", nameZh + " / " + nameEn);
    n.putObject("fullDescription").put("text", r.summary());
    ObjectNode help = n.putObject("help");
    help.put("text", r.summary() + "\n" + summaryEn);
    String page = options.pages().get(r.id());
    if (page != null) {
      help.put("markdown", page);
    }
    if (options.docsUrl() != null) {
      n.put("helpUri", options.docsUrl() + r.id() + ".md");
    }
    n.putObject("defaultConfiguration").put("level", SarifResults.level(r.severity()));
    ObjectNode properties = n.putObject("properties");
    properties.put("category", r.category().key());
    properties.put("name-zh", nameZh);
    properties.put("name-en", nameEn);
    properties.put("summary-en", summaryEn);
    return n;
  }

  @Override
  public void file(FileReport r) throws IOException {
    artifacts.append(SarifResults.MAPPER.writeValueAsString(results.artifactOf(r.path())))
        .append("\n");
    if (r.unreadable()) {
      // A file that could not be read is always listed, whatever the cap leaves room for.
      unreadable++;
      spool.append(UNREADABLE).append("\t")
          .append(SarifResults.MAPPER.writeValueAsString(results.unreadable(r))).append("\n");
      return;
    }
    // One file's results are built whole before any is held, so that a failure while building
    // them leaves nothing of this file for the caller's replacement note to contradict.
    List<ObjectNode> built = new java.util.ArrayList<>();
    for (Finding f : r.findings()) {
      built.add(results.finding(r, f));
    }
    for (int i = 0; i < built.size(); i++) {
      hold(r.findings().get(i).severity(), built.get(i));
    }
  }

  private void hold(Severity severity, ObjectNode result) throws IOException {
    counts.merge(severity, 1, Integer::sum);
    spool.append(severity.name()).append("\t")
        .append(SarifResults.MAPPER.writeValueAsString(result)).append("\n");
  }

  @Override
  public void end(Summary s, Gate gate) throws IOException {
    // The most severe first: errors up to the limit, then warnings, then notes.
    Map<Severity, Integer> room = new EnumMap<>(Severity.class);
    int left = Math.max(0, options.maxResults() - unreadable);
    for (Severity severity : Severity.values()) {
      int n = Math.min(counts.getOrDefault(severity, 0), left);
      room.put(severity, n);
      left -= n;
    }
    Map<Severity, Integer> omitted = new EnumMap<>(Severity.class);
    // Every file checked, with findings or none, those the cap left out of the results too.
    json.writeArrayFieldStart("artifacts");
    artifacts.forEachLine(line -> json.writeTree(SarifResults.MAPPER.readTree(line)));
    json.writeEndArray();
    json.writeArrayFieldStart("results");
    spool.forEachLine(line -> {
      int tab = line.indexOf('\t');
      if (line.startsWith(UNREADABLE + "\t")) {
        json.writeTree(SarifResults.MAPPER.readTree(line.substring(tab + 1)));
        return;
      }
      Severity severity = Severity.valueOf(line.substring(0, tab));
      if (room.get(severity) > 0) {
        room.merge(severity, -1, Integer::sum);
        JsonNode result = SarifResults.MAPPER.readTree(line.substring(tab + 1));
        json.writeTree(result);
      } else {
        omitted.merge(severity, 1, Integer::sum);
      }
    });
    json.writeEndArray();
    int dropped = omitted.values().stream().mapToInt(Integer::intValue).sum();
    if (dropped > 0) {
      notifyCapped(dropped, omitted);
    }
    json.writeObjectFieldStart("properties");
    json.writeNumberField("files", s.files());
    json.writeNumberField("unreadable", s.unreadable());
    json.writeNumberField("skipped", s.skipped());
    json.writeNumberField("resultsOmitted", dropped);
    json.writeBooleanField("passed", gate.passed(s));
    json.writeEndObject();
    json.writeEndObject();
    json.writeEndArray();
    json.writeEndObject();
    json.writeRaw('\n');
    json.flush();
  }

  /** A run-level notification: how many results were left out, of which level. */
  private void notifyCapped(int dropped, Map<Severity, Integer> omitted) throws IOException {
    json.writeArrayFieldStart("invocations");
    json.writeStartObject();
    json.writeBooleanField("executionSuccessful", true);
    json.writeArrayFieldStart("toolExecutionNotifications");
    json.writeStartObject();
    json.writeStringField("level", "warning");
    json.writeObjectFieldStart("message");
    json.writeStringField("text", messages.get("sarif.capped", options.maxResults(), dropped,
        omitted.getOrDefault(Severity.ERROR, 0), omitted.getOrDefault(Severity.WARNING, 0),
        omitted.getOrDefault(Severity.INFO, 0)));
    json.writeEndObject();
    json.writeObjectFieldStart("descriptor");
    json.writeStringField("id", "jxlint/results-capped");
    json.writeEndObject();
    json.writeObjectFieldStart("properties");
    json.writeNumberField("limit", options.maxResults());
    for (Severity severity : Severity.values()) {
      json.writeNumberField(SarifResults.level(severity), omitted.getOrDefault(severity, 0));
    }
    json.writeEndObject();
    json.writeEndObject();
    json.writeEndArray();
    json.writeEndObject();
    json.writeEndArray();
  }
}
