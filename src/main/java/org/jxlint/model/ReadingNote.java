package org.jxlint.model;

/**
 * Something jxlint could not read with certainty: not a defect of the submission, but a place
 * where the reader had to guess or gave up, so that a reviewer looks there with their own eyes.
 *
 * @param kind what happened, as a stable key ({@link #UNRECOGNIZED_TABLE}, …)
 * @param subject what it concerns, as written in the file (a header cell, the table's first row)
 * @param detail how jxlint read it instead (a column role, a row count), or null
 */
public record ReadingNote(String kind, String subject, String detail, SourceLocation location)
    implements java.io.Serializable {

  /** Rows that look like indicators (dimension names in their first cells) but read as no table. */
  public static final String UNRECOGNIZED_TABLE = "unrecognized-table";
  /** A table read without a header it knew: every column's role came from what it holds. */
  public static final String GUESSED_HEADER = "guessed-header";
  /** A column whose header did not say its role, or said one its cells contradict. */
  public static final String GUESSED_COLUMN = "guessed-column";
  /** Cells rebuilt from flattened text (one cell per line, runs of spaces). */
  public static final String RECONSTRUCTED_CELLS = "reconstructed-cells";
  /** The text stops inside a table's last row: the row was left out, not read as blank. */
  public static final String CUT_SHORT = "cut-short";
  /** The file itself stops partway (a PDF without its end), read as far as it goes (detail: the format). */
  public static final String FILE_CUT_SHORT = "file-cut-short";
  /**
   * Bytes not valid in the file's character set, read as “�”: subject the text around the first,
   * detail the set and how many (“UTF-8 3”).
   */
  public static final String BAD_BYTES = "bad-bytes";
  /** Zero bytes dropped from a text file (detail: how many). */
  public static final String ZERO_BYTES = "zero-bytes";
  /**
   * A cell or paragraph longer than any form holds, cut at the limit: subject its opening, detail
   * its length and the limit (“80000 10000”).
   */
  public static final String TRUNCATED_CELL = "truncated-cell";
  /**
   * Text in a worksheet cell beyond the column limit, far to the right of any table, left unread:
   * subject its opening, detail the cell and the limit (“KN1 256”).
   */
  public static final String FAR_CELL = "far-cell";
  /**
   * Word text formatted as hidden (neither shown nor printed), left unread: subject its opening,
   * detail how many characters.
   */
  public static final String HIDDEN_TEXT = "hidden-text";
  /** A worksheet hidden in Excel, read as the visible ones held no table (subject: its name). */
  public static final String HIDDEN_SHEET = "hidden-sheet";
  /** A worksheet hidden in Excel and left unread, as the visible ones hold the table. */
  public static final String HIDDEN_SHEET_UNREAD = "hidden-sheet-unread";

  public ReadingNote {
    subject = subject == null ? "" : subject;
    location = location == null ? SourceLocation.NONE : location;
  }
}
