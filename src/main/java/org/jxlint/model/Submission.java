package org.jxlint.model;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One submitted 绩效目标表 as jxlint understood it, whatever format it came in.
 *
 * @param source the file it was read from, as given on the command line
 * @param layout the layout recognised (for example {@code canonical-json})
 * @param unitName 单位 as written; blank when the form left it empty
 * @param year the budget year; null when it could not be told
 * @param moneyUnit the money unit as labelled; null when there is no label
 * @param metaLocations where each header field stands in the source
 * @param yearBasis where the year was taken from; null when there is no year
 * @param leftBlank header fields whose labelled cell the form left empty, even where the value was
 *     found elsewhere (a unit name read from the title)
 * @param readingNotes where jxlint had to guess or could not read (jxlint's uncertainty, not the
 *     submitter's defect)
 * @param blankFields other fields the form asks for (项目负责人, 立项依据) that the unit left empty
 */
public record Submission(
    String source,
    String layout,
    String title,
    String unitName,
    Integer year,
    SubmissionKind kind,
    LocalDate filingDate,
    MoneyUnit moneyUnit,
    List<FundItem> funds,
    List<Project> projects,
    List<Goal> goals,
    List<Section> sections,
    List<IndicatorTable> tables,
    Map<MetaField, SourceLocation> metaLocations,
    YearBasis yearBasis,
    Set<MetaField> leftBlank,
    List<ReadingNote> readingNotes,
    List<BlankField> blankFields) implements java.io.Serializable {

  /** A submission with no other header fields left blank. */
  public Submission(String source, String layout, String title, String unitName, Integer year,
      SubmissionKind kind, LocalDate filingDate, MoneyUnit moneyUnit, List<FundItem> funds,
      List<Project> projects, List<Goal> goals, List<Section> sections, List<IndicatorTable> tables,
      Map<MetaField, SourceLocation> metaLocations, YearBasis yearBasis, Set<MetaField> leftBlank,
      List<ReadingNote> readingNotes) {
    this(source, layout, title, unitName, year, kind, filingDate, moneyUnit, funds, projects, goals,
        sections, tables, metaLocations, yearBasis, leftBlank, readingNotes, List.of());
  }

  /** A submission read without reading notes. */
  public Submission(String source, String layout, String title, String unitName, Integer year,
      SubmissionKind kind, LocalDate filingDate, MoneyUnit moneyUnit, List<FundItem> funds,
      List<Project> projects, List<Goal> goals, List<Section> sections, List<IndicatorTable> tables,
      Map<MetaField, SourceLocation> metaLocations, YearBasis yearBasis, Set<MetaField> leftBlank) {
    this(source, layout, title, unitName, year, kind, filingDate, moneyUnit, funds, projects, goals,
        sections, tables, metaLocations, yearBasis, leftBlank, List.of(), List.of());
  }

  /** This submission with reading notes added. */
  public Submission withReadingNotes(List<ReadingNote> notes) {
    List<ReadingNote> all = new java.util.ArrayList<>(readingNotes);
    all.addAll(notes);
    return new Submission(source, layout, title, unitName, year, kind, filingDate, moneyUnit,
        funds, projects, goals, sections, tables, metaLocations, yearBasis, leftBlank, all,
        blankFields);
  }

  public Submission {
    funds = List.copyOf(funds == null ? List.of() : funds);
    projects = List.copyOf(projects == null ? List.of() : projects);
    goals = List.copyOf(goals == null ? List.of() : goals);
    sections = List.copyOf(sections == null ? List.of() : sections);
    tables = List.copyOf(tables == null ? List.of() : tables);
    metaLocations = metaLocations == null || metaLocations.isEmpty()
        ? Map.of() : Map.copyOf(new EnumMap<>(metaLocations));
    leftBlank = leftBlank == null || leftBlank.isEmpty() ? Set.of() : Set.copyOf(leftBlank);
    readingNotes = List.copyOf(readingNotes == null ? List.of() : readingNotes);
    blankFields = List.copyOf(blankFields == null ? List.of() : blankFields);
  }

  public SourceLocation locationOf(MetaField field) {
    return metaLocations.getOrDefault(field, SourceLocation.NONE);
  }
}
