package org.jxlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.jxlint.TestSupport;

/** The upload is data: its own .jxlint.yml is not obeyed, its links do not lead out of it. */
class UploadBoundsTest {

  private static final Path FORM = TestSupport.ROOT.resolve("fixtures/examples/青山镇-2026-部门整体.json");
  private static final String ALL_OFF = "rules:\n  empty-value: off\n  missing-dimension: off\n";

  /** An upload holding 链接.txt, a link to another unit's form outside it. */
  private static Path uploadWithALinkOut(Path dir) throws Exception {
    Path up = upload(dir);
    Path secret = Files.writeString(dir.resolve("别的单位.txt"), "一级指标\t二级指标\t三级指标\t指标值\n"
        + "产出指标\t数量指标\t机密数字\t≥8848个\n");
    Files.createSymbolicLink(up.resolve("链接.txt"), secret);
    return up;
  }

  private static Path upload(Path dir) throws Exception {
    Path up = Files.createDirectories(dir.resolve("上传/青山镇"));
    Files.copy(FORM, up.resolve("表.json"));
    return up;
  }

  @Test
  @DisplayName("上传目录里关掉所有规则的 .jxlint.yml 不起作用，并在 stderr 上点名")
  void a_configuration_inside_the_upload_is_ignored_and_named(@TempDir Path dir) throws Exception {
    Path up = upload(dir);
    Files.writeString(up.resolve(".jxlint.yml"), ALL_OFF);
    ignoredAndNamed(JxlintProcess.run(dir, "check", "上传", "--format", "json"));
  }

  /** The upload's configuration was not obeyed (the form still fails) and stderr names it. */
  private static void ignoredAndNamed(JxlintProcess run) {
    assertEquals(1, run.exit(), run.stdout() + run.stderr());
    assertTrue(run.stdout().contains("\"empty-indicator-value\""), "the rules still apply");
    assertTrue(run.stderr().contains(".jxlint.yml"), run.stderr());
  }

  @Test
  @DisplayName("上传的目录里没有可检查的文件：说明原因，退出码 2，不算通过")
  void an_upload_with_nothing_to_check_does_not_pass(@TempDir Path dir) throws Exception {
    Path up = Files.createDirectories(dir.resolve("上传/空目录"));
    Files.writeString(up.resolve(".DS_Store"), "x");
    JxlintProcess run = JxlintProcess.run(dir, "check", "上传");
    assertEquals(2, run.exit(), run.stdout() + run.stderr());
    assertTrue(run.stderr().contains("没有要检查的文件"), run.stderr());
  }

  @Test
  @DisplayName("在上传目录里运行时，当前目录的 .jxlint.yml 属于上传，同样不采用")
  void a_configuration_found_from_inside_the_upload_is_ignored(@TempDir Path dir) throws Exception {
    JxlintProcess run = fromInsideTheUpload(dir, "check", ".");
    assertEquals(1, run.exit(), run.stdout() + run.stderr());
  }

  @Test
  @DisplayName("上传目录里的 .jxlint.yml 是指向别处配置的符号链接：它站在上传里，同样不采用并点名")
  void a_configuration_linked_into_the_upload_is_ignored(@TempDir Path dir) throws Exception {
    Path up = upload(dir);
    Path elsewhere = Files.writeString(Files.createDirectories(dir.resolve("别处"))
        .resolve(".jxlint.yml"), ALL_OFF);
    Files.createSymbolicLink(up.resolve(".jxlint.yml"), elsewhere);
    ignoredAndNamed(JxlintProcess.run(up, "check", ".", "--format", "json"));
  }

  /** jxlint run in an upload whose own .jxlint.yml turns every rule off. */
  private static JxlintProcess fromInsideTheUpload(Path dir, String... args) throws Exception {
    Path up = upload(dir);
    Files.writeString(up.resolve(".jxlint.yml"), ALL_OFF);
    return JxlintProcess.run(up, args);
  }

  @Test
  @DisplayName("配置从当前目录向上找：审核人员自己的 .jxlint.yml 照常生效")
  void the_configuration_comes_from_the_current_directory_upward(@TempDir Path dir)
      throws Exception {
    upload(dir);
    Files.writeString(dir.resolve(".jxlint.yml"), ALL_OFF.replace("off", "warning"));
    JxlintProcess run = JxlintProcess.run(dir, "check", "上传/青山镇");
    assertFalse(run.stdout().contains("错误 [empty-indicator-value]"), run.stdout());
    assertTrue(run.stdout().contains("警告 [empty-indicator-value]"), run.stdout());
    assertEquals("", run.stderr());
    // Run from a folder below it, the configuration still applies, and is named.
    JxlintProcess below = JxlintProcess.run(dir.resolve("上传"), "check", "青山镇");
    assertTrue(below.stdout().contains("警告 [empty-indicator-value]"), below.stdout());
    assertTrue(below.stderr().contains(dir.resolve(".jxlint.yml").toString()), below.stderr());
  }

