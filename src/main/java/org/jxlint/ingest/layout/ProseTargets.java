package org.jxlint.ingest.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jxlint.config.ProseLexicon;
import org.jxlint.config.Vocabulary;
import org.jxlint.model.Indicator;
import org.jxlint.model.IndicatorTable;
import org.jxlint.model.Scope;
import org.jxlint.model.Section;
import org.jxlint.model.SourceLocation;
import org.jxlint.model.TableSource;
import org.jxlint.text.TargetValueParser;
import org.jxlint.text.TextNormalizer;

/**
 * Reads the indicators a document writes in sentences, after everything else was read: the prose
 * sections, and paragraphs outside them (a 项目公示's “6.绩效目标：…”). Text under an indicator
 * label (绩效指标, 产出指标 …) always becomes rows; text under a goal label (绩效目标, 带贫减贫机制)
 * only where the document has no indicator table and no indicator label, as in project notices.
 * The rows go into tables of their own, marked {@link TableSource#PROSE}.
 */
final class ProseTargets {

  private static final Pattern TRAILING_NOTE = Pattern.compile("\\s*[（(][^（）()]*[）)]\\s*$");
  private static final Pattern COLON_LABEL = Pattern.compile("^([^:：，,。；;]{1,24})[:：]\\s*(.*)$",
      Pattern.DOTALL);
  /** A numbered heading among paragraphs: 三、… (level 0) or （二）… (level 1). */
  private static final Pattern HEADING =
      Pattern.compile("^(?:([一二三四五六七八九十]+\\s*[、.．])|[（(][一二三四五六七八九十]+[)）])");
  private static final Pattern LONG_TERM = Pattern.compile("长期|实施期");
  /** A table's title on a line of its own (项目具体目标表): the prose stops before it. */
  private static final Pattern TABLE_TITLE = Pattern.compile("^[^，,。；;:：]{2,40}表$");
  private static final Pattern RAW_SPACE = Pattern.compile("[\\s\\u00A0\\u3000]+");
  private static final int FIELD_LABEL_MAX = 10;
  private static final int FIELD_VALUE_MAX = 20;
  private static final int NAME_MIN = 4;
  private static final int NAME_MAX = 100;

  private final ProseLexicon prose;
  private final ProseSplitter splitter;
  private final TargetValueParser values;

  ProseTargets(Vocabulary vocabulary, TargetValueParser values) {
    this.prose = vocabulary.prose();
    this.splitter = new ProseSplitter(prose, vocabulary.values(), vocabulary.frameworks());
    this.values = values;
  }

  /** A line of prose: a heading or a line of a section's text, or a paragraph. */
  record Line(String text, String raw, int depth, boolean heading, SourceLocation at, int group) {
    Line(String text, int depth, boolean heading, SourceLocation at, int group) {
      this(text, text, depth, heading, at, group);
    }
  }

  private enum Kind { INDICATOR, GOAL }

  /** A row found, before it becomes an {@link Indicator}. */
  private record Found(Kind kind, int group, String title, Scope scope, String level1,
      String level2, ProseSplitter.Row row, String evidence, SourceLocation at) {}

  /** The tables with the prose targets' tables after them. */
  List<IndicatorTable> with(List<IndicatorTable> tables, List<Section> sections,
      List<RawBlock> blocks) {
    boolean tableRows = tables.stream().anyMatch(t -> !t.indicators().isEmpty());
    java.util.Set<SourceLocation> read = new java.util.HashSet<>();
    for (IndicatorTable t : tables) {
      for (Indicator i : t.indicators()) {
        read.add(i.location());
        read.addAll(i.cells().values());
      }
    }
    read.remove(SourceLocation.NONE);
    List<Line> lines = lines(sections, blocks, tableRows, read);
    List<Found> found = read(lines);
    boolean indicatorLabels = found.stream().anyMatch(f -> f.kind == Kind.INDICATOR);
    List<Found> kept = found.stream()
        .filter(f -> f.kind == Kind.INDICATOR || !tableRows && !indicatorLabels).toList();
    kept = withoutRestated(blockDimensions(kept));
    if (kept.isEmpty()) {
      return tables;
    }
    List<IndicatorTable> out = new ArrayList<>(tables);
    int group = kept.get(0).group;
    List<Found> current = new ArrayList<>();
    for (Found f : kept) {
      if (f.group != group || !current.isEmpty() && f.scope != current.get(0).scope) {
        out.add(table(out.size() + 1, current));
        current = new ArrayList<>();
        group = f.group;
      }
      current.add(f);
    }
    out.add(table(out.size() + 1, current));
    return out;
  }

