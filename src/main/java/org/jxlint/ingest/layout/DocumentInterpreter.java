package org.jxlint.ingest.layout;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jxlint.config.LabelSet;
import org.jxlint.config.LayoutLexicon;
import org.jxlint.config.Vocabulary;
import org.jxlint.model.Goal;
import org.jxlint.model.HistoryValue;
import org.jxlint.model.Indicator;
import org.jxlint.model.IndicatorTable;
import org.jxlint.model.MetaField;
import org.jxlint.model.MoneyUnit;
import org.jxlint.model.Project;
import org.jxlint.model.ReadingNote;
import org.jxlint.model.Scope;
import org.jxlint.model.SourceLocation;
import org.jxlint.model.Submission;
import org.jxlint.model.SubmissionKind;
import org.jxlint.model.YearBasis;
import org.jxlint.nlp.Scripts;
import org.jxlint.text.DateText;
import org.jxlint.text.TargetValueParser;
import org.jxlint.text.TextNormalizer;

/**
 * Turns the paragraphs and rows any reader found into a {@link Submission}: the indicator tables,
 * and around them the header fields, fund blocks, projects, goals and prose. One interpreter serves
 * every format, so a Word file, its PDF and the text pasted from it read the same.
 */
public final class DocumentInterpreter {

  private static final Pattern TITLE_YEAR =
      Pattern.compile("(?<![上下本当去明前])((?:19|20)\\d{2})\\s*年\\s*度");
  private static final Pattern ANY_YEAR = Pattern.compile("((?:19|20)\\d{2})\\s*年");
  private static final Pattern DATE_IN_TEXT = Pattern.compile(
      "((?:19|20)\\d{2})\\s*[年.\\-/]\\s*(\\d{1,2})\\s*[月.\\-/]\\s*(\\d{1,2})\\s*日?");
  private static final Pattern MONEY_UNIT = Pattern.compile(
      "(?:单位\\s*[:：]\\s*|[（(]\\s*)(亿元|万元|千元|元)");
  private static final Pattern CODED_ORGANISATION = Pattern.compile("^\\d{3,}\\s*(\\S.+)$");
  private static final Pattern HEADING_1 = Pattern.compile("^[一二三四五六七八九十]+\\s*[、.．]");
  private static final Pattern HEADING_2 = Pattern.compile("^[（(][一二三四五六七八九十]+[)）]");
  private static final Pattern PART_MARK = Pattern.compile("^第[一二三四五六七八九十]+部分");
  private static final Pattern PROJECT_TITLE =
      Pattern.compile("^\\d+\\s*[.．、]\\s*\\S.*绩效目标(?:申报|批复)?表$");
  /** Header words of an indicator table: where they stand, a table was meant to be read. */
  private static final Pattern TABLE_WORDS = Pattern.compile("(?:一级|二级|三级)指标|^指标值");
  private static final Pattern TITLE = Pattern.compile(".*绩效.*(?:表|目标)$");

  /**
   * The project fields in the order a label is tried: the more specific spellings first
   * (“其中：财政资金” before a bare total), schedule last because it is read as a whole row.
   */
  private static final List<String> PROJECT_FIELDS = List.of("name", "code", "category", "fiscal",
      "other", "total", "annual", "purpose", "goal", "period", "schedule");

  private final LayoutLexicon layout;
  private final TableInterpreter tables;
  private final ProjectListTables projectLists;
  private final List<String> orgSuffixes;
  private final ProseTargets proseTargets;

  public DocumentInterpreter(Vocabulary vocabulary, TargetValueParser values) {
    this.layout = vocabulary.layout();
    this.tables = new TableInterpreter(vocabulary, values);
    this.projectLists = new ProjectListTables(vocabulary, tables, values);
    this.proseTargets = new ProseTargets(vocabulary, values);
    this.orgSuffixes = layout.organisationSuffixes();
  }

  public Submission interpret(RawDocument document, String source) {
    return new Run(document).interpret(source);
  }

