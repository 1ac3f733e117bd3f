package org.jxlint.ingest.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.jxlint.TestSupport;
import org.jxlint.model.Indicator;
import org.jxlint.model.IndicatorTable;
import org.jxlint.model.Scope;
import org.jxlint.model.Submission;

/** Which prose becomes indicator rows, and which stays prose. */
class ProseTargetsTest {

  private static final DocumentInterpreter INTERPRETER =
      new DocumentInterpreter(TestSupport.VOCABULARY, TestSupport.VALUES);

  private static Submission read(String text) {
    return INTERPRETER.interpret(TextLayout.read(text), "x.txt");
  }

  private static List<Indicator> proseRows(Submission s) {
    return s.tables().stream().filter(IndicatorTable::fromProse)
        .flatMap(t -> t.indicators().stream()).toList();
  }

  private static final String TABLE = "一级指标\t二级指标\t三级指标\t指标值\n"
      + "产出指标\t数量指标\t培训人次\t≥300人次\n"
      + "效益指标\t社会效益指标\t受益农户\t≥120户\n";

  @Test
  @DisplayName("项目公示的绩效目标句子：没有指标表时读成指标行，带原句和位置")
  void a_notice_goal_becomes_rows_where_there_is_no_table() {
    Submission s = read("项目公示\n5、实施期限：2026年全年\n6、绩效目标：带动农户30户，户均增收800元以上。\n"
        + "7、受益对象：全村农户。\n");
    List<Indicator> rows = proseRows(s);
    assertEquals(List.of("带动农户", "户均增收"), rows.stream().map(Indicator::name).toList());
    assertEquals(List.of("30户", "800元以上"), rows.stream().map(Indicator::value).toList());
    assertEquals("带动农户30户,户均增收800元以上。", rows.get(0).evidence());
    assertEquals(3, rows.get(0).location().line());
    assertTrue(rows.get(1).target().hasNumber());
  }

  @Test
  @DisplayName("带贫机制一节重复绩效目标里的户数，是同一个目标；各项目自己的绩效目标不算重复")
  void a_count_restated_by_the_next_block_is_one_row() {
    Submission s = read("六、绩效目标\n（一）经济效益。年产值达到120万元。\n"
        + "（二）扶贫效益。项目覆盖脱贫户36户102人。\n"
        + "七、带贫减贫机制 项目采用分红方式帮扶脱贫户36户102人，户均增收不少于400元。\n");
    List<Indicator> rows = proseRows(s);
    assertEquals(List.of("年产值", "项目覆盖脱贫户", "户均增收"),
        rows.stream().map(Indicator::name).toList());
    assertEquals("带贫减贫机制", rows.get(2).level1(), "its own label is its 一级");
    Submission two = read("一、东村道路项目\n1.绩效目标：硬化道路3公里，受益农户120户。\n"
        + "二、西村道路项目\n1.绩效目标：硬化道路3公里，受益农户95户。\n");
    assertEquals(4, proseRows(two).size(), "two projects may promise the same length");
  }

  @Test
  @DisplayName("有指标表时，绩效目标的句子仍是目标，不另读成指标")
  void a_goal_sentence_stays_a_goal_beside_a_table() {
    Submission s = read("绩效目标：带动农户30户，户均增收800元以上。\n" + TABLE);
    assertEquals(List.of(), proseRows(s));
    assertEquals(2, s.tables().get(0).indicators().size());
  }

  @Test
  @DisplayName("“绩效指标”标题下是表格时，表头上方的“金额单位：万元”不是指标")
  void a_label_above_a_table_is_no_indicator() {
    Submission s = read("二、绩效指标\n金额单位：万元\n" + TABLE);
    assertEquals(List.of(), proseRows(s));
  }

  @Test
  @DisplayName("指标表之后的说明和落款不接在表前的“绩效指标”后面")
  void the_prose_stops_at_the_table() {
    Submission s = read("二、绩效指标\n" + TABLE + "以上指标请各村对照落实，确保按期完成。\n县财政局绩效股\n");
    assertEquals(List.of(), proseRows(s));
  }

  @Test
  @DisplayName("一格里接连写一级、二级：效益指标：经济效益指标：…，后面的项都在效益指标下")
  void nested_labels_in_one_cell() {
    Submission s = read("产出指标：数量指标：栽植核桃(≥**株)>=5200株；成活率>=85；"
        + "效益指标：经济效益指标：带动农户增收≥150户；社会效益指标：新增务工岗位12个\n");
    List<Indicator> rows = proseRows(s);
    assertEquals(List.of("产出指标|数量指标|栽植核桃(≥**株)|>=5200株", "产出指标|数量指标|成活率|>=85",
        "效益指标|经济效益指标|带动农户增收|≥150户", "效益指标|社会效益指标|新增务工岗位|12个"),
        rows.stream().map(i -> i.level1() + "|" + i.level2() + "|" + i.name() + "|" + i.value())
            .toList());
  }

  @Test
  @DisplayName("中长期绩效指标下的句子读成长期表")
  void long_term_prose_is_long_term() {
    Submission s = read("（一）中长期绩效指标\n1、数量指标：累计建成污水处理站5座。\n"
        + "（二）年度绩效指标\n1、数量指标：建成污水处理站2座。\n");
    List<IndicatorTable> prose = s.tables().stream().filter(IndicatorTable::fromProse).toList();
    assertEquals(List.of(Scope.LONG_TERM, Scope.ANNUAL),
        prose.stream().map(IndicatorTable::scope).toList());
    assertEquals("累计建成污水处理站", prose.get(0).indicators().get(0).name());
    assertEquals("数量指标", prose.get(0).indicators().get(0).level2());
  }

  @Test
  @DisplayName("产出、效益段落的编号项：没有名称和数值的一项整段作为指标值，效益项带自己的二级")
  void narrative_items_are_rows_whole() {
    Submission s = read("绩效指标\n产出指标：\n1、持续推进人居环境整治，巩固整治成果。\n"
        + "效益指标：\n1、社会效益指标：群众生活环境明显改善。\n");
    List<Indicator> rows = proseRows(s);
    assertEquals(2, rows.size());
    assertEquals("产出指标", rows.get(0).level1());
    assertEquals(null, rows.get(0).name());
    assertEquals("持续推进人居环境整治,巩固整治成果。", rows.get(0).value());
    assertEquals("效益指标", rows.get(1).level1());
    assertEquals("社会效益指标", rows.get(1).level2());
  }
}