  @Test
  @DisplayName("指向上传目录之外的符号链接不读取，列为无法读取并说明原因；--follow-links 时照读")
  void links_out_of_the_upload_are_not_followed(@TempDir Path dir) throws Exception {
    Path up = uploadWithALinkOut(dir);
    Files.createSymbolicLink(up.resolve("目录"), dir);
    JxlintProcess run = JxlintProcess.run(dir, "check", "上传", "--format", "json");
    assertEquals(1, run.exit());
    assertEquals(2, run.stdout().split("符号链接", -1).length - 1, run.stdout());
    assertEquals(2, unreadable(run), run.stdout());
    JxlintProcess named = JxlintProcess.run(dir, "parse", "上传/青山镇/链接.txt");
    assertTrue(named.stdout().contains("机密数字"), "a file named by the user is read");
    JxlintProcess asked = JxlintProcess.run(dir, "check", "上传", "--follow-links", "--format",
        "json");
    assertFalse(asked.stdout().contains("符号链接"), asked.stdout());
  }

  @Test
  @DisplayName("在上传目录里逐个点名文件检查时，与文件同目录的 .jxlint.yml 也属于上传，不采用并点名")
  void a_configuration_beside_the_files_named_is_ignored(@TempDir Path dir) throws Exception {
    JxlintProcess run = fromInsideTheUpload(dir, "check", "表.json");
    assertEquals(1, run.exit(), run.stdout() + run.stderr());
    assertTrue(run.stderr().contains(".jxlint.yml"), run.stderr());
  }

  @Test
  @DisplayName("命令行上点名的符号链接（如 shell 的 * 展开）指向所在目录之外时同样不读；--follow-links 时照读")
  void a_named_link_out_of_its_folder_is_not_followed(@TempDir Path dir) throws Exception {
    uploadWithALinkOut(dir);
    JxlintProcess run = JxlintProcess.run(dir, "check", "上传/青山镇/链接.txt", "上传/青山镇/表.json",
        "--format", "json");
    assertEquals(1, unreadable(run), run.stdout());
    assertFalse(run.stdout().contains("机密数字"), run.stdout());
    JxlintProcess asked = JxlintProcess.run(dir, "check", "上传/青山镇/链接.txt", "--follow-links",
        "--format", "json");
    assertEquals(0, unreadable(asked), asked.stdout());
  }

  @Test
  @DisplayName("以符号链接给出的目录（latest -> 2026-12-03）就是那个目录，照常检查")
  void a_folder_named_by_a_link_is_that_folder(@TempDir Path dir) throws Exception {
    Path up = upload(dir);
    Files.createSymbolicLink(dir.resolve("最新"), up);
    JxlintProcess run = JxlintProcess.run(dir, "check", "最新", "--format", "json");
    assertTrue(run.stdout().contains("最新/表.json"), run.stdout() + run.stderr());
    assertEquals(0, unreadable(run), run.stdout());
  }

  @Test
  @DisplayName("区域设置写不了中文文件名（LANG=C、直接 java -jar）时，stderr 上说明原因和办法")
  void a_locale_that_cannot_name_chinese_files_is_named(@TempDir Path dir) throws Exception {
    JxlintProcess c = JxlintProcess.run(java.util.Map.of("LANG", "C", "LC_ALL", "C"), dir,
        "rules");
    assertTrue(c.stderr().contains("LC_ALL=C.UTF-8"), c.stderr());
    JxlintProcess utf8 = JxlintProcess.run(java.util.Map.of("LANG", "C.UTF-8", "LC_ALL",
        "C.UTF-8"), dir, "rules");
    assertEquals("", utf8.stderr());
  }

  @Test
  @DisplayName("没有 UTF-8 区域设置时（LANG=C，直接 java -jar），中文名的 Word、Excel 文件照样读出，不说“已损坏”")
  void a_chinese_named_office_file_is_read_without_a_utf8_locale(@TempDir Path dir)
      throws Exception {
    // The folder is named in ASCII: under LANG=C the argument itself is what the warning is for.
    Path up = Files.createDirectories(dir.resolve("uploads"));
    Files.copy(TestSupport.ROOT.resolve("fixtures/layouts/hubei-department/hubei-department.xls"),
        up.resolve("部门整体绩效目标表.xls"));
    JxlintProcess run = JxlintProcess.run(java.util.Map.of("LANG", "C", "LC_ALL", "C"), dir,
        "check", "uploads", "--format", "json");
    assertEquals(0, unreadable(run), run.stdout() + run.stderr());
    assertTrue(run.stdout().contains("\"indicators\""), run.stdout());
  }

  private static long unreadable(JxlintProcess run) {
    return run.stdout().lines().filter(l -> l.contains("\"status\" : \"unreadable\"")).count();
  }
}
