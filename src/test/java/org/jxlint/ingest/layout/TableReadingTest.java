package org.jxlint.ingest.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.List;
import org.jxlint.TestSupport;
import org.jxlint.model.Indicator;
import org.jxlint.model.IndicatorTable;
import org.jxlint.model.ReadingNote;
import org.jxlint.model.Scope;
import org.jxlint.model.Submission;
import org.junit.jupiter.api.Test;

/** How the reader gives columns their roles: header words, decorations, years, content. */
class TableReadingTest {

  private static final DocumentInterpreter READER =
      new DocumentInterpreter(TestSupport.VOCABULARY, TestSupport.VALUES);
  private static final HeaderLabels LABELS = new HeaderLabels(
      TestSupport.VOCABULARY.layout(), TestSupport.VOCABULARY.columns());

  private static Submission read(String... lines) {
    return READER.interpret(TextLayout.read(String.join("\n", lines) + "\n"), "t.txt");
  }

  private static List<Indicator> rows(Submission s, int table) {
    return s.tables().get(table).indicators();
  }

  @Test
  void aTextThatStopsInsideTheLastRowNotesItAndKeepsTheName() {
    Submission cut = read("一级指标\t二级指标\t三级指标\t指标解释\t指标值",
        "产出指标\t数量指标\t维修桥梁数量\t全年维修的桥梁座数\t≥2座",
        "\t质量指标\t验收合格率");
    assertEquals("验收合格率", rows(cut, 0).get(1).name());
    assertTrue(cut.readingNotes().stream().anyMatch(n -> ReadingNote.CUT_SHORT.equals(n.kind())
        && n.subject().equals("验收合格率")), cut.readingNotes().toString());
    Submission whole = read("一级指标\t二级指标\t三级指标\t指标解释\t指标值",
        "产出指标\t数量指标\t维修桥梁数量\t全年维修的桥梁座数\t≥2座",
        "\t质量指标\t验收合格率\t验收合格的比例\t");
    assertTrue(whole.readingNotes().stream().noneMatch(n -> ReadingNote.CUT_SHORT.equals(
        n.kind())), "a row whose value cell is there but empty is the unit's blank");
    Submission more = read("一级指标\t二级指标\t三级指标\t指标解释\t指标值",
        "产出指标\t数量指标\t维修桥梁数量\t全年维修的桥梁座数\t≥2座",
        "\t质量指标\t验收合格率", "填报人：张三");
    assertTrue(more.readingNotes().stream().noneMatch(n -> ReadingNote.CUT_SHORT.equals(
        n.kind())), "text after the row: the file did not stop there");
  }

  @Test
  void aRowWithTabsPastedBeforeItIsReadInItsColumns() {
    Submission s = read("一级指标\t二级指标\t三级指标\t指标值",
        "产出指标\t数量指标\t培训人次\t≥500人次",
        "\t\t\t\t\t维修桥梁数量\t≥2座",
        "\t质量指标\t验收合格率\t≥95%");
    Indicator shifted = rows(s, 0).get(1);
    assertEquals("维修桥梁数量", shifted.name());
    assertEquals("≥2座", shifted.value());
    assertEquals("数量指标", shifted.level2());
    // Cells that fill their columns are not moved: a label cell before them keeps them in place.
    Submission wide = read("一级指标\t二级指标\t三级指标\t指标值",
        "产出指标\t数量指标\t培训人次\t≥500人次",
        "\t\t验收合格率\t≥95%\t\t");
    assertEquals("验收合格率", rows(wide, 0).get(1).name());
  }

  @Test
  void headerWordsGiveTheRole() {
    assertEquals(ColumnRole.NAME, LABELS.read("三级指标内容", null).role());
    assertEquals(ColumnRole.VALUE, LABELS.read("指标值及单位", null).role());
    assertEquals(ColumnRole.VALUE, LABELS.read("区域目标值", null).role());
    assertEquals(ColumnRole.COMPARATOR, LABELS.read("指标方向", null).role());
    assertEquals(ColumnRole.BASIS, LABELS.read("绩效标准", null).role());
    assertEquals(ColumnRole.SCORE, LABELS.read("分值", null).role());
    assertEquals(ColumnRole.NATURE, LABELS.read("指标性质", null).role());
    assertEquals(ColumnRole.EXPLANATION, LABELS.read("指标解释", null).role());
    assertEquals(ColumnRole.UNKNOWN, LABELS.read("东湖街道", null).role());
  }

