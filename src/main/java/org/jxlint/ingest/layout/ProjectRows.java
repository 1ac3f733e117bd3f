package org.jxlint.ingest.layout;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.jxlint.config.LayoutLexicon;
import org.jxlint.model.Goal;
import org.jxlint.model.Project;
import org.jxlint.model.ScheduleStep;
import org.jxlint.model.Scope;
import org.jxlint.model.SourceLocation;
import org.jxlint.text.Amounts;
import org.jxlint.text.TextNormalizer;

/**
 * The projects a form describes in labelled rows (项目名称 | …, 项目编码 | …, 项目总目标 | …), each
 * built as its fields come, with the fields whose value is on the row below (立项依据 alone in its
 * row, 实施进度's time points above their shares), and finished when the next project or a table
 * starts or the form ends.
 */
final class ProjectRows {

  private final LayoutLexicon layout;
  private final ProjectFields fields;
  /** Whether a text is the label of some other part of the form, so no field's value. */
  private final Predicate<String> label;
  private final List<Project> projects = new ArrayList<>();
  /** The goals written in project fields; the form's own goals when it is one project's form. */
  private final List<Goal> goals = new ArrayList<>();
  private ProjectBuilder project;
  /** A purpose label stood alone in its row: the purpose is the next row. */
  private boolean awaitingPurpose;
  /** The time points of a schedule row, by column, until the row of shares below it. */
  private Map<Integer, String> schedulePoints;

  ProjectRows(LayoutLexicon layout, ProjectFields fields, Predicate<String> label) {
    this.layout = layout;
    this.fields = fields;
    this.label = label;
  }

  /** The projects read, in order. */
  List<Project> projects() {
    return projects;
  }

  /** The goals the projects' fields wrote. */
  List<Goal> goals() {
    return goals;
  }

  /** Whether a project has been started, finished or not. */
  boolean started() {
    return project != null;
  }

  /** Whether a project is being read: its fields go on it. */
  boolean open() {
    return project != null && !project.closed;
  }

  /**
   * Whether a name or code label starts a new project: none is being read, or the one being read
   * has that field already.
   */
  boolean opens(String labelText) {
    return project == null || project.closed || project.has(labelText);
  }

  /** Finishes the project being read and starts one whose first label stands at {@code at}. */
  void start(SourceLocation at) {
    finish();
    project = new ProjectBuilder(at);
  }

  /** Finishes the project being read; the name of the last project started, or null. */
  String finish() {
    if (project == null) {
      return null;
    }
    if (!project.closed) {
      projects.add(project.build());
      project.closed = true;
    }
    return project.name;
  }

  /** A project read elsewhere (a list of projects). */
  void add(Project p) {
    projects.add(p);
  }

  /** A tree's project line: the project's name and its amount (绩效金额). */
  void tree(RawCell name, RawCell amount) {
    ProjectBuilder p = new ProjectBuilder(name.location());
    p.set("name", name.text());
    p.set("total", amount.text());
    projects.add(p.build());
  }

  /**
   * Whether the row is the rest of a field of the project being read: the purpose under its
   * label, or the shares under the schedule's time points.
   */
  boolean continued(RawBlock.Row row) {
    List<RawCell> cells = row.cells();
    if (awaitingPurpose && project != null) {
      awaitingPurpose = false;
      List<RawCell> filled = RawBlock.Row.filled(cells);
      if (filled.size() == 1 && !label.test(filled.get(0).text())
          && !layout.project("schedule").startsWith(filled.get(0).text())) {
        project.purpose = filled.get(0).text();
        return true;
      }
    }
    if (schedulePoints != null && project != null) {
      Map<Integer, String> points = schedulePoints;
      schedulePoints = null;
      int firstPoint = points.keySet().iterator().next();
      if (RawBlock.Row.filled(cells.subList(0, Math.min(firstPoint, cells.size()))).isEmpty()) {
        points.forEach((c, point) -> {
          String share = row.text(c);
          if (!TextNormalizer.isBlank(share)) {
            project.schedule.add(new ScheduleStep(point,
                Amounts.parse(share), cells.get(c).location()));
          }
        });
        return true;
      }
    }
    return false;
  }

  /**
   * Reads a project field's label at column {@code c} with its value into the project being read;
   * false when the label is no project field, or a name or code the project has already.
   */
  boolean field(RawBlock.Row row, int c, LabelValue v) {
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
    String key = fields.key(text).orElse(null);
    if (key == null || p.has(text) && (key.equals("name") || key.equals("code"))) {
      return false;
    }
    String value = v.text;
    switch (key) {
      case "purpose" -> {
        if (value == null || label.test(value) || fields.any(value)) {
          awaitingPurpose = true;
          v.consumed = 0;
        } else {
          p.purpose = value;
        }
      }
      case "goal" -> {
        if (value == null || layout.annualGoals().startsWith(value)
            || layout.longTermGoals().startsWith(value)) {
          v.consumed = 0; // a row of goal column headers (项目总目标 | 年度总体目标)
          return false;
        }
        if (value.length() <= 12 && (layout.annualGoals().prefixOf(value)
            || layout.longTermGoals().prefixOf(value))) {
          // 项目绩效目标 | 绩效目标总体描述 | the goal: a sub-label, the goal in the cell after it
          int after = c + v.consumed + 1;
          value = null;
          for (int k = after; k < row.cells().size() && value == null; k++) {
            if (!TextNormalizer.isBlank(row.text(k))) {
              value = row.text(k);
              v.consumed = k - c;
            }
          }
          if (value == null) {
            return true;
          }
        }
        p.goal = value;
        Scope scope = layout.longTermGoals().startsWith(text) ? Scope.LONG_TERM : Scope.ANNUAL;
        goals.add(new Goal(scope, value, LabelText.lastYear(text), v.at));
      }
      default -> p.set(key, value);
    }
    p.seen.add(key);
    return true;
  }
}
