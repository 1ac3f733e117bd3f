package org.jxlint.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jxlint.model.IndicatorField;

/**
 * How forms are laid out, from {@code lint-rules/columns.yml} and {@code lint-rules/layout.yml}: the
 * header spellings of indicator columns and the labels of everything around the tables.
 */
public record LayoutLexicon(
    Map<IndicatorField, LabelSet> columns,
    LabelSet groupColumns,
    LabelSet ignoredColumns,
    LabelSet unitName,
    List<String> organisationSuffixes,
    LabelSet filingDate,
    LabelSet annualGoals,
    LabelSet longTermGoals,
    LabelSet prose,
    LabelSet fundStarts,
    LabelSet fundTotals,
    LabelSet fundGroups,
    LabelSet shareHeaders,
    LabelSet amountHeaders,
    LabelSet yearsHeaders,
    List<String> leadIns,
    Map<String, LabelSet> project,
    LabelSet footer,
    List<Pattern> targetContentHeadings,
    LabelSet proseParts,
    LabelSet requiredFields,
    LabelSet fundSums,
    LabelSet fundSubtotals) {

  static LayoutLexicon from(JsonNode columnsDoc, JsonNode layout) {
    Map<IndicatorField, LabelSet> columns = new EnumMap<>(IndicatorField.class);
    JsonNode cols = columnsDoc.path("columns");
    for (IndicatorField f : IndicatorField.values()) {
      columns.put(f, set(cols.path(f.key())));
    }
    Map<String, LabelSet> project = new java.util.LinkedHashMap<>();
    layout.path("project").fields().forEachRemaining(e -> project.put(e.getKey(), set(e.getValue())));
    List<Pattern> targets = new ArrayList<>();
    for (String p : Yaml.strings(layout.path("headings").path("target-content"))) {
      targets.add(Pattern.compile("^(" + p + ")[:：]?"));
    }
    JsonNode funds = layout.path("funds");
    return new LayoutLexicon(columns, set(cols.path("group")), set(cols.path("ignore")),
        set(layout.path("unit-name")), Yaml.strings(layout.path("organisation-suffixes")),
        set(layout.path("filing-date")),
        set(layout.path("goals").path("annual")), set(layout.path("goals").path("long-term")),
        set(layout.path("prose")),
        set(funds.path("starts")), set(funds.path("totals")), set(funds.path("groups")),
        set(funds.path("share-headers")), set(funds.path("amount-headers")),
        set(funds.path("years-headers")), Yaml.strings(funds.path("lead-ins")),
        project, set(layout.path("footer")), targets,
        set(layout.path("headings").path("prose-parts")), set(layout.path("required-fields")),
        set(funds.path("sums")), set(funds.path("subtotals")));
  }

  public LabelSet project(String key) {
    return project.getOrDefault(key, NONE);
  }

  private static final LabelSet NONE = new LabelSet(List.of());

  private static LabelSet set(JsonNode node) {
    return new LabelSet(Yaml.strings(node));
  }
}
