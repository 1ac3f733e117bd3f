package org.jxlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The annotated copies in another office suite: LibreOffice (headless, where it is installed, as
 * {@code .ci/run} does) turns each into a PDF, and saves each again as .docx/.xlsx with every
 * comment still there. Skipped, saying why, where LibreOffice is not installed.
 */
class LibreOfficeRoundTripTest {

  private static final long LIMIT_MINUTES = 4;

  @Test
  @DisplayName("LibreOffice 能打开批注副本：转成 PDF，另存为 .docx/.xlsx 后批注一条不少")
  void libreoffice_opens_the_copies_and_keeps_every_comment(@TempDir Path temp) throws Exception {
    assumeTrue(soffice(temp, List.of("--version")), "LibreOffice (soffice) is not installed");
    Path uploads = temp.resolve("上传");
    Path copies = temp.resolve("审核");
    AnnotateTest.makeUploads(uploads);
    InProcess run = InProcess.run("check", uploads.toString(), "--annotate",
        copies.toString(), "--fail-on", "never");
    assertEquals(0, run.exit(), run.stderr());
    List<Path> word = copies("docx", copies);
    List<Path> excel = copies("xlsx", copies);
    assertTrue(word.size() >= 3 && excel.size() >= 2, word + " " + excel);

    List<Path> all = new ArrayList<>(word);
    all.addAll(excel);
    Path pdf = temp.resolve("pdf");
    assertTrue(convert(temp, "pdf", pdf, all), "LibreOffice converts the copies to PDF");
    for (Path copy : all) {
      Path made = pdf.resolve(stem(copy) + ".pdf");
      assertTrue(Files.size(made) > 1000, made + " is a document");
    }
    Path saved = temp.resolve("另存");
    assertTrue(convert(temp, "docx", saved, word) && convert(temp, "xlsx", saved, excel));
    for (Path copy : word) {
      assertEquals(wordComments(copy), wordComments(saved.resolve(copy.getFileName())),
          copy.getFileName() + ": every comment survives a save in LibreOffice");
    }
    for (Path copy : excel) {
      assertEquals(notes(copy), notes(saved.resolve(copy.getFileName())),
          copy.getFileName() + ": every note survives a save in LibreOffice");
    }
  }

  private static List<Path> copies(String ext, Path dir) throws Exception {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(p -> p.getFileName().toString().endsWith(".审核." + ext)).sorted()
          .toList();
    }
  }

  private static String stem(Path file) {
    String name = file.getFileName().toString();
    return name.substring(0, name.lastIndexOf('.'));
  }

  private static int wordComments(Path file) throws Exception {
    try (InputStream in = Files.newInputStream(file); XWPFDocument doc = new XWPFDocument(in)) {
      return doc.getDocComments() == null ? 0 : doc.getDocComments().getComments().size();
    }
  }

  private static int notes(Path file) throws Exception {
    try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
      int n = 0;
      for (int s = 0; s < wb.getNumberOfSheets(); s++) {
        n += wb.getSheetAt(s).getCellComments().size();
      }
      return n;
    }
  }

  private static boolean convert(Path temp, String to, Path outDir, List<Path> files)
      throws Exception {
    List<String> args = new ArrayList<>(List.of("--headless", "--convert-to", to, "--outdir",
        outDir.toString()));
    files.forEach(f -> args.add(f.toString()));
    return soffice(temp, args);
  }

  /** Runs soffice with its own profile in {@code temp}; false when it cannot be run or fails. */
  private static boolean soffice(Path temp, List<String> args) throws Exception {
    List<String> command = new ArrayList<>(List.of("soffice",
        "-env:UserInstallation=" + temp.resolve("lo-profile").toUri()));
    command.addAll(args);
    Process p;
    try {
      p = new ProcessBuilder(command).redirectErrorStream(true)
          .redirectOutput(temp.resolve("soffice.log").toFile()).start();
    } catch (java.io.IOException e) {
      return false;
    }
    if (!p.waitFor(LIMIT_MINUTES, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      throw new AssertionError("soffice did not finish within " + LIMIT_MINUTES + " minutes");
    }
    return p.exitValue() == 0;
  }
}
