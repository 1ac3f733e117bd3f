package org.jxlint.ingest.layout;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.BitSet;

/**
 * Decodes a text file the way Chinese offices save them, decided once per file, never per cell:
 *
 * <ol>
 *   <li>a byte-order mark decides (UTF-8, UTF-16);
 *   <li>a file of nothing but zero bytes is no text at all ({@link Problem#ZEROS});
 *   <li>UTF-16 without a mark is told by its zero bytes, all on one side of each character pair;
 *   <li>other zero bytes — padding at the end of a file cut short, a stray one — are dropped and
 *       counted; many of them inside the file make it binary ({@link Problem#BINARY});
 *   <li>valid UTF-8 is UTF-8; UTF-8 but for a few bad bytes is still UTF-8, those bytes replaced by
 *       “�” and counted (one bad byte must not turn a whole file into GB18030 mojibake);
 *   <li>otherwise GB18030 (a superset of GBK) or Big5 (Taiwan, Hong Kong), whichever reads as more
 *       of the common characters of Chinese text.
 * </ol>
 */
public final class Charsets {

  public static final Charset GB18030 = Charset.forName("GB18030");
  /** Big5 as Windows writes it (code page 950), a superset of plain Big5. */
  public static final Charset BIG5 = Charset.isSupported("x-windows-950")
      ? Charset.forName("x-windows-950") : Charset.forName("Big5");

  /** How much of a file the choice between GB18030 and Big5 looks at. */
  private static final int SAMPLE = 64 * 1024;

  /** Why bytes are no text. */
  public enum Problem {
    /** Every byte is zero: a file whose content never reached the disk. */
    ZEROS,
    /** Zero and control bytes all through it: a binary file, not text. */
    BINARY
  }

  /**
   * A file's text and how it was read.
   *
   * @param charset the character set the text was read in; null when it is no text
   * @param replaced bytes that were not valid in that character set, each read as “�”
   * @param zeros zero bytes dropped from the text
   * @param problem why the bytes are no text; null when they are
   */
  public record Decoded(String text, Charset charset, int replaced, int zeros, Problem problem) {

    static Decoded no(Problem problem) {
      return new Decoded("", null, 0, 0, problem);
    }
  }

  private Charsets() {}

  /** The text of the bytes (empty when they are none). */
  public static String decode(byte[] bytes) {
    return read(bytes).text();
  }

  /** Whether the bytes are no text at all: all zeros, or binary. */
  public static boolean looksBinary(byte[] bytes) {
    return read(bytes).problem() != null;
  }

