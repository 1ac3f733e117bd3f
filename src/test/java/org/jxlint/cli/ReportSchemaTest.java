package org.jxlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.jxlint.TestSupport;
import org.jxlint.report.ReasonCode;

/**
 * docs/report.schema.json describes the JSON report as jxlint writes it: real reports of several
 * runs (clean, with findings, unreadable files, a baseline with fixed findings, waivers, English,
 * every layout) are valid against it, every key it names is documented in docs/report-json.md, and
 * it rejects what jxlint never writes.
 */
class ReportSchemaTest {

  private static final Path DOC = TestSupport.ROOT.resolve("docs/report-json.md");

  private record Run(int exit, String stdout, String stderr) {}

  private static Run check(String... args) {
    List<String> all = new ArrayList<>(List.of("check", "--format", "json"));
    all.addAll(List.of(args));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit = Cli.run(all.toArray(String[]::new), new Io(
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), false));
    return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  /** Runs jxlint and asserts its report is valid; returns the report. */
  private static JsonNode valid(String what, String... args) throws Exception {
    Run run = check(args);
    assertTrue(run.exit() == 0 || run.exit() == 1, what + ": exit " + run.exit() + run.stderr());
    JsonNode report = ReportSchema.MAPPER.readTree(run.stdout());
    assertEquals(Set.of(), ReportSchema.errors(report), what);
    assertEquals(run.exit() == 0, report.path("gate").path("passed").asBoolean(), what);
    return report;
  }

  @Test
  @DisplayName("真实报告符合 schema：通过的、有问题的、读不了的、各种版式、英文")
  void reports_of_real_runs_are_valid() throws Exception {
    JsonNode clean = valid("clean", "fixtures/examples/青山镇-2026-修改后.json");
    assertTrue(clean.path("gate").path("passed").asBoolean());

    JsonNode findings = valid("findings", "fixtures/examples", "--max-warnings", "100");
    assertEquals(100, findings.path("gate").path("maxWarnings").asInt());
    assertTrue(findings.path("summary").path("error").asInt() > 0);

    JsonNode unreadable = valid("unreadable", "fixtures/unreadable", "fixtures/hostile",
        "fixtures/cli/stray-files/uploads");
    assertTrue(unreadable.path("summary").path("unreadable").asInt() >= 15, unreadable.toString());
    assertTrue(unreadable.path("summary").path("skipped").asInt() > 0, "stray files skipped");

    // (--fail-on never: some layout fixtures have a table jxlint cannot read, which is exit 3.)
    JsonNode layouts = valid("layouts", "fixtures/layouts", "fixtures/prose", "--fail-on",
        "never");
    Set<String> seen = new TreeSet<>();
    layouts.path("files").forEach(f -> seen.add(f.path("layout").asText()));
    assertTrue(seen.size() >= 5, "several layouts: " + seen);

    valid("english", "fixtures/examples", "--lang", "en", "--fail-on", "warning");
  }