  /** The state of reading one document, top to bottom. */
  private final class Run {
    private final List<RawBlock> blocks;
    private final String layoutName;
    private String title;
    private SourceLocation titleAt;
    private String unitName;
    private String unitFromTitle;
    /** Header fields whose label stood beside an empty cell. */
    private final Set<MetaField> leftBlank = java.util.EnumSet.noneOf(MetaField.class);
    private String unitFromCode;
    private Integer year;
    private YearBasis yearBasis;
    private LocalDate filingDate;
    private MoneyUnit moneyUnit;
    private final Map<MetaField, SourceLocation> metaAt = new EnumMap<>(MetaField.class);
    private final List<Goal> goals = new ArrayList<>();
    private final List<IndicatorTable> tableList = new ArrayList<>();
    private final List<Project> projects = new ArrayList<>();
    private final List<ReadingNote> readingNotes = new ArrayList<>();
    /** Where an indicator table was expected (its header words stand outside any table). */
    private ReadingNote expectedTable;
    private final ProseBuilder prose = new ProseBuilder(layout);
    private final FundReader funds = new FundReader(layout);
    private final Map<Integer, GoalHeader> pendingGoalColumns = new LinkedHashMap<>();
    private ProjectBuilder project;
    private ProjectListHeader projectList;
    private FundReader.Block fundBlock;
    private String pendingTableTitle;
    /** The scope a heading above the next table gave it (“中长期绩效指标”). */
    private Scope pendingScope;
    private Runnable continuation;
    private boolean awaitingPurpose;
    /** The time points of a schedule row, by column, until the row of shares below it. */
    private Map<Integer, String> schedulePoints;

    Run(RawDocument document) {
      this.blocks = new FlatTables(tables, t -> layout.footer().prefixOf(t)
          || isOrganisation(TextNormalizer.compact(t))).rebuild(withoutMargins(document.blocks()), null,
          readingNotes);
      this.layoutName = document.layout();
    }

    Submission interpret(String source) {
      List<RawBlock.Row> run = new ArrayList<>();
      for (int i = 0; i < blocks.size(); i++) {
        RawBlock block = blocks.get(i);
        if (block instanceof RawBlock.Paragraph p) {
          paragraph(p);
          continue;
        }
        // Gather the run of rows from here, so that a table's header can look ahead.
        run.clear();
        int j = i;
        while (j < blocks.size() && blocks.get(j) instanceof RawBlock.Row r) {
          run.add(r);
          j++;
        }
        int consumed = rows(run);
        i += consumed - 1;
      }
      finishProject();
      if (TextNormalizer.isBlank(unitName)) {
        unitName = unitFromTitle != null ? unitFromTitle : unitFromCode;
      } else {
        leftBlank.remove(MetaField.UNIT_NAME); // a later label had it
      }
      if (year == null) {
        inferYear();
      }
      List<IndicatorTable> finalTables =
          proseTargets.with(withHistoryYears(tableList), prose.result(), blocks);
      if (expectedTable != null && finalTables.stream()
          .allMatch(t -> t.fromProse() || t.indicators().isEmpty())) {
        readingNotes.add(expectedTable); // header words, yet no table read: jxlint's failure
      }
      SubmissionKind kind = kind();
      boolean rebuilt = readingNotes.stream()
          .anyMatch(n -> ReadingNote.RECONSTRUCTED_CELLS.equals(n.kind()));
      return new Submission(source, rebuilt ? layoutName + "+rebuilt" : layoutName, title,
          unitName, year, kind, filingDate,
          moneyUnit, funds.result(), projects, goals, prose.result(), finalTables, metaAt,
          year == null ? null : yearBasis, leftBlank, readingNotes);
    }

    // ------------------------------------------------------------ rows

    /** Reads a run of consecutive rows; returns how many rows it used (all of them). */
    private int rows(List<RawBlock.Row> run) {
      int i = 0;
      while (i < run.size()) {
        Optional<ProjectListTables.Layout> list = projectLists.header(run, i);
        if (list.isPresent()) {
          for (int h = i; h < i + list.get().rows(); h++) {
            scanMoneyUnit(run.get(h));
          }
          List<IndicatorTable> read = new ArrayList<>();
          i += projectLists.read(run, i, list.get(), read);
          for (IndicatorTable t : read) {
            tableList.add(new IndicatorTable(tableList.size() + 1, t.scope(), t.project(),
                t.title(), t.indicators(), t.location(), t.from()));
          }
          continue;
        }
        Optional<TableHeader> header = tables.header(run, i, year);
        if (header.isEmpty()) {
          header = tables.headerFromContent(run, i);
        }
        if (header.isPresent()) {
          i = table(run, i, header.get());
          continue;
        }
        row(run.get(i));
        i++;
      }
      return run.size();
    }

