package org.jxlint.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jxlint.model.Amount;
import org.jxlint.model.BlankField;
import org.jxlint.model.FundItem;
import org.jxlint.model.Goal;
import org.jxlint.model.HistoryValue;
import org.jxlint.model.Indicator;
import org.jxlint.model.IndicatorField;
import org.jxlint.model.IndicatorTable;
import org.jxlint.model.MetaField;
import org.jxlint.model.MoneyUnit;
import org.jxlint.model.Project;
import org.jxlint.model.ReadingNote;
import org.jxlint.model.ScheduleStep;
import org.jxlint.model.Scope;
import org.jxlint.model.Section;
import org.jxlint.model.SourceLocation;
import org.jxlint.model.TableSource;
import org.jxlint.model.Submission;
import org.jxlint.model.YearBasis;
import org.jxlint.model.SubmissionKind;
import org.jxlint.text.Amounts;
import org.jxlint.text.DateText;
import org.jxlint.text.TargetValueParser;

/**
 * jxlint's canonical JSON form of a submission (schema: {@code docs/canonical-json.schema.json}).
 * It is both an input format — other systems can feed jxlint directly, and every check can be tested
 * with it — and what {@code jxlint parse} prints ({@link CanonicalTree}). Reading then writing keeps
 * the model unchanged.
 */
public final class CanonicalJson implements SubmissionReader {

  public static final String LAYOUT = "canonical-json";
  private static final Set<String> KNOWN_KEYS = Set.of("unit", "year", "kind", "filingDate",
      "moneyUnit", "funds", "projects", "goals", "sections", "tables", "title", "layout",
      "yearBasis", "leftBlank", "blankFields", "readingNotes");

  public static final ObjectMapper MAPPER = new ObjectMapper()
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .enable(SerializationFeature.INDENT_OUTPUT);

  private final TargetValueParser values;

  public CanonicalJson(TargetValueParser values) {
    this.values = values;
  }

  @Override
  public Set<String> extensions() {
    return Set.of("json");
  }

  @Override
  public Submission read(Path file, String displayPath) throws UnreadableException {
    JsonNode root;
    // Decoded as text files are (GBK, UTF-16 without a mark, a few bad bytes), not by Jackson.
    List<ReadingNote> notes = new ArrayList<>();
    String text = DocumentReader.text(file, notes);
    try {
      ReadLimits.current().rows(rowsIn(text));
      root = MAPPER.readTree(text);
    } catch (com.fasterxml.jackson.core.exc.StreamConstraintsException e) {
      // Nesting, number or string beyond the parser's limits: not a typo, a file no form is.
      throw new UnreadableException("unreadable.json.limit");
    } catch (com.fasterxml.jackson.core.io.JsonEOFException e) {
      throw new UnreadableException("unreadable.json.truncated", lineOf(e));
    } catch (JsonProcessingException e) {
      var where = e.getLocation();
      throw new UnreadableException("unreadable.json.syntax", lineOf(e),
          where == null ? "?" : where.getColumnNr());
    } catch (IOException e) {
      throw new UnreadableException("unreadable.io", e.getMessage());
    }
    cutLongTexts(root, notes);
    Submission read = fromTree(root, displayPath);
    return notes.isEmpty() ? read : read.withReadingNotes(notes);
  }

  /**
   * How many tables and indicator rows the text holds, counted as it streams past before any tree
   * is built: the objects of every “tables” and “indicators” array. A file of 500,000 rows is
   * refused with the row limit, as a table of that many rows is, instead of filling the heap.
   */
  static long rowsIn(String text) throws IOException {
    long rows = 0;
    try (com.fasterxml.jackson.core.JsonParser p = MAPPER.getFactory().createParser(text)) {
      java.util.ArrayDeque<Boolean> counted = new java.util.ArrayDeque<>();
      String field = null;
      com.fasterxml.jackson.core.JsonToken t;
      while ((t = p.nextToken()) != null) {
        switch (t) {
          case FIELD_NAME -> field = p.currentName();
          case START_ARRAY -> {
            counted.push("tables".equals(field) || "indicators".equals(field));
            field = null;
          }
          case END_ARRAY -> counted.pop();
          case START_OBJECT -> {
            if (!counted.isEmpty() && counted.peek() && p.getParsingContext().getParent() != null
                && p.getParsingContext().getParent().inArray()) {
              rows++;
            }
            counted.push(false);
            field = null;
          }
          case END_OBJECT -> counted.pop();
          default -> field = null;
        }
      }
    }
    return rows;
  }

