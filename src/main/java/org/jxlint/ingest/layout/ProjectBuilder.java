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

  /** Sets a plain field (name, code, category, period, an amount) from its label's value. */
  void set(String key, String value) {
    switch (key) {
      case "name" -> name = value;
      case "code" -> code = value;
      case "category" -> category = value;
      case "fiscal" -> fiscal = amount(value);
      case "other" -> other = amount(value);
      case "total" -> total = amount(value);
      case "annual" -> annual = amount(value);
      case "period" -> period = value;
      default -> { }
    }
  }

  private static org.jxlint.model.Amount amount(String text) {
    return text == null || org.jxlint.text.TextNormalizer.isBlank(text) ? null
        : HeaderAmounts.parse(text);
  }

  Project build() {
    return new Project(name, code, category, total, annual, fiscal, other, schedule, purpose,
        goal, period, location);
  }
}
