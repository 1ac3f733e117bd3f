package org.jxlint.model;

import java.util.List;

/** A funded project, listed in a department's submission or heading its own target table. */
public record Project(
    String name,
    String code,
    String category,
    Amount total,
    Amount annual,
    Amount fiscal,
    Amount other,
    List<ScheduleStep> schedule,
    SourceLocation location) {

  public Project {
    schedule = List.copyOf(schedule == null ? List.of() : schedule);
    location = location == null ? SourceLocation.NONE : location;
  }
}
