package org.jxlint.ingest.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Header fields written as a line of labels over a line of values ({@code 项目名称 主管部门 实施周期}
 * above {@code 某项目 某局 2025年-2027年}), as rows or as text apart by spaces: the two lines become
 * one row of label, value, label, value … as the side-by-side forms have them. A labels line with
 * several value lines under it is a list, and is left to the list reader.
 */
final class StackedFields {

  private static final Pattern SPACES = Pattern.compile("[ \\u3000\\t]+");
  private static final int MIN_FIELDS = 2;

  private final Predicate<String> label;

  /** {@code label} tells a cell that is exactly a header field's label. */
  StackedFields(Predicate<String> label) {
    this.label = label;
  }

  List<RawBlock> rebuild(List<RawBlock> blocks) {
    List<RawBlock> out = new ArrayList<>(blocks.size());
    for (int i = 0; i < blocks.size(); i++) {
      List<RawCell> labels = cells(blocks.get(i));
      List<RawCell> values = i + 1 < blocks.size() ? cells(blocks.get(i + 1)) : List.of();
      if (labels.size() < MIN_FIELDS || values.size() != labels.size()
          || !labels.stream().allMatch(c -> label.test(c.text()))
          || values.stream().anyMatch(c -> label.test(c.text()))
          || i + 2 < blocks.size() && cells(blocks.get(i + 2)).size() == labels.size()) {
        out.add(blocks.get(i));
        continue;
      }
      List<RawCell> row = new ArrayList<>();
      for (int c = 0; c < labels.size(); c++) {
        row.add(labels.get(c));
        row.add(values.get(c));
      }
      int table = blocks.get(i) instanceof RawBlock.Row r ? r.table() : 0;
      out.add(new RawBlock.Row(table, row, blocks.get(i).location()));
      i++;
    }
    return out;
  }

  /** The filled cells of a row, or of a paragraph split at spaces. */
  private static List<RawCell> cells(RawBlock block) {
    List<RawCell> out = new ArrayList<>();
    RawBlock line = FlatTables.line(block);
    if (line instanceof RawBlock.Paragraph p) {
      for (String s : SPACES.split(p.text().strip())) {
        if (!s.isEmpty()) {
          out.add(new RawCell(s, p.location()));
        }
      }
    } else if (block instanceof RawBlock.Row r) {
      out.addAll(r.filled());
    }
    return out;
  }
}