    private int table(List<RawBlock.Row> run, int start, TableHeader header) {
      fundBlock = null;
      projectList = null;
      continuation = null;
      prose.close();
      int bodyStart = start + header.rows();
      int end = bodyStart;
      while (end < run.size() && !endsTable(run, end)) {
        end++;
      }
      List<RawBlock.Row> body = run.subList(bodyStart, end);
      TableHeader settled = tables.settle(header, body);
      noteGuesses(settled, run.get(start));
      String projectName = null;
      if (project != null) {
        projectName = project.name;
        finishProject();
      }
      List<Integer> targets = settled.valueColumns();
      Scope cue = pendingScope;
      pendingScope = null;
      if (targets.size() <= 1) {
        Scope scope = settled.longTerm() ? Scope.LONG_TERM
            : targets.isEmpty() ? Scope.ANNUAL : settled.scopes().get(targets.get(0));
        addTable(settled, settled.columns(), body, projectName, pendingTableTitle,
            scope != null ? scope : cue != null ? cue : Scope.ANNUAL, run.get(start).location());
      } else {
        // One target column per scope or per region: each is a table of its own.
        for (int col : targets) {
          String caption = settled.label(col);
          String title = pendingTableTitle == null ? caption : pendingTableTitle + " / " + caption;
          addTable(settled.forTarget(col), settled.columns(), body,
              projectName == null ? null : projectName + " / " + caption, title,
              settled.scope(col), run.get(start).location());
        }
      }
      pendingTableTitle = null;
      return end;
    }

    /** The columns whose role jxlint took from their content, as reading notes. */
    private void noteGuesses(TableHeader h, RawBlock.Row first) {
      if (h.rows() == 0) {
        readingNotes.add(new ReadingNote(ReadingNote.GUESSED_HEADER,
            TextNormalizer.despace(String.join(" | ", first.cells().stream()
                .map(RawCell::text).filter(t -> !TextNormalizer.isBlank(t)).toList())),
            roleList(h), first.location()));
        return;
      }
      for (int c = 0; c < h.width(); c++) {
        ColumnRole r = h.role(c);
        if (h.reasons().get(c).startsWith("content:") && r != ColumnRole.IGNORE) {
          String label = h.label(c).isEmpty() ? "#" + (c + 1) : h.label(c);
          readingNotes.add(new ReadingNote(ReadingNote.GUESSED_COLUMN, label,
              r.name().toLowerCase(java.util.Locale.ROOT), first.location()));
        }
      }
    }

    private String roleList(TableHeader h) {
      List<String> out = new ArrayList<>();
      for (int c = 0; c < h.width(); c++) {
        if (h.role(c) != ColumnRole.IGNORE) {
          out.add((c + 1) + ":" + h.role(c).name().toLowerCase(java.util.Locale.ROOT));
        }
      }
      return String.join(", ", out);
    }

    private void addTable(TableHeader h, List<org.jxlint.model.TableColumn> columns,
        List<RawBlock.Row> body, String projectName,
        String tableTitle, Scope scope, SourceLocation at) {
      TableInterpreter.Carry carry = new TableInterpreter.Carry();
      List<Indicator> indicators = new ArrayList<>();
      for (int i = 0; i < body.size(); i++) {
        RawBlock.Row row = body.get(i);
        if (h.tree()) {
          if (carry.level1.isEmpty() && carry.level2.isEmpty()
              && tables.level1Of(row.text(0)).isEmpty()) {
            // The unit and project lines above a tree's first dimension are read as text.
            RawCell lead = row.cells().get(0);
            paragraph(new RawBlock.Paragraph(lead.text(), lead.location()));
            continue;
          }
          if (tables.isLabelRow(row)) {
            if (i + 1 < body.size() && tables.isLabelRow(body.get(i + 1))) {
              tables.treeLevel1(row, carry);
            } else {
              tables.indicator(h, row, carry); // sets the level; a label row is no indicator
            }
            continue;
          }
        }
        tables.indicator(h, row, carry).ifPresent(indicators::add);
      }
      tableList.add(new IndicatorTable(tableList.size() + 1, scope, projectName, tableTitle,
          TableInterpreter.withLevel1Above(indicators), at, columns));
    }

    private boolean endsTable(List<RawBlock.Row> run, int index) {
      RawBlock.Row row = run.get(index);
      if (index > 0 && row.table() != run.get(index - 1).table()) {
        return true;
      }
      if (tables.header(run, index, year).isPresent()) {
        return true;
      }
      String first = firstText(row);
      return first != null && (layout.footer().prefixOf(first) || isLabel(first)
          || TableInterpreter.isFormField(row));
    }

    /** A label that starts something other than an indicator row. */
    private boolean isLabel(String text) {
      return layout.annualGoals().startsWith(text) || layout.longTermGoals().startsWith(text)
          || layout.prose().startsWith(text) || layout.fundStarts().startsWith(text)
          || layout.unitName().startsWith(text) || layout.filingDate().startsWith(text)
          || layout.project("name").startsWith(text) || layout.project("code").startsWith(text)
          || layout.project("list").startsWith(text) || targetContent(text);
    }

