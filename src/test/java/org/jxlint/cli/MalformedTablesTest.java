package org.jxlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.jxlint.TestSupport;
import org.jxlint.check.Finding;
import org.jxlint.check.Linter;
import org.jxlint.check.RuleSettings;
import org.jxlint.config.ProjectConfig;
import org.jxlint.i18n.Messages;
import org.jxlint.ingest.IngestResult;
import org.jxlint.ingest.Ingestor;
import org.jxlint.ingest.ReadLimits;
import org.jxlint.model.Indicator;
import org.jxlint.model.IndicatorTable;
import org.jxlint.model.Submission;

/**
 * Generated malformed tables, as QuickTheories properties: forms as people save them (tab rows,
 * CSV, JSON, now and then a workbook) broken the ways uploads break — cells dropped or run
 * together, rows repeated hundreds of times, cells tens of thousands of characters long, rows
 * hundreds of columns wide, control characters, zero bytes, half emoji, mixed encodings, files cut
 * short, unbalanced quotes, JSON of the wrong shape. Every run is seeded — by the day, so five
 * days of runs have checked more than 10,000 different files; {@code -Djxlint.fuzzSeed=N} replays
 * a run, {@code -Djxlint.fuzzCases=N} sets how many files one run checks one by one (2,000;
 * 10,000 take about two minutes) — and adds {@value #BATCHES} batches of them through the
 * command line.
 *
 * <p>The properties: never a crash (no reader that throws, no check that fails); every file
 * accounted for (a batch through the command line lists each file in every report format, in
 * order); bounded work, counted rather than timed — what is read stays within the read limits
 * and what is reported is proportionate to what was read.
 */
class MalformedTablesTest {

  static final int CASES = Integer.getInteger("jxlint.fuzzCases", 2_000);
  static final int BATCHES = 8;
  /** A new seed each day, so that runs add up to new cases; a failure names it for a replay. */
  private static final long SEED = Long.getLong("jxlint.fuzzSeed",
      21_2026L + java.time.LocalDate.now(java.time.ZoneOffset.UTC).toEpochDay());

  private static final Ingestor INGESTOR = Ingestor.standard(TestSupport.VOCABULARY);
  private static final Linter LINTER = defaultLinter();
  private static final Messages ZH = Messages.forLanguage("zh");
  private static final Messages EN = Messages.forLanguage("en");
  private static final Charset GBK = Charset.forName("GBK");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final AtomicInteger CHECKED = new AtomicInteger();

  private static final String[] HEADERS = {"一级指标", "二级指标", "三级指标", "指标值", "计量单位",
      "指标方向", "备注", "年度指标值", "实施期目标", "一級指標", "三級指標", "指標值", ""};
  private static final String[] LEVEL1 = {"产出指标", "效益指标", "满意度指标", "成本指标",
      "產出指標", "产 出 指 标", "一、产出指标", ""};
  private static final String[] LEVEL2 = {"数量指标", "质量指标", "时效指标", "经济成本指标",
      "社会效益指标", "生态效益指标", "服务对象满意度指标", "可持续影响指标", "其他", ""};
  private static final String[] NAMES = {"培训人次", "道路维修里程", "群众满意度", "完成及时率",
      "项目总成本", "带动就业人数", "合格率", "新建护岸长度", "指标1：", "XXX", "……", ""};
  private static final String[] VALUES = {"≥95%", "≤100万元", "2026年12月31日前", "≥200人次",
      "100%", "≥99%", "1212", "99", "≥95%≥95%", "=1", "是", "好", "≥", "", "2030.5", "44561",
      "≥1.2公里", "3-5个", "不低于90%", "１２０人", "≥-5%", "0.000001", "1e309", "≥１０%"};
  private static final String[] NOISE = {"\u0000", "\u0007", "\u001b[31m", "\ud83d", "\ude00",
      "\ud83d\ude00", "\u202e", "\u200b", "\ufeff", "\ufffe", "\t\t\t", "\r", "\"", "\"\"",
      "'", "{", "}", "[", "<p>", "</p>", "<br/>", "\\", "_xD83D_", "\u3000", "\u00a0", "%s",
      "{0}", "${x}", "\n\n\n"};

