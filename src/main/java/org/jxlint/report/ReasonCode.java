package org.jxlint.report;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Why a file could not be read, as a stable code a program can test ({@code encrypted},
 * {@code scanned-pdf}, {@code too-large} …), next to the message in the reader's language. Each
 * message key {@code unreadable.*} has one code; several keys may share one (every way a
 * canonical JSON file breaks its schema is {@code json-invalid}). Codes are only ever added, never
 * renamed: they are listed in {@code docs/report.schema.json} and {@code docs/report-json.md}.
 */
public final class ReasonCode {

  private static final String PREFIX = "unreadable.";

  private static final Map<String, String> BY_KEY = new LinkedHashMap<>();

  static {
    // The file system: before any reader opens the file.
    code("missing", "missing");
    code("linkBroken", "link-broken");
    code("notFile", "not-a-file");
    code("permission", "permission");
    code("empty", "empty");
    code("io", "io-error");
    code("linkOutside", "link-outside");
    code("tooLarge", "too-large");
    code("type", "unsupported");
    code("notYet", "unsupported");
    // What the file holds.
    code("binary", "binary");
    code("encrypted", "encrypted");
    code("zipBomb", "zip-bomb");
    code("corrupt", "corrupt");
    code("truncated", "truncated");
    code("notOffice", "not-office");
    code("wrongType", "wrong-type");
    code("otherOffice", "wrong-type");
    code("html", "html");
    code("rtf", "unsupported");
    code("openDocument", "unsupported");
    code("image", "wrong-type");
    code("htmlAsPdf", "html");
    code("webPage", "html");
    code("xml2003", "office-xml-2003");
    code("oldWord", "old-word");
    code("pdfNoText", "scanned-pdf");
    code("csv.unclosedQuote", "csv-malformed");
    code("csv.afterQuote", "csv-malformed");
    code("csv.line", "csv-malformed");
    code("tooWide", "too-wide");
    code("tooManyCells", "too-many-cells");
    code("tooManyBlankCells", "too-many-cells");
    code("tooManyRows", "too-many-rows");
    code("tooManyBlankRows", "too-many-rows");
    code("zeros", "zeros");
    code("missingSheet", "missing-sheet");
    code("pdf.damaged", "pdf-damaged");
    code("pdf.cycle", "pdf-damaged");
    code("pdf.pageTree", "pdf-damaged");
    code("pdf.truncated", "pdf-truncated");
    code("pdf.copyProtected", "copy-protected");
    code("pdf.tooManyPages", "too-many-pages");
    code("timeout", "timeout");
    // Canonical JSON.
    code("json.limit", "json-limit");
    code("json.syntax", "json-syntax");
    code("json.truncated", "json-truncated");
    code("json.notSubmission", "json-not-submission");
    for (String k : new String[] {"json.type.object", "json.type.array", "json.type.string",
        "json.year", "json.kind", "json.date", "json.moneyUnit", "json.from", "json.leftBlank"}) {
      code(k, "json-invalid");
    }
    // jxlint's own failures (exit code 3): the file may be fine.
    code("crash", "internal-error");
    code("reportFailed", "report-failed");
  }

  private ReasonCode() {}

  private static void code(String key, String code) {
    BY_KEY.put(PREFIX + key, code);
  }

  /**
   * The code of a reason's message key; null for null. A key with no code of its own (one added
   * without updating this table, which a test forbids) gets one made from its name, so that a
   * report always has a code.
   */
  public static String of(String reasonKey) {
    if (reasonKey == null) {
      return null;
    }
    String code = BY_KEY.get(reasonKey);
    if (code != null) {
      return code;
    }
    String name = reasonKey.startsWith(PREFIX) ? reasonKey.substring(PREFIX.length()) : reasonKey;
    return name.replaceAll("([a-z0-9])([A-Z])", "$1-$2").replace('.', '-')
        .toLowerCase(Locale.ROOT);
  }

  /** The message keys that have a code. */
  public static Set<String> keys() {
    return java.util.Collections.unmodifiableSet(BY_KEY.keySet());
  }

  /** Every code, sorted. */
  public static Set<String> all() {
    return java.util.Collections.unmodifiableSet(new TreeSet<>(BY_KEY.values()));
  }
}