    private boolean targetContent(String text) {
      String k = LabelSet.key(text);
      return layout.targetContentHeadings().stream().anyMatch(p -> p.matcher(k).find());
    }

    private void row(RawBlock.Row row) {
      List<RawCell> cells = row.cells();
      String first = firstText(row);
      if (first == null) {
        return;
      }
      for (RawCell c : cells) {
        watchForTable(c.text(), c.location());
      }
      if (layout.footer().prefixOf(first)) {
        prose.close();
        continuation = null;
        fundBlock = null;
        return;
      }
      if (fundBlock != null) {
        if (!isLabel(first) || layout.fundStarts().startsWith(first)
            || layout.fundTotals().startsWith(first)) {
          if (fundBlock.row(row)) {
            scanMoneyUnit(row);
            return;
          }
        }
        fundBlock = null;
      }
      if (projectList != null) {
        if (TextNormalizer.isBlank(row.text(0)) && projectList.row(row)) {
          return;
        }
        projectList = null;
      }
      if (!pendingGoalColumns.isEmpty()) {
        boolean used = false;
        for (Map.Entry<Integer, GoalHeader> e : pendingGoalColumns.entrySet()) {
          String text = row.text(e.getKey());
          if (!TextNormalizer.isBlank(text)) {
            goals.add(new Goal(e.getValue().scope(), text, e.getValue().until(),
                cells.get(e.getKey()).location()));
            used = true;
          }
        }
        pendingGoalColumns.clear();
        if (used) {
          return;
        }
      }
      if (awaitingPurpose && project != null) {
        awaitingPurpose = false;
        List<RawCell> filled = filled(cells);
        if (filled.size() == 1 && !isLabel(filled.get(0).text())
            && !layout.project("schedule").startsWith(filled.get(0).text())) {
          project.purpose = filled.get(0).text();
          return;
        }
      }
      if (schedulePoints != null && project != null) {
        Map<Integer, String> points = schedulePoints;
        schedulePoints = null;
        int firstPoint = points.keySet().iterator().next();
        if (filled(cells.subList(0, Math.min(firstPoint, cells.size()))).isEmpty()) {
          points.forEach((c, point) -> {
            String share = row.text(c);
            if (!TextNormalizer.isBlank(share)) {
              project.schedule.add(new org.jxlint.model.ScheduleStep(point,
                  org.jxlint.text.Amounts.parse(share), cells.get(c).location()));
            }
          });
          return;
        }
      }
      List<RawCell> filled = filled(cells);
      // A page-break continuation of the prose or goal in the row above.
      if (continuation != null && TextNormalizer.isBlank(row.text(0)) && filled.size() == 1
          && !isLabel(filled.get(0).text()) && !anyTargetPart(filled.get(0).text())) {
        pendingText = filled.get(0).text();
        continuation.run();
        return;
      }
      continuation = null;
      boolean proseLine = prose.open() && filled.size() == 1
          && filled.get(0) == firstCell(cells);
      if (proseLine || filled.size() == 1 && !isLabel(first) && !anyTargetPart(first)
          && !prose.inTargets()) {
        paragraph(new RawBlock.Paragraph(first, filled.get(0).location()));
        return;
      }
      labelledCells(row);
    }

    private String pendingText;

    private void labelledCells(RawBlock.Row row) {
      List<RawCell> cells = row.cells();
      for (int c = 0; c < cells.size(); c++) {
        RawCell cell = cells.get(c);
        String text = cell.text();
        if (TextNormalizer.isBlank(text)) {
          continue;
        }
        scanMoneyUnit(cell.text());
        if (codedOrganisation(text, cell.location())) {
          continue;
        }
        if (targetContent(text)) {
          String heading = c > 0 ? firstText(row) : null;
          prose.target(heading, text, cell.location());
          continue;
        }
        if (anyTargetPart(text) && prose.inTargets()) {
          prose.targetPart(text, cell.location());
          continue;
        }
        if (prose.inTargets() && c > 0) {
          prose.targetPart(text, cell.location());
          continue;
        }
        int used = label(row, c);
        c += used;
      }
    }