  @TempDir static Path dir;

  /** Every rule at its default level, as jxlint check runs without configuration. */
  private static Linter defaultLinter() {
    try {
      return new Linter(TestSupport.REGISTRY,
          RuleSettings.select(ProjectConfig.none(), TestSupport.REGISTRY), TestSupport.VOCABULARY);
    } catch (org.jxlint.config.ConfigException e) {
      throw new IllegalStateException(e);
    }
  }

  @AfterAll
  static void total() {
    assertTrue(CHECKED.get() >= CASES, "checked " + CHECKED.get() + " generated files");
    System.out.println("MalformedTablesTest: " + CHECKED.get() + " generated files, seed " + SEED);
  }

  /** One generated file: its name (the format in its extension) and bytes. */
  record Case(String name, byte[] bytes) {}

  /** A malformed table from the seed; {@code kind} picks the format. */
  static Case generate(long seed, int kind) {
    Random r = new Random(seed);
    if (kind == 0) {
      return new Case("表.json", json(r));
    }
    if (kind == 1 && r.nextInt(80) == 0) {
      return new Case("表.xlsx", workbook(r));
    }
    List<List<String>> rows = rows(r);
    String ext = switch (kind % 4) {
      case 1 -> "csv";
      case 2 -> "tsv";
      default -> "txt";
    };
    char delimiter = ext.equals("csv") ? ",;|\t".charAt(r.nextInt(4) == 0 ? 1 + r.nextInt(3) : 0)
        : '\t';
    StringBuilder b = new StringBuilder();
    for (List<String> row : rows) {
      for (int c = 0; c < row.size(); c++) {
        String cell = row.get(c);
        if (ext.equals("csv") && r.nextInt(6) == 0) {
          cell = "\"" + cell.replace("\"", r.nextBoolean() ? "\"\"" : "\"") + "\"";
        }
        b.append(cell).append(c + 1 < row.size() ? String.valueOf(delimiter) : "");
      }
      b.append(r.nextInt(10) == 0 ? "\r\n" : "\n");
    }
    return new Case("表." + ext, encode(b.toString(), r));
  }

  /** Rows of a form, then broken. */
  private static List<List<String>> rows(Random r) {
    List<List<String>> rows = new ArrayList<>();
    int width = 3 + r.nextInt(4);
    List<String> header = new ArrayList<>();
    for (int c = 0; c < width; c++) {
      header.add(HEADERS[r.nextInt(HEADERS.length)]);
    }
    if (r.nextInt(5) > 0) {
      header.set(0, "一级指标");
      header.set(Math.min(2, width - 1), "三级指标");
      header.set(width - 1, "指标值");
    }
    rows.add(header);
    int n = r.nextInt(14);
    for (int i = 0; i < n; i++) {
      List<String> row = new ArrayList<>();
      row.add(pick(r, LEVEL1));
      row.add(pick(r, LEVEL2));
      while (row.size() < width - 1) {
        row.add(pick(r, NAMES) + (r.nextInt(3) == 0 ? i : ""));
      }
      row.add(pick(r, VALUES));
      rows.add(row);
    }
    int mutations = r.nextInt(5);
    for (int m = 0; m < mutations; m++) {
      mutate(rows, r);
    }
    return rows;
  }