  @Test
  @DisplayName("基线和豁免：baseline、waived、fixedSinceBaseline 都符合 schema")
  void baseline_and_waiver_reports_are_valid(@TempDir Path dir) throws Exception {
    Path upload = Files.createDirectories(dir.resolve("上传"));
    Path form = upload.resolve("青山镇.json");
    Files.copy(TestSupport.ROOT.resolve("fixtures/examples/青山镇-2026-部门整体.json"), form);
    Path baseline = dir.resolve("基线.json");
    Run written = check(upload.toString(), "--write-baseline", baseline.toString());
    assertEquals(0, written.exit(), written.stderr());
    assertEquals(Set.of(), ReportSchema.errors(written.stdout()), "the run that writes the baseline");

    JsonNode known = valid("baseline", upload.toString(), "--baseline", baseline.toString());
    assertTrue(known.path("summary").path("baseline").asInt() > 0);
    assertTrue(known.path("files").path(0).path("findings").path(0).path("baseline").asBoolean());

    // Fixed since: the same file corrected, checked against the old baseline.
    Files.copy(TestSupport.ROOT.resolve("fixtures/examples/青山镇-2026-修改后.json"), form,
        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    JsonNode fixed = valid("fixed", upload.toString(), "--baseline", baseline.toString());
    assertTrue(fixed.path("summary").path("fixedSinceBaseline").size() > 0, fixed.toString());

    Path config = Files.writeString(dir.resolve("jxlint.yml"), """
        suppressions:
          - rule: empty-value
            reason: 测试用的豁免
        """);
    Files.copy(TestSupport.ROOT.resolve("fixtures/examples/青山镇-2026-部门整体.json"), form,
        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    JsonNode waived = valid("waived", upload.toString(), "--config", config.toString());
    assertTrue(waived.path("summary").path("waived").asInt() > 0);
  }

  @Test
  @DisplayName("JSON 黄金文件（fixtures/cli）也符合 schema")
  void json_golden_files_are_valid() throws Exception {
    int checked = 0;
    try (Stream<Path> cases = Files.list(TestSupport.ROOT.resolve("fixtures/cli"))) {
      for (Path dir : cases.filter(Files::isDirectory).sorted().toList()) {
        List<String> cmd = Files.readAllLines(dir.resolve("cmd"));
        int at = cmd.indexOf("--format");
        boolean report = !cmd.isEmpty() && cmd.get(0).equals("check"); // rules: RulesJsonTest
        if (report && at >= 0 && at + 1 < cmd.size() && cmd.get(at + 1).equals("json")) {
          assertEquals(Set.of(), ReportSchema.errors(Files.readString(dir.resolve("stdout"))),
              dir.toString());
          checked++;
        }
      }
    }
    assertTrue(checked > 0);
  }

  @Test
  @DisplayName("schema 拒绝 jxlint 不会写出的报告")
  void the_schema_rejects_what_jxlint_never_writes() throws Exception {
    JsonNode report = ReportSchema.MAPPER.readTree(check("fixtures/examples").stdout());
    assertEquals(Set.of(), ReportSchema.errors(report));
    ObjectNode extra = report.deepCopy();
    extra.put("other", 1);
    assertFalse(ReportSchema.errors(extra).isEmpty(), "a key jxlint does not write");
    ObjectNode badCode = report.deepCopy();
    ((ObjectNode) badCode.path("files").path(0)).put("reasonCode", "kaputt");
    assertFalse(ReportSchema.errors(badCode).isEmpty(), "a reason code that does not exist");
    ObjectNode noCode = report.deepCopy();
    ((ObjectNode) noCode.path("files").path(0)).putNull("reasonCode");
    assertFalse(ReportSchema.errors(noCode).isEmpty(), "an unreadable file without its code");
    ObjectNode noFingerprint = report.deepCopy();
    ((ObjectNode) noFingerprint.path("files").path(2).path("findings").path(0))
        .remove("fingerprint");
    assertFalse(ReportSchema.errors(noFingerprint).isEmpty(), "a finding without a fingerprint");
  }

  @Test
  @DisplayName("schema 的每个键和每个原因代码都写在 docs/report-json.md 里")
  void every_key_and_code_is_documented() throws Exception {
    String doc = Files.readString(DOC);
    Set<String> keys = new TreeSet<>();
    collectKeys(ReportSchema.NODE, keys);
    for (String key : keys) {
      assertTrue(doc.contains("`" + key + "`"), "docs/report-json.md documents `" + key + "`");
    }
    Set<String> codes = new TreeSet<>();
    ReportSchema.NODE.path("$defs").path("file").path("properties").path("reasonCode")
        .path("enum").forEach(c -> {
          if (!c.isNull()) {
            codes.add(c.asText());
          }
        });
    assertEquals(ReasonCode.all(), codes, "the schema lists every reason code jxlint has");
    for (String code : codes) {
      assertTrue(doc.contains("`" + code + "`"), "docs/report-json.md explains `" + code + "`");
    }
  }

  private static void collectKeys(JsonNode node, Set<String> keys) {
    if (node.isObject()) {
      JsonNode props = node.path("properties");
      for (Iterator<Map.Entry<String, JsonNode>> it = props.fields(); it.hasNext();) {
        keys.add(it.next().getKey());
      }
      node.forEach(child -> collectKeys(child, keys));
    } else if (node.isArray()) {
      node.forEach(child -> collectKeys(child, keys));
    }
  }
}
