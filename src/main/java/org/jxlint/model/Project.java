package org.jxlint.model;

import java.util.List;

/**
 * A funded project, listed in a department's submission or heading its own target table.
 *
 * @param purpose 资金用途 / 主要支出方向 as written
 * @param goal the project's 绩效目标 as written
 * @param period 项目期限 / 实施周期 as written (2026年1月—2026年11月); null when not given
 */
public record Project(
    String name,
    String code,
    String category,
    Amount total,
    Amount annual,
    Amount fiscal,
    Amount other,
    List<ScheduleStep> schedule,
    String purpose,
    String goal,
    String period,
    SourceLocation location) implements java.io.Serializable {

  public Project {
    schedule = List.copyOf(schedule == null ? List.of() : schedule);
    location = location == null ? SourceLocation.NONE : location;
  }
}
