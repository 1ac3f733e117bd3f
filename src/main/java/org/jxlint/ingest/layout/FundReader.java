package org.jxlint.ingest.layout;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.jxlint.config.LabelSet;
import org.jxlint.config.LayoutLexicon;
import org.jxlint.model.Amount;
import org.jxlint.model.FundItem;
import org.jxlint.model.SourceLocation;
import org.jxlint.text.Amounts;
import org.jxlint.text.TextNormalizer;

/**
 * Reads fund blocks (部门总体资金情况, 年度预算申请): a total with its parts, groups such as 收入构成 and
 * 按支出性质分 with their items, shares and the amounts of earlier years. Both layouts occur: a grid
 * with 当年金额 | 占比 | 近两年 columns, and label–amount pairs (“资金总额：922.75万元”).
 */
final class FundReader {

  private static final Pattern YEAR_COLUMN = Pattern.compile("^((?:19|20)\\d{2})年?度?$");
  private static final Pattern LABEL_AND_FIGURE = Pattern.compile("^([^\\d:：]{2,20}?)\\s*(\\d.*)$");
  private static final Pattern LEAD_IN = Pattern.compile("^\\s*其中\\s*[:：]?\\s*");

  private final LayoutLexicon layout;
  private final List<Node> top = new ArrayList<>();
  private Integer latestYear;

  FundReader(LayoutLexicon layout) {
    this.layout = layout;
  }

  Block start() {
    return new Block();
  }

  List<FundItem> result() {
    List<FundItem> out = new ArrayList<>();
    top.forEach(n -> out.add(n.build()));
    return out;
  }

  /** The latest year among 近两年 columns, if the document has them. */
  Integer latestYearColumn() {
    return latestYear;
  }

  private static final class Node {
    final String label;
    Amount amount;
    Amount share;
    final Map<String, Amount> years = new LinkedHashMap<>();
    final List<Node> children = new ArrayList<>();
    final SourceLocation location;

    Node(String label, SourceLocation location) {
      this.label = label;
      this.location = location;
    }

    FundItem build() {
      List<FundItem> kids = new ArrayList<>();
      children.forEach(c -> kids.add(c.build()));
      return new FundItem(label, amount, share, years, kids, location);
    }
  }

  /** One fund block, read row by row. */
  final class Block {
    private int amountCol = -1;
    private int shareCol = -1;
    private final Map<Integer, String> yearCols = new LinkedHashMap<>();
    private final TreeMap<Integer, Node> groupsByColumn = new TreeMap<>();
    private Node total;
    private Node group;
    /** Rows of labels only, by column, whose amounts stand in a row of figures below them. */
    private final List<TreeMap<Integer, Node>> labelRows = new ArrayList<>();
    /** Set once the figures under a label grid are read: the block ends there. */
    private boolean done;

    /** Reads one row; false when the row is not part of a fund block. */
    boolean row(RawBlock.Row row) {
      List<RawCell> cells = row.cells();
      if (headerRow(cells) || yearRow(cells)) {
        return true;
      }
      if (done || startsAnotherPart(cells)) {
        return false;
      }
      if (amountCol < 0 && figuresUnderLabels(cells)) {
        done = true;
        return true;
      }
      boolean labelsOnly = amountCol < 0
          && cells.stream().noneMatch(c -> c.text().chars().anyMatch(Character::isDigit));
      TreeMap<Integer, Node> rowNodes = new TreeMap<>();
      boolean understood = false;
      Set<Integer> consumed = new HashSet<>();
      for (int c = 0; c < cells.size(); c++) {
        String t = cells.get(c).text();
        if (TextNormalizer.isBlank(t) || consumed.contains(c)) {
          continue;
        }
        if (layout.fundStarts().startsWith(t) && !layout.fundTotals().startsWith(t)) {
          understood = true;
          String next = nextFilled(cells, c);
          if (amountCol < 0 && total == null && next != null && HeaderAmounts.isAmount(next)) {
            // 年度预算申请 | 854万（其中…）: the block's own figure is its total
            total = new Node(label(t), cells.get(c).location());
            total.amount = HeaderAmounts.parse(next);
            top.add(total);
          }
          continue;
        }
        if (layout.fundGroups().startsWith(t)) {
          Node g = new Node(label(t), cells.get(c).location());
          (total != null ? total.children : top).add(g);
          groupsByColumn.put(c, g);
          group = g;
          understood = true;
          continue;
        }
        if (HeaderAmounts.isAmount(t)) {
          continue;
        }
        String text = LEAD_IN.matcher(t).replaceFirst("");
        String amountText = null;
        int colon = LabelText.indexOfColon(text);
        java.util.regex.Matcher joined = LABEL_AND_FIGURE.matcher(text.strip());
        if (colon >= 0 && !text.substring(colon + 1).isBlank()) {
          amountText = text.substring(colon + 1).strip();
        } else if (colon < 0 && joined.matches() && HeaderAmounts.isAmount(joined.group(2))) {
          text = joined.group(1); // 总额10606.75万元: label and figure in one cell
          amountText = joined.group(2);
        } else if (amountCol >= 0) {
          amountText = textAt(cells, amountCol);
        } else {
          for (int k = c + 1; k < cells.size(); k++) {
            String next = cells.get(k).text();
            if (TextNormalizer.isBlank(next)) {
              continue;
            }
            if (HeaderAmounts.isAmount(next)) {
              amountText = next;
              consumed.add(k);
            }
            break;
          }
        }
        String label = label(text);
        if (label.isEmpty() || TextNormalizer.compact(label).length() > 30) {
          continue;
        }
        // A merged label cell shifts a row's figures left: find where its amount really stands.
        int offset = 0;
        if (amountCol >= 0 && colon < 0) {
          for (int k = c + 1; k < cells.size(); k++) {
            if (HeaderAmounts.isAmount(cells.get(k).text())) {
              offset = k < amountCol ? k - amountCol : 0;
              break;
            }
          }
          amountText = textAt(cells, amountCol + offset);
        }
        Amount amount = amountText == null || TextNormalizer.isBlank(amountText) ? null
            : HeaderAmounts.parse(amountText);
        Node target;
        if (layout.fundTotals().startsWith(label) && group != null && group.amount == null
            && isSumLine(label)) {
          target = group;
        } else if (layout.fundTotals().startsWith(label)) {
          target = new Node(label, cells.get(c).location());
          total = target;
          top.add(target);
        } else {
          target = new Node(label, cells.get(c).location());
          Map.Entry<Integer, Node> above = labelsOnly && !labelRows.isEmpty()
              ? labelRows.get(labelRows.size() - 1).floorEntry(c) : null;
          Map.Entry<Integer, Node> byColumn = groupsByColumn.floorEntry(c);
          Node parent = above != null ? above.getValue() : byColumn != null ? byColumn.getValue()
              : group != null ? group : total;
          (parent != null ? parent.children : top).add(target);
        }
        if (labelsOnly) {
          rowNodes.put(c, target);
        }
        target.amount = amount;
        if (shareCol >= 0 && !TextNormalizer.isBlank(textAt(cells, shareCol + offset))) {
          target.share = Amounts.parse(textAt(cells, shareCol + offset));
        }
        for (Map.Entry<Integer, String> y : yearCols.entrySet()) {
          String v = textAt(cells, y.getKey() + offset);
          target.years.put(y.getValue(), TextNormalizer.isBlank(v) ? null : Amounts.parse(v));
        }
        understood = true;
      }
      if (!rowNodes.isEmpty()) {
        labelRows.add(rowNodes);
      }
      return understood;
    }

