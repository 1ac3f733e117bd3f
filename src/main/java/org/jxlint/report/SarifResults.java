package org.jxlint.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.jxlint.check.Finding;
import org.jxlint.check.Severity;
import org.jxlint.i18n.Messages;
import org.jxlint.model.SourceLocation;

/**
 * One SARIF result per finding or unreadable file. Every result has a file relative to
 * {@code %SRCROOT%} (the directory jxlint ran in) where it lies below it, a region (line 1 where
 * the file has no lines, as GitHub needs a start line), and always a logical location — the table
 * and indicator path, or the document — since Word, Excel and PDF files have no lines to point
 * at; and partial fingerprints that do not change when rows are inserted.
 */
final class SarifResults {

  static final String SRCROOT = "%SRCROOT%";
  static final ObjectMapper MAPPER = new ObjectMapper();

  private final Messages messages;
  private final Path srcRoot;
  private final boolean baseline;

  /**
   * @param srcRoot the directory paths are made relative to; null for absolute file URIs only
   * @param baseline whether a baseline was given, so results say new or unchanged
   */
  SarifResults(Messages messages, Path srcRoot, boolean baseline) {
    this.messages = messages;
    this.srcRoot = srcRoot == null ? null : srcRoot.toAbsolutePath().normalize();
    this.baseline = baseline;
  }

  /** {@code %SRCROOT%} as an absolute directory URI, for {@code originalUriBaseIds}. */
  String srcRootUri() {
    if (srcRoot == null) {
      return null;
    }
    String uri = srcRoot.toUri().toASCIIString();
    return uri.endsWith("/") ? uri : uri + "/";
  }

  ObjectNode unreadable(FileReport r) {
    ObjectNode result = MAPPER.createObjectNode();
    result.put("ruleId", "unreadable");
    result.put("level", "error");
    text(result, "message", messages.get("report.status.unreadable")
        + messages.get("report.colon") + Rendering.reason(messages, r));
    locations(result, r.path(), SourceLocation.NONE, List.of());
    result.putObject("partialFingerprints").put("jxlint/v1",
        Fingerprint.ofUnreadable(r.path(), r.reasonKey()));
    result.putObject("properties").put("reason", r.reasonKey())
        .put("reasonCode", r.reasonCode());
    return result;
  }

  ObjectNode finding(FileReport r, Finding f) {
    ObjectNode result = MAPPER.createObjectNode();
    result.put("ruleId", f.rule());
    result.put("level", level(f.severity()));
    String fix = Rendering.suggestion(messages, f).map(s -> "\n" + s).orElse("");
    text(result, "message", Rendering.message(messages, f) + fix);
    locations(result, r.path(), f.location(), f.indicator());
    result.putObject("partialFingerprints").put("jxlint/v1", Fingerprint.of(r.path(), f));
    if (baseline) {
      result.put("baselineState", f.known() ? "unchanged" : "new");
    }
    if (f.waiver() != null) {
      ObjectNode s = result.putArray("suppressions").addObject();
      s.put("kind", "external");
      s.put("justification", f.waiver());
    }
    ObjectNode properties = result.putObject("properties");
    properties.put("evidence", f.evidence());
    properties.put("field", f.field());
    return result;
  }

  private void locations(ObjectNode result, String path, SourceLocation l,
      List<String> indicator) {
    ObjectNode location = result.putArray("locations").addObject();
    ObjectNode physical = location.putObject("physicalLocation");
    artifact(physical.putObject("artifactLocation"), path);
    // GitHub places a result only by region.startLine; where the file has no lines (Word, Excel,
    // PDF) the result stands at line 1, the file as a whole, and the logical location says where.
    ObjectNode region = physical.putObject("region");
    region.put("startLine", l.line() == null ? 1 : l.line());
    if (l.line() != null && l.column() != null) {
      region.put("startColumn", l.column());
    }
    ObjectNode logical = location.putArray("logicalLocations").addObject();
    String where = Rendering.location(messages, l);
    if (indicator.isEmpty() && l.table() == null) {
      // Nothing inside the document to name: the document itself.
      int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
      logical.put("name", path.substring(slash + 1));
      logical.put("kind", "resource");
    } else {
      String table = l.table() == null ? "" : messages.get("report.location.table", l.table())
          + (indicator.isEmpty() ? "" : Rendering.PATH_SEPARATOR);
      logical.put("fullyQualifiedName", table + String.join(Rendering.PATH_SEPARATOR, indicator));
      logical.put("kind", "member");
    }
    if (!where.isEmpty()) {
      logical.putObject("properties").put("cell", where);
    }
  }

  /** A file of the run, as the run's {@code artifacts} list it: its location alone. */
  ObjectNode artifactOf(String path) {
    ObjectNode a = MAPPER.createObjectNode();
    artifact(a.putObject("location"), path);
    return a;
  }

  /** The file relative to {@code %SRCROOT%} when it lies below it, else an absolute file URI. */
  private void artifact(ObjectNode artifact, String path) {
    Path abs;
    try {
      abs = Path.of(path).toAbsolutePath().normalize();
    } catch (java.nio.file.InvalidPathException e) {
      // not a path of this system (a name from elsewhere): percent-encoded as written
      artifact.put("uri", java.net.URLEncoder.encode(path, java.nio.charset.StandardCharsets.UTF_8));
      return;
    }
    if (srcRoot != null && abs.startsWith(srcRoot) && !abs.equals(srcRoot)) {
      // Joined name by name: a backslash in a name on this system is part of the name.
      StringBuilder relative = new StringBuilder();
      for (Path name : srcRoot.relativize(abs)) {
        relative.append(relative.length() == 0 ? "" : "/").append(name);
      }
      try {
        artifact.put("uri", new URI(null, null, relative.toString(), null).toASCIIString());
        artifact.put("uriBaseId", SRCROOT);
        return;
      } catch (URISyntaxException e) {
        // a name no URI can hold: fall back to the absolute form
      }
    }
    artifact.put("uri", abs.toUri().toASCIIString());
  }

  private static void text(ObjectNode node, String field, String text) {
    node.putObject(field).put("text", text);
  }

  static String level(Severity s) {
    return switch (s) {
      case ERROR -> "error";
      case WARNING -> "warning";
      case INFO -> "note";
    };
  }
}