  /**
   * Where goal blocks name their rows' 一级 by their items' titles (七、绩效目标 with （一）经济效益 …),
   * a further goal block none of whose rows has one is a dimension of its own: its label is their
   * 一级 (八、带贫减贫机制 after them).
   */
  private static List<Found> blockDimensions(List<Found> found) {
    if (found.stream().noneMatch(f -> f.kind == Kind.GOAL && f.level1 != null)) {
      return found;
    }
    List<Found> out = new ArrayList<>();
    int start = 0;
    while (start < found.size()) {
      Found first = found.get(start);
      int end = start;
      boolean bare = true;
      while (end < found.size() && sameBlock(found.get(end), first)) {
        bare &= found.get(end).level1 == null && found.get(end).level2 == null;
        end++;
      }
      for (Found f : found.subList(start, end)) {
        boolean own = bare && f.kind == Kind.GOAL && f.title != null;
        out.add(own ? new Found(f.kind, f.group, f.title, f.scope, f.title, null, f.row,
            f.evidence, f.at) : f);
      }
      start = end;
    }
    return out;
  }

  private static final Pattern PERCENT = Pattern.compile("[%％]");

  /**
   * A count the next goal block restates (绩效目标: 项目覆盖83户159人, then 带贫减贫机制: 帮扶贫困户
   * 83户159人) is the same promise: its second row is left out. Rates (100%) repeat without being
   * one promise, and a block under the same label is another project's.
   */
  private static List<Found> withoutRestated(List<Found> found) {
    List<Found> out = new ArrayList<>();
    List<Found> previous = new ArrayList<>();
    List<Found> current = new ArrayList<>();
    for (Found f : found) {
      if (!current.isEmpty() && !sameBlock(current.get(0), f)) {
        previous = current;
        current = new ArrayList<>();
      }
      current.add(f);
      String t = f.row.target();
      boolean restated = f.kind == Kind.GOAL && t != null && !PERCENT.matcher(t).find()
          && previous.stream().anyMatch(o -> o.kind == Kind.GOAL
              && !java.util.Objects.equals(o.title, f.title) && t.equals(o.row.target()));
      if (!restated) {
        out.add(f);
      }
    }
    return out;
  }

  private static boolean sameBlock(Found a, Found b) {
    return a.group == b.group && java.util.Objects.equals(a.title, b.title);
  }

  private IndicatorTable table(int index, List<Found> rows) {
    List<Indicator> indicators = new ArrayList<>();
    for (Found f : rows) {
      String value = f.row.target();
      indicators.add(new Indicator(f.level1, f.level2, f.row.name(), null, value, null, null,
          null, null, null, List.of(), values.parse(null, value, null), f.at, Map.of(),
          f.evidence));
    }
    return new IndicatorTable(index, rows.get(0).scope, null, rows.get(0).title, indicators,
        rows.get(0).at, TableSource.PROSE);
  }

  // ---------------------------------------------------------------- the lines to read

  /**
   * The sections as lines, then the paragraphs no section holds (a notice's numbered fields
   * are not sections); the cells of rows too where the document has no indicator table, and
   * one-cell rows that no indicator table was read from. A table ends the prose before it.
   */
  private static List<Line> lines(List<Section> sections, List<RawBlock> blocks,
      boolean tableRows, java.util.Set<SourceLocation> read) {
    List<Line> out = new ArrayList<>();
    StringBuilder held = new StringBuilder();
    int group = 0;
    for (Section s : sections) {
      flatten(s, 0, group++, out, held);
    }
    String inSections = bare(held.toString());
    boolean broken = false;
    for (RawBlock b : blocks) {
      if (b instanceof RawBlock.Paragraph p) {
        broken = !paragraph(p.text(), p.location(), group, inSections, out) && broken;
      } else if (b instanceof RawBlock.Row r && !readRow(r, read)
          && (!tableRows || filled(r) == 1)) {
        // A row of one cell is a paragraph in a table's frame (a PDF, a CSV, a merged cell);
        // the cells of a wider row are texts of their own (a project list's 绩效目标 column).
        boolean wide = filled(r) > 1;
        for (RawCell c : r.cells()) {
          broken = !paragraph(c.text(), c.location(), wide ? ++group : group, inSections, out)
              && broken;
        }
        group += wide ? 1 : 0;
      } else if (!broken) {
        out.add(new Line("", -1, true, b.location(), group)); // a table ends the prose
        broken = true;
      }
    }
    return out;
  }

  /** A row an indicator table was read from. */
  private static boolean readRow(RawBlock.Row row, java.util.Set<SourceLocation> read) {
    return read.contains(row.location())
        || row.cells().stream().anyMatch(c -> read.contains(c.location()));
  }

