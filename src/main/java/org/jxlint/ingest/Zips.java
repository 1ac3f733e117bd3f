package org.jxlint.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/** Which program's document a zip package or an OLE2 compound file holds. */
final class Zips {

  private Zips() {}

  /** "Word", "Excel" or "OpenDocument" for a package laid out as one; null otherwise. */
  static String officeOf(Path file) {
    try (ZipFile zip = new ZipFile(file.toFile())) {
      ZipEntry mimetype = zip.getEntry("mimetype");
      if (mimetype != null && mimetype.getSize() < 200) {
        try (InputStream in = zip.getInputStream(mimetype)) {
          String type = new String(in.readNBytes(200), StandardCharsets.US_ASCII);
          if (type.startsWith("application/vnd.oasis.opendocument")) {
            return "OpenDocument";
          }
        }
      }
      boolean word = zip.getEntry("word/document.xml") != null;
      boolean excel = zip.getEntry("xl/workbook.xml") != null;
      return word == excel ? null : word ? "Word" : "Excel";
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  /** "Word" or "Excel" for an OLE2 file holding one's stream; null otherwise. */
  static String oleOf(Path file) {
    try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
      var root = fs.getRoot();
      boolean word = root.hasEntryCaseInsensitive("WordDocument");
      boolean excel = root.hasEntryCaseInsensitive("Workbook") || root.hasEntryCaseInsensitive("Book");
      return word == excel ? null : word ? "Word" : "Excel";
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }
}
