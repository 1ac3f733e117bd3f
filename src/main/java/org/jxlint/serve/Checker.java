package org.jxlint.serve;

import java.nio.file.Path;
import java.util.Optional;
import org.jxlint.report.FileReport;

/**
 * Checks one uploaded file as {@code jxlint check} does — the same rules, settings and time limit —
 * given by the command line, so the server never configures rules of its own.
 */
public interface Checker {

  /** The report of the file at {@code file}, named {@code name} as the reviewer had it. */
  FileReport check(Path file, String name);

  /**
   * Why a file found in a dropped folder is passed over (an Office lock file, another type), as a
   * message key; empty when it is checked. Files chosen one by one are always checked.
   */
  Optional<String> skipInFolder(String name);
}