    /** Handles a label at column {@code c}; returns how many following cells it consumed. */
    private int label(RawBlock.Row row, int c) {
      List<RawCell> cells = row.cells();
      RawCell cell = cells.get(c);
      String text = cell.text();
      if (layout.fundStarts().startsWith(text)) {
        fundBlock = funds.start();
        scanMoneyUnit(text);
        fundBlock.row(row);
        return cells.size();
      }
      if (layout.project("list").startsWith(text)) {
        projectList = new ProjectListHeader(layout, row, projects::add);
        return cells.size();
      }
      Value v = valueAfter(row, c);
      if (layout.unitName().startsWith(text)) {
        if (v.text != null && !TextNormalizer.isBlank(v.text)) {
          unitName = TextNormalizer.despace(v.text);
          metaAt.put(MetaField.UNIT_NAME, v.at);
        } else {
          leftBlank.add(MetaField.UNIT_NAME);
          if (!metaAt.containsKey(MetaField.UNIT_NAME)) {
            metaAt.put(MetaField.UNIT_NAME, cell.location());
          }
        }
        return v.consumed;
      }
      if (layout.filingDate().startsWith(text)) {
        filing(text + " " + (v.inline ? "" : nullToEmpty(v.text)), cell.location());
        return v.consumed;
      }
      if (project != null && !project.closed && projectField(row, c, v)) {
        return v.consumed;
      }
      if (layout.project("name").startsWith(text) || layout.project("code").startsWith(text)) {
        if (project == null || project.closed || project.has(text)) {
          finishProject();
          project = new ProjectBuilder(cell.location());
        }
        projectField(row, c, v);
        return v.consumed;
      }
      Scope goalScope = layout.longTermGoals().startsWith(text) ? Scope.LONG_TERM
          : layout.annualGoals().startsWith(text) ? Scope.ANNUAL : null;
      if (goalScope != null) {
        if (v.text == null || TextNormalizer.isBlank(v.text)) {
          pendingGoalColumns.put(c, new GoalHeader(goalScope, lastYear(text)));
          return 0;
        }
        Goal goal = new Goal(goalScope, v.text, lastYear(text), v.at);
        goals.add(goal);
        int index = goals.size() - 1;
        continuation = () -> {
          Goal g = goals.get(index);
          goals.set(index, new Goal(g.scope(), g.text() + "\n" + pendingText, g.until(),
              g.location()));
        };
        return v.consumed;
      }
      if (layout.prose().startsWith(text)) {
        prose.labelled(TextNormalizer.despace(text), nullToEmpty(v.text), cell.location());
        continuation = () -> prose.appendToLast(pendingText);
        return v.consumed;
      }
      return 0;
    }

    private boolean projectField(RawBlock.Row row, int c, Value v) {
      String text = row.cells().get(c).text();
      ProjectBuilder p = project;
      if (layout.project("schedule").startsWith(text)) {
        Map<Integer, String> points = new LinkedHashMap<>();
        for (int k = c + 1; k < row.cells().size(); k++) {
          if (!TextNormalizer.isBlank(row.text(k))) {
            points.put(k, row.text(k));
          }
        }
        schedulePoints = points.isEmpty() ? null : points;
        v.consumed = row.cells().size();
        return true;
      }
      String key = null;
      for (String k : PROJECT_FIELDS) {
        if (layout.project(k).startsWith(text)) {
          key = k;
          break;
        }
      }
      if (key == null) {
        return false;
      }
      if (p.has(text) && (key.equals("name") || key.equals("code"))) {
        return false;
      }
      String value = v.text == null ? null : v.text;
      switch (key) {
        case "name" -> p.name = value;
        case "code" -> p.code = value;
        case "category" -> p.category = value;
        case "fiscal" -> p.fiscal = amount(value);
        case "other" -> p.other = amount(value);
        case "total" -> p.total = amount(value);
        case "annual" -> p.annual = amount(value);
        case "purpose" -> {
          if (value == null || isLabel(value) || anyProjectLabel(value)) {
            awaitingPurpose = true;
            v.consumed = 0;
          } else {
            p.purpose = value;
          }
        }
        case "goal" -> p.goal = value;
        case "period" -> p.period = value;
        default -> { }
      }
      p.seen.add(key);
      return true;
    }

    private boolean anyProjectLabel(String text) {
      return PROJECT_FIELDS.stream().anyMatch(k -> layout.project(k).startsWith(text));
    }

    private org.jxlint.model.Amount amount(String text) {
      return text == null || TextNormalizer.isBlank(text) ? null
          : org.jxlint.text.Amounts.parse(text);
    }

    private void finishProject() {
      if (project != null && !project.closed) {
        projects.add(project.build());
        project.closed = true;
      }
    }

