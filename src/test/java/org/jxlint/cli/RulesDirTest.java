package org.jxlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.jxlint.TestSupport;
import org.jxlint.config.Vocabulary;
import org.jxlint.i18n.Messages;

/**
 * A bad {@code --rules-dir} is a configuration error: exit 2 before any file is read, one line on
 * stderr naming the file and the line, never an internal error in every file checked.
 */
class RulesDirTest {

  private static final Messages ZH = Messages.forLanguage("zh");
  private static final Path BUNDLED = TestSupport.ROOT.resolve("lint-rules");

  @TempDir Path dir;

  private record Run(int exit, String stdout, String stderr) {}

  private static Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit = Cli.run(args, new Io(new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), false));
    return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private static Run check(Path rules, String... more) {
    List<String> args = new ArrayList<>(List.of("check", "fixtures/examples", "--format", "json",
        "--rules-dir", rules.toString()));
    args.addAll(Arrays.asList(more));
    return run(args.toArray(String[]::new));
  }

  /** A copy of the bundled lint-rules/ with one file replaced. */
  private Path rulesWith(String file, String text) throws Exception {
    Path rules = Files.createTempDirectory(dir, "rules");
    try (Stream<Path> files = Files.list(BUNDLED)) {
      for (Path f : files.toList()) {
        Files.copy(f, rules.resolve(f.getFileName()));
      }
    }
    Files.writeString(rules.resolve(file), text);
    return rules;
  }

  /** The run is a configuration error said in exactly this one line, and nothing was checked. */
  private static void configError(Run run, String key, Object... args) {
    assertEquals(2, run.exit(), run.stderr());
    assertEquals("", run.stdout(), "no report: nothing was checked");
    assertEquals(ZH.get("error.prefix") + ZH.get(key, args) + "\n", run.stderr());
    assertFalse(run.stderr().contains("内部错误") || run.stderr().contains("Exception"));
  }

  private static String bundled(String file) throws Exception {
    return Files.readString(BUNDLED.resolve(file));
  }

  @Test
  @DisplayName("内置词表原样复制一份用 --rules-dir 指向它：通过校验，报告与不加 --rules-dir 相同")
  void a_copy_of_the_bundled_rules_is_valid_and_changes_nothing() throws Exception {
    Path copy = rulesWith("prose.yml", bundled("prose.yml"));
    Run withCopy = check(copy, "--fail-on", "never");
    assertEquals(0, withCopy.exit(), withCopy.stderr());
    assertEquals(run("check", "fixtures/examples", "--format", "json", "--fail-on", "never")
        .stdout(), withCopy.stdout());
    // Saved by a Windows editor: GBK, or UTF-8 with a byte-order mark.
    Path gbk = rulesWith("prose.yml", "");
    Files.write(gbk.resolve("prose.yml"), bundled("prose.yml").getBytes("GB18030"));
    Files.write(gbk.resolve("layout.yml"), ("\uFEFF" + bundled("layout.yml"))
        .getBytes(StandardCharsets.UTF_8));
    String[] prose = {"check", "fixtures/layouts/hunan-narrative", "--format", "json",
        "--fail-on", "never"};
    String expected = run(prose).stdout();
    List<String> withGbk = new ArrayList<>(Arrays.asList(prose));
    withGbk.addAll(List.of("--rules-dir", gbk.toString()));
    assertEquals(expected, run(withGbk.toArray(String[]::new)).stdout());
    Files.writeString(gbk.resolve("prose.yml"), "{}\n");
    assertFalse(expected.equals(run(withGbk.toArray(String[]::new)).stdout()),
        "(the words of prose.yml matter to this file)");
    try (Stream<Path> files = Files.list(BUNDLED)) {
      assertEquals(new TreeSet<>(Vocabulary.FILES), new TreeSet<>(files
          .map(p -> p.getFileName().toString()).toList()), "Vocabulary.FILES is lint-rules/");
    }
  }

  @Test
  @DisplayName("目录不存在、给的是文件、目录里有写错名字的词表文件")
  void the_folder_itself() throws Exception {
    Path none = dir.resolve("没有这个目录");
    configError(check(none), "error.rulesDirMissing", none);
    Path file = Files.writeString(dir.resolve("values.yml"), "x: 1\n");
    configError(check(file), "error.rulesDirNotDir", file);
    Path rules = Files.createDirectories(dir.resolve("规则"));
    Files.writeString(rules.resolve("value.yml"), "unit-aliases: {}\n");
    configError(check(rules), "error.rules.unknownFile.suggest", rules, "value.yml", "values.yml",
        String.join("、", Vocabulary.FILES));
    Files.delete(rules.resolve("value.yml"));
    Files.writeString(rules.resolve("说明.txt"), "不是 YAML 的文件不管");
    assertEquals(1, check(rules).exit(), "other files in the folder are left alone");
  }

  @Test
  @DisplayName("YAML 语法错误：中文说明、行号和列号")
  void broken_yaml() throws Exception {
    Path rules = rulesWith("values.yml", "comparators:\n  ge: [\"≥\", \"不低于\"\n");
    Run run = check(rules);
    assertEquals(2, run.exit());
    assertTrue(run.stderr().startsWith("jxlint：配置文件 " + rules.resolve("values.yml")
        + " 第 2 行第 7 列："), run.stderr());
    assertEquals(1, run.stderr().lines().count(), "said once: " + run.stderr());

    Path twice = rulesWith("prose.yml", "item-title-max: 12\nitem-title-max: 13\n");
    configError(check(twice), "error.configSyntax.duplicate", twice.resolve("prose.yml"), 2, 15,
        "item-title-max");
  }

  @Test
  @DisplayName("不认识的键：指出行号和最接近的键")
  void unknown_keys() throws Exception {
    Path top = rulesWith("values.yml", bundled("values.yml").replace("unit-aliases:",
        "unit-aliasez:"));
    int line = lineOf(bundled("values.yml"), "unit-aliases:");
    configError(check(top), "error.rules.unknownTopKey.suggest", top.resolve("values.yml"), line,
        "unit-aliasez", "unit-aliases", "");

    Path nested = rulesWith("layout.yml", bundled("layout.yml").replace("  sentence-words:",
        "  sentense-words:"));
    configError(check(nested), "error.rules.unknownKey.suggest", nested.resolve("layout.yml"),
        lineOf(bundled("layout.yml"), "  sentence-words:"), "sentense-words", "sentence-words",
        "funds");

    Path far = rulesWith("frameworks.yml", "frameworks:\n  - id: x\n    colour: red\n");
    configError(check(far), "error.rules.unknownKey", far.resolve("frameworks.yml"), 3, "colour",
        "id、name、required、level1", "frameworks[1]");
  }

  @Test
  @DisplayName("值的形状不对、正则表达式写错、列的用途写错")
  void wrong_values() throws Exception {
    Path list = rulesWith("columns.yml", "keywords: 5\n");
    configError(check(list), "error.rules.shape.list", list.resolve("columns.yml"), 1,
        "keywords", "5");
    Path number = rulesWith("prose.yml", bundled("prose.yml").replace("item-title-max: 12",
        "item-title-max: 十二"));
    configError(check(number), "error.rules.shape.number", number.resolve("prose.yml"),
        lineOf(bundled("prose.yml"), "item-title-max:"), "item-title-max", "十二");
    Path regex = rulesWith("indicators.yml", bundled("indicators.yml").replace(
        "patterns: [\"\\\\*{2,}\"", "patterns: [\"(示例\""));
    configError(check(regex), "error.rules.regex", regex.resolve("indicators.yml"),
        lineOf(bundled("indicators.yml"), "  patterns:"), "(示例", "Unclosed group");
    Path crashing = rulesWith("indicators.yml", bundled("indicators.yml").replace(
        "patterns: [\"\\\\*{2,}\"", "patterns: [\"[请X&&]\""));
    configError(check(crashing), "error.rules.regexCrash", crashing.resolve("indicators.yml"),
        lineOf(bundled("indicators.yml"), "  patterns:"), "[请X&&]");
    Path role = rulesWith("columns.yml", "keywords:\n  - {role: valeu, words: [及单位]}\n");
    configError(check(role), "error.rules.word.suggest", role.resolve("columns.yml"), 2, "valeu",
        "keywords[1].role", "group、level1、level2、name、comparator、value、unit、explanation、"
            + "scoring、basis、remark、history、score、nature、ignore", "value");
  }

  @Test
  @DisplayName("检查要用的词表少了一项：一次配置错误，不是每个文件一条 internal-error")
  void a_list_the_checks_need_is_missing() throws Exception {
    String indicators = bundled("indicators.yml");
    int start = indicators.indexOf("  # internal-inconsistency：名称里说“全部”");
    int end = indicators.indexOf("  # internal-inconsistency：比对两行");
    Path rules = rulesWith("indicators.yml", indicators.substring(0, start)
        + indicators.substring(end));
    configError(check(rules), "error.rules.missingKey", rules.resolve("indicators.yml"),
        lineOf(indicators, "rule-words:"), "rule-words", "whole-markers", "indicators.yml");

    Path none = rulesWith("indicators.yml", "grades: [[好, 差]]\n");
    configError(check(none), "error.rules.missingMap", none.resolve("indicators.yml"),
        "rule-words", "indicators.yml");
  }

  @Test
  @DisplayName("parse 也一样；--lang en 用英文说")
  void every_command_and_english() throws Exception {
    Path rules = rulesWith("values.yml", "unit-aliasez: {}\n");
    Run parse = run("parse", "fixtures/examples/青山镇-2026-部门整体.json", "--rules-dir",
        rules.toString());
    assertEquals(2, parse.exit(), parse.stderr());
    assertTrue(parse.stderr().contains("unit-aliasez"), parse.stderr());
    Run english = check(rules, "--lang", "en");
    assertEquals(2, english.exit());
    assertEquals(Messages.forLanguage("en").get("error.prefix") + Messages.forLanguage("en").get(
        "error.rules.unknownTopKey.suggest", rules.resolve("values.yml"), 1, "unit-aliasez",
        "unit-aliases", "") + "\n", english.stderr());
  }

  @Test
  @DisplayName("乡镇一级名称的结尾是词表：加上“苏木”后，苏木的申报表里写了别的苏木也能查出")
  void a_province_adds_its_township_word() throws Exception {
    Path form = dir.resolve("上传/宝日苏木.json");
    Files.createDirectories(form.getParent());
    Files.writeString(form, """
        {"unit": "某某旗宝日苏木人民政府", "year": 2026, "kind": "department",
         "goals": [{"scope": "annual", "text": "完成查干苏木牧区道路养护任务。"}],
         "tables": [{"scope": "annual", "indicators": [
           {"level1": "产出指标", "level2": "数量指标", "name": "牧区道路养护里程",
            "comparator": "≥", "value": "12", "unit": "公里"}]}]}
        """);
    String indicators = bundled("indicators.yml");
    Path rules = rulesWith("indicators.yml", indicators.replace(
        "township-suffixes: [街道办事处, 街道, 乡, 镇]",
        "township-suffixes: [街道办事处, 街道, 苏木, 乡, 镇]"));
    List<String> base = List.of("check", form.toString(), "--format", "json", "--fail-on",
        "never");
    Run bundledRun = run(base.toArray(String[]::new));
    List<String> tuned = new ArrayList<>(base);
    tuned.addAll(List.of("--rules-dir", rules.toString()));
    Run tunedRun = run(tuned.toArray(String[]::new));
    assertEquals(0, tunedRun.exit(), tunedRun.stderr());
    assertFalse(bundledRun.stdout().contains("\"name-inconsistency\""), bundledRun.stdout());
    assertTrue(tunedRun.stdout().contains("\"name-inconsistency\"")
        && tunedRun.stdout().contains("查干苏木"), tunedRun.stdout());
  }

  private static int lineOf(String text, String start) {
    List<String> lines = text.lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).startsWith(start)) {
        return i + 1;
      }
    }
    throw new AssertionError(start);
  }
}
