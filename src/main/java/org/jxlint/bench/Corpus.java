package org.jxlint.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.jxlint.ingest.layout.RawBlock;
import org.jxlint.ingest.layout.RawCell;
import org.jxlint.ingest.layout.RawDocument;
import org.jxlint.model.SourceLocation;

/**
 * A synthetic corpus for the benchmark: realistic township and project tables (a title, a filing
 * date, funds, a nine-column indicator table over every dimension) with defects planted at random
 * — vague values, wrong units, copied rows, time indicators in the wrong place — written as text,
 * .docx, .xlsx, GBK .csv and canonical JSON.
 */
public final class Corpus {

  private static final String[] TOWNS = {"青石", "白沙", "柳溪", "金水", "桃源", "龙岗", "石门",
      "清河", "北河", "东坪", "河口", "新田", "高桥", "双溪", "长乐", "平安"};
  private static final String[] SUFFIX = {"镇", "乡"};

  /** One good row and how to spoil it: name, comparator, value, unit, explanation, scoring. */
  private record Row(String level1, String level2, String name, String comparator, String value,
      String unit, String explanation, String scoring) {}

  private static final List<Row> GOOD = List.of(
      new Row("产出指标", "数量指标", "森林防火巡查次数", "≥", "52", "次", "全年开展森林防火巡查的次数",
          "达到目标值得5分，每少1次扣0.5分"),
      new Row("产出指标", "数量指标", "技能培训人次", "≥", "300", "人次", "全年组织农民技能培训的人次",
          "达到目标值得5分，否则按比例计分"),
      new Row("产出指标", "质量指标", "道路养护验收合格率", "≥", "95", "%", "验收合格的养护路段占比",
          "达到目标值得5分，每低1个百分点扣1分"),
      new Row("产出指标", "质量指标", "隐患整改率", "≥", "98", "%", "已整改隐患数占排查隐患数的比例",
          "达到目标值得5分，否则按比例计分"),
      new Row("产出指标", "时效指标", "危房改造完成时间", "定性", "2026年11月30日前", "",
          "全年危房改造任务完成时间", "按时完成得5分，每推迟10天扣1分"),
      new Row("产出指标", "时效指标", "补助资金拨付及时率", "≥", "95", "%", "按时拨付的资金占比",
          "达到目标值得5分，否则按比例计分"),
      new Row("成本指标", "经济成本指标", "道路养护总成本", "≤", "36", "万元", "全年道路养护支出",
          "控制在预算内得10分"),
      new Row("效益指标", "社会效益指标", "较大安全事故起数", "=", "0", "起", "全年发生较大安全事故的起数",
          "未发生得10分，否则不得分"),
      new Row("效益指标", "生态效益指标", "农村卫生厕所普及率", "≥", "90", "%", "卫生厕所户数占总户数比例",
          "达到目标值得10分，每低1%扣1分"),
      new Row("效益指标", "可持续影响指标", "长效管护制度覆盖村比例", "≥", "90", "%",
          "已建管护制度村数占总村数的比例", "达到目标值得10分，每低1%扣1分"),
      new Row("满意度指标", "服务对象满意度指标", "群众满意度", "≥", "90", "%", "抽样调查群众的满意度",
          "达到目标值得10分，每低1%扣1分"));

  private Corpus() {}

  /** The formats the benchmark writes, by file extension. */
  public static final List<String> FORMATS = List.of("txt", "docx", "xlsx", "csv", "json");

