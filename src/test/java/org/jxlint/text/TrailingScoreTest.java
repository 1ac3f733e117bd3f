package org.jxlint.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The score at the end of a label goes as the regular expression took it, in linear work. */
class TrailingScoreTest {

  /** Figures ASCII or full-width (３０分, as a form typed in a Chinese input method has them). */
  private static final String FIGURES = "[0-9０-９]+(?:[.．][0-9０-９]+)?";
  private static final Pattern WITH_SPACES = Pattern.compile("\\s*" + FIGURES + "\\s*分$");
  private static final Pattern BARE = Pattern.compile(FIGURES + "分$");

  @Test
  @DisplayName("与原来的正则表达式结果相同")
  void sameAsThePattern() {
    String alphabet = "0123456789.. 分分x（）\t０９．";
    qt().withExamples(5000).withFixedSeed(30L).forAll(longs().all()).checkAssert(seed -> {
      Random r = new Random(seed);
      StringBuilder b = new StringBuilder();
      int n = r.nextInt(12);
      for (int i = 0; i < n; i++) {
        b.append(alphabet.charAt(r.nextInt(alphabet.length())));
      }
      String s = b.toString();
      assertEquals(WITH_SPACES.matcher(s).replaceAll(""), TrailingScore.strip(s, true), s);
      assertEquals(BARE.matcher(s).replaceAll(""), TrailingScore.strip(s, false), s);
    });
    assertEquals("产出指标", TrailingScore.strip("产出指标 20.5 分", true));
    assertEquals("产出指标 ", TrailingScore.strip("产出指标 30分", false));
    assertEquals("产出指标", TrailingScore.strip("产出指标３０．５分", false));
    assertEquals("成本指标", TrailingScore.withoutScores("成本指标(０-２０)分", false));
  }

  @Test
  @DisplayName("十万位数字的标签一次扫完")
  void aLongDigitRunIsOneScan() {
    String digits = "9".repeat(100_000);
    assertEquals(digits, TrailingScore.strip(digits, true));
    assertEquals("", TrailingScore.strip(digits + "分", true));
    assertEquals("指标", TrailingScore.strip("指标" + digits + ".5分", false));
  }
}
