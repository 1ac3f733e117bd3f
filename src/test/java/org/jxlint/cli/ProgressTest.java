package org.jxlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.jxlint.i18n.Messages;

/**
 * {@code --progress} in a CI log: whole lines on stderr, no carriage returns, as the batch goes;
 * nothing without it when stderr is no terminal, nothing at all with {@code --no-progress}.
 */
class ProgressTest {

  private static final Messages ZH = Messages.forLanguage("zh");

  private record Run(int exit, String stdout, String stderr) {}

  private static Run check(boolean terminal, String... args) {
    List<String> all = new ArrayList<>(List.of("check", "fixtures/layouts", "--format", "json"));
    all.addAll(Arrays.asList(args));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit = Cli.run(all.toArray(String[]::new), new Io(
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), terminal));
    return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private static List<String> progressLines(String stderr) {
    return stderr.lines().filter(l -> l.startsWith("jxlint：已检查")
        || l.startsWith("jxlint：开始检查") || l.contains("已全部检查完")).toList();
  }

  @Test
  @DisplayName("--progress 在不是终端时逐行写出进度：开始一行、每十分之一一行、结束一行，没有回车符")
  void progress_lines_in_a_ci_log() {
    Run run = check(false, "--progress", "--fail-on", "never");
    int files = readFiles(run.stdout());
    assertTrue(files > 10, "a batch of more than ten files: " + files);
    assertFalse(run.stderr().contains("\r"), "no carriage returns in a log");
    List<String> lines = progressLines(run.stderr());
    assertEquals(ZH.get("progress.start", files), lines.get(0));
    assertTrue(lines.get(lines.size() - 1).startsWith(
        "jxlint：" + files + " 个文件已全部检查完，用时 "), lines.toString());
    List<String> steps = lines.subList(1, lines.size() - 1);
    assertTrue(steps.size() >= 9, "a line at least every tenth: " + lines);
    int before = 0;
    for (String l : steps) {
      assertTrue(l.matches("jxlint：已检查 \\d+/" + files + " 个文件（\\d+%）· 每秒 [\\d.]+ 个 · "
          + "预计还需 \\d+ 秒"), l);
      int done = Integer.parseInt(l.replaceAll("jxlint：已检查 (\\d+)/.*", "$1"));
      assertTrue(done > before, "counts go up: " + lines);
      before = done;
    }
    // Nothing but progress on stderr: the report is unchanged.
    assertEquals(check(false, "--fail-on", "never").stdout(), run.stdout());
  }

  @Test
  @DisplayName("不是终端时默认不显示进度；--no-progress 在终端上也不显示")
  void silent_without_progress_and_with_no_progress() {
    assertEquals(List.of(), progressLines(check(false, "--fail-on", "never").stderr()));
    assertEquals("", check(false, "--no-progress", "--fail-on", "never").stderr());
    assertEquals("", check(true, "--no-progress", "--fail-on", "never").stderr());
    assertTrue(check(true, "--fail-on", "never").stderr().contains("\r"),
        "a terminal gets the bar, redrawn in place");
  }

  @Test
  void the_option_and_the_terminal_choose_the_mode() {
    assertEquals(Progress.Mode.OFF, Progress.Mode.of(null, false));
    assertEquals(Progress.Mode.BAR, Progress.Mode.of(null, true));
    assertEquals(Progress.Mode.LINES, Progress.Mode.of(true, false));
    assertEquals(Progress.Mode.BAR, Progress.Mode.of(true, true));
    assertEquals(Progress.Mode.OFF, Progress.Mode.of(false, false));
    assertEquals(Progress.Mode.OFF, Progress.Mode.of(false, true));
  }

  @Test
  @DisplayName("隔一段时间就写一行，即使还没到下一个十分之一")
  void a_line_when_time_has_passed() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Progress p = new Progress(new PrintStream(err, true, StandardCharsets.UTF_8), ZH,
        Progress.Mode.LINES, 1000, 0);
    for (int i = 0; i < 5; i++) {
      p.step();
    }
    p.done();
    List<String> lines = err.toString(StandardCharsets.UTF_8).lines().toList();
    assertEquals(6, lines.size(), "the start and one line per file: " + lines);
    assertTrue(lines.get(5).startsWith("jxlint：已检查 5/1000 个文件（0%）"), lines.get(5));

    ByteArrayOutputStream quiet = new ByteArrayOutputStream();
    Progress hourly = new Progress(new PrintStream(quiet, true, StandardCharsets.UTF_8), ZH,
        Progress.Mode.LINES, 1000, 3_600_000_000_000L);
    for (int i = 0; i < 5; i++) {
      hourly.step();
    }
    assertEquals(1, quiet.toString(StandardCharsets.UTF_8).lines().count(),
        "only the start line before a tenth is done or the time has passed");
  }

  private static int readFiles(String json) {
    try {
      return ReportSchema.MAPPER.readTree(json).path("summary").path("files").asInt();
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }
}
