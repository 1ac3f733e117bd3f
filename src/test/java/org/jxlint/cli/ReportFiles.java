package org.jxlint.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** A written report as text, for tests that look for what it says: an .xlsx one cell a line. */
final class ReportFiles {

  private ReportFiles() {}

  static String text(Path file, ReportTargets.Format format) throws IOException {
    if (format != ReportTargets.Format.XLSX) {
      return Files.readString(file);
    }
    return xlsx(file);
  }

  /** Every sheet's name and every cell as Excel shows it, tab between cells, a row a line. */
  static String xlsx(Path file) throws IOException {
    StringBuilder b = new StringBuilder();
    DataFormatter format = new DataFormatter(java.util.Locale.ROOT);
    // A list quoting an 80,000-character name compresses past the zip-bomb guard meant for uploads.
    double ratio = ZipSecureFile.getMinInflateRatio();
    ZipSecureFile.setMinInflateRatio(0);
    try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
      for (Sheet sheet : wb) {
        b.append("# ").append(sheet.getSheetName()).append('\n');
        for (Row row : sheet) {
          StringBuilder line = new StringBuilder();
          for (int c = 0; c < row.getLastCellNum(); c++) {
            Cell cell = row.getCell(c);
            line.append(c == 0 ? "" : "\t").append(cell == null ? ""
                : format.formatCellValue(cell).replace("\n", "\\n"));
          }
          b.append(line).append('\n');
        }
      }
    } finally {
      ZipSecureFile.setMinInflateRatio(ratio);
    }
    return b.toString();
  }
}
