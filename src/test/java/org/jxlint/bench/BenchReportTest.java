package org.jxlint.bench;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BenchReportTest {

  @Test
  void no_cold_runs_asked_for_is_no_cold_start_table() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    BenchReport report = new BenchReport(out, List.of(), List.of(1), 1);
    // --cold-runs 0 used to fail on the median of no runs.
    report.coldStart(List.of(Path.of("a.txt")), Map.of(), 0);
    assertFalse(bytes.toString(StandardCharsets.UTF_8).contains("冷启动"));
  }

  @Test
  void no_batch_docs_asked_for_is_no_cold_batch_table() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    BenchReport report = new BenchReport(out, List.of(), List.of(1), 1);
    report.coldBatch(List.of(Path.of("a.txt")), 0, Map.of(), 2, Path.of("target/none"));
    assertFalse(bytes.toString(StandardCharsets.UTF_8).contains("冷批量"));
  }
}
