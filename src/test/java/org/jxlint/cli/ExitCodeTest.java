package org.jxlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.jxlint.check.Finding;
import org.jxlint.check.RuleMeta;
import org.jxlint.check.Severity;
import org.jxlint.model.SourceLocation;
import org.jxlint.report.FailOn;
import org.jxlint.report.FileReport;
import org.jxlint.report.Gate;
import org.jxlint.report.Summary;

/** Exit codes 0–3: passed, failed, usage or configuration, jxlint's own failure. */
class ExitCodeTest {

  private static FileReport read(String... rules) {
    List<Finding> findings = java.util.Arrays.stream(rules).map(r -> new Finding(r,
        Severity.ERROR, r + ".x", List.of(), List.of(), null, "", SourceLocation.NONE)).toList();
    return new FileReport("a.json", "canonical-json", null, null, null, null, null,
        new FileReport.Contents(1, 1, 0, 0), findings, null);
  }

  private static FileReport unreadable(String reason) {
    return new FileReport("b.docx", null, null, null, null, reason, List.of("X"), null,
        List.of(), null);
  }

  private static int exit(FailOn failOn, boolean baselineWritten, FileReport... reports) {
    Summary s = new Summary();
    for (FileReport r : reports) {
      s.add(r);
    }
    return ExitCode.of(s, Gate.of(failOn), baselineWritten);
  }

  @Test
  void findings_and_unreadable_files_fail_with_one() {
    assertEquals(0, exit(FailOn.ERROR, false, read()));
    assertEquals(1, exit(FailOn.ERROR, false, read("empty-value")));
    assertEquals(1, exit(FailOn.ERROR, false, read(), unreadable("unreadable.empty")));
    assertEquals(0, exit(FailOn.NEVER, false, read("empty-value")));
  }

  @Test
  @DisplayName("jxlint 自身出错（检查或读取程序崩溃）一律是 3，写基线或 --fail-on never 也一样")
  void jxlints_own_failures_end_with_three_whatever_the_gate() {
    String crash = RuleMeta.INTERNAL_ERROR.id();
    for (FailOn failOn : FailOn.values()) {
      assertEquals(3, exit(failOn, false, read(crash), read()), failOn.key());
      assertEquals(3, exit(failOn, false, unreadable(Summary.CRASH_REASON)), failOn.key());
      assertEquals(3, exit(failOn, true, read(crash)), failOn.key());
    }
    Summary s = new Summary();
    s.add(read(crash));
    assertTrue(FailOn.NEVER.failures(s).contains("report.gate.reason.internal"));
  }

  @Test
  void an_unread_table_is_three_unless_the_gate_never_fails() {
    assertEquals(3, exit(FailOn.ERROR, false, read(Summary.UNREAD_RULE)));
    assertEquals(0, exit(FailOn.NEVER, false, read(Summary.UNREAD_RULE)));
  }

  @Test
  void writing_a_baseline_ends_with_zero() {
    assertEquals(0, exit(FailOn.ERROR, true, read("empty-value"), unreadable("unreadable.empty")));
  }
}
