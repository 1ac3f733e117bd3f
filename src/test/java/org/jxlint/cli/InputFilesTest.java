package org.jxlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.jxlint.TestSupport;
import org.jxlint.ingest.IngestResult;
import org.jxlint.ingest.Ingestor;

/** What a folder walk reads and what it passes over, and why. */
class InputFilesTest {

  @TempDir Path temp;

  /** Endings found in upload folders: submissions, images, archives, office and system files. */
  private static final List<String> ENDINGS = List.of("png", "jpg", "jpeg", "gif", "bmp", "tif",
      "md", "db", "ini", "zip", "rar", "7z", "tmp", "bak", "log", "xml", "html", "htm", "ppt",
      "pptx", "dps", "dot", "dotx", "xlt", "xltx", "xlsb", "numbers", "pages", "eml", "msg", "yml",
      "yaml", "dat", "exe", "lnk", "url");

  @Test
  @DisplayName("目录中读的文件类型与 jxlint 的读取程序一致：读得了或有专门说明的才读")
  void the_types_a_walk_reads_are_those_the_readers_take() throws Exception {
    Ingestor ingestor = Ingestor.standard(TestSupport.VOCABULARY);
    Set<String> all = new TreeSet<>(InputFiles.SUBMISSION_TYPES);
    all.addAll(ENDINGS);
    Map<String, String> wrong = new TreeMap<>();
    for (String ext : all) {
      Path file = Files.writeString(temp.resolve("a." + ext), "x");
      IngestResult r = ingestor.read(file, file.toString());
      boolean refusedType = r instanceof IngestResult.Unreadable u
          && u.reasonKey().equals("unreadable.type");
      if (refusedType == InputFiles.SUBMISSION_TYPES.contains(ext)) {
        wrong.put(ext, refusedType ? "walk reads it, no reader takes it" : "a reader takes it");
      }
    }
    assertEquals(Map.of(), wrong);
  }

  private Path uploads() throws Exception {
    Path dir = Files.createDirectories(temp.resolve("上传"));
    for (String name : List.of("青山镇/绩效目标表.docx", "青山镇/~$绩效目标表.docx", "青山镇/Thumbs.db",
        "白石乡/表.XLSX", "白石乡/desktop.ini", "README.md", ".DS_Store", "._表.docx",
        ".git/config.json", "__MACOSX/白石乡/._表.xlsx", "扫描件.png", "无扩展名")) {
      Path p = dir.resolve(name);
      Files.createDirectories(p.getParent());
      Files.writeString(p, "x");
    }
    return dir;
  }

  private static List<String> names(Path dir, List<?> found) {
    return found.stream().map(f -> f instanceof InputFiles.Input i ? i.file()
        : ((InputFiles.Skipped) f).path()).map(p -> dir.relativize(p).toString()
        .replace('\\', '/')).toList();
  }

  @Test
  @org.junit.jupiter.api.DisplayName("只略过真的锁定文件；名字末尾的点和空格、模板、网页都照常列出，不能借名字躲过关卡")
  void names_do_not_hide_a_form_from_the_gate() throws Exception {
    Path dir = Files.createDirectories(temp.resolve("改名"));
    Files.write(dir.resolve("~$锁定.docx"), new byte[162]); // Word's owner file: a name and zeros
    Files.write(dir.resolve("~$整份表.docx"), new byte[] {'P', 'K', 3, 4}); // a document so named
    Files.write(dir.resolve("~$大.docx"), new byte[4096]);
    for (String name : List.of("表.docx.", "表.txt ", "模板.xltx", "模板.dotx", "网页.htm", "导出.mht")) {
      Files.writeString(dir.resolve(name), "x");
    }
    InputFiles.Expansion e = InputFiles.expand(dir, List.of(), List.of(), false);
    assertEquals(List.of("~$大.docx", "~$整份表.docx", "导出.mht", "模板.dotx", "模板.xltx", "网页.htm",
        "表.docx.", "表.txt "), names(dir, e.inputs()));
    assertEquals(List.of("~$锁定.docx"), names(dir, e.skipped()));
  }

  @Test
  void a_walk_reads_submissions_and_names_what_it_skips() throws Exception {
    Path dir = uploads();
    InputFiles.Expansion e = InputFiles.expand(dir, List.of(), List.of(), false);
    assertEquals(List.of("白石乡/表.XLSX", "青山镇/绩效目标表.docx"), names(dir, e.inputs()));
    Map<String, String> why = new TreeMap<>();
    e.skipped().forEach(s -> why.put(dir.relativize(s.path()).toString(), s.reasonKey()));
    assertEquals(Map.of(".DS_Store", "skip.hidden", "._表.docx", "skip.hidden",
        ".git", "skip.hiddenFolder", "__MACOSX", "skip.hiddenFolder", "README.md", "skip.type",
        "扫描件.png", "skip.type", "无扩展名", "skip.type", "白石乡/desktop.ini", "skip.system",
        "青山镇/Thumbs.db", "skip.system", "青山镇/~$绩效目标表.docx", "skip.lock"), why);
  }

  @Test
  void strict_files_reads_every_file_but_hidden_ones() throws Exception {
    Path dir = uploads();
    InputFiles.Expansion e = InputFiles.expand(dir, List.of(), List.of(), true);
    assertEquals(List.of("README.md", "扫描件.png", "无扩展名", "白石乡/desktop.ini", "白石乡/表.XLSX",
        "青山镇/Thumbs.db", "青山镇/~$绩效目标表.docx", "青山镇/绩效目标表.docx"),
        names(dir, e.inputs()));
    assertTrue(e.skipped().stream().allMatch(s -> s.reasonKey().startsWith("skip.hidden")));
  }

  @Test
  void a_file_named_on_the_command_line_is_always_checked() throws Exception {
    Path dir = uploads();
    for (String name : List.of("README.md", "青山镇/~$绩效目标表.docx", ".DS_Store")) {
      InputFiles.Expansion e = InputFiles.expand(dir.resolve(name), List.of(), List.of(), false);
      assertEquals(1, e.inputs().size(), name);
      assertEquals(List.of(), e.skipped());
    }
  }
}
