package org.jxlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import org.jxlint.check.BatchClones;
import org.jxlint.check.Finding;
import org.jxlint.check.Severity;
import org.jxlint.model.SourceLocation;
import org.jxlint.report.FileReport;
import org.junit.jupiter.api.Test;

/**
 * The reports of a batch come back whole and in order, the first from memory and the rest from
 * the spool on disk, however many there are (past several resets of the stream that writes them).
 */
class ReportSpoolTest {

  private static FileReport report(int i) {
    List<Finding> findings = new ArrayList<>();
    for (int k = 0; k < i % 4; k++) {
      findings.add(new Finding("vague-value", Severity.WARNING, "rule.vague-value.cell",
          List.of("第" + i + "份", "第" + k + "条"), List.of("产出指标", "数量指标", "培训人次"),
          "value", "确保工作有效开展", SourceLocation.tableRow(1, k + 1), null, false));
    }
    return new FileReport("表" + i + ".txt", "text", "某某乡人民政府", 2026, null, null, null,
        new FileReport.Contents(1, 3 + i % 5, 0, 0), findings, null);
  }

  @Test
  void everyReportComesBackInOrder() throws Exception {
    int n = ReportSpool.IN_MEMORY + 3 * ReportSpool.RESET_EVERY + 7;
    List<FileReport> back = new ArrayList<>();
    List<Integer> indices = new ArrayList<>();
    try (ReportSpool spool = new ReportSpool(false)) {
      for (int i = 0; i < n; i++) {
        spool.write(report(i), BatchClones.Tables.NONE);
      }
      spool.readBack((index, r, tables) -> {
        indices.add(index);
        back.add(r);
        assertEquals(BatchClones.Tables.NONE.seen(), tables.seen());
      });
    }
    assertEquals(n, back.size());
    for (int i = 0; i < n; i++) {
      assertEquals(i, indices.get(i));
      assertEquals(report(i), back.get(i), "report " + i);
      assertNull(back.get(i).document());
    }
  }
}
