package org.jxlint.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** The fast path of {@link TextNormalizer#compact} gives what NFKC plus space removal gives. */
class TextNormalizerTest {

  /** Characters cells are made of, and the look-alikes NFKC changes. */
  private static final String ALPHABET = "产出指标数量质量时效年月日率％%０１２3４5６789.．≥≤＞＜=＝"
      + "（）()、。，,：:；“”‘’—–‑‒…·×÷ \u3000\u00a0\u2002\u200b\t\n～~-－/／ＡaＢb①⑴㎡²";

  private static final String SPACES = "[\\s\\u00A0\\u2000-\\u200B\\u3000\\uFEFF]+";
  private static final String CJK = "(?<=[\\p{IsHan}\\d%.:：，。、；（）()≥≤＞＜<>=~～\\-—/])\\s+"
      + "|\\s+(?=[\\p{IsHan}\\d%.:：，。、；（）()≥≤<>=~～\\-—/])";

  @Test
  void compactAgreesWithNfkc() {
    Gen<String> texts = TextGen.of(ALPHABET, 0, 24);
    qt().withExamples(3000).forAll(texts).checkAssert(text -> assertEquals(reference(text),
        TextNormalizer.compact(text), () -> "for " + List.of(text.codePoints().toArray())));
  }

  @Test
  void cleanDespaceAndIsBlankAgreeWithTheirRegularExpressions() {
    Gen<String> texts = TextGen.of(ALPHABET, 0, 24);
    qt().withExamples(3000).forAll(texts).checkAssert(text -> {
      String nfkc = Normalizer.normalize(text, Normalizer.Form.NFKC);
      assertEquals(nfkc.replaceAll(SPACES, " ").strip().replaceAll(CJK, ""),
          TextNormalizer.clean(text), () -> "clean " + List.of(text.codePoints().toArray()));
      assertEquals(text.replaceAll(SPACES, " ").strip().replaceAll(CJK, ""),
          TextNormalizer.despace(text), () -> "despace " + List.of(text.codePoints().toArray()));
      assertEquals(text.replaceAll(SPACES, "").isEmpty(), TextNormalizer.isBlank(text),
          () -> "isBlank " + List.of(text.codePoints().toArray()));
    });
  }

  @Test
  void bareAgreesWithItsRegularExpression() {
    String alphabet = ALPHABET + "《》【】—_‘’「」￥$+^`|~😀𠀀·";
    Gen<String> texts = TextGen.of(alphabet, 0, 24);
    qt().withExamples(3000).forAll(texts).checkAssert(text -> assertEquals(
        reference(text).replaceAll("[\\p{P}\\p{S}]", ""), TextNormalizer.bare(text),
        () -> "bare " + List.of(text.codePoints().toArray())));
  }

  /** Every character of the Basic Multilingual Plane, alone between two letters, as the regexes. */
  @Test
  void everyCharacterAgreesWithTheRegularExpressions() {
    for (char c = 1; c < 0xFFFF; c++) {
      if (Character.isSurrogate(c)) {
        continue;
      }
      String text = "甲" + c + "a";
      String at = "U+" + Integer.toHexString(c);
      assertEquals(reference(text), TextNormalizer.compact(text), at);
      assertEquals(reference(text).replaceAll("[\\p{P}\\p{S}]", ""), TextNormalizer.bare(text), at);
      assertEquals(text.replaceAll(SPACES, " ").strip().replaceAll(CJK, ""),
          TextNormalizer.despace(text), at);
      assertEquals(text.replaceAll(SPACES, "").isEmpty(), TextNormalizer.isBlank(text), at);
    }
  }

  private static String reference(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFKC)
        .replaceAll("[\\s\\u00A0\\u2000-\\u200B\\u3000\\uFEFF]+", "");
  }
}
