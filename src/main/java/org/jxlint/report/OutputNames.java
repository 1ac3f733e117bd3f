package org.jxlint.report;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Names for the files written one per input into a folder: the input's name with a suffix
 * ({@code 表.审核.docx}, {@code 表.审核意见.txt}); when two inputs of a batch share a name (the same
 * form from two folders), the later ones are numbered ({@code 表-2.审核.docx}), compared without
 * case as Windows and macOS do.
 */
final class OutputNames {

  private final Set<String> used = new HashSet<>();

  /**
   * @param path the input's path as shown in reports
   * @param suffix what comes between the name and the extension, without dots ({@code 审核})
   * @param extension the extension of the written file, without its dot; null keeps the input's
   */
  String next(String path, String suffix, String extension) {
    String name = fileName(path);
    if (name.isBlank() || name.equals(".") || name.equals("..") || name.contains("/")) {
      name = "file";
    }
    int dot = name.lastIndexOf('.');
    String stem = dot > 0 ? name.substring(0, dot) : name;
    String ext = extension != null ? extension : dot > 0 ? name.substring(dot + 1) : "";
    String tail = "." + suffix + (ext.isEmpty() ? "" : "." + ext);
    stem = fitting(stem.replaceAll("\\p{Cntrl}", "_"), tail);
    name = stem + (dot > 0 ? name.substring(dot) : "");
    String candidate = stem + tail;
    if (used.contains(candidate.toLowerCase(Locale.ROOT)) && extension != null) {
      candidate = name + tail; // 表.docx and 表.xlsx: 表.审核意见.md, then 表.xlsx.审核意见.md
    }
    for (int n = 2; !used.add(candidate.toLowerCase(Locale.ROOT)); n++) {
      candidate = stem + "-" + n + tail;
    }
    return candidate;
  }

  /** Bytes of a file name most file systems allow. */
  static final int MAX_NAME_BYTES = 255;

  /**
   * The stem cut, at a character, so that the written name — with its tail, a number for a
   * repeated name ({@code -9999}), and the dot and {@code .part} of the file written first — stays
   * within {@link #MAX_NAME_BYTES} bytes of UTF-8: an input named with 80 Chinese characters is
   * legal, its report's name with {@code .审核意见.txt} after it would not be.
   */
  static String fitting(String stem, String tail) {
    int budget = MAX_NAME_BYTES - utf8(tail) - ".-9999.part".length() - ".xlsx".length();
    if (utf8(stem) <= budget) {
      return stem;
    }
    StringBuilder out = new StringBuilder();
    int used = 0;
    for (int i = 0; i < stem.length(); ) {
      int cp = stem.codePointAt(i);
      int n = utf8(new String(Character.toChars(cp)));
      if (used + n > budget) {
        break;
      }
      out.appendCodePoint(cp);
      used += n;
      i += Character.charCount(cp);
    }
    return out.toString();
  }

  private static int utf8(String s) {
    return s.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
  }

  /**
   * The file a report is written to before it takes its name, beside it: a reader of the folder
   * never sees half a file, and a failed write leaves none.
   */
  static Path part(Path target) {
    return target.resolveSibling("." + target.getFileName() + ".part");
  }

  /** The last part of a path as reports show it (the path itself when it ends in a slash). */
  static String fileName(String path) {
    String name = path.replace('\\', '/');
    name = name.substring(name.lastIndexOf('/') + 1);
    return name.isBlank() ? path : name;
  }
}
