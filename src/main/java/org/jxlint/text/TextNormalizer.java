package org.jxlint.text;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Normalises cell text the way every lexicon match and number parse expects it: NFKC (full-width
 * digits and symbols to ASCII), odd spaces to plain ones, and the letter-spacing that PDF extraction
 * leaves inside Chinese words and numbers (“一 级 指 标”, “≥2. 5%”) removed.
 */
public final class TextNormalizer {

  /** A bracketed note at the end of a text: 成本控制率(%), …申报表（2025年度）. */
  private static final Pattern TRAILING_NOTE = Pattern.compile("[（(][^）)]*[）)]$");

  private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2000-\\u200B\\u3000\\uFEFF]+");
  /** A space with a CJK character, digit or CJK punctuation on either side carries no meaning. */
  private static final Pattern SPACE_IN_CJK = Pattern.compile(
      "(?<=[\\p{IsHan}\\d%.:：，。、；（）()≥≤＞＜<>=~～\\-—/])\\s+|\\s+(?=[\\p{IsHan}\\d%.:：，。、；（）()≥≤<>=~～\\-—/])");

  private TextNormalizer() {}

  /** NFKC, spaces folded and letter-spacing removed, trimmed; null becomes "". */
  public static String clean(String text) {
    if (text == null) {
      return "";
    }
    String s = nfkc(text);
    if (!anySpace(s)) {
      return s; // nothing for the space folding, strip or the letter-spacing to change
    }
    s = SPACES.matcher(s).replaceAll(" ").strip();
    return SPACE_IN_CJK.matcher(s).replaceAll("");
  }

  /** The text without a bracketed note at its end (成本控制率(%) → 成本控制率); as it is without one. */
  public static String withoutTrailingNote(String text) {
    return TRAILING_NOTE.matcher(text).replaceFirst("");
  }

  /**
   * Spaces folded and letter-spacing removed, but otherwise as written (no NFKC): for labels and
   * headings shown back to the user (“运 行 成 本” → “运行成本”).
   */
  public static String despace(String text) {
    if (text == null) {
      return "";
    }
    if (!anySpace(text)) {
      return text;
    }
    String s = SPACES.matcher(text).replaceAll(" ").strip();
    return SPACE_IN_CJK.matcher(s).replaceAll("");
  }

  /**
   * Whether the text holds a character that {@link #SPACES}, {@code strip()} or the {@code \\s} of
   * {@link #SPACE_IN_CJK} would act on; without one, those leave it as it is.
   */
  private static boolean anySpace(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (surelyNoSpace(c)) {
        continue;
      }
      if (isSpacesChar(c) || Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A character no space test here accepts, told without Unicode's tables: printable ASCII but the
   * space, and everything above U+3000 but the BOM (every Unicode space is at or below U+3000).
   */
  private static boolean surelyNoSpace(char c) {
    return c > ' ' && c < 0x7F || c > '\u3000' && c != '\uFEFF';
  }

  /** Exactly the characters of {@link #SPACES}: {@code \\s} (ASCII), NBSP, U+2000–U+200B, U+3000, BOM. */
  private static boolean isSpacesChar(char c) {
    return c == ' ' || (c >= '\t' && c <= '\r') || c == '\u00A0' || (c >= '\u2000' && c <= '\u200B')
        || c == '\u3000' || c == '\uFEFF';
  }

  /**
   * Words compacted, the empty ones dropped, longest first — the order to try them in so that 万人次
   * wins over 人次; none when {@code words} is null.
   */
  public static java.util.List<String> longestFirst(java.util.Collection<String> words) {
    if (words == null) {
      return java.util.List.of();
    }
    return words.stream().map(TextNormalizer::compact).filter(w -> !w.isEmpty())
        .sorted(java.util.Comparator.comparingInt(String::length).reversed()).toList();
  }

  /**
   * {@link #compact} with punctuation and symbols removed too: the form in which two texts are
   * the same text written twice (copied names, explanations, sentences).
   */
  public static String bare(String text) {
    String s = compact(text);
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      if (isMark(cp)) {
        return without(s, i, TextNormalizer::isMark); // most texts have no mark: one cheap pass
      }
      i += Character.charCount(cp);
    }
    return s;
  }

  /**
   * The text without the code points {@code drop} names, from {@code first}, the first of them
   * (the text before it is kept as it is).
   */
  private static String without(String s, int first, java.util.function.IntPredicate drop) {
    StringBuilder out = new StringBuilder(s.length()).append(s, 0, first);
    for (int i = first; i < s.length(); ) {
      int cp = s.codePointAt(i);
      if (!drop.test(cp)) {
        out.appendCodePoint(cp);
      }
      i += Character.charCount(cp);
    }
    return out.toString();
  }

  /** What {@code [\p{P}\p{S}]} matches: a punctuation mark or a symbol. */
  private static boolean isMark(int cp) {
    if (cp >= '0' && cp <= '9' || cp >= 'A' && cp <= 'Z' || cp >= 'a' && cp <= 'z'
        || cp >= 0x4E00 && cp <= 0x9FFF) {
      return false; // letters, digits and the common Chinese characters, without Unicode's tables
    }
    int type = Character.getType(cp);
    return type >= Character.DASH_PUNCTUATION && type <= Character.FINAL_QUOTE_PUNCTUATION;
  }

  /** Like {@link #clean} but with every space removed: the form for value cells and name matching. */
  public static String compact(String text) {
    if (text == null) {
      return "";
    }
    if (text.length() < MEMO_MIN_LENGTH) {
      return compactNow(text);
    }
    // The readers and checks ask for the same cell's compact form many times: the cell's String
    // is the same object each time, so a small table by identity answers all but the first.
    Memo memo = MEMO.get();
    int slot = System.identityHashCode(text) & (Memo.SLOTS - 1);
    if (memo.texts[slot] == text) {
      return memo.compacted[slot];
    }
    String c = compactNow(text);
    memo.texts[slot] = text;
    memo.compacted[slot] = c;
    return c;
  }

  /** Shorter texts are compacted again: that costs less than finding them in the memo. */
  private static final int MEMO_MIN_LENGTH = 8;

  /** The last texts compacted on a thread, by identity hash; a few hundred KB at most. */
  private static final class Memo {
    static final int SLOTS = 1024;
    final String[] texts = new String[SLOTS];
    final String[] compacted = new String[SLOTS];
  }

  private static final ThreadLocal<Memo> MEMO = ThreadLocal.withInitial(Memo::new);

  private static String compactNow(String text) {
    String s = nfkc(text);
    // Every space is in the Basic Multilingual Plane: a surrogate pair is never one.
    for (int i = 0; i < s.length(); i++) {
      if (isSpace(s.charAt(i))) {
        return without(s, i, cp -> cp <= 0xFFFF && isSpace((char) cp));
      }
    }
    return s;
  }

  /** The characters {@link #SPACES} matches (U+001C–U+001F, which Java calls whitespace, not). */
  private static boolean isSpace(char c) {
    return !surelyNoSpace(c) && isSpacesChar(c);
  }

  /**
   * NFKC of the text, cheaply for what cells are made of: the text itself when NFKC leaves it as
   * it is; full-width ASCII forms (（）：，；％ and full-width digits, U+FF01–U+FF5E) and the
   * ideographic space mapped one for one, as NFKC maps them, when the rest is plain; else the
   * normaliser.
   */
  private static String nfkc(String text) {
    if (stableUnderNfkc(text)) {
      return text;
    }
    char[] out = new char[text.length()];
    for (int i = 0; i < out.length; i++) {
      char c = text.charAt(i);
      if (c >= '\uFF01' && c <= '\uFF5E') {
        out[i] = (char) (c - 0xFEE0);
      } else if (c == '\u3000') {
        out[i] = ' ';
      } else if (plain(c)) {
        out[i] = c;
      } else {
        return Normalizer.normalize(text, Normalizer.Form.NFKC);
      }
    }
    return new String(out);
  }

  /**
   * Whether NFKC leaves the text as it is, decided cheaply for what cells are made of: printable
   * ASCII, Chinese characters, CJK and general punctuation, ≥ ≤. Anything else (full-width forms,
   * compatibility characters) goes through the normaliser.
   */
  private static boolean stableUnderNfkc(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (!plain(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** A character NFKC leaves alone and that composes with none of the others. */
  private static boolean plain(char c) {
    return (c >= 0x20 && c < 0x7F) || c == '\t' || c == '\n' || c == '\r'
        || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3001 && c <= 0x3011)
        || (c >= 0x2010 && c <= 0x2027 && c != 0x2011 && c != 0x2017 && (c < 0x2024 || c > 0x2026))
        || c == '≥' || c == '≤' || c == '×' || c == '÷' || c == '·';
  }

  /** Whether the text is null or only characters of {@link #SPACES}. */
  public static boolean isBlank(String text) {
    if (text == null) {
      return true;
    }
    for (int i = 0; i < text.length(); i++) {
      if (!isSpacesChar(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
