package org.jxlint.ingest;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.jxlint.model.Amount;
import org.jxlint.model.BlankField;
import org.jxlint.model.FundItem;
import org.jxlint.model.Goal;
import org.jxlint.model.HistoryValue;
import org.jxlint.model.Indicator;
import org.jxlint.model.IndicatorField;
import org.jxlint.model.IndicatorTable;
import org.jxlint.model.MetaField;
import org.jxlint.model.Project;
import org.jxlint.model.ReadingNote;
import org.jxlint.model.ScheduleStep;
import org.jxlint.model.Section;
import org.jxlint.model.SourceLocation;
import org.jxlint.model.Submission;

/**
 * A submission as jxlint's canonical JSON ({@code docs/canonical-json.schema.json}), what
 * {@code jxlint parse} prints and {@link CanonicalJson} reads back unchanged: every key present,
 * null where unknown.
 */
public final class CanonicalTree {

  private CanonicalTree() {}

  /** The canonical JSON tree of a submission: every key present, null where unknown. */
  public static ObjectNode of(Submission s) {
    ObjectNode root = CanonicalJson.MAPPER.createObjectNode();
    root.put("layout", s.layout());
    root.put("title", s.title());
    root.put("unit", s.unitName());
    if (s.year() == null) {
      root.putNull("year");
    } else {
      root.put("year", s.year());
    }
    root.put("yearBasis", s.yearBasis() == null ? null : s.yearBasis().key());
    if (!s.leftBlank().isEmpty()) {
      ArrayNode blank = root.putArray("leftBlank");
      for (MetaField f : MetaField.values()) {
        if (s.leftBlank().contains(f)) {
          blank.add(f.key());
        }
      }
    }
    root.put("kind", s.kind() == null ? null : s.kind().key());
    root.put("filingDate", s.filingDate() == null ? null : s.filingDate().toString());
    root.put("moneyUnit", s.moneyUnit() == null ? null : s.moneyUnit().label());
    if (!s.metaLocations().isEmpty()) {
      ObjectNode locs = root.putObject("locations");
      for (MetaField f : MetaField.values()) {
        SourceLocation l = s.metaLocations().get(f);
        if (l != null) {
          locs.set(f.key(), location(l));
        }
      }
    }
    root.set("funds", fundsTree(s.funds()));
    ArrayNode projects = root.putArray("projects");
    for (Project p : s.projects()) {
      ObjectNode n = projects.addObject();
      n.put("name", p.name());
      n.put("code", p.code());
      n.put("category", p.category());
      putAmount(n, "total", p.total());
      putAmount(n, "annual", p.annual());
      putAmount(n, "fiscal", p.fiscal());
      putAmount(n, "other", p.other());
      n.put("purpose", p.purpose());
      if (p.period() != null) {
        n.put("period", p.period());
      }
      n.put("goal", p.goal());
      ArrayNode steps = n.putArray("schedule");
      for (ScheduleStep step : p.schedule()) {
        ObjectNode sn = steps.addObject();
        sn.put("point", step.point());
        putAmount(sn, "share", step.share());
        putLocation(sn, step.location());
      }
      putLocation(n, p.location());
    }
    ArrayNode goals = root.putArray("goals");
    for (Goal g : s.goals()) {
      ObjectNode n = goals.addObject();
      n.put("scope", g.scope() == null ? null : g.scope().key());
      n.put("text", g.text());
      if (g.until() != null) {
        n.put("until", g.until());
      }
      putLocation(n, g.location());
    }
    root.set("sections", sectionsTree(s.sections()));
    ArrayNode tables = root.putArray("tables");
    for (IndicatorTable t : s.tables()) {
      ObjectNode tn = tables.addObject();
      tn.put("scope", t.scope().key());
      tn.put("project", t.project());
      tn.put("title", t.title());
      if (t.fromProse()) {
        tn.put("from", t.from().key());
      }
      putLocation(tn, t.location());
      ArrayNode rows = tn.putArray("indicators");
      for (Indicator i : t.indicators()) {
        rows.add(indicatorTree(i));
      }
    }
    if (!s.readingNotes().isEmpty()) {
      ArrayNode notes = root.putArray("readingNotes");
      for (ReadingNote note : s.readingNotes()) {
        ObjectNode n = notes.addObject();
        n.put("kind", note.kind());
        n.put("subject", note.subject());
        n.put("detail", note.detail());
        putLocation(n, note.location());
      }
    }
    if (!s.blankFields().isEmpty()) {
      ArrayNode blank = root.putArray("blankFields");
      for (BlankField b : s.blankFields()) {
        ObjectNode n = blank.addObject();
        n.put("label", b.label());
        putLocation(n, b.location());
      }
    }
    return root;
  }

