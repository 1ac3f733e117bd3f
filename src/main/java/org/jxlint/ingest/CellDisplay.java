package org.jxlint.ingest;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Date1904Support;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * A spreadsheet cell as Excel shows it. POI's {@link DataFormatter} keeps a date format's quoting
 * and escapes in what it prints ({@code yyyy"年"m"月"d"日"} gives 2025"年"12"月"31"日", and the same
 * format saved as .xls, {@code yyyy\年m\月d\日}, gives 2025\年12\月31\日), knows nothing of the
 * Chinese built-in formats (numbers 27–58, which Excel does not write out) and fails on a
 * {@code [DBNum1]} format: the format is put in the form POI reads before it is used.
 */
final class CellDisplay {

  /** Excel's built-in formats for a Chinese locale (ECMA-376 Part 1, 18.8.30, zh-cn). */
  private static final Map<Integer, String> CHINESE_BUILTINS = Map.ofEntries(
      Map.entry(27, "yyyy年m月"), Map.entry(28, "m月d日"), Map.entry(29, "m月d日"),
      Map.entry(30, "m-d-yy"), Map.entry(31, "yyyy年m月d日"), Map.entry(32, "h时mm分"),
      Map.entry(33, "h时mm分ss秒"), Map.entry(36, "yyyy年m月"), Map.entry(50, "yyyy年m月"),
      Map.entry(51, "m月d日"), Map.entry(52, "yyyy年m月"), Map.entry(53, "m月d日"),
      Map.entry(54, "m月d日"), Map.entry(57, "yyyy年m月"), Map.entry(58, "m月d日"));
  /** Locale, calendar and numeral-system tags ([$-804], [$-F800], [DBNum1]): not shown. */
  private static final Pattern TAGS = Pattern.compile("\\[(?:\\$-[0-9A-Fa-f]+|DBNum\\d)]");
  /** A quoted literal, or one escaped character. */
  private static final Pattern LITERAL = Pattern.compile("\"([^\"]*)\"|\\\\(.)");

  /** A one-section number format with thousands-scaling commas after its last digit place. */
  private static final Pattern SCALED =
      Pattern.compile("([^;\"]*[0#?])(,+)((?:\"[^\"]*\"|\\\\.|[^0#?;,\"])*)");

  private final DataFormatter format = new DataFormatter(Locale.CHINA);

  /** Evaluates the formulas a file holds without a computed value; made on first need. */
  private org.apache.poi.ss.usermodel.FormulaEvaluator evaluator;

  /**
   * The cell's text as Excel shows it; a formula by its last computed value, or, where the file
   * holds none (written by a program that does not compute, as <c><f>100-5</f></c>), by the value
   * POI computes — never the 0 an absent value reads as; empty when POI cannot compute it.
   */
  String text(Cell cell) {
    if (cell.getCellType() == CellType.FORMULA
        && cell instanceof org.apache.poi.xssf.usermodel.XSSFCell x && !x.getCTCell().isSetV()) {
      return computed(cell);
    }
    CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType()
        : cell.getCellType();
    return switch (type) {
      case NUMERIC -> number(cell.getNumericCellValue(), cell);
      case STRING -> hidesText(sectionsOf(cell.getCellStyle().getDataFormatString())) ? ""
          : cell.getStringCellValue();
      case BOOLEAN -> cell.getCellType() == CellType.FORMULA
          ? String.valueOf(cell.getBooleanCellValue()) : format.formatCellValue(cell);
      default -> cell.getCellType() == CellType.FORMULA ? "" : format.formatCellValue(cell);
    };
  }

  private String computed(Cell cell) {
    try {
      if (evaluator == null) {
        evaluator = cell.getSheet().getWorkbook().getCreationHelper().createFormulaEvaluator();
      }
      org.apache.poi.ss.usermodel.CellValue v = evaluator.evaluate(cell);
      if (v == null) {
        return "";
      }
      return switch (v.getCellType()) {
        case NUMERIC -> number(v.getNumberValue(), cell);
        case STRING -> v.getStringValue();
        case BOOLEAN -> String.valueOf(v.getBooleanValue());
        default -> "";
      };
    } catch (RuntimeException e) {
      return ""; // a function POI does not know, a reference to another file
    }
  }