  @Test
  void decorationsAndScriptDoNotHideAnExactHeader() {
    HeaderLabels.Reading longTerm = LABELS.read("二级指标（长期）", null);
    assertEquals(ColumnRole.LEVEL2, longTerm.role());
    assertEquals(Scope.LONG_TERM, longTerm.scope());
    assertEquals(ColumnRole.VALUE, LABELS.read("指标值(含单位)", null).role());
    assertEquals(ColumnRole.NAME, LABELS.read("三 级 指 标", null).role());
    assertEquals(ColumnRole.VALUE, LABELS.read("指標值", null).role());
  }

  @Test
  void aYearInTheHeaderIsReadAgainstTheBudgetYear() {
    assertEquals(ColumnRole.HISTORY, LABELS.read("2025年指标值", 2026).role());
    assertEquals(ColumnRole.VALUE, LABELS.read("2026年指标值", 2026).role());
    assertEquals(Scope.ANNUAL, LABELS.read("2026年指标值", 2026).scope());
    assertEquals(ColumnRole.HISTORY, LABELS.read("2025年实际完成值", 2026).role());
    assertEquals(Scope.LONG_TERM, LABELS.read("实施周期目标值", 2026).scope());
  }

  @Test
  void oneTablePerTargetColumn() {
    Submission s = read("（2026年度）",
        "一级指标\t二级指标\t三级指标\t指标方向\t东村\t西村",
        "产出指标\t数量指标\t修缮道路长度(公里)\t≥\t2\t3",
        "\t质量指标\t验收合格率(%)\t是/否\t是\t是");
    assertEquals(2, s.tables().size());
    assertEquals("3", rows(s, 1).get(0).value());
    assertEquals("≥", rows(s, 0).get(0).comparator());
    assertNull(rows(s, 0).get(1).comparator(), "是/否 is no comparator");
    assertTrue(s.readingNotes().stream().anyMatch(n -> n.kind().equals(ReadingNote.GUESSED_COLUMN)));
  }

  @Test
  void annualAndLongTermSideBySide() {
    Submission s = read("三级指标\t年度目标值\t实施周期目标值",
        "新建校区数量\t2个\t5个", "开工率\t100%\t100%");
    List<Scope> scopes = s.tables().stream().map(IndicatorTable::scope).toList();
    assertEquals(List.of(Scope.ANNUAL, Scope.LONG_TERM), scopes);
    assertEquals("5个", rows(s, 1).get(0).value());
  }

  @Test
  void aNameColumnOfDimensionsHoldsTheLevels() {
    Submission s = read("指标类型\t指标名称\t指标值\t指标描述",
        "产出指标\t数量指标\t30公里\t完成道路保洁30公里",
        "\t质量指标\t≥95%\t保洁达标率", "效益指标\t社会效益指标\t明显改善\t环境改善");
    Indicator first = rows(s, 0).get(0);
    assertEquals("数量指标", first.level2());
    assertNull(first.name());
    assertEquals("30公里", first.value());
  }

  @Test
  void basisAndScoresAreNoTarget() {
    Submission s = read("一级指标\t二级指标\t三级指标\t指标值\t分值\t绩效标准",
        "产出指标\t数量指标\t补助人数\t250人\t10\t计划标准",
        "\t质量指标\t补助准确率\t100%\t10\t历史标准");
    Indicator first = rows(s, 0).get(0);
    assertEquals("250人", first.value());
    assertNull(first.unit());
    assertEquals("计划标准", first.basis());
  }

