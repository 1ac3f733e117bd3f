package org.jxlint.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.jxlint.TestSupport;
import org.jxlint.model.Comparator;
import org.jxlint.model.PartialDate;
import org.jxlint.model.TargetValue;
import org.jxlint.model.ValueKind;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class TargetValueParserTest {

  private static final TargetValueParser PARSER = TestSupport.VALUES;

  /** What a value means, without the text it was written in. */
  record Meaning(ValueKind kind, Comparator comparator, BigDecimal number, BigDecimal upper,
      String unit, PartialDate start, PartialDate end, String qualifier, Boolean yes) {
    static Meaning of(TargetValue v) {
      return new Meaning(v.kind(), v.comparator(), strip(v.number()), strip(v.upper()), v.unit(),
          v.start(), v.end(), v.qualifier(), v.yes());
    }

    private static BigDecimal strip(BigDecimal d) {
      return d == null ? null : d.stripTrailingZeros();
    }
  }

  @ParameterizedTest(name = "{0} | {1} | {2} → {3} {4} {5} {6}")
  @DisplayName("真实单元格里的写法都能读对")
  @CsvSource(delimiter = '|', nullValues = "-", value = {
      // comparator cell | value cell | unit cell | kind | comparator | number | unit
      "-      | ≥95%          | -     | NUMBER      | GE | 95   | %",
      "-      | ≥95百分比     | -     | NUMBER      | GE | 95   | %",
      "-      | ＞＝90        | -     | NUMBER      | GE | 90   | -",
      "-      | ≧85%          | -     | NUMBER      | GE | 85   | %",
      "-      | 不低于90%     | -     | NUMBER      | GE | 90   | %",
      "≥      | 95            | %     | NUMBER      | GE | 95   | %",
      "=      | 4             | 次    | NUMBER      | EQ | 4    | 次",
      "-      | 2万元         | -     | NUMBER      | -  | 2    | 万元",
      "-      | 每年8.9万元   | -     | NUMBER      | -  | 8.9  | 万元",
      "-      | 8500平方米    | -     | NUMBER      | -  | 8500 | 平方米",
      "-      | ≥2. 5%        | -     | NUMBER      | GE | 2.5  | %",
      "-      | ≥１２０００亩 | -     | NUMBER      | GE | 12000| 亩",
      "≤      | 2030.5      | 万元   | NUMBER      | LE | 2030.5 | 万元",
      "≤      | 613.70        | 万元  | NUMBER      | LE | 613.70 | 万元",
      "-      | 95%以上       | -     | NUMBER      | GE | 95   | %",
      "-      | 10天以内      | -     | NUMBER      | LE | 10   | 天",
      "-      | 1-2次         | -     | RANGE       | -  | 1    | 次",
      "-      | 1,679.6       | -     | NUMBER      | -  | 1679.6 | -",
      "定性   | 效果明显      | -     | QUALITATIVE | QUALITATIVE | - | -",
      "-      | 持续推进      | -     | QUALITATIVE | -  | -    | -",
      "-      | 是            | -     | BOOLEAN     | -  | -    | -",
      "-      | /             | -     | EMPTY       | -  | -    | -",
      "-      | ——            | -     | EMPTY       | -  | -    | -",
      "定性   | 2026年12月31日前 | -  | DATE        | LE | -    | -",
      "-      | 2025年        | -     | YEAR        | -  | -    | -",
      "-      | 2023.07-2024.01 | -   | PERIOD      | -  | -    | -",
      "-      | 2021-2025年   | -     | PERIOD      | -  | -    | -",
      "-      | 12月底前      | -     | DATE        | LE | -    | -",
      "定量   | ≥15           | 年    | NUMBER      | GE | 15   | 年",
      "-      | 100%完成      | -     | QUALITATIVE | -  | -    | -",
  })
  void reads_real_spellings(String comparatorCell, String value, String unitCell, ValueKind kind,
      Comparator comparator, BigDecimal number, String unit) {
    TargetValue v = PARSER.parse(comparatorCell, value, unitCell);
    assertEquals(kind, v.kind(), "kind");
    assertEquals(comparator, v.comparator(), "comparator");
    assertEquals(number == null ? null : number.stripTrailingZeros(),
        v.number() == null ? null : v.number().stripTrailingZeros(), "number");
    assertEquals(unit, v.unit(), "unit");
    assertEquals(value, v.raw(), "the raw text is kept as written");
  }

  @Test
  void reads_dates_and_periods_exactly() {
    assertEquals(PartialDate.of(2026, 12, 31), PARSER.parse("2026年12月31日前").end());
    assertEquals(new PartialDate(null, 12, null, true), PARSER.parse("12月底前").end());
    TargetValue period = PARSER.parse("2023.07-2024.01");
    assertEquals(PartialDate.of(2023, 7, null), period.start());
    assertEquals(PartialDate.of(2024, 1, null), period.end());
    TargetValue inherited = PARSER.parse("2026年1月至12月");
    assertEquals(PartialDate.of(2026, 12, null), inherited.end());
    assertEquals(PartialDate.ofYear(2025), PARSER.parse("2025年").end());
  }

  // ---- properties ----

  private static final List<Comparator> COMPARATORS =
      Arrays.asList(null, Comparator.GE, Comparator.LE, Comparator.GT, Comparator.LT,
          Comparator.EQ);
  /** Units of every family; 年 is left out on purpose: “2025年” reads as a year, not 2025 years. */
  private static final List<String> UNITS = Arrays.asList(null, "%", "次", "个", "人次", "户",
      "万元", "元", "平方米", "亩", "公里", "吨", "天", "小时", "分", "场");
  private static final List<String> QUALIFIERS = Arrays.asList(null, "每年", "人均", "累计");

  /** Numbers as targets, every number from 0 to 20,000.00 with every comparator, unit, qualifier. */
  private static Gen<TargetValue> numbers() {
    return integers().between(0, 2_000_000)
        .zip(integers().between(0, 2), (n, scale) -> BigDecimal.valueOf(n, scale))
        .zip(Generate.pick(COMPARATORS), (n, c) -> new Object[] {n, c})
        .zip(Generate.pick(UNITS), (a, u) -> new Object[] {a[0], a[1], u})
        .zip(Generate.pick(QUALIFIERS), (a, q) -> new TargetValue("", ValueKind.NUMBER,
            (Comparator) a[1], (BigDecimal) a[0], null, (String) a[2], (String) a[2], null, null,
            q, null));
  }

  /**
   * A number written with no unit that looks like a year and month (2026.11): forms write months
   * this way, so such a text reads as that month by design. Every other number must read back.
   */
  private static boolean yearMonthLike(TargetValue v) {
    BigDecimal n = v.number();
    return v.unit() == null && n.scale() > 0 && n.compareTo(BigDecimal.valueOf(2000)) >= 0
        && n.compareTo(BigDecimal.valueOf(2100)) < 0;
  }

  /** The meaning a number's text must read back as: itself, or the month its digits name. */
  private static void readsBack(TargetValue v, TargetValue read) {
    if (!yearMonthLike(v) || read.kind() == ValueKind.NUMBER) {
      assertEquals(Meaning.of(v), Meaning.of(read));
      return;
    }
    String digits = v.number().toPlainString();
    int year = Integer.parseInt(digits.substring(0, 4));
    int month = Integer.parseInt(digits.substring(5));
    assertEquals(PartialDate.of(year, month, null), read.end(), digits);
  }

  private static Gen<TargetValue> dates() {
    return integers().between(2000, 2040)
        .zip(integers().between(1, 12), integers().between(1, 28),
            (y, m, d) -> PartialDate.of(y, m, d))
        .zip(Generate.pick(Arrays.asList(null, Comparator.LE)), (date, c) -> new TargetValue("",
            ValueKind.DATE, c, null, null, null, null, null, date, null, null));
  }

  @Test
  @DisplayName("把解析结果按标准写法写出再读回，含义不变")
  void formatting_then_parsing_gives_the_same_value() {
    qt().forAll(numbers()).checkAssert(v ->
        readsBack(v, PARSER.parse(TargetValueFormatter.format(v))));
    qt().forAll(dates()).checkAssert(v -> assertEquals(Meaning.of(v),
        Meaning.of(PARSER.parse(TargetValueFormatter.format(v)))));
  }

  @Test
  @DisplayName("全角数字、多余空格、≥ 的不同写法不改变解析结果")
  void noise_does_not_change_the_meaning() {
    qt().forAll(numbers(), integers().all()).checkAssert((v, seed) -> {
      String clean = TargetValueFormatter.format(v);
      String noisy = noise(clean, new Random(seed));
      assertEquals(Meaning.of(PARSER.parse(clean)), Meaning.of(PARSER.parse(noisy)),
          "“" + clean + "” vs “" + noisy + "”");
    });
  }

  @Test
  @DisplayName("单位一栏写了非时间单位（万元、%、人）时，指标值“2030.5”是数，不是日期")
  void a_unit_column_makes_a_bare_number_an_amount() {
    List<String> units = UNITS.stream().filter(u -> u != null && !u.equals("天")
        && !u.equals("小时")).toList();
    qt().forAll(integers().between(0, 2_000_000), integers().between(0, 2),
        Generate.pick(units)).checkAssert((n, scale, unit) -> {
          BigDecimal number = BigDecimal.valueOf(n, scale);
          TargetValue read = PARSER.parse("≤", number.toPlainString(), unit);
          assertEquals(ValueKind.NUMBER, read.kind(), number + " " + unit);
          assertEquals(number.stripTrailingZeros(), read.number().stripTrailingZeros());
        });
  }

  @Test
  @DisplayName("任何文字都不会让解析器出错，原文原样保留")
  void never_throws_and_keeps_the_raw_text() {
    qt().forAll(strings().allPossible().ofLengthBetween(0, 24)).checkAssert(s ->
        assertEquals(s, PARSER.parse(s).raw()));
    qt().forAll(strings().betweenCodePoints(0x20, 0x7E).ofLengthBetween(0, 16)).checkAssert(s ->
        assertEquals(s, PARSER.parse("定性", s, "%").raw()));
  }

  /** Rewrites a value as people type it: full-width digits, other comparator spellings, spaces. */
  static String noise(String s, Random r) {
    String out = s;
    if (r.nextBoolean()) {
      out = out.replace("≥", pick(r, "≥", ">=", "≧", "＞＝", "不低于"))
          .replace("≤", pick(r, "≤", "<=", "≦", "＜＝", "不超过"));
    }
    if (r.nextBoolean()) {
      out = out.replace("%", pick(r, "%", "％", "百分比"));
    }
    StringBuilder b = new StringBuilder();
    for (char c : out.toCharArray()) {
      boolean fullWidth = r.nextInt(3) == 0;
      b.append(c >= '0' && c <= '9' && fullWidth ? (char) (c - '0' + '０') : c);
      if (r.nextInt(6) == 0) {
        b.append(pick(r, " ", "\u3000", "\u00A0"));
      }
    }
    return b.toString();
  }

  private static String pick(Random r, String... options) {
    return options[r.nextInt(options.length)];
  }
}
