package org.jxlint.model;

import java.util.List;

/**
 * A piece of prose outside the indicator tables, with the heading it stands under and the parts
 * below it (“（一）…” under “二、分项绩效目标”; “产出指标：…” under “绩效目标内容1”).
 */
public record Section(String heading, String text, List<Section> parts, SourceLocation location) implements java.io.Serializable {
  public Section {
    parts = List.copyOf(parts == null ? List.of() : parts);
    location = location == null ? SourceLocation.NONE : location;
  }
}