  @Test
  void aTableWithoutAHeaderIsFoundByItsDimensions() {
    Submission s = read("产出指标\t数量指标\t维修桥梁\t2座",
        "\t质量指标\t验收合格率\t≥95%", "效益指标\t社会效益指标\t受益群众\t≥800人");
    assertEquals(3, rows(s, 0).size());
    assertEquals("维修桥梁", rows(s, 0).get(0).name());
    assertEquals("2座", rows(s, 0).get(0).value());
    assertTrue(s.readingNotes().stream().anyMatch(n -> n.kind().equals(ReadingNote.GUESSED_HEADER)));
  }

  @Test
  void headerWordsWithNoRowsAreAReadingNoteNotAnEmptyTable() {
    Submission s = read("三级指标 新建校区 开工率", "年度目标值", "7");
    assertTrue(s.tables().isEmpty(), "two names and one value do not pair up");
    assertEquals(ReadingNote.UNRECOGNIZED_TABLE, s.readingNotes().get(0).kind());
  }

  @Test
  void anIndicatorHeaderWinsOverAProjectList() {
    Submission s = read("项目名称\t一级指标\t二级指标\t三级指标\t绩效目标值",
        "村道建设\t产出指标\t数量指标\t新建道路长度\t≥8000米",
        "村道建设\t产出指标\t质量指标\t验收合格率\t100%");
    assertEquals(1, s.tables().size());
    assertEquals("产出指标", rows(s, 0).get(0).level1(), "a project name is no 一级");
    assertEquals("≥8000米", rows(s, 0).get(0).value());
  }

  @Test
  void wordsInAHeaderYieldToWhatTheColumnHolds() {
    Submission units = read("一级指标\t二级指标\t三级指标\t指标值\t目标值单位",
        "产出指标\t数量指标\t培训人数\t≥100\t人", "\t质量指标\t合格率\t≥95\t%");
    assertEquals(1, units.tables().size());
    assertEquals("人", rows(units, 0).get(0).unit());
    Submission office = read("一级指标\t二级指标\t三级指标\t指标值\t责任单位",
        "产出指标\t数量指标\t培训人数\t≥100人\t县农业农村局",
        "\t质量指标\t合格率\t≥95%\t县教育局");
    assertNull(rows(office, 0).get(0).unit(), "a responsible office is no unit");
    Submission effect = read("一级指标\t二级指标\t三级指标\t指标值\t预期效果",
        "产出指标\t数量指标\t培训人数\t≥100人\t农民掌握种植技术",
        "\t质量指标\t合格率\t≥95%\t培训质量明显提高");
    assertEquals(1, effect.tables().size());
  }

  @Test
  void aStrayCellMakesNoColumn() {
    Submission s = read("产出指标\t数量指标\t培训人数\t≥100人",
        "产出指标\t数量指标\t培训班次\t≥4期\t另计\t≥5",
        "效益指标\t社会效益指标\t知晓率\t≥90%",
        "满意度指标\t服务对象满意度指标\t满意度\t≥90%");
    assertEquals(1, s.tables().size());
  }

  @Test
  void headerLabelsNeverThrowAndAreStable() {
    qt().forAll(strings().allPossible().ofLengthBetween(0, 30), integers().between(1990, 2040))
        .checkAssert((text, year) -> assertEquals(LABELS.read(text, year), LABELS.read(text, year)));
  }

  @Test
  void aTextLayerReadColumnByColumnIsDealtIntoRows() {
    Submission s = read("三级指标 培训人次 培训合格率(%)",
        "资金到位率(%)",
        "年度目标值",
        "300 95% 100%",
        "实施周期目标值",
        "900 98% 100% 群众就业技能明显提",
        "高");
    assertEquals(2, s.tables().size());
    List<Indicator> annual = rows(s, 0);
    assertEquals(List.of("培训人次", "培训合格率(%)", "资金到位率(%)"),
        annual.stream().map(Indicator::name).toList());
    assertEquals(List.of("300", "95%", "100%"), annual.stream().map(Indicator::value).toList());
    List<Indicator> longTerm = rows(s, 1);
    assertEquals(Scope.LONG_TERM, s.tables().get(1).scope());
    assertEquals("群众就业技能明显提高", longTerm.get(3).value(), "a wrapped word is one cell");
    assertTrue(s.readingNotes().stream().anyMatch(n -> n.kind().equals(ReadingNote.RECONSTRUCTED_CELLS)));
  }

