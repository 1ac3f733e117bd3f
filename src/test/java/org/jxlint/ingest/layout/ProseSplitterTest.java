package org.jxlint.ingest.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.jxlint.TestSupport;
import org.jxlint.config.Vocabulary;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** The sentence splitter of prose targets: items, labels, and the figures of a sentence. */
class ProseSplitterTest {

  private static final Vocabulary V = TestSupport.VOCABULARY;
  private static final ProseSplitter SPLIT =
      new ProseSplitter(V.prose(), V.values(), V.frameworks());

  private static List<ProseSplitter.Row> rows(String body) {
    return SPLIT.figureRows(body);
  }

  private static ProseSplitter.Row row(String name, String target) {
    return new ProseSplitter.Row(name, target);
  }

  @Test
  @DisplayName("名称在前、数值在后：数值连同比较符、单位和“以上”")
  void name_then_figure() {
    assertEquals(List.of(row("带动脱贫户", "20户"), row("户均增收", "2000元以上")),
        rows("带动脱贫户20户，户均增收2000元以上。"));
    assertEquals(List.of(row("苗木成活率", ">=85%"), row("栽植数量", "不少于3000株")),
        rows("苗木成活率>=85%；栽植数量不少于3000株"));
    assertEquals(List.of(row("年销售额", "80万元")), rows("年销售额为80万元"));
    assertEquals(List.of(row("服务人数", "约450人")), rows("服务人数约450人"));
  }

  @Test
  @DisplayName("数量在中间：建设类动词不进名称，其他动词连上后面的对象")
  void figure_in_the_middle() {
    assertEquals(List.of(row("蓄水池", "3座"), row("泵站", "2座")), rows("新建3座蓄水池及2座泵站"));
    assertEquals(List.of(row("组织农户参加培训", "120户")), rows("组织120户农户参加培训"));
  }

  @Test
  @DisplayName("数值后面的短名词短语补全名称；购买类动词后面的对象才是名称")
  void the_rest_of_a_name_and_what_is_bought() {
    assertEquals(List.of(row("解决群众饮水问题", "1500人")), rows("解决群众1500人饮水问题"));
    assertEquals(List.of(row("带动农户", "80户")), rows("带动农户80户调整种植结构"));
    assertEquals(List.of(row("收割机", "2台")), rows("青石村合作社购买收割机2台"));
    assertEquals(List.of(row("播种机", "1台")), rows("播种机1台(含配套农具)"));
  }

  @Test
  @DisplayName("没有数字的目标按分句成项：手段、责任、产权的分句和引语不算")
  void goals_without_figures_clause_by_clause() {
    assertEquals(List.of("降低农户灌溉成本", "增加农户收入"),
        SPLIT.goalClauses("通过修缮灌溉渠道，可以适当降低农户灌溉成本，从而增加农户收入。", 4, 100));
    assertEquals(List.of("提升村容村貌"),
        SPLIT.goalClauses("项目建成后，产权归属东岭村，由村委会负责日常管护，提升村容村貌", 4, 100));
    assertEquals(List.of("通过培训提升就业能力"), SPLIT.goalClauses("通过培训提升就业能力", 4, 100),
        "a means clause alone is the goal");
    assertEquals(List.of("完成主体工程", "通过竣工验收"),
        SPLIT.goalClauses("完成主体工程，通过竣工验收", 4, 100), "only a first clause is the means");
    assertEquals(List.of("完成主体工程"), SPLIT.goalClauses("完成主体工程", 4, 100),
        "one clause: the whole text");
    assertEquals(List.of(), SPLIT.goalClauses("产权归东岭村，由村委会负责", 4, 100),
        "only whose and by whom: no goal");
    assertEquals(List.of("提升村容村貌"),
        SPLIT.goalClauses("由村委会负责日常管护，镇人民政府监督管理，提升村容村貌", 4, 100),
        "a duty right after a duty is one too");
  }

  @Test
  @DisplayName("“在全县N个乡镇”说的是覆盖范围；“使N人……受益”说的是谁受益")
  void reach_and_beneficiaries() {
    assertEquals(List.of(row("覆盖乡镇", "8个乡镇"), row("覆盖村", "20个村"), row("栽植核桃", "600亩")),
        rows("在全县8个乡镇，20个村栽植核桃600亩"));
    assertEquals(List.of(row("覆盖社区", "3个社区")), rows("覆盖3个社区"));
    assertEquals(List.of(row("社区服务站", "3个")), rows("建设3个社区服务站"),
        "a figure of places after a verb counts what is built");
    assertEquals(List.of(row("受益困难群众", "约900人次")),
        rows("项目实施后会使全镇约900人次困难群众受益"));
  }

  @Test
  @DisplayName("汉字写的数目只在自己的单位前算数值")
  void numbers_written_in_chinese() {
    assertEquals(List.of(row("插秧机", "一台"), row("烘干塔", "两座")),
        rows("插秧机一台，烘干塔两座"));
    assertEquals(List.of(), rows("统一管理，十分重要，一次性付清"));
  }

