package org.jxlint.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Indicator rows as real tables have them, made from a work item and a dimension (森林防火巡查 +
 * 数量 → 森林防火巡查次数 ≥52次), so a 60-row table does not repeat itself.
 */
final class IndicatorPool {

  /** One indicator row: dimension labels, name, value with comparator and unit, prose columns. */
  record Row(String level1, String level2, String name, String value, String explanation,
      String scoring) {

    Row withValue(String v) {
      return new Row(level1, level2, name, v, explanation, scoring);
    }

    Row withName(String n) {
      return new Row(level1, level2, n, value, explanation, scoring);
    }

    Row withLevel2(String l2) {
      return new Row(level1, l2, name, value, explanation, scoring);
    }
  }

  static final String[] WORK = {"森林防火巡查", "农村公路养护", "人居环境整治", "农民技能培训", "危房改造",
      "安全生产检查", "河道保洁", "生活垃圾清运", "农村饮水安全", "村级道路硬化", "困难群众救助", "义务教育控辍保学",
      "城乡居民医保参保", "群众文化活动", "防汛物资储备", "耕地保护巡查", "高标准农田建设", "农村厕所改造",
      "矛盾纠纷排查", "退役军人走访", "残疾人康复服务", "老年人健康体检", "集体经济项目", "产业园区招商",
      "病虫害监测", "畜禽疫病防控", "食品安全抽检", "政务服务事项办理", "村庄绿化", "污水管网建设"};

  private static final String[] COUNTS = {"次", "人次", "个", "处", "公里", "户", "场", "吨", "亩"};

  private static final String[] PHASE = {"", "（二期）", "（三期）"};

  private IndicatorPool() {}

  /** A clean row of the given dimension for the work item. */
  static Row row(int dimension, String work, Random random) {
    return switch (dimension) {
      case 0 -> new Row("产出指标", "数量指标", work + "数量",
          "≥" + (10 + random.nextInt(990)) + COUNTS[random.nextInt(COUNTS.length)],
          "全年完成" + work + "的数量，以台账和验收记录为准", "完成目标值得满分，每少10%扣1分");
      case 1 -> new Row("产出指标", "质量指标", work + "验收合格率", "≥" + (90 + random.nextInt(10)) + "%",
          "验收合格的" + work + "任务占全部任务的比例", "达到目标值得满分，每低1个百分点扣0.5分");
      case 2 -> new Row("产出指标", "时效指标", work + "完成时间",
          "2026年" + (6 + random.nextInt(6)) + "月底前", "年度" + work + "任务全部完成的时间",
          "按时完成得满分，每推迟半个月扣1分");
      case 3 -> new Row("成本指标", "经济成本指标", work + "支出成本",
          "≤" + (5 + random.nextInt(200)) + "万元", work + "全年支出，不超过批复预算", "控制在预算内得满分，超支不得分");
      case 4 -> new Row("效益指标", "社会效益指标", work + "惠及群众人数",
          "≥" + (100 + random.nextInt(9000)) + "人", "因" + work + "直接受益的群众人数", "达到目标值得满分，否则按比例计分");
      case 5 -> new Row("效益指标", "生态效益指标", work + "区域环境改善率",
          "≥" + (60 + random.nextInt(30)) + "%", "实施" + work + "后环境明显改善的村组占比", "达到目标值得满分，否则按比例计分");
      case 6 -> new Row("效益指标", "可持续影响指标", work + "长效机制覆盖率",
          "≥" + (80 + random.nextInt(20)) + "%", "建立" + work + "长效管护机制的村占比", "达到目标值得满分，否则按比例计分");
      default -> new Row("满意度指标", "服务对象满意度指标", work + "群众满意度",
          "≥" + (85 + random.nextInt(15)) + "%", "抽样调查服务对象对" + work + "的满意程度", "满意度达到目标值得满分，每低1%扣1分");
    };
  }

  /** {@code count} clean rows over every dimension, ordered by dimension as forms are. */
  static List<Row> table(int count, Random random) {
    List<Row> rows = new ArrayList<>(count);
    int start = random.nextInt(WORK.length);
    for (int i = 0; i < count; i++) {
      int dimension = i * 8 / count;
      String work = WORK[(start + i * 7) % WORK.length];
      rows.add(row(dimension, work + PHASE[i / WORK.length % PHASE.length], random));
    }
    return rows;
  }
}