  /**
   * Cuts every text longer than {@link ReadLimits#maxCellLength()} (a 20 MB unit name, say) as the
   * other readers cut a cell, said in a reading note, so that no report has to carry it whole.
   */
  static void cutLongTexts(JsonNode root, List<ReadingNote> notes) {
    int max = ReadLimits.current().maxCellLength();
    java.util.ArrayDeque<JsonNode> todo = new java.util.ArrayDeque<>();
    todo.push(root);
    while (!todo.isEmpty()) {
      JsonNode node = todo.pop();
      if (node instanceof ObjectNode o) {
        for (var it = o.fields(); it.hasNext(); ) {
          var e = it.next();
          if (e.getValue().isTextual() && e.getValue().textValue().length() > max) {
            String t = e.getValue().textValue();
            notes.add(DocumentReader.cut(t, max, SourceLocation.NONE));
            e.setValue(o.textNode(t.substring(0, DocumentReader.cutAt(t, max))));
          } else if (e.getValue().isContainerNode()) {
            todo.push(e.getValue());
          }
        }
      } else if (node instanceof ArrayNode a) {
        for (int i = 0; i < a.size(); i++) {
          JsonNode v = a.get(i);
          if (v.isTextual() && v.textValue().length() > max) {
            String t = v.textValue();
            notes.add(DocumentReader.cut(t, max, SourceLocation.NONE));
            a.set(i, a.textNode(t.substring(0, DocumentReader.cutAt(t, max))));
          } else if (v.isContainerNode()) {
            todo.push(v);
          }
        }
      }
    }
  }

  private static String lineOf(JsonProcessingException e) {
    return e.getLocation() == null ? "?" : String.valueOf(e.getLocation().getLineNr());
  }

  /** Reads an already parsed tree, for example a case embedded in a YAML fixture. */
  public Submission fromTree(JsonNode root, String source) throws UnreadableException {
    if (root == null || !root.isObject()) {
      throw new UnreadableException("unreadable.json.notSubmission");
    }
    boolean known = false;
    for (var it = root.fieldNames(); it.hasNext(); ) {
      known |= KNOWN_KEYS.contains(it.next());
    }
    if (!known) {
      throw new UnreadableException("unreadable.json.notSubmission");
    }
    Map<MetaField, SourceLocation> metaLocations = new EnumMap<>(MetaField.class);
    JsonNode metaLoc = root.path("locations");
    for (MetaField f : MetaField.values()) {
      if (metaLoc.has(f.key())) {
        metaLocations.put(f, location(metaLoc.get(f.key()), "locations." + f.key()));
      }
    }
    List<IndicatorTable> tables = new ArrayList<>();
    JsonNode tablesNode = array(root, "tables", "tables");
    for (int t = 0; t < tablesNode.size(); t++) {
      tables.add(table(tablesNode.get(t), t + 1, "tables[" + t + "]"));
    }
    return new Submission(
        source,
        text(root, "layout", "layout") == null ? LAYOUT : text(root, "layout", "layout"),
        text(root, "title", "title"),
        text(root, "unit", "unit"),
        year(root.get("year")),
        kind(text(root, "kind", "kind")),
        filingDate(text(root, "filingDate", "filingDate")),
        moneyUnit(text(root, "moneyUnit", "moneyUnit")),
        funds(array(root, "funds", "funds"), "funds"),
        projects(array(root, "projects", "projects")),
        goals(array(root, "goals", "goals")),
        sections(array(root, "sections", "sections"), "sections"),
        tables,
        metaLocations,
        yearBasis(root),
        leftBlank(root),
        readingNotes(array(root, "readingNotes", "readingNotes")),
        blankFields(array(root, "blankFields", "blankFields")));
  }

