package org.jxlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.jxlint.TestSupport;

/**
 * The batch gate as a CI engineer uses it: several reports from one run, SARIF that validates,
 * a baseline written and then honoured, waivers with reasons, parallel runs that report in the
 * same order, include/exclude globs.
 */
class BatchGateTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Path EXAMPLES = TestSupport.ROOT.resolve("fixtures/examples");
  private static final Path LAYOUTS = TestSupport.ROOT.resolve("fixtures/layouts");

  @TempDir Path temp;

  record Run(int exit, String out, String err) {}

  private static Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit = Cli.run(args, new Io(new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), false));
    return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void severalReportsFromOneRunAndSarifValidates() throws Exception {
    Path sarif = temp.resolve("out/jxlint.sarif");
    Path junit = temp.resolve("junit.xml");
    Path md = temp.resolve("审核意见.md");
    Run r = run("check", EXAMPLES.toString(), LAYOUTS.toString(), "--format", "sarif:" + sarif,
        "--format", "junit:" + junit, "--format", "md:" + md, "--format", "json");
    // approval-tree.pdf is a known misread (LayoutFixturesTest.KNOWN_DIFFERENCES): its table
    // goes unread, so the run is incomplete and ends with 3, not 1.
    assertEquals(3, r.exit());
    JsonNode json = MAPPER.readTree(r.out());
    int files = json.path("files").size();
    assertTrue(files > 20, "every file in the JSON on stdout");

    JsonNode report = MAPPER.readTree(sarif.toFile());
    Set<ValidationMessage> errors = sarifSchema().validate(report);
    assertEquals(Set.of(), errors, "SARIF must validate against the 2.1.0 schema");
    JsonNode results = report.path("runs").get(0).path("results");
    long findings = 0;
    for (JsonNode f : json.path("files")) {
      findings += f.path("findings").size() + (f.path("status").asText().equals("ok") ? 0 : 1);
    }
    assertEquals(findings, results.size(), "one SARIF result per finding or unreadable file");
    for (JsonNode result : results) {
      JsonNode location = result.path("locations").get(0);
      JsonNode artifact = location.path("physicalLocation").path("artifactLocation");
      assertEquals("%SRCROOT%", artifact.path("uriBaseId").asText(), result.toString());
      assertFalse(artifact.path("uri").asText().startsWith("file:"), result.toString());
      assertTrue(location.path("physicalLocation").path("region").path("startLine").asInt() >= 1,
          "GitHub places results by their start line: " + result);
      assertTrue(location.path("logicalLocations").size() > 0, "where in the document");
      assertFalse(result.path("partialFingerprints").path("jxlint/v1").asText().isEmpty());
    }
    JsonNode run = report.path("runs").get(0);
    assertTrue(run.path("originalUriBaseIds").path("%SRCROOT%").path("uri").asText()
        .startsWith("file:"));
    for (JsonNode rule : run.path("tool").path("driver").path("rules")) {
      assertFalse(rule.has("helpUri"), "no link to this machine's checkout: " + rule);
      assertTrue(rule.path("help").path("markdown").asText().startsWith("# " + rule.path("id")
          .asText()), rule.path("id").asText());
    }

    String xml = Files.readString(junit);
    assertTrue(xml.contains("tests=\"" + files + "\""), "one test case per file");
    assertTrue(Files.readString(md).startsWith("# 绩效目标表审核意见"));
  }

  @Test
  void twoReportsOnScreenIsAUsageError() {
    Run r = run("check", EXAMPLES.toString(), "--format", "md", "--format", "json");
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("只能有一种报告格式输出到屏幕"), r.err());
  }

  @Test
  void baselineHonouredNewDefectFailsFixedOneIsStale() throws Exception {
    Path dir = Files.createDirectories(temp.resolve("uploads"));
    String table = """
        {"unit": "示例镇人民政府", "year": 2026, "tables": [{"indicators": [
          {"level1": "产出指标", "level2": "时效指标", "name": "资金使用合规性", "value": "100%"},
          {"level1": "产出指标", "level2": "数量指标", "name": "巡查次数", "value": "≥12次"},
          {"level1": "满意度指标", "level2": "服务对象满意度指标", "name": "群众满意度", "value": "≥90%"}
        ]}]}
        """;
    Files.writeString(dir.resolve("a.json"), table);
    Path baseline = temp.resolve("baseline.json");
    Run written = run("check", dir.toString(), "--write-baseline", baseline.toString());
    assertEquals(0, written.exit(), "writing the baseline accepts today's findings");
    assertTrue(written.err().contains("已写入基线"), written.err());
    assertTrue(Files.readString(baseline).contains("misplaced-dimension"));

    // Known findings no longer fail the gate; a row inserted above does not change that.
    Files.writeString(dir.resolve("a.json"), table.replace("[{\"indicators\": [",
        "[{\"indicators\": [\n{\"level1\": \"产出指标\", \"level2\": \"质量指标\","
            + " \"name\": \"验收合格率\", \"value\": \"≥95%\"},"));
    Run known = run("check", dir.toString(), "--baseline", baseline.toString(), "--format",
        "json");
    assertEquals(0, known.exit(), known.out());
    assertTrue(known.out().contains("\"baseline\" : true"));

    // A newly planted defect fails; the fixed one is reported as stale.
    Files.writeString(dir.resolve("a.json"), table
        .replace("资金使用合规性", "资金拨付及时率")
        .replace("\"≥12次\"", "\"效果明显\""));
    Run planted = run("check", dir.toString(), "--baseline", baseline.toString());
    assertEquals(1, planted.exit(), planted.out());
    assertTrue(planted.out().contains("vague-value"), planted.out());
    assertTrue(planted.out().contains("已改正（基线中有，本次未再出现）"), planted.out());
  }

  @Test
  void sameFileNameInTwoFoldersIsTwoFilesInTheBaseline() throws Exception {
    Path uploads = temp.resolve("uploads");
    Path qingshan = Files.createDirectories(uploads.resolve("青山镇")).resolve("绩效目标表.json");
    Path baishi = Files.createDirectories(uploads.resolve("白石乡")).resolve("绩效目标表.json");
    Path defects = EXAMPLES.resolve("青山镇-2026-部门整体.json");
    Files.copy(EXAMPLES.resolve("青山镇-2026-修改后.json"), qingshan);
    Files.copy(defects, baishi);
    Path baseline = temp.resolve("jxlint-baseline.json");
    assertEquals(0, run("check", uploads.toString(), "--write-baseline", baseline.toString())
        .exit());
    String recorded = Files.readString(baseline);
    assertTrue(recorded.contains("\"白石乡/绩效目标表.json\""), recorded);
    assertFalse(recorded.contains("青山镇/"), recorded);

    // The same defects now in 青山镇 are new there, though 白石乡's file has the same name.
    Files.copy(defects, qingshan, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    Run r = run("check", uploads.toString(), "--baseline", baseline.toString(), "--format",
        "json");
    assertEquals(1, r.exit(), r.out());
    for (JsonNode f : MAPPER.readTree(r.out()).path("files")) {
      boolean known = f.path("path").asText().contains("白石乡");
      assertTrue(f.path("findings").size() > 0);
      // The two tables are now copies of each other: that finding is new in both files.
      f.path("findings").forEach(x -> assertEquals(known
          && !x.path("rule").asText().equals("copy-paste-section"),
          x.path("baseline").asBoolean(), f.path("path").asText() + " " + x));
    }
    // Checking the two folders one by one files them under the same keys.
    Run apart = run("check", uploads.resolve("白石乡").toString(), uploads.resolve("青山镇")
        .toString(), "--baseline", baseline.toString(), "--format", "json");
    assertEquals(r.out().replace(uploads + "/", ""), apart.out().replace(uploads + "/", ""));
  }

  @Test
  void waiversNeedAReasonAndStayVisible() throws Exception {
    Path dir = Files.createDirectories(temp.resolve("uploads"));
    Files.writeString(dir.resolve("b.json"), """
        {"unit": "示例镇人民政府", "year": 2026, "tables": [{"indicators": [
          {"level1": "产出指标", "level2": "时效指标", "name": "资金使用合规性", "value": "100%"}
        ]}]}
        """);
    // The reviewer's configuration, kept outside the upload (one inside it is not obeyed).
    Path config = temp.resolve("审核.jxlint.yml");
    Files.writeString(config, """
        suppressions:
          - rule: misplaced-dimension
            indicator: 资金使用合规性
        """);
    Run missing = run("check", dir.toString(), "--config", config.toString());
    assertEquals(2, missing.exit());
    assertTrue(missing.err().contains("没有写理由"), missing.err());

    Files.writeString(config, """
        suppressions:
          - rule: misplaced-dimension
            files: "*.json"
            indicator: 资金使用合规性
            reason: 本地模板把合规性列在时效指标下，已与财政局确认
        """);
    Run waived = run("check", dir.toString(), "--config", config.toString(), "--format", "json");
    assertEquals(0, waived.exit(), waived.out());
    assertTrue(waived.out().contains("已与财政局确认"));
    Run md = run("check", dir.toString(), "--config", config.toString(), "--format", "md");
    assertTrue(md.out().contains("已豁免（不计入结论）：本地模板把合规性列在时效指标下"), md.out());
  }

  @Test
  void parallelRunsReportInTheSameOrder() {
    Run one = run("check", LAYOUTS.toString(), "--jobs", "1", "--format", "json");
    Run four = run("check", LAYOUTS.toString(), "--jobs", "4", "--format", "json");
    assertEquals(one.out(), four.out());
    assertEquals(one.exit(), four.exit());
  }

  @Test
  void includeAndExcludeGlobs() throws Exception {
    Run pdfs = run("check", LAYOUTS.toString(), "--include", "**/*.pdf", "--exclude",
        "**/*.writer.pdf", "--format", "json");
    JsonNode files = MAPPER.readTree(pdfs.out()).path("files");
    List<String> names = new ArrayList<>();
    files.forEach(f -> names.add(f.path("path").asText()));
    assertFalse(names.isEmpty());
    assertTrue(names.stream().allMatch(n -> n.endsWith(".pdf") && !n.endsWith(".writer.pdf")),
        names.toString());
    try (Stream<Path> all = Files.walk(LAYOUTS)) {
      long expected = all.filter(p -> p.toString().endsWith(".pdf")
          && !p.toString().endsWith(".writer.pdf")).count();
      assertEquals(expected, names.size());
    }
  }

  @Test
  void maxWarningsFailsTheGate() {
    Run r = run("check", LAYOUTS.resolve("hebei-project-tables").toString(), "--fail-on",
        "error", "--max-warnings", "0");
    assertEquals(1, r.exit(), r.out());
    assertTrue(r.out().contains("警告数超过允许的上限"), r.out());
  }

  @Test
  @DisplayName("--max-warnings -1 与 ESLint 一样表示不限；--fail-on warn 即 warning")
  void maxWarningsMinusOneIsNoLimitAndWarnIsWarning() throws Exception {
    String dir = LAYOUTS.resolve("hebei-project-tables").toString();
    Run plain = run("check", dir, "--format", "json");
    Run unlimited = run("check", dir, "--max-warnings", "-1", "--format", "json");
    assertEquals(plain.exit(), unlimited.exit());
    assertEquals(plain.out(), unlimited.out());
    assertTrue(MAPPER.readTree(plain.out()).path("summary").path("warning").asInt() > 0);
    Run warn = run("check", dir, "--fail-on", "warn", "--format", "json");
    assertEquals(1, warn.exit());
    assertEquals("warning", MAPPER.readTree(warn.out()).path("gate").path("failOn").asText());
  }

  @Test
  void aThousandMixedFilesAllAccountedFor() throws Exception {
    Path dir = temp.resolve("batch");
    org.jxlint.bench.Corpus.DocumentWriter json = (doc, file) -> Files.writeString(file,
        org.jxlint.ingest.CanonicalJson.MAPPER.writeValueAsString(
            org.jxlint.ingest.CanonicalTree.of(new org.jxlint.ingest.layout.DocumentInterpreter(
                TestSupport.VOCABULARY, TestSupport.VALUES).interpret(doc, "x"))));
    org.jxlint.bench.Corpus.write(dir.resolve("txt"), "txt", 400, 1, json);
    org.jxlint.bench.Corpus.write(dir.resolve("csv"), "csv", 300, 2, json);
    org.jxlint.bench.Corpus.write(dir.resolve("json"), "json", 250, 3, json);
    Path broken = Files.createDirectories(dir.resolve("broken"));
    for (int i = 0; i < 50; i++) {
      Files.write(broken.resolve(i + ".docx"), ("not a word file " + i).getBytes());
    }
    Path baseline = temp.resolve("batch-baseline.json");
    Run first = run("check", dir.toString(), "--format", "json", "--write-baseline",
        baseline.toString());
    JsonNode report = MAPPER.readTree(first.out());
    assertEquals(1000, report.path("files").size(), "every file in the report");
    assertEquals(50, report.path("summary").path("unreadable").asInt());
    assertEquals(0, first.exit(), "the baseline is written");

    // With the baseline, only the unreadable files still fail the gate.
    Run again = run("check", dir.toString(), "--format", "json", "--baseline",
        baseline.toString());
    JsonNode second = MAPPER.readTree(again.out());
    assertEquals(0, second.path("summary").path("error").asInt(), "known findings do not count");
    assertEquals(1, again.exit(), "unreadable files still fail");
    Files.walk(broken).filter(Files::isRegularFile).forEach(f -> f.toFile().delete());
    assertEquals(0, run("check", dir.toString(), "--baseline", baseline.toString()).exit());
  }

  @Test
  void progressOnATerminalOnly() {
    ByteArrayOutputStream shown = new ByteArrayOutputStream();
    Progress on = new Progress(new PrintStream(shown, true, StandardCharsets.UTF_8),
        org.jxlint.i18n.Messages.forLanguage("zh"), true, 3);
    on.step();
    on.step();
    on.step();
    on.done();
    assertTrue(shown.toString(StandardCharsets.UTF_8).contains("已检查 3/3 个文件"));
    ByteArrayOutputStream silent = new ByteArrayOutputStream();
    Progress off = new Progress(new PrintStream(silent, true, StandardCharsets.UTF_8),
        org.jxlint.i18n.Messages.forLanguage("zh"), false, 3);
    off.step();
    off.done();
    assertEquals("", silent.toString(StandardCharsets.UTF_8));
  }

  private static JsonSchema sarifSchema() throws Exception {
    try (InputStream in = BatchGateTest.class.getResourceAsStream(
        "/sarif/sarif-schema-2.1.0.json")) {
      JsonNode schema = MAPPER.readTree(in);
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(schema);
    }
  }
}
