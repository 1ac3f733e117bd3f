package org.jxlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.jxlint.TestSupport;
import org.jxlint.report.ReasonCode;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Every way a file can be unreadable has a stable code next to the translated reason: in the JSON
 * report ({@code reasonCode}), SARIF ({@code properties.reasonCode}) and JUnit ({@code type}). Each
 * code is produced here by a real file (fixtures/unreadable, fixtures/hostile, or made for the run).
 */
class ReasonCodeTest {

  private static final Path FIXTURES = TestSupport.ROOT.resolve("fixtures/unreadable");
  private static final Path HOSTILE = TestSupport.ROOT.resolve("fixtures/hostile");
  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * Codes no file can be made to produce on purpose: jxlint's own failures (a reader that throws;
   * a report entry that cannot be written, which ReportFailureTest covers) and a read that fails
   * half-way through.
   */
  private static final Set<String> NOT_FROM_A_FILE = Set.of("internal-error", "report-failed",
      "io-error",
      // a file removed between the walk that lists it and the read
      "missing",
      // a file that runs past the 30 s limit is not made for a unit test: BatchWatchdogTest
      "timeout");

  @TempDir Path tmp;

  /** What one run said of each file: path → reasonCode in JSON, SARIF and JUnit. */
  private record Codes(Map<String, String> json, Map<String, String> sarif,
      Map<String, String> junit) {}

  private Codes run(String... paths) throws Exception {
    Path out = Files.createTempDirectory(tmp, "out");
    List<String> args = new ArrayList<>(List.of("check"));
    args.addAll(List.of(paths));
    for (String f : List.of("json", "sarif", "junit")) {
      args.addAll(List.of("--format", f + ":" + out.resolve("report." + f)));
    }
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit = Cli.run(args.toArray(String[]::new), new Io(
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), false));
    assertNotEquals(3, exit, err.toString(StandardCharsets.UTF_8));
    assertNotEquals(2, exit, err.toString(StandardCharsets.UTF_8));

    Map<String, String> json = new HashMap<>();
    for (JsonNode f : JSON.readTree(out.resolve("report.json").toFile()).path("files")) {
      if (f.path("status").asText().equals("unreadable")) {
        assertTrue(f.path("reason").isTextual() && !f.path("reason").asText().isBlank());
        json.put(f.path("path").asText(), f.path("reasonCode").asText());
      } else {
        assertTrue(f.path("reasonCode").isNull(), "a file that was read has no reason code");
      }
    }
    Map<String, String> sarif = new HashMap<>();
    for (JsonNode r : JSON.readTree(out.resolve("report.sarif").toFile())
        .path("runs").path(0).path("results")) {
      if (r.path("ruleId").asText().equals("unreadable")) {
        String uri = r.path("locations").path(0).path("physicalLocation")
            .path("artifactLocation").path("uri").asText();
        sarif.put(java.net.URLDecoder.decode(uri, StandardCharsets.UTF_8),
            r.path("properties").path("reasonCode").asText());
      }
    }
    Map<String, String> junit = new HashMap<>();
    NodeList cases = DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(out.resolve("report.junit").toFile()).getElementsByTagName("testcase");
    for (int i = 0; i < cases.getLength(); i++) {
      Element c = (Element) cases.item(i);
      NodeList failures = c.getElementsByTagName("failure");
      if (failures.getLength() > 0) {
        String type = ((Element) failures.item(0)).getAttribute("type");
        if (type.startsWith("unreadable:")) {
          junit.put(c.getAttribute("name"), type.substring("unreadable:".length()));
        }
      }
    }
    return new Codes(json, sarif, junit);
  }

  /** The code of a file in all three reports, which must agree. */
  private static String codeOf(Codes codes, String path, String sarifPath) {
    String code = codes.json().get(path);
    assertTrue(code != null, path + " is unreadable in the JSON report: " + codes.json());
    assertEquals(code, codes.sarif().get(sarifPath), path + " in SARIF");
    assertEquals(code, codes.junit().get(path), path + " in JUnit");
    return code;
  }

  @Test
  @DisplayName("每种读不了的情况都有稳定的原因代码，JSON、SARIF、JUnit 中一致，每个代码都有一个真实文件")
  void every_code_comes_from_a_real_file(@TempDir Path dir) throws Exception {
    Set<String> seen = new TreeSet<>();
    Map<String, String> want = new java.util.LinkedHashMap<>();

    JsonNode expected = TestSupport.readYaml(FIXTURES.resolve("expected.yml")).path("files");
    for (Iterator<Map.Entry<String, JsonNode>> it = expected.fields(); it.hasNext();) {
      Map.Entry<String, JsonNode> e = it.next();
      want.put("fixtures/unreadable/" + e.getKey(), e.getValue().asText());
    }
    try (var files = Files.list(FIXTURES)) {
      assertEquals(new TreeSet<>(files.map(p -> p.getFileName().toString())
          .filter(n -> !n.equals("expected.yml")).toList()),
          new TreeSet<>(want.keySet().stream().map(p -> p.substring(p.lastIndexOf('/') + 1))
              .toList()), "every file in fixtures/unreadable has its expected code");
    }
    JsonNode hostile = TestSupport.readYaml(HOSTILE.resolve("expected.yml")).path("files");
    for (Iterator<Map.Entry<String, JsonNode>> it = hostile.fields(); it.hasNext();) {
      Map.Entry<String, JsonNode> e = it.next();
      if (e.getValue().has("reason")) {
        want.put("fixtures/hostile/" + e.getKey(),
            ReasonCode.of(e.getValue().path("reason").asText()));
      }
    }
    // Made for the run: over 64 MB (sparse, so it costs no disk), a zip bomb, a named pipe.
    Path large = dir.resolve("大文件.pdf");
    try (RandomAccessFile f = new RandomAccessFile(large.toFile(), "rw")) {
      f.setLength(65L * 1024 * 1024);
    }
    want.put(large.toString(), "too-large");
    Path bomb = zipBomb(dir.resolve("压缩炸弹.docx"));
    want.put(bomb.toString(), "zip-bomb");
    // More rows than any form holds; a picture renamed .txt; a PDF of more pages than any form.
    Path rows = dir.resolve("两万行.txt");
    Files.writeString(rows, "一级指标\t三级指标\t指标值\n" + "产出指标\t巡查次数\t≥1次\n".repeat(20_001));
    want.put(rows.toString(), "too-many-rows");
    Path picture = dir.resolve("照片.txt");
    byte[] png = new byte[4096];
    new java.util.Random(7).nextBytes(png);
    System.arraycopy(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13},
        0, png, 0, 12);
    Files.write(picture, png);
    want.put(picture.toString(), "binary");
    Path pages = dir.resolve("两千页.pdf");
    try (var pdf = new org.apache.pdfbox.pdmodel.PDDocument()) {
      for (int i = 0; i < 2_001; i++) {
        pdf.addPage(new org.apache.pdfbox.pdmodel.PDPage());
      }
      pdf.save(pages.toFile());
    }
    want.put(pages.toString(), "too-many-pages");
    Path noCopy = dir.resolve("禁止复制.pdf");
    try (var pdf = new org.apache.pdfbox.pdmodel.PDDocument()) {
      pdf.addPage(new org.apache.pdfbox.pdmodel.PDPage());
      var may = new org.apache.pdfbox.pdmodel.encryption.AccessPermission();
      may.setCanExtractContent(false);
      pdf.protect(new org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy("作者", "", may));
      pdf.save(noCopy.toFile());
    }
    want.put(noCopy.toString(), "copy-protected");
    Path pipe = dir.resolve("管道.txt");
    if (new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor() == 0) {
      want.put(pipe.toString(), "not-a-file");
    }

    Codes codes = run(want.keySet().toArray(String[]::new));
    for (Map.Entry<String, String> e : want.entrySet()) {
      String sarifPath = e.getKey().startsWith("/") ? "file://" + e.getKey() : e.getKey();
      assertEquals(e.getValue(), codeOf(codes, e.getKey(), sarifPath), e.getKey());
      seen.add(e.getValue());
    }

    // In a folder walk: a link out of the folder, a link to nothing, a file nobody may read.
    Path upload = Files.createDirectories(dir.resolve("上传"));
    Path outside = Files.writeString(dir.resolve("别的单位.txt"), "绩效目标");
    Files.createSymbolicLink(upload.resolve("链接.txt"), outside);
    Files.createSymbolicLink(upload.resolve("失效.txt"), upload.resolve("已删除.txt"));
    Files.createSymbolicLink(upload.resolve("环一.txt"), upload.resolve("环二.txt"));
    Files.createSymbolicLink(upload.resolve("环二.txt"), upload.resolve("环一.txt"));
    Path locked = Files.writeString(upload.resolve("锁住.txt"), "绩效目标");
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
    boolean permissionsHold = !Files.isReadable(locked); // not for root
    Codes walked = run(upload.toString());
    String base = "file://" + upload;
    assertEquals("link-outside", codeOf(walked, upload.resolve("链接.txt").toString(),
        base + "/链接.txt"));
    assertEquals("link-broken", codeOf(walked, upload.resolve("失效.txt").toString(),
        base + "/失效.txt"));
    assertEquals("link-broken", codeOf(walked, upload.resolve("环一.txt").toString(),
        base + "/环一.txt"));
    // Given by name, a broken link is one file of the batch, not a reason to check nothing.
    Codes named = run(upload.resolve("失效.txt").toString());
    assertEquals("link-broken", codeOf(named, upload.resolve("失效.txt").toString(),
        base + "/失效.txt"));
    seen.addAll(List.of("link-outside", "link-broken"));
    if (permissionsHold) {
      assertEquals("permission", codeOf(walked, locked.toString(), base + "/锁住.txt"));
      seen.add("permission");
    }

    // A cell limit set low, so that a small workbook is beyond it.
    String before = System.getProperty("jxlint.maxCells");
    System.setProperty("jxlint.maxCells", "1");
    try {
      Codes cells = run("fixtures/hostile/半个表情.xlsx");
      seen.add(codeOf(cells, "fixtures/hostile/半个表情.xlsx", "fixtures/hostile/半个表情.xlsx"));
    } finally {
      if (before == null) {
        System.clearProperty("jxlint.maxCells");
      } else {
        System.setProperty("jxlint.maxCells", before);
      }
    }
    assertTrue(seen.contains("too-many-cells"), seen.toString());

    Set<String> missing = new TreeSet<>(ReasonCode.all());
    missing.removeAll(seen);
    missing.removeAll(NOT_FROM_A_FILE);
    if (!permissionsHold) {
      missing.remove("permission"); // running as root: every file is readable
    }
    if (!seen.contains("not-a-file")) {
      missing.remove("not-a-file"); // no mkfifo here
    }
    assertEquals(Set.of(), missing, "codes no fixture produced");
  }

  @Test
  @DisplayName("每个 unreadable.* 消息都有原因代码，代码只用小写字母、数字和连字符")
  void every_reason_message_has_a_code() throws Exception {
    for (String bundle : List.of("messages.properties", "messages_en.properties")) {
      Properties p = new Properties();
      try (var in = Files.newBufferedReader(TestSupport.ROOT.resolve(
          "src/main/resources/org/jxlint/" + bundle), StandardCharsets.UTF_8)) {
        p.load(in);
      }
      Set<String> keys = new TreeSet<>();
      p.stringPropertyNames().stream().filter(k -> k.startsWith("unreadable.")).forEach(keys::add);
      assertEquals(keys, new TreeSet<>(ReasonCode.keys()), bundle);
    }
    for (String code : ReasonCode.all()) {
      assertTrue(code.matches("[a-z0-9]+(-[a-z0-9]+)*"), code);
    }
    assertEquals("too-wide", ReasonCode.of("unreadable.tooWide"));
    assertEquals("some-new-thing", ReasonCode.of("unreadable.someNew.thing"),
        "a key without an entry still gets a code from its name");
  }

  private static Path zipBomb(Path f) throws Exception {
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(f))) {
      zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
      zip.write("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"
          .getBytes(StandardCharsets.UTF_8));
      zip.putNextEntry(new ZipEntry("word/document.xml"));
      byte[] zeros = new byte[1 << 20];
      for (int i = 0; i < 60; i++) {
        zip.write(zeros);
      }
    }
    return f;
  }
}