  private static void mutate(List<List<String>> rows, Random r) {
    List<String> row = rows.get(r.nextInt(rows.size()));
    switch (r.nextInt(11)) {
      case 0 -> { // cells dropped: the row shifts left
        if (!row.isEmpty()) {
          row.remove(r.nextInt(row.size()));
        }
      }
      case 1 -> { // one row repeated hundreds of times
        int times = 20 + r.nextInt(r.nextInt(20) == 0 ? 2_000 : 100);
        for (int i = 0; i < times; i++) {
          rows.add(new ArrayList<>(row));
        }
      }
      case 2 -> row.add(r.nextInt(row.size() + 1), // an enormous cell
          (r.nextBoolean() ? "9" : "培训、宣传").repeat(500 + r.nextInt(r.nextInt(10) == 0 ? 12_000
              : 2_000)));
      case 3 -> { // a row hundreds of columns wide
        int extra = 50 + r.nextInt(r.nextInt(10) == 0 ? 400 : 100);
        for (int i = 0; i < extra; i++) {
          row.add(r.nextInt(3) == 0 ? pick(r, VALUES) : "");
        }
      }
      case 4 -> { // noise inside a cell
        if (!row.isEmpty()) {
          int c = r.nextInt(row.size());
          String cell = row.get(c);
          int at = cell.isEmpty() ? 0 : r.nextInt(cell.length() + 1);
          row.set(c, cell.substring(0, at) + pick(r, NOISE) + cell.substring(at));
        }
      }
      case 5 -> rows.add(r.nextInt(rows.size() + 1), new ArrayList<>()); // blank rows
      case 6 -> { // cells run together
        if (row.size() > 1) {
          int c = r.nextInt(row.size() - 1);
          row.set(c, row.get(c) + row.remove(c + 1));
        }
      }
      case 7 -> rows.add(r.nextInt(rows.size() + 1), // a second header further down
          new ArrayList<>(rows.get(0)));
      case 8 -> { // rows shuffled
        java.util.Collections.shuffle(rows, r);
      }
      case 9 -> { // a long run of dimension names, as a drop-down list sheet
        for (int i = 0; i < 20; i++) {
          rows.add(new ArrayList<>(List.of(pick(r, LEVEL1), pick(r, LEVEL2))));
        }
      }
      default -> { // random characters
        StringBuilder b = new StringBuilder();
        int len = r.nextInt(200);
        for (int i = 0; i < len; i++) {
          b.append((char) (r.nextBoolean() ? 0x4E00 + r.nextInt(0x5000) : r.nextInt(0x3000)));
        }
        row.add(b.toString());
      }
    }
  }

  /** The text in the encoding people use, and now and then broken on the byte level. */
  private static byte[] encode(String text, Random r) {
    byte[] bytes = switch (r.nextInt(8)) {
      case 0, 1 -> text.getBytes(GBK);
      case 2 -> text.getBytes(StandardCharsets.UTF_16LE);
      case 3 -> mixed(text, r);
      default -> text.getBytes(StandardCharsets.UTF_8);
    };
    switch (r.nextInt(8)) {
      case 0 -> bytes = java.util.Arrays.copyOf(bytes, r.nextInt(bytes.length + 1)); // cut short
      case 1 -> { // a few bytes flipped
        for (int i = 0; i < 1 + r.nextInt(4) && bytes.length > 0; i++) {
          bytes[r.nextInt(bytes.length)] = (byte) r.nextInt(256);
        }
      }
      case 2 -> bytes = java.util.Arrays.copyOf(bytes, bytes.length + r.nextInt(2000)); // zeros
      default -> { }
    }
    return bytes;
  }

