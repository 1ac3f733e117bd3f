package org.jxlint.ingest.layout;

import java.util.ArrayList;
import java.util.List;
import org.jxlint.config.LabelSet;
import org.jxlint.model.Project;
import org.jxlint.model.SourceLocation;

/** A project's fields as they are found. */
final class ProjectBuilder {
  String name;
  String code;
  String category;
  org.jxlint.model.Amount total;
  org.jxlint.model.Amount annual;
  org.jxlint.model.Amount fiscal;
  org.jxlint.model.Amount other;
  String purpose;
  String goal;
  String period;
  final List<org.jxlint.model.ScheduleStep> schedule = new ArrayList<>();
  final java.util.Set<String> seen = new java.util.HashSet<>();
  final SourceLocation location;
  boolean closed;

  ProjectBuilder(SourceLocation location) {
    this.location = location;
  }

  boolean has(String labelText) {
    String k = LabelSet.key(labelText);
    return (k.endsWith("名称") && seen.contains("name"))
        || (k.startsWith("项目编") && seen.contains("code"));
  }

  Project build() {
    return new Project(name, code, category, total, annual, fiscal, other, schedule, purpose,
        goal, period, location);
  }
}