  private static int filled(RawBlock.Row row) {
    return row.filled().size();
  }

  private static final Pattern PUNCTUATION = Pattern.compile("[:：。.,，;；、]");

  /** Text without spaces and punctuation, to tell whether a paragraph is held by a section. */
  private static String bare(String text) {
    return PUNCTUATION.matcher(TextNormalizer.compact(text)).replaceAll("");
  }

  /** Adds a paragraph no section holds; whether it did. */
  private static boolean paragraph(String text, SourceLocation at, int group, String inSections,
      List<Line> out) {
    if (TextNormalizer.isBlank(text) || inSections.contains(bare(text))) {
      return false;
    }
    for (String l : text.split("\n")) {
      if (!l.isBlank()) {
        String t = TextNormalizer.clean(l);
        Matcher h = HEADING.matcher(t);
        boolean heading = h.find();
        out.add(new Line(t, l, heading ? (h.group(1) != null ? 0 : 1) : 0, heading, at, group));
      }
    }
    return true;
  }

  private static void flatten(Section s, int depth, int group, List<Line> out,
      StringBuilder held) {
    if (s.heading() != null && !s.heading().isBlank()) {
      out.add(new Line(TextNormalizer.clean(s.heading()), s.heading(), depth, true, s.location(),
          group));
      held.append(s.heading()).append('\n');
    }
    if (s.text() != null) {
      for (String l : s.text().split("\\n")) {
        if (!l.isBlank()) {
          out.add(new Line(TextNormalizer.clean(l), depth, false, s.location(), group));
        }
      }
      held.append(s.text()).append('\n');
    }
    for (Section p : s.parts()) {
      flatten(p, depth + 1, group, out, held);
    }
  }

  // ---------------------------------------------------------------- reading

  /** The block of target text being read. */
  private static final class Block {
    final Kind kind;
    final int depth;
    final String title;
    final int group;
    final Scope scope;
    String level1;
    int level1Depth;
    final List<Line> body = new ArrayList<>();

    Block(Kind kind, int depth, String title, int group) {
      this.kind = kind;
      this.depth = depth;
      this.title = title;
      this.group = group;
      this.scope = LONG_TERM.matcher(TextNormalizer.compact(title)).find() ? Scope.LONG_TERM
          : Scope.ANNUAL;
    }
  }

  private List<Found> read(List<Line> lines) {
    List<Found> out = new ArrayList<>();
    Block block = null;
    for (Line line : lines) {
      if (block != null && line.group != block.group) {
        finish(block, out);
        block = null;
      }
      String text = ProseSplitter.unnumbered(line.text).strip();
      String label = null;
      String rest = "";
      Matcher colon = COLON_LABEL.matcher(text);
      if (colon.matches()) {
        label = colon.group(1).strip();
        rest = colon.group(2);
      } else if (line.heading) {
        String[] split = headingLabel(text, line.raw);
        label = split[0];
        rest = split[1];
      }
      Kind kind = label == null ? null : labelKind(label);
      if (kind != null && splitter.isLevel1(label)) {
        // 产出指标：… under a container keeps the container; elsewhere it starts a block.
        if (block == null || block.kind != Kind.INDICATOR || line.depth < block.depth) {
          finish(block, out);
          block = new Block(Kind.INDICATOR, line.depth, asWritten(label), line.group);
        } else {
          flush(block, out);
        }
        block.level1 = asWritten(label);
        block.level1Depth = line.depth;
        add(block, rest, line);
        continue;
      }
      if (kind != null) {
        finish(block, out);
        block = new Block(kind, line.depth, asWritten(label), line.group);
        add(block, rest, line);
        continue;
      }
      if (block == null) {
        if (label != null && colon.matches() && splitter.isDimension(label)
            && ProseLexicon.key(label).endsWith("指标")) {
          block = new Block(Kind.INDICATOR, line.depth, asWritten(label), line.group);
          add(block, line.text, line);
        }
        continue;
      }
      if (line.heading && line.depth <= block.depth || TABLE_TITLE.matcher(line.text).matches()) {
        finish(block, out);
        block = null;
        continue;
      }
      if (colon.matches() && !splitter.isDimension(label) && label.length() <= FIELD_LABEL_MAX
          && (ProseSplitter.numbered(line.text) || !line.heading)) {
        // 9.受益对象：… or 监督电话：…: the next field of a notice, not a target; 单位：万元
        // above a table.
        if (block.kind == Kind.GOAL || ProseSplitter.numbered(line.text)
            || rest.strip().length() <= FIELD_VALUE_MAX) {
          finish(block, out);
          block = null;
          continue;
        }
      }
      if (line.heading && block.kind == Kind.INDICATOR) {
        // 绩效目标内容2：… inside an indicator block: structure, not an item.
        flush(block, out);
        if (line.depth <= block.level1Depth) {
          block.level1 = null;
        }
        continue;
      }
      block.body.add(line);
    }
    finish(block, out);
    return out;
  }

