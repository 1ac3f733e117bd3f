package org.jxlint.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** A cue is an exact pre-test: a text it passes over never matches the pattern. */
class RegexCuesTest {

  /** Pieces word-list patterns are made of, including the ones the cue gives up on. */
  private static final List<String> PIECES = List.of("请", "填", "写", "X", "x", "\\*", "*", "+",
      "?", "{2,}", "{0,3}", "{1,2}", "(", ")", "(?:", "(?=", "(?i)", "|", "[", "]", "[^", "-",
      "a", "b", "c", "\\s", "\\d", "^", "$", ".", "（", "）", "[:：]", "\\(", "可", "根据", "&&");

  private static final String TEXT_CHARS = "请填写Xx*（）(): ：可根据abc-123指标注如";

  @Test
  void aTextWithoutTheCueNeverMatches() {
    Gen<String> regexes = lists().of(integers().between(0, PIECES.size() - 1))
        .ofSizeBetween(1, 9).map(list -> {
          StringBuilder b = new StringBuilder();
          list.forEach(i -> b.append(PIECES.get(i)));
          return b.toString();
        });
    Gen<String> texts = TextGen.of(TEXT_CHARS, 0, 12);
    qt().withExamples(20000).forAll(regexes, texts).checkAssert((regex, text) -> {
      Pattern p;
      try {
        p = Pattern.compile(regex);
      } catch (PatternSyntaxException e) {
        return; // not a pattern a word list could hold
      }
      boolean matches;
      try {
        matches = p.matcher(text).find();
      } catch (RuntimeException e) {
        return; // compiles but Java cannot run it ([ab&&]): the rules folder check refuses it
      }
      RegexCues.Cued cued = RegexCues.union(List.of(p));
      assertEquals(matches, cued.find(text), () -> regex + " on " + text);
    });
  }

  @Test
  void plainFirstAtomsGiveTheirCharacters() {
    assertEquals(Optional.of("*"), RegexCues.starts("\\*{2,}"));
    assertEquals(Optional.of("Xx"), RegexCues.starts("[Xx]{2,}"));
    assertEquals(Optional.of("请"), RegexCues.starts("^请(填写|输入)"));
    assertEquals(Optional.of("可请"), RegexCues.starts("(可|请)根据"));
    assertEquals(Optional.of("abcde"), RegexCues.starts("[a-c]x|(?:d|e)f"));
  }

  @Test
  void whatTheCueCannotFollowHasNone() {
    for (String r : List.of("(a|b)?c", "[^x]y", "\\d+", "(?i)ab", "a|", "x{0,2}y", "x*", ".",
        "(?=a)a", "")) {
      assertEquals(Optional.empty(), RegexCues.starts(r), r);
    }
    RegexCues.Cued mixed = RegexCues.union(List.of(Pattern.compile("a"), Pattern.compile("\\d")));
    assertTrue(mixed.mayMatch("zzz"), "one pattern without a cue: every text is tried");
    RegexCues.Cued both = RegexCues.union(List.of(Pattern.compile("a"), Pattern.compile("b+")));
    assertFalse(both.mayMatch("zzz"));
    assertTrue(both.find("zbz"));
  }
}
