package org.jxlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.jxlint.check.CheckRegistry;
import org.jxlint.check.Finding;
import org.jxlint.i18n.Messages;
import org.jxlint.model.SourceLocation;
import org.jxlint.report.FailOn;
import org.jxlint.report.FileReport;
import org.jxlint.report.Gate;
import org.jxlint.report.ReportWriter;
import org.jxlint.report.Summary;

class ReportFailureTest {

  @Test
  @DisplayName("写某个文件的报告时出错：这个文件标明 jxlint 出错，其余文件照常写出，每种格式都完整")
  void a_failing_entry_is_replaced_and_the_rest_is_written(@TempDir Path dir) throws Exception {
    // A finding without a severity makes every writer fail half-way through the entry.
    Finding broken = new Finding("empty-value", null, "empty-value.value", List.of("x"),
        List.of("产出指标"), "value", "", SourceLocation.NONE);
    FileReport bad = new FileReport("坏.json", "canonical-json", "甲", 2026, null, null, null,
        new FileReport.Contents(1, 1, 0, 0), List.of(broken), null);
    FileReport good = new FileReport("好.json", "canonical-json", "乙", 2026, null, null, null,
        new FileReport.Contents(1, 1, 0, 0), List.of(), null);
    List<String> specs = new ArrayList<>();
    for (ReportTargets.Format f : ReportTargets.Format.values()) {
      specs.add(f.name().toLowerCase() + ":" + dir.resolve("report." + f.name().toLowerCase()));
    }
    Io io = new Io(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), false);
    Messages zh = Messages.forLanguage("zh");
    int failed;
    try (ReportTargets.Open open = ReportTargets.open(ReportTargets.parse(specs, null), io, zh,
        CheckRegistry.loadAll(), FailOn.ERROR, false)) {
      ReportWriter w = open.writer();
      w.begin();
      w.file(bad);
      w.file(good);
      Summary s = new Summary();
      s.add(good);
      w.end(s, new Gate(FailOn.ERROR, null));
      failed = open.failed();
    }
    // (JUnit XML counts only what fails the gate, so it never reads the missing severity.)
    assertEquals(ReportTargets.Format.values().length - 1, failed, "one failure in each format");
    String note = zh.get("unreadable.reportFailed", "NullPointerException");
    for (ReportTargets.Format f : ReportTargets.Format.values()) {
      Path file = dir.resolve("report." + f.name().toLowerCase());
      String text = ReportFiles.text(file, f);
      if (!List.of("SARIF", "GITHUB").contains(f.name())) { // these two list findings only
        assertTrue(text.contains("好.json"), f + " lists the file after the failure");
      }
      if (f != ReportTargets.Format.JUNIT) {
        assertTrue(text.contains(note), f + " names jxlint's failure: " + text);
      }
      if (f == ReportTargets.Format.JSON) {
        var report = new ObjectMapper().readTree(file.toFile()); // still well-formed
        assertEquals(java.util.Set.of(), ReportSchema.errors(report), "and valid");
        assertEquals("report-failed", report.path("files").path(0).path("reasonCode").asText());
      } else if (f == ReportTargets.Format.SARIF) {
        new ObjectMapper().readTree(file.toFile()); // still well-formed
      } else if (f == ReportTargets.Format.JUNIT) {
        DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile());
      }
    }
  }
}