    /**
     * A row of figures only, under rows of labels (本年度预计投入 | 财政资金 … / 中央 | 省级 … / 7 | 0
     * | 7): each figure belongs to the lowest label standing in its column.
     */
    private boolean figuresUnderLabels(List<RawCell> cells) {
      if (labelRows.isEmpty()) {
        return false;
      }
      boolean any = false;
      for (int c = 0; c < cells.size(); c++) {
        String t = cells.get(c).text();
        if (TextNormalizer.isBlank(t)) {
          continue;
        }
        if (!HeaderAmounts.isAmount(t)) {
          return false;
        }
        any = true;
      }
      if (!any) {
        return false;
      }
      for (int c = 0; c < cells.size(); c++) {
        String t = cells.get(c).text();
        if (TextNormalizer.isBlank(t)) {
          continue;
        }
        for (int r = labelRows.size() - 1; r >= 0; r--) {
          Node n = labelRows.get(r).get(c);
          if (n != null) {
            if (n.amount == null) {
              n.amount = HeaderAmounts.parse(t);
            }
            break;
          }
        }
      }
      labelRows.clear();
      return true;
    }

    private boolean isSumLine(String label) {
      return layout.fundSums().is(label) || layout.fundSubtotals().is(label);
    }

    private boolean headerRow(List<RawCell> cells) {
      boolean header = false;
      for (int c = 0; c < cells.size(); c++) {
        String t = cells.get(c).text();
        if (layout.amountHeaders().is(t)) {
          amountCol = c;
          header = true;
        } else if (layout.shareHeaders().is(t)) {
          shareCol = c;
          header = true;
        } else if (layout.yearsHeaders().is(t)) {
          header = true;
        }
      }
      return header;
    }

    private boolean yearRow(List<RawCell> cells) {
      Map<Integer, String> found = new LinkedHashMap<>();
      for (int c = 0; c < cells.size(); c++) {
        String t = TextNormalizer.compact(cells.get(c).text());
        if (t.isEmpty()) {
          continue;
        }
        var m = YEAR_COLUMN.matcher(t);
        if (!m.matches()) {
          return false;
        }
        found.put(c, m.group(1));
      }
      if (found.isEmpty()) {
        return false;
      }
      yearCols.putAll(found);
      for (String y : found.values()) {
        int year = Integer.parseInt(y);
        latestYear = latestYear == null ? year : Math.max(latestYear, year);
      }
      return true;
    }
  }

  /**
   * Whether the row's first filled cell is the label of what follows the funds on a form (a goal,
   * a paragraph such as 项目概况): the fund block ends there rather than read it as a fund line.
   */
  private boolean startsAnotherPart(List<RawCell> cells) {
    for (RawCell c : cells) {
      if (!TextNormalizer.isBlank(c.text())) {
        String t = c.text();
        return layout.annualGoals().startsWith(t) || layout.longTermGoals().startsWith(t)
            || layout.prose().startsWith(t);
      }
    }
    return false;
  }

  private static String nextFilled(List<RawCell> cells, int c) {
    for (int k = c + 1; k < cells.size(); k++) {
      if (!TextNormalizer.isBlank(cells.get(k).text())) {
        return cells.get(k).text();
      }
    }
    return null;
  }

  private static String textAt(List<RawCell> cells, int c) {
    return c >= 0 && c < cells.size() ? cells.get(c).text() : null;
  }

  /** The label without its colon and anything after it, spaces folded. */
  private static String label(String text) {
    int colon = LabelText.indexOfColon(text);
    String l = colon >= 0 ? text.substring(0, colon) : text;
    return TextNormalizer.despace(l);
  }
}