  /** Other header fields the form left empty (项目负责人, 立项依据), as jxlint parse recorded them. */
  private static List<BlankField> blankFields(JsonNode array) throws UnreadableException {
    List<BlankField> out = new ArrayList<>();
    for (int i = 0; i < array.size(); i++) {
      JsonNode n = array.get(i);
      String p = "blankFields[" + i + "]";
      out.add(new BlankField(text(n, "label", p + ".label"),
          n.has("location") ? location(n.get("location"), p + ".location") : null));
    }
    return out;
  }

  /** What jxlint could not read with certainty, as {@code jxlint parse} recorded it. */
  private static List<ReadingNote> readingNotes(JsonNode array) throws UnreadableException {
    List<ReadingNote> out = new ArrayList<>();
    for (int i = 0; i < array.size(); i++) {
      JsonNode n = array.get(i);
      String p = "readingNotes[" + i + "]";
      out.add(new ReadingNote(text(n, "kind", p + ".kind"), text(n, "subject", p + ".subject"),
          text(n, "detail", p + ".detail"),
          n.has("location") ? location(n.get("location"), p + ".location") : null));
    }
    return out;
  }

  /** Header fields recorded as left blank on the form (by jxlint parse, or by hand). */
  private static Set<MetaField> leftBlank(JsonNode root) throws UnreadableException {
    Set<MetaField> out = java.util.EnumSet.noneOf(MetaField.class);
    JsonNode node = root.path("leftBlank");
    if (node.isMissingNode() || node.isNull()) {
      return out;
    }
    if (!node.isArray()) {
      throw new UnreadableException("unreadable.json.type.array", "leftBlank");
    }
    for (JsonNode n : node) {
      MetaField f = MetaField.fromKey(n.asText());
      if (f == null) {
        throw new UnreadableException("unreadable.json.leftBlank", n.asText());
      }
      out.add(f);
    }
    return out;
  }

  /** Where the year came from: as recorded by jxlint parse, else declared by the file. */
  private static YearBasis yearBasis(JsonNode root) {
    if (root.path("year").isNull() || root.path("year").isMissingNode()) {
      return null;
    }
    YearBasis recorded = YearBasis.fromKey(root.path("yearBasis").asText(""));
    return recorded != null ? recorded : YearBasis.DECLARED;
  }

  private IndicatorTable table(JsonNode node, int index, String path)
      throws UnreadableException {
    object(node, path);
    SourceLocation tableLoc = location(node.get("location"), path + ".location");
    int number = tableLoc.table() != null ? tableLoc.table() : index;
    List<Indicator> indicators = new ArrayList<>();
    JsonNode rows = array(node, "indicators", path + ".indicators");
    for (int i = 0; i < rows.size(); i++) {
      indicators.add(indicator(rows.get(i), number, i + 1, path + ".indicators[" + i + "]"));
    }
    return new IndicatorTable(number, scope(text(node, "scope", path + ".scope")),
        text(node, "project", path + ".project"), text(node, "title", path + ".title"),
        indicators,
        tableLoc.isEmpty() ? new SourceLocation(number, null, null, null, null, null) : tableLoc,
        from(text(node, "from", path + ".from"), path + ".from"));
  }

  /** {@code "from"}: table (or absent) for rows read from a table, prose for rows from sentences. */
  private static TableSource from(String text, String path) throws UnreadableException {
    if (text == null || text.isBlank()) {
      return TableSource.TABLE;
    }
    TableSource from = TableSource.fromKey(text.strip());
    if (from == null) {
      throw new UnreadableException("unreadable.json.from", text);
    }
    return from;
  }

