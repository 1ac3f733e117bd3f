package org.jxlint.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A .jxlint.yml is validated on load: every mistake is an error with its line. */
class ProjectConfigTest {

  @TempDir Path temp;

  private ProjectConfig load(String yaml) throws Exception {
    Path file = temp.resolve(".jxlint.yml");
    Files.writeString(file, yaml);
    return ProjectConfig.load(file);
  }

  private ConfigException error(String yaml) {
    return assertThrows(ConfigException.class, () -> load(yaml), yaml);
  }

  /** The message key and the arguments after the file name. */
  private List<Object> said(String yaml) {
    ConfigException e = error(yaml);
    return List.of(e.key(), e.args().subList(1, e.args().size()));
  }

  @Test
  @DisplayName("不认识的键：报告行号和最接近的键")
  void unknown_keys_name_their_line_and_the_nearest_key() {
    assertEquals(List.of("error.config.unknownKey.suggest", List.of("1", "rule", "rules")),
        said("rule:\n  empty-value: off\n"));
    assertEquals(List.of("error.config.unknownKey.suggest", List.of("3", "supressions",
        "suppressions")), said("rules:\n  empty-value: off\nsupressions: []\n"));
    assertEquals(List.of("error.config.unknownKey", List.of("2", "exclude", "rules、suppressions")),
        said("rules: {}\nexclude: [草稿]\n"));
    assertEquals(List.of("error.config.unknownKey.suggest", List.of("4", "reasons", "reason")),
        said("suppressions:\n  - rule: unit-mismatch\n    evidence: 百分比\n    reasons: 省里规定\n"));
    assertEquals(List.of("error.config.unknownKey.suggest", List.of("3", "severty", "severity")),
        said("rules:\n  empty-value:\n    severty: warn\n"));
  }

  @Test
  void settings_jxlint_cannot_take_are_errors_on_their_line() {
    assertEquals(List.of("error.config.badSetting", List.of("3", "missing-unit", "sometimes")),
        said("rules:\n  empty-value: warn\n  missing-unit: sometimes\n"));
    assertEquals(List.of("error.config.badSetting", List.of("2", "missing-unit", "[\"a\"]")),
        said("rules:\n  missing-unit: [a]\n"));
  }

  @Test
  @DisplayName("warn 与 warning 相同（ESLint 的写法）")
  void warn_is_warning() throws Exception {
    ProjectConfig c = load("rules:\n  empty-value: warn\n  missing-unit: {severity: WARN}\n"
        + "  unit-mismatch: off\n");
    assertEquals(Map.of("empty-value", "warning", "missing-unit", "warning",
        "unit-mismatch", "off"), c.rules());
    assertEquals(3, c.ruleLine("missing-unit"));
  }

  @Test
  @DisplayName("YAML 语法错误用中文说明，带行号和列号")
  void yaml_errors_say_what_is_wrong_with_line_and_column() {
    assertEquals(List.of("error.configSyntax.tab", List.of("2", "1", "found character '\\t(TAB)'"
        + " that cannot start any token. (Do not use \\t(TAB) for indentation)")),
        said("rules:\n\tempty-value: off\n"));
    assertEquals("error.configSyntax.colon", error("rules: empty-value: off\n").key());
    assertEquals(List.of("1", "19"), error("rules: empty-value: off\n").args().subList(1, 3));
    assertEquals("error.configSyntax.indent",
        error("rules:\n  empty-value: off\n missing-unit: off\n").key());
    assertEquals(List.of("error.configSyntax.quote", List.of("2", "16",
        "found unexpected end of stream")), said("rules:\n  empty-value: \"off\n"));
    assertEquals("error.configSyntax.bracket", error("rules: [a, b\n").key());
    assertEquals(List.of("error.configSyntax.character", List.of("2", "16", "@")),
        said("rules:\n  empty-value: @off\n"));
    assertEquals(List.of("3", "empty-value"), List.of(
        error("rules:\n  empty-value: off\n  empty-value: on\n").args().get(1),
        error("rules:\n  empty-value: off\n  empty-value: on\n").args().get(3)));
  }

  @Test
  void every_word_a_setting_may_be_is_one_rule_settings_takes() throws Exception {
    for (String word : ConfigKeys.SETTINGS) {
      ProjectConfig c = load("rules:\n  empty-value: " + word + "\n");
      org.jxlint.check.RuleSettings.select(c, org.jxlint.TestSupport.REGISTRY); // no error
    }
  }

  @Test
  void a_file_saved_as_gbk_with_a_bom_or_none_reads_the_same() throws Exception {
    String yaml = "suppressions:\n  - rule: unit-mismatch\n    reason: 省厅模板规定\n";
    Path gbk = Files.write(temp.resolve("gbk.yml"), yaml.getBytes(Charset.forName("GB18030")));
    Path bom = Files.writeString(temp.resolve("bom.yml"), "\uFEFF" + yaml);
    assertEquals("省厅模板规定", ProjectConfig.load(gbk).suppressions().get(0).reason());
    assertEquals("省厅模板规定", ProjectConfig.load(bom).suppressions().get(0).reason());
    assertEquals(2, ProjectConfig.load(bom).suppressionLine(0));
  }
}