  private static ObjectNode indicatorTree(Indicator i) {
    ObjectNode n = CanonicalJson.MAPPER.createObjectNode();
    for (IndicatorField f : IndicatorField.values()) {
      if (f != IndicatorField.HISTORY) {
        n.put(f.key(), i.text(f));
      }
    }
    ArrayNode history = n.putArray("history");
    for (HistoryValue h : i.history()) {
      ObjectNode hn = history.addObject();
      hn.put("label", h.label());
      if (h.year() == null) {
        hn.putNull("year");
      } else {
        hn.put("year", h.year());
      }
      hn.put("value", h.value());
      putLocation(hn, h.location());
    }
    if (i.evidence() != null) {
      n.put("evidence", i.evidence());
    }
    n.set("location", location(i.location()));
    if (!i.cells().isEmpty()) {
      ObjectNode cells = n.putObject("cells");
      for (IndicatorField f : IndicatorField.values()) {
        SourceLocation l = i.cells().get(f);
        if (l != null) {
          cells.set(f.key(), location(l));
        }
      }
    }
    return n;
  }

  private static ArrayNode sectionsTree(List<Section> sections) {
    return objects(sections, (n, sec) -> {
      n.put("heading", sec.heading());
      n.put("text", sec.text());
      if (!sec.parts().isEmpty()) {
        n.set("parts", sectionsTree(sec.parts()));
      }
      putLocation(n, sec.location());
    });
  }

  private static ArrayNode fundsTree(List<FundItem> items) {
    return objects(items, (n, f) -> {
      n.put("label", f.label());
      putAmount(n, "amount", f.amount());
      putAmount(n, "share", f.share());
      ObjectNode years = n.putObject("years");
      f.years().forEach((y, a) -> years.put(y, a == null ? null : a.raw()));
      n.set("children", fundsTree(f.children()));
      putLocation(n, f.location());
    });
  }

  /** An array of one object for each item, filled in by {@code fill}. */
  private static <T> ArrayNode objects(List<T> items,
      java.util.function.BiConsumer<ObjectNode, T> fill) {
    ArrayNode out = CanonicalJson.MAPPER.createArrayNode();
    for (T item : items) {
      fill.accept(out.addObject(), item);
    }
    return out;
  }

  private static void putAmount(ObjectNode n, String key, Amount a) {
    n.put(key, a == null ? null : a.raw());
  }

  private static void putLocation(ObjectNode n, SourceLocation l) {
    if (l != null && !l.isEmpty()) {
      n.set("location", location(l));
    }
  }

  /** A location as JSON, with only the parts that are known. */
  public static ObjectNode location(SourceLocation l) {
    ObjectNode n = CanonicalJson.MAPPER.createObjectNode();
    if (l.table() != null) {
      n.put("table", l.table());
    }
    if (l.row() != null) {
      n.put("row", l.row());
    }
    if (l.column() != null) {
      n.put("column", l.column());
    }
    if (l.line() != null) {
      n.put("line", l.line());
    }
    if (l.sheet() != null) {
      n.put("sheet", l.sheet());
    }
    if (l.cell() != null) {
      n.put("cell", l.cell());
    }
    return n;
  }
}