    /** A label's value: after its colon in the same cell, else the next non-empty cell. */
    private Value valueAfter(RawBlock.Row row, int c) {
      RawCell cell = row.cells().get(c);
      Optional<String> inline = exactLabel(cell.text()) ? Optional.empty()
          : inlineValue(cell.text());
      if (inline.isPresent() && !inline.get().isBlank()) {
        return new Value(inline.get(), cell.location(), 0, true);
      }
      for (int k = c + 1; k < row.cells().size(); k++) {
        RawCell next = row.cells().get(k);
        if (TextNormalizer.isBlank(next.text())) {
          continue;
        }
        if (isLabel(next.text()) || anyProjectLabel(next.text())) {
          return new Value(null, cell.location(), 0, false);
        }
        return new Value(next.text(), next.location(), k - c, false);
      }
      return new Value(null, cell.location(), 0, false);
    }

    /** A cell that is exactly one label, its own colon included (“其中：财政资金”). */
    private boolean exactLabel(String text) {
      return PROJECT_FIELDS.stream().anyMatch(k -> layout.project(k).is(text));
    }

    private Optional<String> inlineValue(String text) {
      int colon = indexOfColon(text);
      if (colon < 0) {
        return Optional.empty();
      }
      return Optional.of(text.substring(colon + 1).strip());
    }

    // ------------------------------------------------------------ paragraphs

    private void paragraph(RawBlock.Paragraph p) {
      String text = p.text();
      if (TextNormalizer.isBlank(text)) {
        return;
      }
      scanMoneyUnit(text);
      scopeCue(text);
      watchForTable(text, p.location());
      String compact = TextNormalizer.compact(text);
      if (tableList.isEmpty() && year == null) {
        Matcher m = TITLE_YEAR.matcher(TextNormalizer.clean(text));
        if (m.find()) {
          year = Integer.parseInt(m.group(1));
          yearBasis = YearBasis.TITLE;
          metaAt.put(MetaField.YEAR, p.location());
        }
      }
      if (layout.filingDate().containedIn(text)) {
        filing(text, p.location());
      }
      if (layout.unitName().startsWith(text)) {
        // “单位名称：” with nothing after it, or the label alone where a PDF lost the empty cells.
        inlineValue(text).or(() -> Optional.of("")).ifPresent(v -> {
          if (v.isBlank()) {
            leftBlank.add(MetaField.UNIT_NAME); // “单位名称：” and nothing after it
            metaAt.putIfAbsent(MetaField.UNIT_NAME, p.location());
          } else {
            unitName = TextNormalizer.despace(v);
            metaAt.put(MetaField.UNIT_NAME, p.location());
          }
        });
        return;
      }
      if (PROJECT_TITLE.matcher(compact).matches()) {
        prose.close();
        pendingTableTitle = TextNormalizer.despace(text);
        return;
      }
      if (title == null && compact.length() <= 40 && TITLE.matcher(compact).matches()
          && !HEADING_1.matcher(compact).find() && !HEADING_2.matcher(compact).find()) {
        title = TextNormalizer.despace(text);
        titleAt = p.location();
        metaAt.put(MetaField.TITLE, p.location());
        return;
      }
      if (PART_MARK.matcher(compact).find()) {
        prose.close();
        return;
      }
      if (codedOrganisation(text, p.location())) {
        return;
      }
      if (tableList.isEmpty() && !prose.open() && compact.length() <= 40 && isOrganisation(compact)
          && unitFromTitle == null && !compact.contains("：") && !compact.contains(":")) {
        unitFromTitle = TextNormalizer.despace(text);
        if (TextNormalizer.isBlank(unitName)) {
          metaAt.put(MetaField.UNIT_NAME, p.location());
        }
        return;
      }
      if (HEADING_1.matcher(compact).find()) {
        prose.heading1(text, p.location());
      } else if (HEADING_2.matcher(compact).find()) {
        prose.heading2(text, p.location());
      } else if (prose.inTargets() && anyTargetPart(text)) {
        prose.targetPart(text, p.location());
      } else if (anyProsePart(text) && prose.open()) {
        prose.part(text, p.location());
      } else if (prose.open()) {
        prose.append(text);
      }
    }

    /**
     * Remembers the first indicator-table header word seen outside any table (“三级指标”, “指标值”
     * standing in text or in a row jxlint did not read as a table): a table was expected there.
     */
    private void watchForTable(String text, SourceLocation at) {
      if (expectedTable != null || text == null) {
        return;
      }
      String k = Scripts.simplified(TextNormalizer.compact(text));
      if (k.length() <= 40 && TABLE_WORDS.matcher(k).find()) {
        expectedTable = new ReadingNote(ReadingNote.UNRECOGNIZED_TABLE,
            TextNormalizer.despace(text), null, at);
      }
    }

