package org.jxlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jxlint.check.RuleTimings;
import org.jxlint.i18n.Messages;
import org.junit.jupiter.api.Test;

/** {@code check --timing}: the slowest rules over the batch, then reading, on stderr. */
class TimingTableTest {

  @Test
  void slowestRulesFirstWithTheirShareOfTheRulesTime() {
    RuleTimings t = new RuleTimings();
    t.add("vague-value", 3_000_000);
    t.add("template-residue", 1_000_000);
    t.add("vague-value", 3_000_000);
    t.add(RuleTimings.READING, 9_000_000);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    TimingTable.print(new PrintStream(bytes, true, StandardCharsets.UTF_8),
        Messages.forLanguage("zh"), t);
    List<String> lines = bytes.toString(StandardCharsets.UTF_8).lines().toList();
    assertEquals(5, lines.size(), String.join("\n", lines));
    assertTrue(lines.get(0).contains("共 2 条规则"), lines.get(0));
    assertEquals(List.of("vague-value", "6.0", "85.7%"), List.of(lines.get(2).trim().split(" +")));
    assertEquals(List.of("template-residue", "1.0", "14.3%"),
        List.of(lines.get(3).trim().split(" +")));
    assertTrue(lines.get(4).contains("7.0 毫秒") && lines.get(4).contains("9.0 毫秒"),
        lines.get(4));
  }

  @Test
  void atMostTenRulesAreListed() {
    RuleTimings t = new RuleTimings();
    for (int i = 0; i < 15; i++) {
      t.add("rule-" + (char) ('a' + i), 1_000_000L * (i + 1));
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    TimingTable.print(new PrintStream(bytes, true, StandardCharsets.UTF_8),
        Messages.forLanguage("en"), t);
    String out = bytes.toString(StandardCharsets.UTF_8);
    assertEquals(TimingTable.ROWS + 3, out.lines().count(), out);
    assertTrue(out.contains("rule-o") && !out.contains("rule-e "), out);
  }

  @Test
  void aCheckWithTimingPrintsTheTableAndTheReportIsUnchanged() {
    InProcess plain = InProcess.run("check", "fixtures/examples/青山镇-2026-部门整体.json",
        "--format", "json", "--fail-on", "never");
    InProcess timed = InProcess.run("check", "fixtures/examples/青山镇-2026-部门整体.json",
        "--format", "json", "--fail-on", "never", "--timing");
    assertEquals(plain.stdout(), timed.stdout());
    assertFalse(plain.stderr().contains("规则用时"), plain.stderr());
    assertTrue(timed.stderr().contains("规则用时") && timed.stderr().contains("读取文件"),
        timed.stderr());
  }
}
