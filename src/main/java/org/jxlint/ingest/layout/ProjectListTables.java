package org.jxlint.ingest.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jxlint.config.LabelSet;
import org.jxlint.config.Vocabulary;
import org.jxlint.model.Indicator;
import org.jxlint.model.IndicatorField;
import org.jxlint.model.IndicatorTable;
import org.jxlint.model.Scope;
import org.jxlint.model.SourceLocation;
import org.jxlint.model.TableSource;
import org.jxlint.nlp.Scripts;
import org.jxlint.text.TargetValueParser;
import org.jxlint.text.TextNormalizer;

/**
 * Project lists (衔接资金项目计划表, 扶贫项目实施情况表): one row per project, with a 项目名称 column and
 * one or more 绩效目标 columns whose cells are sentences (“完成8000米道路建设，解决群众2200人出行问题”),
 * sometimes split under the 绩效目标 header into 产出指标 / 效益指标 / 满意度指标. Each project becomes a
 * table of its own, its rows read from the sentences of its target cells.
 */
final class ProjectListTables {

  /** The columns of a project list: where the names stand, and each target column's 一级. */
  record Layout(int rows, int nameColumn, List<Integer> targetColumns, List<String> level1) {}

  private static final String TARGET_WORD = "绩效目标";
  private static final int LOOK_BELOW = 1;

  private final TableInterpreter tables;
  private final ProseSplitter splitter;
  private final TargetValueParser values;
  private final LabelSet projectName;

  ProjectListTables(Vocabulary vocabulary, TableInterpreter tables, TargetValueParser values) {
    this.tables = tables;
    this.values = values;
    this.splitter = new ProseSplitter(vocabulary.prose(), vocabulary.values(),
        vocabulary.frameworks());
    this.projectName = vocabulary.layout().project("name");
  }

  /** The header of a project list starting at {@code start}, if that row is one. */
  Optional<Layout> header(List<RawBlock.Row> run, int start) {
    RawBlock.Row top = run.get(start);
    if (top.cells().stream().noneMatch(c -> c.text().contains("目标") || c.text().contains("目標"))) {
      return Optional.empty(); // no 绩效目标 column: nothing to look up (most rows)
    }
    int name = -1;
    int target = -1;
    for (int c = 0; c < top.cells().size(); c++) {
      String k = Scripts.simplified(LabelSet.key(top.text(c)));
      if (name < 0 && !k.isEmpty() && projectName.is(k)) {
        name = c;
      } else if (target < 0 && k.contains(TARGET_WORD)) {
        target = c;
      }
    }
    if (name < 0 || target < 0) {
      return Optional.empty();
    }
    // Dimension sub-headers under the 绩效目标 cell (产出指标 | 效益指标 | 满意度指标).
    List<Integer> cols = new ArrayList<>();
    List<String> level1 = new ArrayList<>();
    if (start + LOOK_BELOW < run.size()) {
      RawBlock.Row below = run.get(start + 1);
      for (int c = target; c < below.cells().size(); c++) {
        if (c > target && !TextNormalizer.isBlank(top.text(c))) {
          break; // the next header cell of the top row: past the span of 绩效目标
        }
        String t = below.text(c);
        Optional<String> dim = tables.level1Of(t);
        if (dim.isPresent()) {
          cols.add(c);
          level1.add(TextNormalizer.despace(t));
        }
      }
    }
    if (!cols.isEmpty()) {
      return Optional.of(new Layout(2, name, cols, level1));
    }
    List<String> none = new ArrayList<>();
    none.add(null);
    return Optional.of(new Layout(1, name, List.of(target), none));
  }