    /**
     * A short heading such as “（二）中长期绩效指标” gives the scope of the indicator table below
     * it when the table's own header names none.
     */
    private void scopeCue(String text) {
      String k = TextNormalizer.compact(text);
      if (k.length() > 20 || !k.contains("指标")) {
        return;
      }
      if (k.contains("长期") || k.contains("实施周期")) {
        pendingScope = Scope.LONG_TERM;
      } else if (k.contains("年度")) {
        pendingScope = Scope.ANNUAL;
      }
    }

    /** “480001玉田县石臼窝镇人民政府本级”: an organisation code and name, as budget systems print. */
    private boolean codedOrganisation(String text, SourceLocation at) {
      Matcher coded = CODED_ORGANISATION.matcher(TextNormalizer.compact(text));
      if (!coded.matches() || !isOrganisation(coded.group(1))) {
        return false;
      }
      if (unitFromCode == null) {
        unitFromCode = coded.group(1);
        metaAt.putIfAbsent(MetaField.UNIT_NAME, at);
      }
      return true;
    }

    private boolean anyProsePart(String text) {
      return layout.proseParts().startsWith(text) && indexOfColon(text) >= 0
          && indexOfColon(text) <= 40;
    }

    private boolean anyTargetPart(String text) {
      return layout.proseParts().startsWith(text) && indexOfColon(text) >= 0;
    }

    private boolean isOrganisation(String compact) {
      for (String suffix : orgSuffixes) {
        if (compact.endsWith(suffix) && compact.length() > suffix.length() + 1) {
          return true;
        }
      }
      return false;
    }

    private void filing(String text, SourceLocation at) {
      if (filingDate != null) {
        return;
      }
      Matcher m = DATE_IN_TEXT.matcher(TextNormalizer.compact(text));
      if (m.find()) {
        DateText.parse(m.group(1) + "-" + m.group(2) + "-" + m.group(3)).ifPresent(d -> {
          filingDate = d;
          metaAt.put(MetaField.FILING_DATE, at);
        });
      }
    }

    private void scanMoneyUnit(RawBlock.Row row) {
      row.cells().forEach(c -> scanMoneyUnit(c.text()));
    }

    private void scanMoneyUnit(String text) {
      if (moneyUnit != null || text == null) {
        return;
      }
      Matcher m = MONEY_UNIT.matcher(TextNormalizer.compact(text));
      if (m.find()) {
        moneyUnit = MoneyUnit.fromLabel(m.group(1)).orElse(null);
      }
    }

    // ------------------------------------------------------------ after reading

    private void inferYear() {
      // 近两年 columns (2025, 2024) mean the budget year is the one after.
      Integer latest = funds.latestYearColumn();
      if (latest != null) {
        year = latest + 1;
        yearBasis = YearBasis.FUND_YEARS;
        return;
      }
      Map<Integer, Integer> counts = new LinkedHashMap<>();
      for (Goal g : goals) {
        countYears(g.text(), counts);
      }
      for (IndicatorTable t : tableList) {
        for (Indicator i : t.indicators()) {
          countYears(i.value(), counts);
          countYears(i.name(), counts);
        }
      }
      Integer best = null;
      for (Map.Entry<Integer, Integer> e : counts.entrySet()) {
        if (best == null || e.getValue() > counts.get(best)
            || (e.getValue().equals(counts.get(best)) && e.getKey() > best)) {
          best = e.getKey();
        }
      }
      if (best != null) {
        year = best;
        yearBasis = YearBasis.CONTENT;
      } else if (filingDate != null) {
        year = filingDate.getMonthValue() >= 7 ? filingDate.getYear() + 1 : filingDate.getYear();
        yearBasis = YearBasis.FILING_DATE;
      }
    }

    private void countYears(String text, Map<Integer, Integer> counts) {
      if (text == null) {
        return;
      }
      Matcher m = ANY_YEAR.matcher(TextNormalizer.compact(text));
      while (m.find()) {
        counts.merge(Integer.parseInt(m.group(1)), 1, Integer::sum);
      }
    }

