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

  @Test
  void compactAgreesWithNfkc() {
    Gen<String> texts = TextGen.of(ALPHABET, 0, 24);
    qt().withExamples(3000).forAll(texts).checkAssert(text -> assertEquals(reference(text),
        TextNormalizer.compact(text), () -> "for " + List.of(text.codePoints().toArray())));
  }

  @Test
  void cleanDespaceAndIsBlankAgreeWithTheirRegularExpressions() {
    Gen<String> texts = TextGen.of(ALPHABET, 0, 24);
    String spaces = "[\\s\\u00A0\\u2000-\\u200B\\u3000\\uFEFF]+";
    String cjk = "(?<=[\\p{IsHan}\\d%.:：，。、；（）()≥≤＞＜<>=~～\\-—/])\\s+"
        + "|\\s+(?=[\\p{IsHan}\\d%.:：，。、；（）()≥≤<>=~～\\-—/])";
    qt().withExamples(3000).forAll(texts).checkAssert(text -> {
      String nfkc = Normalizer.normalize(text, Normalizer.Form.NFKC);
      assertEquals(nfkc.replaceAll(spaces, " ").strip().replaceAll(cjk, ""),
          TextNormalizer.clean(text), () -> "clean " + List.of(text.codePoints().toArray()));
      assertEquals(text.replaceAll(spaces, " ").strip().replaceAll(cjk, ""),
          TextNormalizer.despace(text), () -> "despace " + List.of(text.codePoints().toArray()));
      assertEquals(text.replaceAll(spaces, "").isEmpty(), TextNormalizer.isBlank(text),
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

  private static String reference(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFKC)
        .replaceAll("[\\s\\u00A0\\u2000-\\u200B\\u3000\\uFEFF]+", "");
  }
}