  private Indicator indicator(JsonNode node, int table, int row, String path)
      throws UnreadableException {
    object(node, path);
    SourceLocation loc = node.has("location")
        ? location(node.get("location"), path + ".location")
        : SourceLocation.tableRow(table, row);
    Map<IndicatorField, SourceLocation> cells = new EnumMap<>(IndicatorField.class);
    JsonNode cellsNode = node.path("cells");
    for (IndicatorField f : IndicatorField.values()) {
      if (cellsNode.has(f.key())) {
        cells.put(f, location(cellsNode.get(f.key()), path + ".cells." + f.key()));
      }
    }
    List<HistoryValue> history = new ArrayList<>();
    JsonNode historyNode = array(node, "history", path + ".history");
    for (int h = 0; h < historyNode.size(); h++) {
      JsonNode hv = object(historyNode.get(h), path + ".history[" + h + "]");
      history.add(new HistoryValue(text(hv, "label", path + ".history.label"),
          year(hv.get("year")), text(hv, "value", path + ".history.value"),
          location(hv.get("location"), path + ".history.location")));
    }
    String comparator = text(node, "comparator", path + ".comparator");
    String value = text(node, "value", path + ".value");
    String unit = text(node, "unit", path + ".unit");
    return new Indicator(
        text(node, "level1", path + ".level1"),
        text(node, "level2", path + ".level2"),
        text(node, "name", path + ".name"),
        comparator, value, unit,
        text(node, "explanation", path + ".explanation"),
        text(node, "scoring", path + ".scoring"),
        text(node, "basis", path + ".basis"),
        text(node, "remark", path + ".remark"),
        history,
        values.parse(comparator, value, unit),
        loc,
        cells,
        text(node, "evidence", path + ".evidence"));
  }

  private List<FundItem> funds(JsonNode array, String path) throws UnreadableException {
    List<FundItem> out = new ArrayList<>();
    for (int i = 0; i < array.size(); i++) {
      String p = path + "[" + i + "]";
      JsonNode n = object(array.get(i), p);
      Map<String, Amount> years = new LinkedHashMap<>();
      JsonNode yearsNode = n.path("years");
      if (!yearsNode.isMissingNode() && !yearsNode.isNull() && !yearsNode.isObject()) {
        throw new UnreadableException("unreadable.json.type.object", p + ".years");
      }
      for (var it = yearsNode.fields(); it.hasNext(); ) {
        var e = it.next();
        years.put(e.getKey(), amount(e.getValue(), p + ".years." + e.getKey()));
      }
      out.add(new FundItem(text(n, "label", p + ".label"), amount(n.get("amount"), p + ".amount"),
          amount(n.get("share"), p + ".share"), years,
          funds(array(n, "children", p + ".children"), p + ".children"),
          location(n.get("location"), p + ".location")));
    }
    return out;
  }

  private List<Project> projects(JsonNode array) throws UnreadableException {
    List<Project> out = new ArrayList<>();
    for (int i = 0; i < array.size(); i++) {
      String p = "projects[" + i + "]";
      JsonNode n = object(array.get(i), p);
      List<ScheduleStep> schedule = new ArrayList<>();
      JsonNode steps = array(n, "schedule", p + ".schedule");
      for (int s = 0; s < steps.size(); s++) {
        String sp = p + ".schedule[" + s + "]";
        JsonNode step = object(steps.get(s), sp);
        schedule.add(new ScheduleStep(text(step, "point", sp + ".point"),
            amount(step.get("share"), sp + ".share"), location(step.get("location"), sp)));
      }
      out.add(new Project(text(n, "name", p + ".name"), text(n, "code", p + ".code"),
          text(n, "category", p + ".category"), amount(n.get("total"), p + ".total"),
          amount(n.get("annual"), p + ".annual"), amount(n.get("fiscal"), p + ".fiscal"),
          amount(n.get("other"), p + ".other"), schedule, text(n, "purpose", p + ".purpose"),
          text(n, "goal", p + ".goal"), text(n, "period", p + ".period"),
          location(n.get("location"), p)));
    }
    return out;
  }

  private List<Goal> goals(JsonNode array) throws UnreadableException {
    List<Goal> out = new ArrayList<>();
    for (int i = 0; i < array.size(); i++) {
      String p = "goals[" + i + "]";
      JsonNode n = object(array.get(i), p);
      out.add(new Goal(scope(text(n, "scope", p + ".scope")), text(n, "text", p + ".text"),
          year(n.get("until")), location(n.get("location"), p)));
    }
    return out;
  }

  private List<Section> sections(JsonNode array, String path) throws UnreadableException {
    List<Section> out = new ArrayList<>();
    for (int i = 0; i < array.size(); i++) {
      String p = path + "[" + i + "]";
      JsonNode n = object(array.get(i), p);
      out.add(new Section(text(n, "heading", p + ".heading"), text(n, "text", p + ".text"),
          sections(array(n, "parts", p + ".parts"), p + ".parts"),
          location(n.get("location"), p)));
    }
    return out;
  }

