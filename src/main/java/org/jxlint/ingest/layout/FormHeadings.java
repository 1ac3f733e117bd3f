package org.jxlint.ingest.layout;

import java.util.regex.Pattern;
import org.jxlint.text.TextNormalizer;

/**
 * The lines that open a part of a form: its title (…绩效目标表（2023年度）), a project's title
 * (2.某项目绩效目标表), the headings of its prose (一、… and （二）…) and its parts (第一部分). The
 * methods but {@link #headingLine} take the line's compact text ({@link TextNormalizer#compact}).
 */
final class FormHeadings {

  private static final Pattern HEADING_1 = Pattern.compile("^[一二三四五六七八九十]+\\s*[、.．]");
  private static final Pattern HEADING_2 = Pattern.compile("^[（(][一二三四五六七八九十]+[)）]");
  private static final Pattern PART_MARK = Pattern.compile("^第[一二三四五六七八九十]+部分");
  private static final Pattern PROJECT_TITLE =
      Pattern.compile("^\\d+\\s*[.．、]\\s*\\S.*绩效目标(?:申报|批复)?表$");
  private static final Pattern TITLE = Pattern.compile(".*绩效.*(?:表|目标)$");
  /** What may follow a title: its year, in brackets or not, or another bracketed remark. */
  private static final Pattern TITLE_TAIL =
      Pattern.compile("\\s*(?:[(（][^()（）]*[)）]|(?:19|20)\\d{2}\\s*年度?)$");

  private FormHeadings() {}

  /** Whether a line is a form's title or a heading: no row of the table above it. */
  static boolean headingLine(String text) {
    String compact = TextNormalizer.compact(text);
    String bare = TextNormalizer.compact(TITLE_TAIL.matcher(text.strip()).replaceFirst(""));
    return title(bare) || projectTitle(bare) || heading1(compact) || heading2(compact)
        || partMark(compact);
  }

  /** 一、… */
  static boolean heading1(String compact) {
    return HEADING_1.matcher(compact).find();
  }

  /** （二）… */
  static boolean heading2(String compact) {
    return HEADING_2.matcher(compact).find();
  }

  /** 第一部分… */
  static boolean partMark(String compact) {
    return PART_MARK.matcher(compact).find();
  }

  /** 2.某项目绩效目标表: one project's table among several. */
  static boolean projectTitle(String compact) {
    return PROJECT_TITLE.matcher(compact).matches();
  }

  /** …绩效目标表, …绩效目标: a form's title (its year or remark taken off). */
  static boolean title(String compact) {
    return TITLE.matcher(compact).matches();
  }
}
