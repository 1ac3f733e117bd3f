package org.jxlint.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Collections;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Counts the cells of an .xlsx's sheets as a stream, before POI loads them: POI keeps every cell
 * of a workbook as objects (about a kilobyte each), so 200 rows running to column XFD would take
 * gigabytes before jxlint saw the first row.
 */
final class SheetCells {

  private static final XMLInputFactory FACTORY = factory();

  private SheetCells() {}

  private static XMLInputFactory factory() {
    XMLInputFactory f = XMLInputFactory.newFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    return f;
  }

  /** Refuses the workbook when its sheets hold more cells than the limit. */
  static void require(Path file, ReadLimits limits) throws UnreadableException {
    long count = 0;
    try (ZipFile zip = new ZipFile(file.toFile())) {
      for (ZipEntry entry : Collections.list(zip.entries())) {
        if (!entry.getName().matches("(?i)xl/worksheets/[^/]+\\.xml")) {
          continue;
        }
        try (InputStream in = zip.getInputStream(entry)) {
          count = count(in, count, limits);
        }
      }
    } catch (java.util.zip.ZipException e) {
      // No central directory: cut short on the way (POI would read what is left as an empty form).
      throw new UnreadableException("unreadable.corrupt", "Excel");
    } catch (IOException | XMLStreamException | RuntimeException e) {
      // Not a package Java can read this way: POI decides and explains.
    }
  }

  private static long count(InputStream in, long start, ReadLimits limits)
      throws XMLStreamException, UnreadableException {
    XMLStreamReader x = FACTORY.createXMLStreamReader(in);
    long count = start;
    try {
      while (x.hasNext()) {
        if (x.next() == XMLStreamConstants.START_ELEMENT && "c".equals(x.getLocalName())) {
          limits.cells(++count);
        }
      }
    } finally {
      x.close();
    }
    return count;
  }
}