  /** The bytes read as text, with what had to be replaced or dropped on the way. */
  public static Decoded read(byte[] bytes) {
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      return lenient(bytes, 3, StandardCharsets.UTF_8, utf8Errors(bytes, 3).bad, 0);
    }
    // UTF-32's marks first: FF FE 00 00 also starts UTF-16LE's.
    if (startsWith(bytes, 0xFF, 0xFE, 0x00, 0x00)) {
      return lenient(bytes, 4, Charset.forName("UTF-32LE"), 0, 0);
    }
    if (startsWith(bytes, 0x00, 0x00, 0xFE, 0xFF)) {
      return lenient(bytes, 4, Charset.forName("UTF-32BE"), 0, 0);
    }
    if (startsWith(bytes, 0xFF, 0xFE)) {
      return utf16(bytes, 2, true);
    }
    if (startsWith(bytes, 0xFE, 0xFF)) {
      return utf16(bytes, 2, false);
    }
    if (binaryMagic(bytes)) {
      return Decoded.no(Problem.BINARY);
    }
    int zeros = 0;
    for (byte b : bytes) {
      zeros += b == 0 ? 1 : 0;
    }
    if (zeros == 0) {
      return checked(eightBit(bytes, 0));
    }
    if (zeros == bytes.length) {
      return Decoded.no(Problem.ZEROS);
    }
    Charset utf16 = utf16Order(bytes);
    if (utf16 != null) {
      String text = strict(bytes, utf16);
      if (text != null && plausible(text)) {
        return new Decoded(text, utf16, 0, 0, null);
      }
    }
    int end = bytes.length;
    while (end > 0 && bytes[end - 1] == 0) {
      end--; // padding of a file that was cut short or preallocated
    }
    int inside = zeros - (bytes.length - end);
    if (inside > Math.max(8, end / 100)) {
      return Decoded.no(Problem.BINARY);
    }
    byte[] rest = new byte[end - inside];
    for (int i = 0, k = 0; i < end; i++) {
      if (bytes[i] != 0) {
        rest[k++] = bytes[i];
      }
    }
    Decoded d = eightBit(rest, zeros);
    return checked(d);
  }

  /**
   * The first bytes of a picture, an archive, an Office or PDF file or a program: renamed, these
   * are no text however short they are.
   */
  private static boolean binaryMagic(byte[] b) {
    return startsWith(b, 0x89, 'P', 'N', 'G') || startsWith(b, 0xFF, 0xD8, 0xFF)
        || startsWith(b, 'G', 'I', 'F', '8') || startsWith(b, 'P', 'K', 3, 4)
        || startsWith(b, 'P', 'K', 5, 6) || startsWith(b, 0xD0, 0xCF, 0x11, 0xE0)
        || startsWith(b, '%', 'P', 'D', 'F', '-') || startsWith(b, 0x1F, 0x8B)
        || startsWith(b, '7', 'z', 0xBC, 0xAF) || startsWith(b, 'R', 'a', 'r', '!', 0x1A)
        || startsWith(b, 0x7F, 'E', 'L', 'F');
  }

  /** A file without zero bytes: UTF-8 (with a few bad bytes at most), GB18030 or Big5. */
  private static Decoded eightBit(byte[] bytes, int zeros) {
    Utf8Scan scan = utf8Errors(bytes, 0);
    if (scan.bad == 0) {
      return new Decoded(new String(bytes, StandardCharsets.UTF_8), StandardCharsets.UTF_8, 0,
          zeros, null);
    }
    // Chinese in UTF-8 is three bytes a character; GBK read as UTF-8 rarely makes one.
    if (scan.longSequences >= 3 && scan.longSequences >= 4L * scan.bad) {
      return lenient(bytes, 0, StandardCharsets.UTF_8, scan.bad, zeros);
    }
    Charset chosen = chinese(bytes);
    String mixed = byLine(bytes, chosen);
    if (mixed != null) {
      return new Decoded(mixed, StandardCharsets.UTF_8, count(mixed, '\uFFFD'), zeros, null);
    }
    String text = new String(bytes, chosen);
    return new Decoded(text, chosen, count(text, '\uFFFD'), zeros, null);
  }

  /**
   * A file put together from two (a UTF-8 export with lines pasted in from a GBK one): each line
   * in the encoding it is valid in — UTF-8 where it is, else {@code other}. Null unless some
   * lines hold Chinese in valid UTF-8 and others are not UTF-8 at all.
   */
  private static String byLine(byte[] bytes, Charset other) {
    java.util.List<int[]> lines = new java.util.ArrayList<>();
    int start = 0;
    for (int i = 0; i <= bytes.length; i++) {
      if (i == bytes.length || bytes[i] == '\n') {
        lines.add(new int[] {start, i == bytes.length ? i : i + 1});
        start = i + 1;
      }
    }
    int utf8 = 0;
    int not = 0;
    boolean[] valid = new boolean[lines.size()];
    for (int k = 0; k < lines.size(); k++) {
      int[] l = lines.get(k);
      byte[] line = java.util.Arrays.copyOfRange(bytes, l[0], l[1]);
      Utf8Scan scan = utf8Errors(line, 0);
      valid[k] = scan.bad == 0;
      utf8 += scan.bad == 0 && scan.longSequences > 0 ? 1 : 0;
      not += scan.bad > 0 ? 1 : 0;
    }
    if (utf8 < 2 || not < 2) {
      return null;
    }
    StringBuilder b = new StringBuilder(bytes.length);
    for (int k = 0; k < lines.size(); k++) {
      int[] l = lines.get(k);
      b.append(new String(bytes, l[0], l[1] - l[0], valid[k] ? StandardCharsets.UTF_8 : other));
    }
    return b.toString();
  }

  /** GB18030 unless Big5 reads as clearly more common Chinese characters. */
  private static Charset chinese(byte[] bytes) {
    int n = Math.min(bytes.length, SAMPLE);
    double gb = commonShare(new String(bytes, 0, n, GB18030));
    double big5 = commonShare(new String(bytes, 0, n, BIG5));
    return big5 > gb + 0.1 ? BIG5 : GB18030;
  }

  /**
   * The share of a text's characters outside ASCII that are common in Chinese writing
   * (simplified or traditional); characters no encoder meant (“�”, private use) count against it.
   */
  static double commonShare(String text) {
    double score = 0;
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x80) {
        continue;
      }
      n++;
      if (Common.SET.get(c) || c >= 0x3000 && c <= 0x303F || c >= 0xFF01 && c <= 0xFF5E) {
        score += 1;
      } else if (c == '\uFFFD' || c >= 0xE000 && c <= 0xF8FF) {
        score -= 2;
      }
    }
    return n == 0 ? 0 : score / n;
  }

  /** The 3,755 common characters of GB2312 and the 5,401 of Big5, read once. */
  private static final class Common {
    static final BitSet SET = build();

    private static BitSet build() {
      BitSet set = new BitSet(0x10000);
      add(set, Charset.forName("GB2312"), 0xB0, 0xD7, 0xA1, 0xFE, 0xA1, 0xFE);
      add(set, Charset.forName("Big5"), 0xA4, 0xC6, 0x40, 0x7E, 0xA1, 0xFE);
      return set;
    }

    private static void add(BitSet set, Charset cs, int lead0, int lead1, int a0, int a1, int b0,
        int b1) {
      CharsetDecoder d = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT);
      for (int lead = lead0; lead <= lead1; lead++) {
        for (int trail = a0; trail <= b1; trail++) {
          if (trail > a1 && trail < b0) {
            continue;
          }
          try {
            CharBuffer c = d.reset().decode(ByteBuffer.wrap(new byte[] {(byte) lead,
                (byte) trail}));
            if (c.length() == 1 && c.charAt(0) >= 0x3400 && c.charAt(0) <= 0x9FFF) {
              set.set(c.charAt(0));
            }
          } catch (CharacterCodingException e) {
            // a hole in the table
          }
        }
      }
    }
  }

  /** A character set as people call it: UTF-8, UTF-16, GB18030, Big5. */
  public static String label(Charset cs) {
    if (cs == null) {
      return "";
    }
    if (cs.equals(BIG5) || cs.name().startsWith("Big5")) {
      return "Big5";
    }
    return cs.name().startsWith("UTF-16") ? "UTF-16" : cs.name();
  }

  /** Decoded with bad bytes as “�”. */
  private static Decoded lenient(byte[] bytes, int from, Charset cs, int replaced, int zeros) {
    return new Decoded(new String(bytes, from, bytes.length - from, cs), cs, replaced, zeros,
        null);
  }

  /**
   * UTF-16 code unit by code unit: a surrogate without its partner (half of a cut emoji) becomes
   * one “�” and is counted, the character after it kept — Java's decoder takes the next unit (a
   * tab, say) with it, which shifts every cell after it.
   */
  private static Decoded utf16(byte[] bytes, int from, boolean little) {
    StringBuilder b = new StringBuilder((bytes.length - from) / 2 + 1);
    int replaced = 0;
    int n = (bytes.length - from) / 2;
    for (int k = 0; k < n; k++) {
      int i = from + 2 * k;
      char c = little ? (char) ((bytes[i] & 0xFF) | (bytes[i + 1] & 0xFF) << 8)
          : (char) ((bytes[i] & 0xFF) << 8 | (bytes[i + 1] & 0xFF));
      b.append(c);
    }
    if ((bytes.length - from) % 2 != 0) {
      b.append('\uFFFD');
      replaced++;
    }
    for (int i = 0; i < b.length(); i++) {
      char c = b.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < b.length()
          && Character.isLowSurrogate(b.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        b.setCharAt(i, '\uFFFD');
        replaced++;
      }
    }
    return new Decoded(b.toString(), little ? StandardCharsets.UTF_16LE
        : StandardCharsets.UTF_16BE, replaced, 0, null);
  }

  /** Text that has control characters all through it is a binary file after all. */
  private static Decoded checked(Decoded d) {
    return d.problem() == null && !plausible(d.text()) ? Decoded.no(Problem.BINARY) : d;
  }

  /** At most a few control characters (tab and line breaks are text), and few “�”. */
  private static boolean plausible(String text) {
    int controls = 0;
    int replaced = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x0B
          && c != 0x1B) {
        controls++;
      } else if (c == '\uFFFD') {
        replaced++;
      }
    }
    int n = Math.max(text.length(), 1);
    return controls <= Math.max(4, n / 100) && replaced <= Math.max(8, n / 4);
  }

  /**
   * UTF-16 without a byte-order mark: text in it has ASCII characters (digits, line breaks),
   * whose zero bytes all stand on one side of the pairs. A zero on the other side is a character
   * U+xx00, which in Chinese text is a CJK one (一 is U+4E00) or the ideographic space. Null when
   * the zeros say neither order.
   */
  private static Charset utf16Order(byte[] bytes) {
    if (bytes.length % 2 != 0 && bytes[bytes.length - 1] != 0) {
      return null; // an odd length with a last byte of text is no sequence of pairs
    }
    int n = Math.min(bytes.length, SAMPLE) & ~1;
    int le = 0;
    int notLe = 0;
    int be = 0;
    int notBe = 0;
    for (int i = 0; i < n; i += 2) {
      int first = bytes[i] & 0xFF;
      int second = bytes[i + 1] & 0xFF;
      if (second == 0 && first != 0) {
        le++; // ASCII in UTF-16LE
        notBe += wholeHundred(first) ? 0 : 1;
      } else if (first == 0 && second != 0) {
        be++;
        notLe += wholeHundred(second) ? 0 : 1;
      } else if (first == 0) {
        notLe++; // U+0000 is no text
        notBe++;
      }
    }
    if (le >= 2 && le >= 8 * notLe && le > be) {
      return StandardCharsets.UTF_16LE;
    }
    if (be >= 2 && be >= 8 * notBe && be > le) {
      return StandardCharsets.UTF_16BE;
    }
    return null;
  }

  /** Whether U+xx00 is a character Chinese text holds: a CJK ideograph, the ideographic space. */
  private static boolean wholeHundred(int high) {
    return high >= 0x4E && high <= 0x9F || high == 0x30;
  }

  private static String strict(byte[] bytes, Charset cs) {
    try {
      return cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, 0, bytes.length & ~1)).toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  /** Bad bytes of UTF-8, and valid sequences of three or four bytes (CJK and beyond). */
  private record Utf8Scan(int bad, int longSequences) {}

  private static Utf8Scan utf8Errors(byte[] b, int from) {
    int bad = 0;
    int longs = 0;
    int i = from;
    while (i < b.length) {
      int c = b[i] & 0xFF;
      if (c < 0x80) {
        i++;
        continue;
      }
      int len;
      int lo = 0x80;
      int hi = 0xBF;
      if (c >= 0xC2 && c <= 0xDF) {
        len = 2;
      } else if (c >= 0xE0 && c <= 0xEF) {
        len = 3;
        lo = c == 0xE0 ? 0xA0 : 0x80;
        hi = c == 0xED ? 0x9F : 0xBF;
      } else if (c >= 0xF0 && c <= 0xF4) {
        len = 4;
        lo = c == 0xF0 ? 0x90 : 0x80;
        hi = c == 0xF4 ? 0x8F : 0xBF;
      } else {
        bad++;
        i++;
        continue;
      }
      int k = 1;
      while (k < len && i + k < b.length) {
        int t = b[i + k] & 0xFF;
        if (t < (k == 1 ? lo : 0x80) || t > (k == 1 ? hi : 0xBF)) {
          break;
        }
        k++;
      }
      if (k == len) {
        longs += len >= 3 ? 1 : 0;
        i += len;
      } else {
        bad++;
        i += k; // the maximal valid part counts as one bad sequence, as decoders replace it
      }
    }
    return new Utf8Scan(bad, longs);
  }

  private static int count(String s, char c) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      n += s.charAt(i) == c ? 1 : 0;
    }
    return n;
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
