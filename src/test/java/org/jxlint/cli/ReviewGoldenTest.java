package org.jxlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.jxlint.TestSupport;

/**
 * Reviewed golden files for what goes to reviewers and units: the 审核问题清单 (.xlsx, compared as
 * its cells and settings), and the per-file 审核意见 in Markdown and plain text, for a batch of
 * every kind — a clean file, one with findings, an unreadable one, an Excel table and prose.
 */
class ReviewGoldenTest {

  private static final Path GOLDEN = TestSupport.ROOT.resolve("fixtures/review");

  @Test
  @DisplayName("审核问题清单、每个文件一份的 Markdown 和纯文本审核意见与审阅过的黄金文件一致")
  void the_list_and_the_letters_match_their_goldens(@TempDir Path out) throws Exception {
    InProcess run = InProcess.run("check", "fixtures/examples",
        "fixtures/layouts/hubei-department/hubei-department.xls",
        "fixtures/layouts/hunan-narrative/hunan-narrative.txt",
        "--format", "xlsx:" + out.resolve("清单.xlsx"),
        "--format", "md:" + out.resolve("md") + "/",
        "--format", "text-plain:" + out.resolve("text-plain") + "/");
    assertEquals(1, run.exit(), run.stderr());
    assertEquals("", run.stdout(), "every report went to its file");
    TestSupport.assertGolden(GOLDEN.resolve("清单.tsv"), list(out.resolve("清单.xlsx")),
        "the issue list's cells");
    for (String form : List.of("md", "text-plain")) {
      folder(out.resolve(form), GOLDEN.resolve(form));
    }
  }

  /** Each letter against its golden, and no letter missing or left over on either side. */
  private static void folder(Path written, Path golden) throws Exception {
    TreeSet<String> names = names(written);
    if (TestSupport.UPDATE_GOLDEN && Files.isDirectory(golden)) {
      for (String stale : names(golden)) {
        if (!names.contains(stale)) {
          Files.delete(golden.resolve(stale));
        }
      }
    }
    for (String name : names) {
      TestSupport.assertGolden(golden.resolve(name),
          Files.readString(written.resolve(name), StandardCharsets.UTF_8), name);
    }
    assertEquals(names, names(golden), "one letter a file, each with its golden");
  }

  private static TreeSet<String> names(Path dir) throws Exception {
    try (Stream<Path> files = Files.list(dir)) {
      return new TreeSet<>(files.map(p -> p.getFileName().toString()).toList());
    }
  }

  /** The list's cells, then each sheet's filter and frozen rows: what a reviewer works with. */
  private static String list(Path file) throws Exception {
    StringBuilder b = new StringBuilder(ReportFiles.xlsx(file));
    try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
      for (int s = 0; s < wb.getNumberOfSheets(); s++) {
        XSSFSheet sheet = wb.getSheetAt(s);
        assertTrue(sheet.getCTWorksheet().isSetAutoFilter(), sheet.getSheetName() + " filters");
        b.append("# ").append(sheet.getSheetName()).append(": filter ")
            .append(sheet.getCTWorksheet().getAutoFilter().getRef()).append(", frozen rows ")
            .append(sheet.getPaneInformation().getHorizontalSplitPosition()).append('\n');
      }
    }
    return b.toString();
  }
}
