package org.jxlint.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.jxlint.TestSupport;
import org.jxlint.check.Finding;
import org.jxlint.check.Severity;
import org.jxlint.i18n.Messages;
import org.jxlint.model.SourceLocation;

/** SARIF that code scanning accepts: under the result limit, saying what it left out. */
class SarifReportWriterTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static JsonNode sarif(int limit, String docsUrl, List<FileReport> reports)
      throws Exception {
    return sarif(TestSupport.REGISTRY.rules(), limit, docsUrl, reports);
  }

  private static JsonNode sarif(List<org.jxlint.check.RuleMeta> rules, int limit, String docsUrl,
      List<FileReport> reports) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    SarifReportWriter w = new SarifReportWriter(out, Messages.forLanguage("zh"),
        rules, new SarifReportWriter.Options("test", docsUrl,
            TestSupport.ROOT, false, limit, Map.of("empty-indicator-value", "# empty-indicator-value\n")));
    Summary s = new Summary();
    w.begin();
    for (FileReport r : reports) {
      w.file(r);
      s.add(r);
    }
    w.end(s, Gate.of(FailOn.ERROR));
    JsonNode report = MAPPER.readTree(out.toByteArray());
    try (InputStream in = SarifReportWriterTest.class.getResourceAsStream(
        "/sarif/sarif-schema-2.1.0.json")) {
      assertEquals(java.util.Set.of(), JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4)
          .getSchema(MAPPER.readTree(in)).validate(report), "valid SARIF 2.1.0");
    }
    return report.path("runs").get(0);
  }

  private static FileReport file(String path, Severity... severities) {
    List<Finding> findings = new ArrayList<>();
    for (int i = 0; i < severities.length; i++) {
      findings.add(new Finding("empty-indicator-value", severities[i], "empty-indicator-value.value",
          List.of("x" + i), List.of("产出指标", "数量指标", "指标" + i), "value", "",
          SourceLocation.tableRow(1, i + 2)));
    }
    return new FileReport(path, "word-docx", null, null, null, null, null,
        new FileReport.Contents(1, severities.length, 0, 0), findings, null);
  }

  @Test
  void over_the_limit_errors_are_kept_first_and_a_notification_says_what_is_left_out()
      throws Exception {
    Severity e = Severity.ERROR;
    Severity w = Severity.WARNING;
    Severity n = Severity.INFO;
    JsonNode run = sarif(4, null, List.of(file("uploads/a.docx", n, w, e), file("uploads/b.docx", e, n, w),
        file("uploads/c.docx", w)));
    JsonNode results = run.path("results");
    assertEquals(4, results.size());
    List<String> kept = new ArrayList<>();
    results.forEach(r -> kept.add(r.path("level").asText() + " " + r.path("locations").get(0)
        .path("physicalLocation").path("artifactLocation").path("uri").asText()));
    // Both errors, then the first two warnings, in file order; no notes.
    assertEquals(List.of("warning uploads/a.docx", "error uploads/a.docx", "error uploads/b.docx",
        "warning uploads/b.docx"), kept);
    JsonNode note = run.path("invocations").get(0).path("toolExecutionNotifications").get(0);
    assertEquals("jxlint/results-capped", note.path("descriptor").path("id").asText());
    assertTrue(note.path("message").path("text").asText().contains("另有 3 条没有列出"),
        note.toString());
    assertEquals(2, note.path("properties").path("note").asInt());
    assertEquals(1, note.path("properties").path("warning").asInt());
    assertEquals(3, run.path("properties").path("resultsOmitted").asInt());
    String root = run.path("originalUriBaseIds").path("%SRCROOT%").path("uri").asText();
    assertTrue(root.startsWith("file:/") && root.endsWith("/") && !root.endsWith("//"), root);
  }

  @Test
  @org.junit.jupiter.api.DisplayName("每个文件都在 artifacts 里（没有问题的、被上限挤掉的也在）；无法读取的文件不受上限影响，总会列出")
  void every_file_is_listed_and_the_cap_never_hides_an_unreadable_one() throws Exception {
    Severity e = Severity.ERROR;
    FileReport broken = new FileReport("uploads/坏的.docx", null, null, null, null,
        "unreadable.corrupt", List.of("Word"), null, List.of(), null);
    JsonNode run = sarif(2, null, List.of(file("uploads/a.docx", e, e, e), file("uploads/干净.docx"),
        broken, file("uploads/名字里有\\反斜杠.docx", e)));
    List<String> artifacts = new ArrayList<>();
    run.path("artifacts").forEach(a -> artifacts.add(a.path("location").path("uri").asText()));
    assertEquals(List.of("uploads/a.docx", "uploads/%E5%B9%B2%E5%87%80.docx",
        "uploads/%E5%9D%8F%E7%9A%84.docx",
        "uploads/%E5%90%8D%E5%AD%97%E9%87%8C%E6%9C%89%5C%E5%8F%8D%E6%96%9C%E6%9D%A0.docx"),
        artifacts);
    List<String> rules = new ArrayList<>();
    run.path("results").forEach(r -> rules.add(r.path("ruleId").asText()));
    // The unreadable file takes its place under the cap first; one finding fills the rest.
    assertEquals(List.of("empty-indicator-value", "unreadable"), rules);
    assertEquals(3, run.path("properties").path("resultsOmitted").asInt());
  }

  @Test
  void the_default_limit_stays_under_what_github_accepts() {
    assertTrue(SarifReportWriter.MAX_RESULTS < 25_000);
  }

  @Test
  void a_rule_split_from_another_lists_the_old_id_as_deprecated() throws Exception {
    List<String> deprecated = new ArrayList<>();
    for (JsonNode rule : sarif(org.jxlint.check.SplitRules.REGISTRY.rules(), 10, null, List.of())
        .path("tool").path("driver").path("rules")) {
      deprecated.add(rule.path("id").asText() + "=" + rule.path("deprecatedIds"));
    }
    assertEquals(List.of("bystander=", "whole-rule-names=[\"whole-rule\"]",
        "whole-rule-values=[\"whole-rule\"]", "internal-error=", "unreadable="), deprecated);
  }

  @Test
  void a_rule_split_off_a_live_one_names_no_deprecated_id() throws Exception {
    // qualitative-with-number lists comparator-mismatch, which is still a rule: no retired id.
    for (JsonNode rule : sarif(10, null, List.of()).path("tool").path("driver").path("rules")) {
      if (rule.path("id").asText().equals("qualitative-with-number")) {
        assertFalse(rule.has("deprecatedIds"), rule.toString());
        return;
      }
    }
    throw new AssertionError("qualitative-with-number is described");
  }

  @Test
  void every_result_names_a_rule_the_driver_describes() throws Exception {
    FileReport unreadable = new FileReport("uploads/坏.docx", null, null, null, null,
        "unreadable.corrupt", List.of(), null, List.of(), null);
    JsonNode run = sarif(10, null, List.of(file("uploads/a.docx", Severity.ERROR), unreadable));
    java.util.Set<String> described = new java.util.HashSet<>();
    run.path("tool").path("driver").path("rules").forEach(r -> described.add(r.path("id").asText()));
    run.path("results").forEach(r -> assertTrue(described.contains(r.path("ruleId").asText()),
        r.path("ruleId").asText()));
    assertEquals(2, run.path("results").size());
  }

  @Test
  void rules_carry_their_page_inline_and_link_only_to_a_named_public_copy() throws Exception {
    JsonNode local = sarif(10, null, List.of());
    for (JsonNode rule : local.path("tool").path("driver").path("rules")) {
      assertFalse(rule.has("helpUri"), rule.toString());
    }
    assertFalse(local.path("tool").path("driver").has("informationUri"));
    JsonNode linked = sarif(10, "https://example.org/jxlint/docs/rules/", List.of());
    JsonNode emptyValue = null;
    for (JsonNode rule : linked.path("tool").path("driver").path("rules")) {
      if (rule.path("id").asText().equals("empty-indicator-value")) {
        emptyValue = rule;
      }
    }
    assertEquals("https://example.org/jxlint/docs/rules/empty-indicator-value.md",
        emptyValue.path("helpUri").asText());
    assertEquals("# empty-indicator-value\n", emptyValue.path("help").path("markdown").asText());
  }

  @Test
  void a_file_outside_the_source_root_keeps_its_absolute_uri() throws Exception {
    Path outside = TestSupport.ROOT.getParent().resolve("别处/表.docx");
    JsonNode run = sarif(10, null, List.of(file(outside.toString(), Severity.ERROR)));
    JsonNode artifact = run.path("results").get(0).path("locations").get(0)
        .path("physicalLocation").path("artifactLocation");
    assertFalse(artifact.has("uriBaseId"));
    assertTrue(artifact.path("uri").asText().startsWith("file:/"), artifact.toString());
  }
}