  @Test
  @DisplayName("括号里带数字的补充说明单独成行；逗号连着的两个数字是一个数值")
  void asides_and_joined_figures() {
    assertEquals(List.of(row("覆盖农户", "210户655人"), row("其中:低收入户", "14户30人")),
        rows("覆盖农户210户655人(其中:低收入户14户30人)"));
    assertEquals(List.of(row("帮扶困难群众", "88户,260人")), rows("帮扶困难群众88户,260人"));
  }

  @Test
  @DisplayName("日期不是指标，除非是句末的期限；虚词和引语不进名称")
  void dates_and_fillers() {
    assertEquals(List.of(), rows("2025年5月启动建设"));
    assertEquals(List.of(row("完工时间", "2026年10月底前")), rows("完工时间2026年10月底前"));
    assertEquals(List.of(row("每年利润", "40万元")), rows("项目建成后预计每年可实现利润40万元"));
    assertEquals(List.of(row("比例", "10%-20%")), rows("比例10%-20%"));
  }

  @Test
  @DisplayName("编号项：行首编号、句号后的编号、维度标签和小标题")
  void items() {
    List<ProseSplitter.Item> items = SPLIT.items(
        "1.新修水渠3公里。2.吸纳周边群众务工。\n3、经济效益指标：增加集体收入\n接着上一项", false);
    assertEquals(3, items.size());
    assertEquals(new ProseSplitter.Item(null, "新修水渠3公里。"), items.get(0));
    assertEquals(new ProseSplitter.Item(null, "吸纳周边群众务工。"), items.get(1));
    assertEquals(new ProseSplitter.Item("经济效益指标", "增加集体收入\n接着上一项"), items.get(2));

    // A short heading is a title only where the block's items have titles.
    assertEquals(new ProseSplitter.Item("资产收益", "年租金5万元。"),
        SPLIT.items("（一）资产收益。年租金5万元。", true).get(0));
    assertEquals(new ProseSplitter.Item(null, "资产收益。年租金5万元。"),
        SPLIT.items("（一）资产收益。年租金5万元。", false).get(0));
    // 3.5米 is a number, not an item.
    assertEquals(1, SPLIT.items("路面宽3.5米。", false).size());
  }

  @Test
  @DisplayName("一个单元格里接连写几个维度：每个维度各成一项")
  void dimension_labels_inside_a_text() {
    List<ProseSplitter.Item> items =
        SPLIT.items("数量指标：栽植数量>=1200株；成活率>=90%；时效指标：完工时间2026年10月底前", false);
    assertEquals(List.of(new ProseSplitter.Item("数量指标", "栽植数量>=1200株；成活率>=90%；"),
        new ProseSplitter.Item("时效指标", "完工时间2026年10月底前")), items);
  }

  @Test
  @DisplayName("只有“名称+数值”的句子才算指标清单")
  void named_figures() {
    assertTrue(SPLIT.namedFigures("栽植数量>=1200株；成活率>=90%。"));
    assertFalse(SPLIT.namedFigures("积极完成全乡8个支部的换届工作。"));
    assertFalse(SPLIT.namedFigures("加强管理，群众满意度95%。"));
  }

  // ---- properties -----------------------------------------------------------------------------

  private static Gen<String> prose() {
    return lists().of(Generate.pick(List.of("1.", "2、", "（一）", "(3)", "十、", "。", "，", ",",
        "；", "：", ":", "(", ")", "（", "）", "\n", " ", "数量指标", "效益指标：", "经济效益", "≥",
        ">=", "不少于", "约", "以上", "左右", "-", "%", "个", "户", "人", "万元", "亩", "年", "月",
        "日", "前", "底", "12", "3.5", "2026", "0", "新建", "带动", "预计", "可", "项目实施后",
        "其中", "及", "和", "群众", "收入", "道路", "的", "第", "."))).ofSizeBetween(0, 40)
        .map(parts -> String.join("", parts));
  }

  @Test
  @DisplayName("任何文字都不会让切分出错；数值是原句的一段，名称的字按顺序都出自原句")
  void rows_come_from_their_sentence() {
    qt().withExamples(3000).forAll(prose()).checkAssert(text -> {
      for (boolean titles : new boolean[] {true, false}) {
        for (ProseSplitter.Item item : SPLIT.items(text, titles)) {
          assertNotNull(item.body());
          SPLIT.namedFigures(item.body());
          SPLIT.anyFigure(item.body());
          for (ProseSplitter.Row r : SPLIT.figureRows(item.body())) {
            assertNotNull(r.target(), item.body());
            assertTrue(item.body().contains(r.target()), r + " not in " + item.body());
            assertFalse(r.name().isBlank(), item.body());
            assertTrue(subsequence(r.name(), item.body()), r + " not from " + item.body());
          }
        }
      }
    });
  }

  @Test
  @DisplayName("性质检验能失败：名称不是原句的子序列时判为不符")
  void the_subsequence_test_can_fail() {
    assertTrue(subsequence("带动脱贫户", "带动20户脱贫户"));
    assertFalse(subsequence("脱贫户带动", "带动20户脱贫户"));
  }

  private static boolean subsequence(String part, String whole) {
    int i = 0;
    for (int j = 0; j < whole.length() && i < part.length(); j++) {
      if (whole.charAt(j) == part.charAt(i)) {
        i++;
      }
    }
    return i == part.length();
  }
}