  @Test
  void namesOnTheirOwnWithoutValuesAreNoColumnRun() {
    Submission s = read("三级指标 培训人次 培训合格率(%)", "本项目由县人社局组织实施，按季度拨付资金。");
    assertTrue(s.readingNotes().stream().noneMatch(n -> n.kind().equals(ReadingNote.RECONSTRUCTED_CELLS)));
  }

  @Test
  void everyNameOfAColumnRunMeetsItsValue() {
    qt().forAll(integers().between(2, 12), integers().between(1, 999))
        .checkAssert((n, seed) -> {
          StringBuilder names = new StringBuilder("三级指标");
          StringBuilder values = new StringBuilder();
          for (int i = 0; i < n; i++) {
            names.append(' ').append("指标").append((char) ('甲' + i));
            values.append(i == 0 ? "" : " ").append(seed + i).append('%');
          }
          Submission s = read(names.toString(), "年度目标值", values.toString());
          List<Indicator> got = rows(s, 0);
          assertEquals(n, got.size());
          for (int i = 0; i < n; i++) {
            assertEquals("指标" + (char) ('甲' + i), got.get(i).name());
            assertEquals((seed + i) + "%", got.get(i).value());
          }
        });
  }

  @Test
  void labelsOverValuesAreHeaderFields() {
    Submission s = read("2026年项目绩效目标表", "项目名称 主管部门 实施周期",
        "乡村道路养护 某县交通运输局 2026年", "三级指标\t指标值", "养护里程\t≥30公里");
    assertEquals("某县交通运输局", s.unitName());
    assertEquals("乡村道路养护", s.projects().get(0).name());
  }

  @Test
  void cellsTheTextLayerGluedTogetherAreTakenApart() {
    Submission s = read("一级指标", "二级指标", "指标内容", "指标值",
        "备注产出指标\u0eab\u0ecd 数量指标为农户提供技术培训", "培训农户200人次",
        "时效指标", "年内完成全部培训", "某县农业技术推广中心项目绩效目标申报表", "(2026年度)");
    List<Indicator> got = rows(s, 0);
    assertEquals(2, got.size());
    assertEquals("产出指标", got.get(0).level1());
    assertEquals("数量指标", got.get(0).level2());
    assertEquals("为农户提供技术培训", got.get(0).name());
    assertEquals("培训农户200人次", got.get(0).value());
    assertTrue(blank(got.get(1).value()), "the form's title is no value");
  }

  @Test
  void aNumberedSlotIsNeverTheName() {
    Submission s = read("绩效目标\t评价指标\t绩效内容\t绩效标准\t全年绩效目标",
        "产出\t数量目标\t目标1\t培训台胞\t100%\t培训3期",
        "\t\t目标2\t走访困难户\t按实际");
    List<Indicator> got = rows(s, 0);
    assertEquals("走访困难户", got.get(1).name(), "a short row keeps its slot out of the name");
  }

  @Test
  void aRowThePageCutOffIsNoIndicator() {
    Submission s = read("一级指标\t二级指标\t三级指标\t指标值",
        "产出指标\t数量指标\t培训人数\t≥100人",
        "\t质量指标\t质量",
        "\t\t时");
    assertEquals(2, rows(s, 0).size(), "only the last row is where the page cut");
    assertEquals("质量", rows(s, 0).get(1).name(), "an unfilled row above it stays, to be flagged");
    assertEquals(1, rows(read("一级指标\t二级指标\t三级指标\t指标值",
        "产出指标\t数量指标\t培训人数\t≥100人", "\t质量指"), 0).size());
  }

  private static boolean blank(String s) {
    return org.jxlint.text.TextNormalizer.isBlank(s);
  }
}
