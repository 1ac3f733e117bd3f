package org.jxlint.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.jxlint.bench.IndicatorPool.Row;

/**
 * One real-sized submission for the benchmark: a header block (title, unit, filing date, funds
 * with their parts), the unit's duties and its long-term and annual targets as prose, a long-term
 * and an annual indicator table, then the project tables of one layout family (a fixture of
 * {@code fixtures/layouts}, with its numbers changed) — 20 to 80 rows, 5 to 30 KB — with defects
 * planted where {@code random} says, each one recorded with the rule that should find it.
 */
public final class RealDocument {

  /** A defect put into a document on purpose: the rule that should report it, and a text the finding names. */
  public record Planted(String rule, String key) {}

  /** The document's text in its family's text layout, and what was planted in it. */
  record Generated(String text, List<Planted> planted) {}

  private static final String[] TOWNS = {"青石", "白沙", "柳溪", "金水", "桃源", "龙岗", "石门", "清河", "北河",
      "东坪", "河口", "新田", "高桥", "双溪", "长乐", "平安", "云台", "枫林", "杉木", "黄土"};

  private static final String[] DUTIES = {"贯彻执行党和国家的路线方针政策，落实上级党委政府的决策部署，",
      "加强基层党组织建设，落实全面从严治党主体责任，推进党风廉政建设，", "统筹推进本区域经济社会发展，编制并组织实施年度发展计划，",
      "发展现代农业和特色产业，推进农村集体经济发展壮大，", "加强社会治理，做好信访维稳和矛盾纠纷排查化解工作，",
      "抓好安全生产、森林防火、防汛抗旱和应急管理工作，", "完善农村公共服务体系，落实教育、卫生、民政、社保等民生政策，",
      "加强生态环境保护，推进人居环境整治和乡村建设行动，", "做好退役军人服务、残疾人帮扶和困难群众救助工作，",
      "推进政务公开和便民服务，提升为民服务水平。"};

  private final Random random;
  private final TextStyle style;
  private final List<Planted> planted = new ArrayList<>();

  private RealDocument(Random random, TextStyle style) {
    this.random = random;
    this.style = style;
  }

  /** A document of the family whose fixture text is {@code family}, written in its text layout. */
  static Generated generate(String family, TextStyle style, Random random) {
    return new RealDocument(random, style).build(family);
  }

  private Generated build(String family) {
    StringBuilder b = new StringBuilder();
    String unit = TOWNS[random.nextInt(TOWNS.length)] + (random.nextBoolean() ? "镇" : "乡") + "人民政府";
    style.paragraph(b, unit + "2026年度部门整体支出绩效目标表");
    style.paragraph(b, "填报日期：2025年12月" + (1 + random.nextInt(28)) + "日");
    style.row(b, "部门（单位）名称", unit);
    funds(b);
    style.row(b, "部门职责", duties());
    style.row(b, "中长期目标", targets("到2028年", 3 + random.nextInt(3)));
    style.row(b, "年度目标", targets("2026年", 4 + random.nextInt(4)));
    int rows = 20 + random.nextInt(45);
    int longTerm = Math.max(8, rows / 3);
    style.paragraph(b, "中长期绩效指标");
    table(b, longTerm);
    style.paragraph(b, "年度绩效指标");
    table(b, rows - longTerm);
    int projects = 1 + random.nextInt(3);
    for (int p = 0; p < projects; p++) {
      b.append(Perturb.numbers(family, random));
      style.paragraph(b, "");
    }
    return new Generated(b.toString(), List.copyOf(planted));
  }

  private void funds(StringBuilder b) {
    int basic = 300 + random.nextInt(2000);
    int project = 50 + random.nextInt(800);
    boolean wrong = random.nextInt(6) == 0;
    if (wrong) {
      planted.add(new Planted("fund-sum-mismatch", ""));
    }
    style.row(b, "资金情况（万元）", "资金总额", String.valueOf(basic + project + (wrong ? 37 : 0)));
    style.row(b, "", "基本支出", String.valueOf(basic));
    style.row(b, "", "项目支出", String.valueOf(project));
  }

  private String duties() {
    StringBuilder d = new StringBuilder();
    int n = 6 + random.nextInt(30);
    for (int i = 0; i < n; i++) {
      d.append(DUTIES[random.nextInt(DUTIES.length)]);
    }
    return d.toString();
  }

  private String targets(String when, int count) {
    StringBuilder t = new StringBuilder();
    for (int i = 1; i <= count; i++) {
      String work = IndicatorPool.WORK[random.nextInt(IndicatorPool.WORK.length)];
      t.append("目标").append(i).append("：").append(when).append("完成").append(work).append("任务")
          .append(10 + random.nextInt(90)).append("项，群众满意度达到").append(85 + random.nextInt(15))
          .append("%以上；");
    }
    return t.toString();
  }

  private void table(StringBuilder b, int count) {
    style.row(b, "一级指标", "二级指标", "三级指标", "指标值", "指标解释", "评（扣）分标准");
    List<Row> rows = new ArrayList<>(IndicatorPool.table(count, random));
    for (int i = 0; i < rows.size(); i++) {
      if (random.nextInt(8) == 0) {
        rows.set(i, spoil(rows.get(i), i > 0 ? rows.get(i - 1) : rows.get(i)));
      }
    }
    String l1 = "";
    for (Row r : rows) {
      style.row(b, r.level1().equals(l1) && style.mergesLabels() ? "" : r.level1(), r.level2(),
          r.name(), r.value(), r.explanation(), r.scoring());
      l1 = r.level1();
    }
  }

  /** One of the defects reviewers send tables back for, recorded with the rule that finds it. */
  private Row spoil(Row r, Row previous) {
    switch (random.nextInt(5)) {
      case 0 -> {
        planted.add(new Planted("non-measurable-value", r.name()));
        return r.withValue("效果明显");
      }
      case 1 -> {
        planted.add(new Planted("empty-indicator-value", r.name()));
        return r.withValue("");
      }
      case 2 -> {
        if (!r.level2().equals("时效指标")) {
          return r;
        }
        planted.add(new Planted("misplaced-dimension", r.name()));
        return r.withLevel2("质量指标");
      }
      case 3 -> {
        if (!r.value().endsWith("%")) {
          return r;
        }
        planted.add(new Planted("unit-mismatch", r.name()));
        return r.withValue(r.value().replace("%", "次"));
      }
      default -> {
        if (previous == r || !previous.level2().equals(r.level2())) {
          return r;
        }
        planted.add(new Planted("duplicate-indicator", previous.name()));
        return r.withName(previous.name());
      }
    }
  }
}
