package org.jxlint.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.jxlint.TestSupport;
import org.jxlint.model.Indicator;
import org.jxlint.model.IndicatorTable;
import org.jxlint.model.Scope;
import org.jxlint.model.SourceLocation;
import org.jxlint.model.Submission;
import org.jxlint.model.SubmissionKind;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class CanonicalJsonTest {

  private static final CanonicalJson JSON = TestSupport.CANONICAL;

  private static Gen<String> cells() {
    return Generate.pick(List.of("", "≥95%", "=4", "效果明显", "2026年12月31日前", "/", "产出指标",
        "数量指标", "群众满意度", "≥2. 5%", "１２次", "每年8.9万元"))
        .mix(strings().betweenCodePoints(0x4E00, 0x4E20).ofLengthBetween(0, 6), 30);
  }

  private static Gen<Indicator> indicators() {
    return lists().of(cells()).ofSize(10).zip(integers().between(1, 99), (c, row) ->
        new Indicator(c.get(0), c.get(1), c.get(2), c.get(3), c.get(4), c.get(5), c.get(6),
            c.get(7), c.get(8), c.get(9), List.of(),
            TestSupport.VALUES.parse(c.get(3), c.get(4), c.get(5)),
            SourceLocation.tableRow(1, row), null,
            row % 3 == 0 ? c.get(0) + "，" + c.get(4) : null)); // a prose row's sentence
  }

  private static Gen<Submission> submissions() {
    return lists().of(indicators()).ofSizeBetween(0, 6)
        .zip(cells(), integers().between(2015, 2035), (rows, unit, year) -> new Submission(
            "x.json", CanonicalJson.LAYOUT, null, unit, year, SubmissionKind.PROJECT, null, null,
            List.of(), List.of(), List.of(), List.of(),
            List.of(new IndicatorTable(1, Scope.ANNUAL, null, null, rows,
                new SourceLocation(1, null, null, null, null, null),
                year % 3 == 0 ? org.jxlint.model.TableSource.PROSE
                    : org.jxlint.model.TableSource.TABLE)),
            null, org.jxlint.model.YearBasis.DECLARED,
            year % 2 == 0 ? java.util.Set.of(org.jxlint.model.MetaField.UNIT_NAME)
                : java.util.Set.of()));
  }

  @Test
  @DisplayName("写成标准 JSON 再读回，模型不变")
  void writing_then_reading_gives_the_same_submission() {
    qt().forAll(submissions()).checkAssert(s -> {
      try {
        assertEquals(s, JSON.fromTree(CanonicalTree.of(s), "x.json"));
      } catch (UnreadableException e) {
        throw new AssertionError(e.key(), e);
      }
    });
  }

  @Test
  @DisplayName("表格读出的表不写 from，文字读出的写 \"from\": \"prose\" 和每条的原句")
  void prose_tables_say_so_and_table_tables_stay_as_before() throws Exception {
    Indicator row = new Indicator(null, null, "年产值", null, "600万元", null, null, null, null,
        null, List.of(), TestSupport.VALUES.parse(null, "600万元", null),
        SourceLocation.line(3), null, "年产值为600万元");
    Submission prose = new Submission("x.json", CanonicalJson.LAYOUT, null, "乡", 2026, null,
        null, null, List.of(), List.of(), List.of(), List.of(),
        List.of(new IndicatorTable(1, Scope.ANNUAL, null, null, List.of(row),
            SourceLocation.line(3), org.jxlint.model.TableSource.PROSE)), null, null, null);
    var tree = CanonicalTree.of(prose);
    assertEquals("prose", tree.get("tables").get(0).get("from").asText());
    assertEquals("年产值为600万元",
        tree.get("tables").get(0).get("indicators").get(0).get("evidence").asText());
    Submission table = new Submission("x.json", CanonicalJson.LAYOUT, null, "乡", 2026, null,
        null, null, List.of(), List.of(), List.of(), List.of(),
        List.of(new IndicatorTable(1, Scope.ANNUAL, null, null, List.of(),
            SourceLocation.line(3))), null, null, null);
    var plain = CanonicalTree.of(table).get("tables").get(0);
    assertEquals(false, plain.has("from"));
    assertEquals(org.jxlint.model.TableSource.TABLE,
        JSON.fromTree(CanonicalTree.of(table), "x.json").tables().get(0).from());
    assertEquals(org.jxlint.model.TableSource.PROSE,
        JSON.fromTree(tree, "x.json").tables().get(0).from());
  }

  @Test
  void every_bundled_example_round_trips() throws Exception {
    for (Path p : TestSupport.list(TestSupport.ROOT.resolve("fixtures/examples"), ".json")) {
      if (p.getFileName().toString().startsWith("损坏")) {
        continue;
      }
      Submission s = JSON.read(p, p.toString());
      assertEquals(s, JSON.fromTree(CanonicalTree.of(s), p.toString()));
    }
  }

  @Test
  @DisplayName("坏文件都变成“无法读取”并说明原因，不会抛出异常")
  void bad_files_are_unreadable_with_a_reason(@TempDir Path dir) throws Exception {
    Ingestor ingestor = Ingestor.standard(TestSupport.VOCABULARY);
    String[][] cases = {
        // file, content, expected reason
        {"a.json", "{ \"unit\": ", "unreadable.json.truncated"},
        {"b.json", "{ \"unit\": \"x\",, }", "unreadable.json.syntax"},
        {"c.json", "\"just text\"", "unreadable.json.notSubmission"},
        {"d.json", "{\"tables\": {}}", "unreadable.json.type.array"},
        {"e.json", "{\"year\": 26}", "unreadable.json.year"},
        {"f.json", "{\"kind\": \"别的\"}", "unreadable.json.kind"},
        {"g.json", "{\"filingDate\": \"下周\"}", "unreadable.json.date"},
        {"h.json", "{\"moneyUnit\": \"美元\"}", "unreadable.json.moneyUnit"},
        {"i.json", "", "unreadable.empty"},
        {"j.xyz", "x", "unreadable.type"},
        {"k.docx", "PK", "unreadable.notOffice"},
        {"l.json", "{} {}", "unreadable.json.syntax"},
        {"m.json", "{\"tables\": [{\"from\": \"图片\", \"indicators\": []}]}",
            "unreadable.json.from"},
    };
    for (String[] c : cases) {
      Path f = dir.resolve(c[0]);
      Files.writeString(f, c[1]);
      IngestResult r = ingestor.read(f, c[0]);
      var u = assertInstanceOf(IngestResult.Unreadable.class, r, c[0]);
      assertEquals(c[2], u.reasonKey(), c[0]);
    }
    var missing = ingestor.read(dir.resolve("nope.json"), "nope.json");
    assertEquals("unreadable.missing",
        assertInstanceOf(IngestResult.Unreadable.class, missing).reasonKey());
  }

  @Test
  @DisplayName("超长的文字（两千万字的单位名称）按单元格字数上限截断，并作为读取提示")
  void a_text_longer_than_the_cell_limit_is_cut_with_a_note(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("long.json");
    Files.writeString(f, "{\"unit\": \"" + "镇".repeat(2_000_000)
        + "\", \"tables\": [{\"indicators\": [{\"name\": \"" + "a".repeat(20_000)
        + "\", \"value\": \"1\"}]}]}");
    Submission s = JSON.read(f, "long.json");
    int max = ReadLimits.current().maxCellLength();
    assertEquals(max, s.unitName().length());
    assertEquals(max, s.tables().get(0).indicators().get(0).name().length());
    assertEquals(2, s.readingNotes().stream()
        .filter(n -> n.kind().equals(org.jxlint.model.ReadingNote.TRUNCATED_CELL)).count());
  }
}