    /** 前年 and 上年 columns count back from the budget year. */
    private List<IndicatorTable> withHistoryYears(List<IndicatorTable> list) {
      List<IndicatorTable> out = new ArrayList<>();
      for (IndicatorTable t : list) {
        List<Indicator> rows = new ArrayList<>();
        for (Indicator i : t.indicators()) {
          if (i.history().isEmpty()) {
            rows.add(i);
            continue;
          }
          List<HistoryValue> history = new ArrayList<>();
          for (HistoryValue h : i.history()) {
            history.add(new HistoryValue(h.label(), historyYear(h.label()), h.value(),
                h.location()));
          }
          rows.add(new Indicator(i.level1(), i.level2(), i.name(), i.comparator(), i.value(),
              i.unit(), i.explanation(), i.scoring(), i.basis(), i.remark(), history, i.target(),
              i.location(), i.cells()));
        }
        out.add(new IndicatorTable(t.index(), t.scope(), t.project(), t.title(), rows,
            t.location(), t.from(), t.columns()));
      }
      return out;
    }

    private Integer historyYear(String label) {
      String k = LabelSet.key(label);
      Matcher m = ANY_YEAR.matcher(k + "年");
      if (m.find()) {
        return Integer.parseInt(m.group(1));
      }
      if (year == null) {
        return null;
      }
      if (k.startsWith("前年")) {
        return year - 2;
      }
      if (k.startsWith("上年")) {
        return year - 1;
      }
      return null;
    }

    private SubmissionKind kind() {
      String t = title == null ? "" : TextNormalizer.compact(title);
      if (t.contains("部门") || t.contains("整体")) {
        return SubmissionKind.DEPARTMENT;
      }
      if (t.contains("项目")) {
        return SubmissionKind.PROJECT;
      }
      boolean allProjectTables = !tableList.isEmpty()
          && tableList.stream().allMatch(tb -> tb.project() != null);
      if (allProjectTables && projects.size() == 1) {
        return SubmissionKind.PROJECT;
      }
      return tableList.isEmpty() && prose.result().isEmpty() ? null : SubmissionKind.DEPARTMENT;
    }
  }

  // ------------------------------------------------------------ helpers

  /** A label's value and where it stands; {@code consumed} counts the cells it used. */
  private static final class Value {
    final String text;
    final SourceLocation at;
    int consumed;
    final boolean inline;

    Value(String text, SourceLocation at, int consumed, boolean inline) {
      this.text = text;
      this.at = at;
      this.consumed = consumed;
      this.inline = inline;
    }
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }

  static int indexOfColon(String text) {
    int a = text.indexOf('：');
    int b = text.indexOf(':');
    if (a < 0) {
      return b;
    }
    return b < 0 ? a : Math.min(a, b);
  }

  private static String firstText(RawBlock.Row row) {
    for (RawCell c : row.cells()) {
      if (!TextNormalizer.isBlank(c.text())) {
        return c.text();
      }
    }
    return null;
  }

  private static RawCell firstCell(List<RawCell> cells) {
    return cells.isEmpty() ? null : cells.get(0);
  }

  /** A goal column's header: 长期目标（截止 2027 年） is long-term until 2027. */
  private record GoalHeader(Scope scope, Integer until) {}

  /** The last year a label names (截止 2027 年, 2021-2025年), or null. */
  private static Integer lastYear(String label) {
    Matcher m = ANY_YEAR.matcher(TextNormalizer.compact(label));
    Integer last = null;
    while (m.find()) {
      last = Integer.valueOf(m.group(1));
    }
    return last;
  }

  /**
   * The blocks without what carries nothing: blank rows and paragraphs (wherever they stand, even
   * between header rows) and the empty columns left of each table (a sheet that starts at column B).
   */
  private static List<RawBlock> withoutMargins(List<RawBlock> blocks) {
    List<RawBlock> kept = blocks.stream().filter(b -> !blank(b)).toList();
    Map<Integer, Integer> margin = new HashMap<>();
    for (RawBlock b : kept) {
      if (b instanceof RawBlock.Row r) {
        int first = 0;
        while (TextNormalizer.isBlank(r.text(first))) {
          first++;
        }
        margin.merge(r.table(), first, Math::min);
      }
    }
    return kept.stream().map(b -> b instanceof RawBlock.Row r && margin.get(r.table()) > 0
        ? new RawBlock.Row(r.table(), r.cells().subList(margin.get(r.table()), r.cells().size()),
            r.location())
        : b).toList();
  }

  private static boolean blank(RawBlock block) {
    return block instanceof RawBlock.Row r ? filled(r.cells()).isEmpty()
        : TextNormalizer.isBlank(((RawBlock.Paragraph) block).text());
  }

  private static List<RawCell> filled(List<RawCell> cells) {
    List<RawCell> out = new ArrayList<>();
    for (RawCell c : cells) {
      if (!TextNormalizer.isBlank(c.text())) {
        out.add(c);
      }
    }
    return out;
  }
}
