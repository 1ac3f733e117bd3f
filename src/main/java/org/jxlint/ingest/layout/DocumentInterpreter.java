package org.jxlint.ingest.layout;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jxlint.config.HeaderLexicon;
import org.jxlint.config.LabelSet;
import org.jxlint.config.LayoutLexicon;
import org.jxlint.config.Vocabulary;
import org.jxlint.model.BlankField;
import org.jxlint.model.Goal;
import org.jxlint.model.Indicator;
import org.jxlint.model.IndicatorTable;
import org.jxlint.model.MetaField;
import org.jxlint.model.Project;
import org.jxlint.model.ReadingNote;
import org.jxlint.model.Scope;
import org.jxlint.model.SourceLocation;
import org.jxlint.model.Submission;
import org.jxlint.model.SubmissionKind;
import org.jxlint.text.TargetValueParser;
import org.jxlint.text.TextNormalizer;

/**
 * Turns the paragraphs and rows any reader found into a {@link Submission}: the indicator tables,
 * and around them the header fields, fund blocks, projects, goals and prose. One interpreter serves
 * every format, so a Word file, its PDF and the text pasted from it read the same.
 */
public final class DocumentInterpreter {

  private static final Pattern NUMBERED = Pattern.compile(
      "^(?:\\d{1,2}|[一二三四五六七八九十]{1,3})\\s*[、.．](?!\\d)\\s*");
  /** The project fields a numbered notice writes as “N、label：value”. */
  private static final List<String> NUMBERED_FIELDS = List.of("name", "code", "total", "annual",
      "fiscal", "period");

  private final LayoutLexicon layout;
  private final HeaderLexicon headerWords;
  private final TableInterpreter tables;
  private final ProjectListTables projectLists;
  private final ProjectFields projectFields;
  private final TableRegions regions;
  private final ProseTargets proseTargets;

  public DocumentInterpreter(Vocabulary vocabulary, TargetValueParser values) {
    this.layout = vocabulary.layout();
    this.headerWords = vocabulary.header();
    this.tables = new TableInterpreter(vocabulary, values);
    this.projectLists = new ProjectListTables(vocabulary, tables, values);
    this.projectFields = new ProjectFields(layout);
    this.regions = new TableRegions(tables, t -> layout.fundTotals().startsWith(t)
        || layout.fundStarts().startsWith(t) || projectFields.any(t));
    this.proseTargets = new ProseTargets(vocabulary, values);
  }

  public Submission interpret(RawDocument document, String source) {
    // Repairs and prose splitting may ask the segmenter about the same text more than once.
    return org.jxlint.nlp.Segmenter.remembering(() -> new Run(document).interpret(source));
  }

  /**
   * Whether the row at {@code index} ends a table body above it: a table header, a footnote, a
   * label that starts another part of the form, a sign-off. A sheet's reader asks it to tell a line
   * between tables (a title, a note) from a one-cell row inside one.
   */
  public boolean endsTableAt(List<RawBlock.Row> rows, int index, Integer year) {
    if (tables.header(rows, index, year).isPresent()) {
      return true;
    }
    RawBlock.Row row = rows.get(index);
    String first = firstText(row);
    return first != null && (layout.footer().prefixOf(first) || isLabel(first)
        || TableInterpreter.isFormField(row));
  }