  /** Lines in GBK and UTF-8, as when two files are pasted together. */
  private static byte[] mixed(String text, Random r) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (String line : text.split("\n", -1)) {
      out.writeBytes((line + "\n").getBytes(r.nextBoolean() ? GBK : StandardCharsets.UTF_8));
    }
    return out.toByteArray();
  }

  /** A canonical JSON submission of the wrong shape here and there. */
  private static byte[] json(Random r) {
    StringBuilder b = new StringBuilder("{\"unit\": ").append(jsonValue(r, "青山镇人民政府"))
        .append(", \"year\": ").append(r.nextInt(4) == 0 ? "\"二〇二六\"" : r.nextInt(3000))
        .append(", \"tables\": [{\"indicators\": [");
    int n = r.nextInt(20);
    for (int i = 0; i < n; i++) {
      b.append(i > 0 ? "," : "").append("{\"level1\": ").append(jsonValue(r, pick(r, LEVEL1)))
          .append(", \"level2\": ").append(jsonValue(r, pick(r, LEVEL2)))
          .append(", \"name\": ").append(jsonValue(r, pick(r, NAMES)))
          .append(", \"value\": ").append(jsonValue(r, pick(r, VALUES))).append('}');
    }
    b.append("]}]");
    if (r.nextInt(5) == 0) {
      b.append(", \"goals\": ").append(r.nextBoolean() ? "{}" : "[1, null, \"x\"]");
    }
    if (r.nextInt(8) == 0) {
      b.append(", \"readingNotes\": [{\"kind\": \"").append(pick(r, new String[] {"bad-bytes",
          "truncated-cell", "hidden-sheet", "zero-bytes", "unknown-kind"}))
          .append("\", \"detail\": \"").append(r.nextBoolean() ? "x" : "UTF-8").append("\"}]");
    }
    b.append('}');
    String text = b.toString();
    if (r.nextInt(6) == 0) {
      text = text.substring(0, r.nextInt(text.length() + 1)); // cut short
    }
    return r.nextInt(5) == 0 ? text.getBytes(GBK) : text.getBytes(StandardCharsets.UTF_8);
  }

  private static String jsonValue(Random r, String text) {
    return switch (r.nextInt(14)) {
      case 0 -> "null";
      case 1 -> String.valueOf(r.nextInt());
      case 2 -> "[\"" + text + "\"]";
      case 3 -> "{\"text\": \"" + text + "\"}";
      case 4 -> "\"\\ud83d" + text + "\"";
      case 5 -> "\"" + "9".repeat(1 + r.nextInt(5000)) + "\"";
      case 6 -> "\"" + text + "\\u0000\"";
      default -> JSON.valueToTree(text).toString();
    };
  }

  private static byte[] workbook(Random r) {
    try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out =
        new ByteArrayOutputStream()) {
      int sheets = 1 + r.nextInt(3);
      for (int s = 0; s < sheets; s++) {
        var sheet = wb.createSheet("表" + s);
        List<List<String>> rows = rows(r);
        for (int i = 0; i < rows.size() && i < 600; i++) {
          var row = sheet.createRow(i);
          for (int c = 0; c < rows.get(i).size() && c < 300; c++) {
            String cell = rows.get(i).get(c);
            row.createCell(c).setCellValue(cell.length() > 32_000 ? cell.substring(0, 32_000)
                : cell); // Excel's own limit on a cell
          }
        }
        if (s > 0 && r.nextBoolean()) {
          wb.setSheetHidden(s, true);
        }
      }
      wb.write(out);
      return out.toByteArray();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static String pick(Random r, String[] from) {
    return from[r.nextInt(from.length)];
  }

  /** Reads and checks one generated file and asserts the properties of one file. */
  private static void holds(Case c, Path file) throws Exception {
    Files.write(file, c.bytes());
    CHECKED.incrementAndGet();
    IngestResult result = INGESTOR.read(file, c.name());
    assertEquals(c.name(), result.path());
    if (result instanceof IngestResult.Unreadable u) {
      assertNotEquals("unreadable.crash", u.reasonKey(), () -> "a reader threw: " + u);
      assertTrue(ZH.has(u.reasonKey()) && EN.has(u.reasonKey()), u.reasonKey());
      return;
    }
    Submission s = ((IngestResult.Read) result).submission();
    ReadLimits limits = ReadLimits.current();
    int indicators = 0;
    for (IndicatorTable t : s.tables()) {
      indicators += t.indicators().size();
      for (Indicator i : t.indicators()) {
        for (String text : new String[] {i.name(), i.level1(), i.level2()}) {
          assertTrue(text == null || text.length() <= limits.maxCellLength() * 2,
              () -> "a cell beyond the cut: " + text.length());
        }
      }
    }
    assertTrue(indicators <= limits.maxCells(), "no more indicators than cells read");
    List<Finding> findings = LINTER.lint(s);
    for (Finding f : findings) {
      assertNotEquals("internal-error", f.rule(), () -> "a check failed: " + f);
      assertTrue(ZH.has(f.messageKey()) && EN.has(f.messageKey()), f.messageKey());
    }
    // Proportionate: a few findings per row, section, note — never a blow-up of pairs.
    int parts = indicators + s.sections().size() + s.goals().size() + s.readingNotes().size()
        + s.projects().size() + s.funds().size() + 1;
    assertTrue(findings.size() <= 12 * parts, () -> findings.size() + " findings for " + parts
        + " parts");
  }

  @Test
  @DisplayName("生成的坏表（每次运行换一批，累计过万）：不崩溃、读到的在上限之内、报告的问题与读到的成比例")
  void generatedMalformedTablesNeverCrash() {
    Path folder = dir.resolve("单个");
    qt().withExamples(CASES).withFixedSeed(SEED).withShrinkCycles(20)
        .forAll(longs().all(), integers().between(0, 4))
        .checkAssert((caseSeed, kind) -> {
          Case c = generate(caseSeed, kind);
          try {
            Files.createDirectories(folder);
            holds(c, folder.resolve(kind + "-" + c.name()));
          } catch (Exception e) {
            throw new AssertionError(c.name() + " (case " + caseSeed + ", kind " + kind
                + "; replay with -Djxlint.fuzzSeed=" + SEED + ")", e);
          }
        });
  }

  @Test
  @DisplayName("坏表成批经命令行检查：每种报告都按顺序列出每个文件，没有退出码 3")
  void everyFileOfABatchIsAccountedFor() throws Exception {
    Random batches = new Random(SEED);
    for (int b = 0; b < BATCHES; b++) {
      Path folder = Files.createDirectories(dir.resolve("批" + b));
      List<String> names = new ArrayList<>();
      int n = 20 + batches.nextInt(20);
      for (int i = 0; i < n; i++) {
        Case c = generate(batches.nextLong(), batches.nextInt(5));
        String name = String.format("%03d-%s", i, c.name());
        Files.write(folder.resolve(name), c.bytes());
        names.add(folder.getFileName() + "/" + name);
        CHECKED.incrementAndGet();
      }
      Path out = Files.createDirectories(dir.resolve("报告" + b));
      List<String> args = new ArrayList<>(List.of("check", folder.toString(), "--no-progress",
          "-j", "2"));
      for (ReportTargets.Format f : ReportTargets.Format.values()) {
        String ext = f.name().toLowerCase();
        args.addAll(List.of("--format", ext + ":" + out.resolve("report." + ext)));
      }
      ByteArrayOutputStream err = new ByteArrayOutputStream();
      int exit = Cli.run(args.toArray(String[]::new), new Io(
          new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8),
          new PrintStream(err, true, StandardCharsets.UTF_8), false));
      String stderr = err.toString(StandardCharsets.UTF_8);
      assertFalse(stderr.contains("Exception") || stderr.contains("\tat "), stderr);
      JsonNode json = JSON.readTree(out.resolve("report.json").toFile());
      List<String> listed = new ArrayList<>();
      json.path("files").forEach(f -> listed.add(f.path("path").asText()));
      assertEquals(names.size(), listed.size(), "batch " + b + ": every file, once");
      for (int i = 0; i < names.size(); i++) {
        assertTrue(listed.get(i).endsWith(names.get(i)), listed.get(i) + " / " + names.get(i));
      }
      Set<String> internal = new HashSet<>();
      json.path("files").forEach(f -> f.path("findings").forEach(x -> {
        if (x.path("rule").asText().equals("internal-error")) {
          internal.add(f.path("path").asText());
        }
      }));
      assertEquals(Set.of(), internal, "no check failed");
      String md = Files.readString(out.resolve("report.md"));
      String html = Files.readString(out.resolve("report.html"));
      String junit = Files.readString(out.resolve("report.junit"));
      String text = Files.readString(out.resolve("report.text"));
      for (String name : names) {
        String file = name.substring(name.indexOf('/') + 1);
        for (String[] report : new String[][] {{"md", md}, {"html", html}, {"junit", junit},
            {"text", text}}) {
          assertTrue(report[1].contains(file), file + " is in the " + report[0] + " report");
        }
      }
      JSON.readTree(out.resolve("report.sarif").toFile());
      javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
          .parse(out.resolve("report.junit").toFile());
      assertTrue(exit == 0 || exit == 1 || exit == 3, "exit " + exit);
    }
  }
}