  /** A number in the cell's format, as Excel shows it. */
  private String number(double value, Cell cell) {
    return number(value, cell.getCellStyle().getDataFormat(),
        cell.getCellStyle().getDataFormatString(),
        cell.getSheet().getWorkbook() instanceof Date1904Support d && d.isDate1904());
  }

  /** A number in the format with this index and text, as Excel shows it. */
  String number(double value, int index, String pattern, boolean date1904) {
    String fmt = pattern == null || pattern.startsWith("reserved-")
        ? CHINESE_BUILTINS.getOrDefault(index, pattern == null ? "General" : pattern) : pattern;
    List<String> sections = sectionsOf(fmt);
    if (sections.size() > 1) {
      // Positive; negative; zero; text: an empty section shows nothing (;;; hides the cell).
      int which = value > 0 || sections.size() == 2 && value == 0 ? 0
          : value < 0 ? 1 : sections.size() > 2 ? 2 : 0;
      if (sections.get(which).isEmpty()) {
        return "";
      }
    }
    fmt = TAGS.matcher(fmt).replaceAll("");
    if (DateUtil.isADateFormat(index, fmt)) {
      fmt = unquoted(fmt);
    } else {
      Matcher scaled = SCALED.matcher(fmt);
      if (scaled.matches()) {
        // Commas after the last digit place divide by a thousand each (0.00,"千元"), which POI
        // does not do once a literal follows them.
        value /= Math.pow(1000, scaled.group(2).length());
        fmt = scaled.group(1) + scaled.group(3);
      }
    }
    try {
      return format.formatRawCellContents(value, index, fmt, date1904);
    } catch (RuntimeException e) {
      // A format POI cannot apply: the number as Excel's General format shows it.
      return format.formatRawCellContents(value, 0, "General");
    }
  }

  /** Whether a format shows no text: its fourth section, for text, is empty (;;;). */
  static boolean hidesText(String fmt) {
    return hidesText(sections(fmt == null ? "" : fmt));
  }

  private static boolean hidesText(List<String> sections) {
    return sections.size() == 4 && sections.get(3).isEmpty();
  }

  /** The workbook's formats split once each: a sheet has thousands of cells and few formats. */
  private final java.util.Map<String, List<String>> sectionsByFormat = new java.util.HashMap<>();

  private List<String> sectionsOf(String fmt) {
    return sectionsByFormat.computeIfAbsent(fmt == null ? "" : fmt, CellDisplay::sections);
  }

  /** A number format's sections, split at the semicolons outside quotes and escapes. */
  static List<String> sections(String fmt) {
    List<String> out = new java.util.ArrayList<>();
    StringBuilder b = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < fmt.length(); i++) {
      char c = fmt.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (c == '\\' && !quoted && i + 1 < fmt.length()) {
        b.append(c).append(fmt.charAt(++i));
        continue;
      } else if (c == ';' && !quoted) {
        out.add(b.toString());
        b.setLength(0);
        continue;
      }
      b.append(c);
    }
    out.add(b.toString());
    return out;
  }

  /**
   * A date format with its literals written bare ({@code yyyy"年"m"月"} as {@code yyyy年m月}), the
   * form POI turns into a date pattern without printing the quotes; a literal with Latin letters
   * stays quoted, since bare they would be read as parts of the date.
   */
  static String unquoted(String fmt) {
    Matcher m = LITERAL.matcher(fmt);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String literal = m.group(1) != null ? m.group(1) : m.group(2);
      boolean bare = literal.chars().noneMatch(c -> c < 128 && Character.isLetter(c));
      m.appendReplacement(out, Matcher.quoteReplacement(bare ? literal : m.group()));
    }
    m.appendTail(out);
    return out.toString();
  }
}