  /**
   * Whether a line is a form's title or a heading (…绩效目标表（2023年度）, 2.某项目绩效目标表, 一、…,
   * （二）…, 第一部分): it opens a part of the form, so it is no row of the table above it.
   */
  public boolean headingLine(String text) {
    return FormHeadings.headingLine(text);
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

  /** The state of reading one document, top to bottom. */
  private final class Run {
    private final List<RawBlock> blocks;
    private final String layoutName;
    /** Header fields whose label stood beside an empty cell. */
    private final Set<MetaField> leftBlank = java.util.EnumSet.noneOf(MetaField.class);
    /** Other header fields whose label stood beside an empty cell. */
    private final List<BlankField> blankFields = new ArrayList<>();
    private final Map<MetaField, SourceLocation> metaAt = new EnumMap<>(MetaField.class);
    private final HeaderFacts facts = new HeaderFacts(layout, headerWords, metaAt,
        t -> isLabel(t) || anyProjectLabel(t));
    /** The budget year: from the title while reading, decided once everything is read. */
    private Integer year;
    private final GoalLines goals = new GoalLines(layout);
    private final List<IndicatorTable> tableList = new ArrayList<>();
    private final ProjectRows projects = new ProjectRows(layout, projectFields, t -> isLabel(t));
    private final List<ReadingNote> readingNotes = new ArrayList<>();
    private final TableCues cues = new TableCues(readingNotes);
    private final ProseBuilder prose = new ProseBuilder(layout);
    private final FundReader funds = new FundReader(layout);
    private ProjectListHeader projectList;
    private FundReader.Block fundBlock;
    private String pendingTableTitle;
    private Runnable continuation;

    Run(RawDocument document) {
      this.blocks = new BlockRepairs(tables, this::fieldLabel,
          t -> layout.footer().prefixOf(t) || facts.isOrganisation(TextNormalizer.compact(t))
              || facts.formTitle(TextNormalizer.compact(t)))
          .repair(document.blocks(), readingNotes);
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
        facts.rowsFollow();
        goals.rowsFollow();
        run.clear();
        int j = i;
        while (j < blocks.size() && blocks.get(j) instanceof RawBlock.Row r) {
          run.add(r);
          j++;
        }
        int consumed = rows(run);
        i += consumed - 1;
      }
      projects.finish();
      String unitName = facts.unit(leftBlank);
      YearCandidates.Result y = inferYear();
      year = y.year();
      List<IndicatorTable> finalTables =
          proseTargets.with(HistoryYears.of(tableList, year), prose.result(), blocks);
      if (CutShort.canStopMidRow(layoutName)) {
        CutShort.note(finalTables, blocks, readingNotes);
      }
      cues.finish(finalTables);
      SubmissionKind kind = facts.kind(!tableList.isEmpty(), !prose.result().isEmpty(),
          projects.projects().size());
      if (kind == SubmissionKind.PROJECT && projects.projects().size() == 1) {
        goals.first(projects.goals()); // where the goal rules read them
      }
      Budget budget = new Budget(funds.result(), facts, layout);
      List<Project> projectList = budget.projects(projects.projects(), kind);
      boolean rebuilt = readingNotes.stream()
          .anyMatch(n -> ReadingNote.RECONSTRUCTED_CELLS.equals(n.kind()));
      return new Submission(source, rebuilt ? layoutName + "+rebuilt" : layoutName, facts.title(),
          unitName, year, kind, facts.filingDate(), facts.moneyUnit(budget.figure(projectList)),
          budget.funds(projectList), projectList, goals.goals(), prose.result(), finalTables, metaAt,
          y.basis(), leftBlank, readingNotes, blankFields);
    }

    // ------------------------------------------------------------ rows

    /** Reads a run of consecutive rows; returns how many rows it used (all of them). */
    private int rows(List<RawBlock.Row> run) {
      int i = 0;
      while (i < run.size()) {
        Optional<TableHeader> header = tables.header(run, i, year);
        Optional<ProjectListTables.Layout> list = header.isPresent() ? Optional.empty()
            : projectLists.header(run, i); // an indicator header wins over a project list
        if (list.isPresent()) {
          for (int h = i; h < i + list.get().rows(); h++) {
            row(run.get(h)); // the header's labels are header facts too (投资概算（万元）)
          }
          List<IndicatorTable> read = new ArrayList<>();
          List<RawBlock.Row> others = new ArrayList<>();
          i += projectLists.read(run, i, list.get(), read, others);
          others.forEach(this::row);
          for (IndicatorTable t : read) {
            tableList.add(new IndicatorTable(tableList.size() + 1, t.scope(), t.project(),
                t.title(), t.indicators(), t.location(), t.from()));
          }
          continue;
        }
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
      // A table found by its content has no header rows: its first row is its own, even where
      // it opens a new sheet (else the table ends before it starts and the reader never moves on).
      while (end < run.size() && (end == start || !endsTable(run, end))) {
        end++;
      }
      List<RawBlock.Row> body = run.subList(bodyStart, end);
      TableHeader settled = tables.settle(header, body);
      cues.guesses(settled, run.get(start));
      String projectName = projects.finish();
      tableList.addAll(regions.read(settled, body, projectName, pendingTableTitle,
          cues.takeScope(), run.get(start).location(), tableList.size() + 1,
          this::paragraph, projects::tree));
      pendingTableTitle = null;
      return end;
    }

    private boolean endsTable(List<RawBlock.Row> run, int index) {
      if (index > 0 && run.get(index).table() != run.get(index - 1).table()) {
        return true;
      }
      return endsTableAt(run, index, year);
    }

    /** Whether a cell is exactly the label of a header field (a project field, a unit label). */
    private boolean fieldLabel(String text) {
      return projectFields.exact(text) || headerWords.unitTiers().stream().anyMatch(t -> t.is(text))
          || layout.filingDate().is(text);
    }


    private void row(RawBlock.Row row) {
      List<RawCell> cells = row.cells();
      String first = firstText(row);
      if (first == null) {
        return;
      }
      for (RawCell c : cells) {
        cues.seen(c.text(), c.location());
      }
      if (layout.footer().prefixOf(first)) {
        prose.close();
        continuation = null;
        fundBlock = null;
        return;
      }
      if (fundBlock != null) {
        if (!isLabel(first) && !layout.project("goal").startsWith(first)
            || layout.fundStarts().startsWith(first) || layout.fundTotals().startsWith(first)) {
          if (fundBlock.row(row)) {
            row.cells().forEach(c -> facts.moneyUnit(c.text()));
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
      if (goals.underColumns(row)) {
        return;
      }
      if (projects.continued(row)) {
        return;
      }
      List<RawCell> filled = RawBlock.Row.filled(cells);
      // A page-break continuation of the prose or goal in the row above.
      if (continuation != null && TextNormalizer.isBlank(row.text(0)) && filled.size() == 1
          && !isLabel(filled.get(0).text()) && !anyTargetPart(filled.get(0).text())) {
        pendingText = filled.get(0).text();
        continuation.run();
        return;
      }
      continuation = null;
      if (filled.size() == 1 && layout.requiredFields().is(first)
          && cells.indexOf(filled.get(0)) < cells.size() - 1) {
        // 专项立项依据 | (empty): the label alone in its row, the cell beside it blank.
        blankFields.add(new BlankField(TextNormalizer.despace(first), filled.get(0).location()));
        return;
      }
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
        facts.moneyUnit(cell.text());
        if (facts.codedOrganisation(text, cell.location())) {
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
      facts.label(text);
      if (layout.fundStarts().startsWith(text)) {
        fundBlock = funds.start();
        cells.forEach(k -> facts.moneyUnit(k.text()));
        fundBlock.row(row);
        return cells.size();
      }
      if (layout.project("list").startsWith(text)) {
        projectList = new ProjectListHeader(layout, row, projects::add);
        return cells.size();
      }
      LabelValue v = valueAfter(row, c);
      if (v.text == null && layout.requiredFields().is(text)) {
        blankFields.add(new BlankField(TextNormalizer.despace(text), cell.location()));
      }
      if (facts.unitLabel(row, text, v.text, v.inline, cell.location(), v.at)) {
        return v.consumed;
      }
      if (layout.filingDate().startsWith(text)) {
        facts.filing(text + " " + (v.inline ? "" : nullToEmpty(v.text)), cell.location());
        return v.consumed;
      }
      if (layout.project("period").startsWith(text)) {
        facts.period(v.text);
      }
      if (projects.open() && projects.field(row, c, v)) {
        return v.consumed;
      }
      if (layout.project("name").startsWith(text) || layout.project("code").startsWith(text)) {
        if (projects.opens(text)) {
          projects.start(cell.location());
          facts.projectHeader();
        }
        projects.field(row, c, v);
        return v.consumed;
      }
      Scope goalScope = goals.scopeOf(text);
      if (goalScope != null) {
        if (v.text == null || TextNormalizer.isBlank(v.text)) {
          goals.columnHeader(c, goalScope, text);
          return 0;
        }
        int index = goals.add(new Goal(goalScope, v.text, LabelText.lastYear(text), v.at));
        continuation = () -> goals.appendTo(index, pendingText);
        return v.consumed;
      }
      if (layout.prose().startsWith(text)) {
        prose.labelled(TextNormalizer.despace(text), nullToEmpty(v.text), cell.location());
        continuation = () -> prose.appendToLast(pendingText);
        return v.consumed;
      }
      if (!projects.started() && (layout.project("total").startsWith(text)
          || layout.project("annual").startsWith(text))) {
        facts.budgetLabel(text, v.text, cell.location()); // a budget with no project named
        return v.consumed;
      }
      facts.sumRow(row, c);
      return 0;
    }


    private boolean anyProjectLabel(String text) {
      return projectFields.any(text);
    }


    /** A label's value: after its colon in the same cell, else the next non-empty cell. */
    private LabelValue valueAfter(RawBlock.Row row, int c) {
      RawCell cell = row.cells().get(c);
      Optional<String> inline = projectFields.exact(cell.text()) ? Optional.empty()
          : inlineValue(cell.text());
      if (inline.isPresent() && !inline.get().isBlank()) {
        return new LabelValue(inline.get(), cell.location(), 0, true);
      }
      for (int k = c + 1; k < row.cells().size(); k++) {
        RawCell next = row.cells().get(k);
        if (TextNormalizer.isBlank(next.text())) {
          continue;
        }
        if (isLabel(next.text()) || anyProjectLabel(next.text())
            || headerWords.unitLabel(next.text())) {
          return new LabelValue(null, cell.location(), 0, false);
        }
        return new LabelValue(next.text(), next.location(), k - c, false);
      }
      return new LabelValue(null, cell.location(), 0, false);
    }

    private Optional<String> inlineValue(String text) {
      int colon = LabelText.indexOfColon(text);
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
      cues.seen(text, p.location());
      String compact = TextNormalizer.compact(text);
      Scope goalLine = goals.takeNextLine();
      boolean unitField = facts.paragraph(text, p.location(), tableList.isEmpty());
      if (year == null) {
        year = facts.titleYear(); // the budget year as far as read, for the tables below
      }
      if (unitField) {
        return; // the unit's own field
      }
      if (goalLine != null && !isLabel(text)) {
        goals.add(new Goal(goalLine, text, null, p.location())); // 年度目标 / its text on the next line
        return;
      }
      if (!prose.open() && goals.labelAlone(text)) {
        return;
      }
      if (numberedField(p)) {
        return;
      }
      if (FormHeadings.projectTitle(compact)) {
        prose.close();
        pendingTableTitle = TextNormalizer.despace(text);
        return;
      }
      if (facts.title() == null && compact.length() <= 40 && FormHeadings.title(compact)
          && !FormHeadings.heading1(compact) && !FormHeadings.heading2(compact)) {
        facts.title(TextNormalizer.despace(text));
        metaAt.put(MetaField.TITLE, p.location());
        return;
      }
      if (FormHeadings.partMark(compact)) {
        prose.close();
        return;
      }
      if (facts.codedOrganisation(text, p.location())) {
        return;
      }
      if (facts.organisationLine(text, p.location(), tableList.isEmpty() && !prose.open())) {
        return;
      }
      if (FormHeadings.heading1(compact)) {
        prose.heading1(text, p.location());
      } else if (FormHeadings.heading2(compact)) {
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
     * “1、项目名称：某某项目”: a numbered notice's project field, read as the label cell it stands
     * for. Goals and prose stay with the prose reader.
     */
    private boolean numberedField(RawBlock.Paragraph p) {
      String bare = NUMBERED.matcher(p.text().strip()).replaceFirst("");
      if (LabelText.indexOfColon(bare) < 0) {
        return false;
      }
      // Unnumbered, only the name or code opens a project (“项目名称：某某项目” on a line of its own).
      List<String> fields = bare.length() == p.text().strip().length()
          ? List.of("name", "code") : NUMBERED_FIELDS;
      boolean field = fields.stream().anyMatch(k -> layout.project(k).startsWith(bare));
      if (!field) {
        return false;
      }
      RawBlock.Row row = new RawBlock.Row(0, List.of(new RawCell(bare, p.location())),
          p.location());
      label(row, 0);
      return true;
    }

    private boolean anyProsePart(String text) {
      return layout.proseParts().startsWith(text) && LabelText.indexOfColon(text) >= 0
          && LabelText.indexOfColon(text) <= 40;
    }

    private boolean anyTargetPart(String text) {
      return layout.proseParts().startsWith(text) && LabelText.indexOfColon(text) >= 0;
    }

    // ------------------------------------------------------------ after reading

    /** The year from the header lines, else from the fund columns, goals and indicators. */
    private YearCandidates.Result inferYear() {
      List<String> content = new ArrayList<>();
      goals.goals().forEach(g -> content.add(g.text()));
      for (IndicatorTable t : tableList) {
        for (Indicator i : t.indicators()) {
          content.add(i.value());
          content.add(i.name());
        }
      }
      return facts.year(funds.latestYearColumn(), content);
    }

  }

  // ------------------------------------------------------------ helpers


  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }


  private static String firstText(RawBlock.Row row) {
    List<RawCell> filled = row.filled();
    return filled.isEmpty() ? null : filled.get(0).text();
  }

  private static RawCell firstCell(List<RawCell> cells) {
    return cells.isEmpty() ? null : cells.get(0);
  }


}