  /** A document in the tab-separated layout, with defects planted when {@code random} says so. */
  public static RawDocument document(Random random) {
    List<RawBlock> blocks = new ArrayList<>();
    String unit = TOWNS[random.nextInt(TOWNS.length)] + SUFFIX[random.nextInt(2)] + "人民政府";
    blocks.add(paragraph(unit + "2026年度部门整体支出绩效目标表"));
    blocks.add(paragraph("填报日期：2025年12月" + (1 + random.nextInt(28)) + "日 单位：万元"));
    int basic = 800 + random.nextInt(400);
    int project = 100 + random.nextInt(300);
    boolean badSum = random.nextInt(5) == 0;
    blocks.add(row(1, "资金总额", String.valueOf(basic + project + (badSum ? 10 : 0))));
    blocks.add(row(1, "基本支出", String.valueOf(basic)));
    blocks.add(row(1, "项目支出", String.valueOf(project)));
    blocks.add(row(2, "一级指标", "二级指标", "三级指标", "指标值类型", "指标值", "计量单位", "指标解释",
        "评（扣）分标准"));
    String l1 = "";
    String l2 = "";
    for (Row good : GOOD) {
      Row r = spoil(good, random);
      blocks.add(row(2, r.level1().equals(l1) ? "" : r.level1(),
          r.level2().equals(l2) ? "" : r.level2(), r.name(), r.comparator(), r.value(), r.unit(),
          r.explanation(), r.scoring()));
      l1 = r.level1();
      l2 = r.level2();
    }
    return new RawDocument("synthetic", blocks);
  }

  /** One row in four gets one of the defects reviewers send tables back for. */
  private static Row spoil(Row r, Random random) {
    if (random.nextInt(4) > 0) {
      return r;
    }
    return switch (random.nextInt(5)) {
      case 0 -> new Row(r.level1(), r.level2(), r.name(), "定性", "效果明显", "", r.explanation(),
          r.scoring());
      case 1 -> r.unit().equals("%") ? new Row(r.level1(), r.level2(), r.name(), r.comparator(),
          r.value(), "次", r.explanation(), r.scoring()) : r;
      case 2 -> new Row(r.level1(), r.level2(), r.name(), r.comparator(), r.value(),
          r.unit().equals("%") ? "百分比" : r.unit(), r.explanation(), r.scoring());
      case 3 -> new Row(r.level1(), "质量指标", "年度工作完成时间", "定性", "2026年12月31日前", "",
          r.explanation(), r.scoring());
      default -> new Row(r.level1(), r.level2(), "确保工作有效开展", "", "", "", "", "");
    };
  }

  /** Writes {@code count} documents in the format of {@code extension} into {@code dir}. */
  public static List<Path> write(Path dir, String extension, int count, long seed,
      DocumentWriter json) throws IOException {
    Files.createDirectories(dir);
    Random random = new Random(seed);
    List<Path> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      RawDocument doc = document(random);
      Path file = dir.resolve(String.format("%06d.%s", i, extension));
      switch (extension) {
        case "txt" -> Files.writeString(file, text(doc), StandardCharsets.UTF_8);
        case "docx" -> Forms.docx(doc, file);
        case "xlsx" -> Forms.xlsx(doc, file);
        case "csv" -> Forms.csvGbk(doc, file);
        case "json" -> json.write(doc, file);
        default -> throw new IllegalArgumentException(extension);
      }
      out.add(file);
    }
    return out;
  }

  /** Writes a document in canonical JSON (the interpreter lives outside this package). */
  public interface DocumentWriter {
    void write(RawDocument doc, Path file) throws IOException;
  }

  /** The document as people paste it: one line per row, cells separated by tabs. */
  public static String text(RawDocument doc) {
    StringBuilder b = new StringBuilder();
    for (RawBlock block : doc.blocks()) {
      if (block instanceof RawBlock.Paragraph p) {
        b.append(p.text());
      } else {
        b.append(String.join("\t", ((RawBlock.Row) block).cells().stream()
            .map(RawCell::text).toList()));
      }
      b.append('\n');
    }
    return b.toString();
  }

  private static RawBlock paragraph(String text) {
    return new RawBlock.Paragraph(text, SourceLocation.NONE);
  }

  private static RawBlock row(int table, String... cells) {
    List<RawCell> list = new ArrayList<>();
    for (String c : cells) {
      list.add(new RawCell(c, SourceLocation.NONE));
    }
    return new RawBlock.Row(table, list, SourceLocation.NONE);
  }
}