  /**
   * The project rows below the header, each a table; returns how many rows were used (from
   * {@code start}, header included). A row without a project name ends the list; one with no
   * target either (a 合计 row) goes to {@code others}, to be read as an ordinary row.
   */
  int read(List<RawBlock.Row> run, int start, Layout layout, List<IndicatorTable> out,
      List<RawBlock.Row> others) {
    int i = start + layout.rows();
    List<RawBlock.Row> projects = new ArrayList<>();
    for (; i < run.size(); i++) {
      RawBlock.Row row = run.get(i);
      String project = row.text(layout.nameColumn());
      if (TextNormalizer.isBlank(project) || tables.isFigure(project)) {
        if (row.filled().isEmpty()) {
          continue;
        }
        if (layout.targetColumns().stream().allMatch(c -> TextNormalizer.isBlank(row.text(c)))) {
          others.add(row); // a total or note row of the list (合计 | 18个 | 1673.886)
          continue;
        }
        break;
      }
      projects.add(row);
    }
    java.util.Set<String> named = new java.util.HashSet<>();
    for (RawBlock.Row row : projects) {
      indicators(row, layout, java.util.Set.of()).forEach(r -> named.add(r.name()));
    }
    for (RawBlock.Row row : projects) {
      List<Indicator> indicators = indicators(row, layout, named);
      if (!indicators.isEmpty()) {
        out.add(new IndicatorTable(out.size() + 1, Scope.ANNUAL,
            TextNormalizer.despace(row.text(layout.nameColumn())), null, indicators,
            row.location(), TableSource.PROSE));
      }
    }
    return i - start;
  }

  /**
   * A project row's indicators, clause by clause: the figures its target cells promise, and a
   * clause without a figure that names what other projects of the list promise with one
   * (解决群众出行问题 beside 解决群众2200人出行问题), as that indicator without its value.
   */
  private List<Indicator> indicators(RawBlock.Row row, Layout layout, java.util.Set<String> named) {
    List<Indicator> indicators = new ArrayList<>();
    for (int k = 0; k < layout.targetColumns().size(); k++) {
      int col = layout.targetColumns().get(k);
      if (col >= row.cells().size()) {
        continue;
      }
      RawCell cell = row.cells().get(col);
      for (Part part : parts(cell.text(), layout.level1().get(k))) {
        for (String clause : splitter.clauses(part.text())) {
          List<ProseSplitter.Row> rows = splitter.figureRows(clause);
          String bare = splitter.cleanName(clause);
          if (rows.isEmpty() && named.contains(bare)) {
            rows = List.of(new ProseSplitter.Row(bare, null));
          }
          for (ProseSplitter.Row r : rows) {
            indicators.add(indicator(part, r, cell));
          }
        }
      }
    }
    return indicators;
  }

  /** A piece of a target cell and the 一级 it stands under. */
  private record Part(String level1, String text) {}

  /** A label and its colon inside a cell: “产出指标：…；效益指标：…”. */
  private static final java.util.regex.Pattern LABEL = java.util.regex.Pattern.compile(
      "(?:^|[；;。，,\\s])([^；;。，,:：\\s]{2,14})[:：]");

  /**
   * A cell cut at the dimension labels written inside it (产出指标：…；效益指标：…), each piece under its
   * label; a cell without such labels is one piece under the column's own 一级.
   */
  private List<Part> parts(String text, String columnLevel1) {
    List<Part> out = new ArrayList<>();
    java.util.regex.Matcher m = LABEL.matcher(text);
    String level1 = columnLevel1;
    int from = 0;
    while (m.find()) {
      String label = m.group(1);
      if (tables.level1Of(label).isEmpty() && tables.level2Of(label).isEmpty()) {
        continue;
      }
      if (m.start(1) > from) {
        out.add(new Part(level1, text.substring(from, m.start(1))));
      }
      level1 = TextNormalizer.despace(label);
      from = m.end();
    }
    out.add(new Part(level1, text.substring(from)));
    return out;
  }

  private Indicator indicator(Part part, ProseSplitter.Row r, RawCell cell) {
    SourceLocation at = cell.location();
    return new Indicator(part.level1(), null, r.name(), null, r.target(), null, null, null, null,
        null, List.of(), values.parse(null, r.target(), null), at,
        Map.of(IndicatorField.VALUE, at), ProseSplitter.trim(part.text()));
  }
}
