package org.jxlint.cli;

import java.util.Arrays;

/**
 * What the libraries (POI, PDFBox) log: nothing by default, since jxlint reports each file's
 * problem itself and their stack traces on stderr only alarm; everything, at debug level, with
 * {@code --verbose}. Decided before any library logs, since their logging is set up only once.
 */
final class LibraryLogging {

  static final String VERBOSE = "--verbose";

  private LibraryLogging() {}

  static void configure(String[] args) {
    boolean verbose = Arrays.asList(args).contains(VERBOSE) || Arrays.asList(args).contains("-v");
    System.setProperty("org.apache.logging.log4j.simplelog.level", verbose ? "DEBUG" : "OFF");
    System.setProperty("log4j2.simplelogLevel", verbose ? "DEBUG" : "OFF");
  }
}
