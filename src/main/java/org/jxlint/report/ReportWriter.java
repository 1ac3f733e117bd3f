package org.jxlint.report;

import java.io.IOException;

/** Writes a report as files are checked: begin, then each file in order, then the end. */
public interface ReportWriter {

  void begin() throws IOException;

  void file(FileReport report) throws IOException;

  void end(Summary summary, Gate gate) throws IOException;
}