  /**
   * A heading's label and the text after it. Cleaning closes the space between Chinese words, so
   * where the cleaned heading names no label, the label may end at a space of the heading as
   * written (“八、带贫减贫机制 项目采用…”).
   */
  private String[] headingLabel(String text, String raw) {
    int space = text.indexOf(' ');
    String[] split = space > 0 ? new String[] {text.substring(0, space), text.substring(space + 1)}
        : new String[] {text, ""};
    if (labelKind(split[0]) != null) {
      return split;
    }
    String written = ProseSplitter.unnumbered(raw.strip()).strip();
    Matcher gap = RAW_SPACE.matcher(written);
    while (gap.find()) {
      String label = TextNormalizer.clean(written.substring(0, gap.start()));
      if (labelKind(label) != null) {
        return new String[] {label, TextNormalizer.clean(written.substring(gap.end()))};
      }
    }
    return split;
  }

  private static void add(Block block, String rest, Line line) {
    if (rest != null && !rest.isBlank()) {
      block.body.add(new Line(rest, line.depth, false, line.at, line.group));
    }
  }

  private Kind labelKind(String label) {
    String k = ProseLexicon.key(label);
    if (k.isEmpty()) {
      return null;
    }
    if (splitter.isLevel1(k) && prose.indicatorLabels().contains(k)) {
      return Kind.INDICATOR;
    }
    if (splitter.isDimension(k)) {
      return null; // 社会效益指标：… labels an item, it does not start a block
    }
    for (String l : prose.indicatorLabels()) {
      if (k.endsWith(l)) {
        return Kind.INDICATOR;
      }
    }
    for (String l : prose.goalLabels()) {
      if (k.endsWith(l)) {
        return Kind.GOAL;
      }
    }
    return null;
  }

  private void finish(Block block, List<Found> out) {
    if (block != null) {
      flush(block, out);
    }
  }

  /** Turns the lines gathered so far into rows. */
  private void flush(Block block, List<Found> out) {
    if (block.body.isEmpty()) {
      return;
    }
    StringBuilder text = new StringBuilder();
    for (Line l : block.body) {
      text.append(l.text).append('\n');
    }
    SourceLocation at = block.body.get(0).at;
    block.body.clear();
    for (ProseSplitter.Item item : splitter.items(text.toString(), block.kind == Kind.GOAL)) {
      String level1 = block.level1;
      String level2 = null;
      if (item.title() != null) {
        String t = asWritten(item.title());
        if (splitter.isLevel1(t)) {
          // 效益指标：… after 产出指标：… in one cell: the items after it stand under it too.
          level1 = t;
          block.level1 = t;
        } else if (level1 != null) {
          level2 = t;
        } else if (block.kind == Kind.INDICATOR && splitter.isLevel2Only(t)) {
          level2 = t;
        } else {
          level1 = t;
        }
      }
      String body = item.body();
      if (body.isBlank() || body.endsWith(":") || body.endsWith("：")) {
        continue; // 指标如下： introduces a table
      }
      List<ProseSplitter.Row> rows;
      if (block.kind == Kind.INDICATOR) {
        rows = splitter.namedFigures(body) ? splitter.figureRows(body) : List.of();
        if (rows.isEmpty()) {
          rows = List.of(new ProseSplitter.Row(null, body));
        }
      } else if (splitter.anyFigure(body)) {
        rows = splitter.figureRows(body);
      } else if (item.title() == null) {
        // An untitled goal sentence lists its goals clause by clause.
        rows = splitter.goalClauses(body, NAME_MIN, NAME_MAX).stream()
            .map(n -> new ProseSplitter.Row(n, null)).toList();
      } else {
        // A titled item (社会效益：…) is one indicator, however many clauses describe it.
        String name = ProseSplitter.trim(body);
        rows = name.length() < NAME_MIN || name.length() > NAME_MAX ? List.of()
            : List.of(new ProseSplitter.Row(name, null));
      }
      for (ProseSplitter.Row r : rows) {
        out.add(new Found(block.kind, block.group, block.title, block.scope, level1, level2, r,
            body, at));
      }
    }
  }

  /** A label as the document writes it, without its colon and a parenthesised list after it. */
  private static String asWritten(String label) {
    String l = TextNormalizer.clean(label).replaceAll("[:：]+$", "");
    String bare = TRAILING_NOTE.matcher(l).replaceAll("");
    return bare.isEmpty() ? l : bare;
  }
}
