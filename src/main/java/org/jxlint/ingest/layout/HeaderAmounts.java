package org.jxlint.ingest.layout;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jxlint.model.Amount;
import org.jxlint.model.MoneyUnit;
import org.jxlint.text.Amounts;
import org.jxlint.text.TextNormalizer;

/**
 * Money as a form's header writes it: a figure alone (164万元), a figure followed by its
 * explanation (854万（其中上级资金400万元）), or a figure inside a sentence (安排资金50万元).
 */
final class HeaderAmounts {

  /** A figure, its unit, then nothing or a bracketed explanation. */
  private static final Pattern LEADING = Pattern.compile(
      "^[¥￥]?([+-]?\\d+(?:,\\d{3})*(?:\\.\\d+)?)(" + MoneyUnit.ALTERNATIVES
          + "|万)?(?:[(（].*)?$");
  private static final Pattern FIGURE_UNIT = Pattern.compile(
      "(\\d+(?:,\\d{3})*(?:\\.\\d+)?)(" + MoneyUnit.ALTERNATIVES + "|万)");

  private HeaderAmounts() {}

  /** The figure with its value; the value is null when the text does not begin with one. */
  static Amount parse(String raw) {
    Amount exact = Amounts.parse(raw);
    if (exact == null || exact.value() != null) {
      return exact;
    }
    Matcher m = LEADING.matcher(TextNormalizer.compact(raw));
    return m.matches() ? new Amount(raw, new BigDecimal(m.group(1).replace(",", ""))) : exact;
  }

  /** Whether the text is a figure as {@link #parse} reads it. */
  static boolean isAmount(String raw) {
    Amount a = parse(raw);
    return a != null && a.value() != null;
  }

  /** The money unit written right after the leading figure (164万元, 854万（…）), if any. */
  static Optional<MoneyUnit> unitOf(Amount amount) {
    if (amount == null || amount.raw() == null) {
      return Optional.empty();
    }
    Matcher m = LEADING.matcher(TextNormalizer.compact(amount.raw()));
    if (!m.matches() || m.group(2) == null) {
      return Optional.empty();
    }
    return MoneyUnit.fromLabel(m.group(2).equals("万") ? "万元" : m.group(2));
  }

  /** The pattern of a figure after each lead word, compiled once. */
  /** The pattern of a figure before each following word, compiled once. */
  private static final java.util.Map<String, Pattern> BEFORE_WORD =
      new java.util.concurrent.ConcurrentHashMap<>();
  private static final java.util.Map<String, Pattern> AFTER_WORD =
      new java.util.concurrent.ConcurrentHashMap<>();

  /**
   * A figure in a sentence, after one of {@code words} (“共投入资金1080万元”) or right before one of
   * {@code wordsAfter} (“资金500万元下达给你局”), with the words that told it; the first in the text.
   */
  static Optional<Found> inSentence(String text, List<String> words, List<String> wordsAfter) {
    String k = TextNormalizer.compact(text);
    Found best = null;
    for (String w : wordsAfter) {
      if (!k.contains(w)) {
        continue;
      }
      Matcher m = BEFORE_WORD.computeIfAbsent(w, x -> Pattern.compile(FIGURE_UNIT.pattern()
          + Pattern.quote(x))).matcher(k);
      if (m.find() && (best == null || m.start() < best.start)) {
        best = new Found(w, new Amount(m.group(1) + m.group(2),
            new BigDecimal(m.group(1).replace(",", ""))), m.start());
      }
    }
    for (String w : words) {
      if (!k.contains(w)) {
        continue; // most sentences name no amount: no pattern to run
      }
      Matcher m = AFTER_WORD.computeIfAbsent(w, x -> Pattern.compile(Pattern.quote(x)
          + "([^\\d，。；;,、]{0,12}?)[:：]?" + FIGURE_UNIT.pattern())).matcher(k);
      if (m.find() && (best == null || m.start() < best.start)) {
        String label = (w + m.group(1)).replaceAll("[:：]$", "");
        best = new Found(label, new Amount(m.group(2) + m.group(3),
            new BigDecimal(m.group(2).replace(",", ""))), m.start());
      }
    }
    return Optional.ofNullable(best);
  }

  /** An amount found in a sentence and the words that introduced it. */
  record Found(String label, Amount amount, int start) {}
}
