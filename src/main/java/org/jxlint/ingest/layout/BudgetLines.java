package org.jxlint.ingest.layout;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.jxlint.config.HeaderLexicon;
import org.jxlint.config.LabelSet;
import org.jxlint.config.LayoutLexicon;
import org.jxlint.model.Amount;
import org.jxlint.model.FundItem;
import org.jxlint.model.SourceLocation;
import org.jxlint.text.TextNormalizer;

/**
 * A budget written outside any fund block, kept in case nothing better is found: a total label
 * on a line of its own (its figure on the same or the next line), a row of its own holding a sum
 * (某某区合计 | 1673.886), and a figure in a sentence (安排资金50万元) — in that order of trust.
 */
final class BudgetLines {

  private static final int LABELLED = 0;
  private static final int SUM_ROW = 1;
  private static final int SENTENCE = 2;

  private final LayoutLexicon layout;
  private final HeaderLexicon words;
  private final FundItem[] found = new FundItem[3];

  BudgetLines(LayoutLexicon layout, HeaderLexicon words) {
    this.layout = layout;
    this.words = words;
  }

  /**
   * A line, its enumerator removed ({@code bare}); returns what to do with the next line when a
   * total label stands alone on this one, else null.
   */
  Consumer<String> line(String text, String bare, SourceLocation at) {
    LabelSet labels = layout.fundTotals().startsWith(bare) ? layout.fundTotals()
        : layout.project("total").startsWith(bare) ? layout.project("total") : null;
    if (labels == null) {
      HeaderAmounts.inSentence(text, words.amountWords(), words.amountWordsAfter())
          .ifPresent(f -> offer(SENTENCE, f.label(), f.amount(), at));
      return null;
    }
    String label = labels.leadingLabel(bare).orElse(TextNormalizer.compact(bare));
    String rest = LabelText.afterAny(bare, labels);
    if (HeaderAmounts.isAmount(rest)) {
      offer(LABELLED, label, HeaderAmounts.parse(rest), at);
    } else if (TextNormalizer.isBlank(rest)) {
      return next -> {
        if (HeaderAmounts.isAmount(next)) {
          offer(LABELLED, label, HeaderAmounts.parse(next), at);
        }
      };
    }
    return null;
  }

  /** A budget label and the value beside it. */
  void labelled(String label, String value, SourceLocation at) {
    if (HeaderAmounts.isAmount(value)) {
      offer(LABELLED, TextNormalizer.despace(label), HeaderAmounts.parse(value), at);
    }
  }

  /** A row whose cell {@code c} is a sum label (…合计, 总计) followed by a figure. */
  void sumRow(RawBlock.Row row, int c) {
    String label = TextNormalizer.compact(row.text(c));
    if (label.length() > 12 || !layout.fundSums().suffixOf(label)) {
      return;
    }
    for (int k = c + 1; k < row.cells().size(); k++) {
      String t = row.text(k);
      Amount a = HeaderAmounts.parse(t);
      if (a != null && a.value() != null && (HeaderAmounts.unitOf(a).isPresent()
          || TextNormalizer.compact(t).matches("[\\d.,]+"))) {
        offer(SUM_ROW, TextNormalizer.despace(row.text(c)), a, row.cells().get(c).location());
        return;
      }
    }
  }

  /** The most trusted budget found, as a fund item; null when none. */
  FundItem best() {
    for (FundItem f : found) {
      if (f != null) {
        return f;
      }
    }
    return null;
  }

  /** The figure of {@link #best()}, or null. */
  Amount amount() {
    FundItem f = best();
    return f == null ? null : f.amount();
  }

  private void offer(int rank, String label, Amount amount, SourceLocation at) {
    if (found[rank] == null && amount != null && amount.value() != null) {
      found[rank] = new FundItem(label, amount, null, Map.of(), List.of(), at);
    }
  }
}