  // ---- small typed readers; each names the JSON path when the type is wrong ----

  private static JsonNode object(JsonNode node, String path) throws UnreadableException {
    if (node == null || !node.isObject()) {
      throw new UnreadableException("unreadable.json.type.object", path);
    }
    return node;
  }

  private static JsonNode array(JsonNode parent, String key, String path)
      throws UnreadableException {
    JsonNode node = parent.get(key);
    if (node == null || node.isNull()) {
      return MAPPER.createArrayNode();
    }
    if (!node.isArray()) {
      throw new UnreadableException("unreadable.json.type.array", path);
    }
    return node;
  }

  private static String text(JsonNode parent, String key, String path)
      throws UnreadableException {
    JsonNode node = parent.get(key);
    if (node == null || node.isNull()) {
      return null;
    }
    if (node.isTextual()) {
      return node.asText();
    }
    if (node.isNumber()) {
      return node.isBigDecimal() ? node.decimalValue().toPlainString() : node.asText();
    }
    throw new UnreadableException("unreadable.json.type.string", path);
  }

  private static Amount amount(JsonNode node, String path) throws UnreadableException {
    if (node == null || node.isNull()) {
      return null;
    }
    if (node.isNumber()) {
      return Amounts.parse(node.isBigDecimal() ? node.decimalValue().toPlainString()
          : node.asText());
    }
    if (node.isTextual()) {
      return Amounts.parse(node.asText());
    }
    throw new UnreadableException("unreadable.json.type.string", path);
  }

  private static Integer year(JsonNode node) throws UnreadableException {
    if (node == null || node.isNull()) {
      return null;
    }
    String digits = org.jxlint.text.TextNormalizer.compact(node.asText())
        .replaceAll("年度?$", "");
    if (digits.isEmpty()) {
      return null;
    }
    if (!digits.matches("(19|20)\\d{2}")) {
      throw new UnreadableException("unreadable.json.year", node.asText());
    }
    return Integer.valueOf(digits);
  }

  private static SourceLocation location(JsonNode node, String path)
      throws UnreadableException {
    if (node == null || node.isNull()) {
      return SourceLocation.NONE;
    }
    object(node, path);
    return new SourceLocation(integer(node, "table"), integer(node, "row"),
        integer(node, "column"), integer(node, "line"), node.path("sheet").textValue(),
        node.path("cell").textValue());
  }

  private static Integer integer(JsonNode node, String key) {
    JsonNode n = node.get(key);
    return n != null && n.canConvertToInt() && n.isNumber() ? n.asInt() : null;
  }

  private static SubmissionKind kind(String text) throws UnreadableException {
    if (text == null || text.isBlank()) {
      return null;
    }
    String t = text.strip();
    for (SubmissionKind k : SubmissionKind.values()) {
      if (k.key().equals(t)) {
        return k;
      }
    }
    if (t.contains("部门") || t.contains("整体")) {
      return SubmissionKind.DEPARTMENT;
    }
    if (t.contains("项目")) {
      return SubmissionKind.PROJECT;
    }
    throw new UnreadableException("unreadable.json.kind", text);
  }

  private static Scope scope(String text) {
    if (text == null) {
      return Scope.ANNUAL;
    }
    String t = text.strip();
    return t.equals(Scope.LONG_TERM.key()) || t.contains("长期") ? Scope.LONG_TERM : Scope.ANNUAL;
  }

  private static LocalDate filingDate(String text) throws UnreadableException {
    if (text == null || text.isBlank()) {
      return null;
    }
    return DateText.parse(text)
        .orElseThrow(() -> new UnreadableException("unreadable.json.date", text));
  }

  private static MoneyUnit moneyUnit(String text) throws UnreadableException {
    if (text == null || text.isBlank()) {
      return null;
    }
    String t = org.jxlint.text.TextNormalizer.compact(text);
    for (MoneyUnit u : MoneyUnit.values()) {
      if (u.label().equals(t)) {
        return u;
      }
    }
    throw new UnreadableException("unreadable.json.moneyUnit", text);
  }
}
