package org.jxlint.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
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

  private static final XMLInputFactory FACTORY = XmlParts.factory(false);

  private SheetCells() {}

  /**
   * Refuses the workbook when its sheets hold more cells than the limit, or when a sheet the
   * workbook lists is not in the package (POI would read it as an empty form).
   */
  static void require(Path file, ReadLimits limits) throws UnreadableException {
    Cells cells = new Cells(0, 0, 0, 0);
    try (ZipFile zip = new ZipFile(file.toFile())) {
      requireSheets(zip);
      for (ZipEntry entry : Collections.list(zip.entries())) {
        if (entry.getName().equalsIgnoreCase("xl/sharedStrings.xml")) {
          // POI holds every shared string as objects too: more strings than the workbook may
          // have cells is refused as quickly as the cells are (three million took 30 s and 1 GB).
          try (InputStream in = zip.getInputStream(entry)) {
            count(in, "si", 0, limits);
          }
          continue;
        }
        if (!entry.getName().matches("(?i)xl/worksheets/[^/]+\\.xml")) {
          continue;
        }
        try (InputStream in = zip.getInputStream(entry)) {
          cells = cells(in, cells, limits);
        }
      }
      if (cells.all() > limits.maxCells() || cells.rows() > 4L * limits.maxRows()) {
        throw blank(cells, limits);
      }
    } catch (java.util.zip.ZipException e) {
      // No central directory: cut short on the way (POI would read what is left as an empty form).
      throw new UnreadableException("unreadable.corrupt", "Excel");
    } catch (IOException | XMLStreamException | RuntimeException e) {
      // Not a package Java can read this way: POI decides and explains.
    }
  }

  /**
   * Refuses an old .xls when its sheets hold more cells than the limit, counted from its records
   * as a stream before POI builds them all as objects (a few megabytes of blank-cell records are
   * millions of cells).
   */
  static void requireXls(Path file, ReadLimits limits) throws UnreadableException {
    long[] count = {0};
    org.apache.poi.hssf.eventusermodel.HSSFRequest request =
        new org.apache.poi.hssf.eventusermodel.HSSFRequest();
    request.addListenerForAllRecords(new org.apache.poi.hssf.eventusermodel.AbortableHSSFListener() {
      @Override
      public short abortableProcessRecord(org.apache.poi.hssf.record.Record r) {
        if (r instanceof org.apache.poi.hssf.record.MulBlankRecord m) {
          count[0] += m.getNumColumns();
        } else if (r instanceof org.apache.poi.hssf.record.MulRKRecord m) {
          count[0] += m.getNumColumns();
        } else if (r instanceof org.apache.poi.hssf.record.CellValueRecordInterface) {
          count[0]++;
        }
        return (short) (count[0] > limits.maxCells() ? 1 : 0);
      }
    });
    try (org.apache.poi.poifs.filesystem.POIFSFileSystem fs =
        new org.apache.poi.poifs.filesystem.POIFSFileSystem(file.toFile(), true)) {
      new org.apache.poi.hssf.eventusermodel.HSSFEventFactory()
          .abortableProcessWorkbookEvents(request, fs);
    } catch (Exception | StackOverflowError e) {
      // Not a workbook these records can be read from (encrypted, damaged): POI decides.
    }
    limits.cells(count[0]);
  }

  /**
   * Every sheet of xl/workbook.xml, and every other part the workbook names (shared strings,
   * styles), is in the package: a part lost on the way is damage, not an empty form.
   */
  private static void requireSheets(ZipFile zip)
      throws IOException, XMLStreamException, UnreadableException {
    ZipEntry book = entry(zip, "xl/workbook.xml");
    ZipEntry rels = entry(zip, "xl/_rels/workbook.xml.rels");
    if (book == null || rels == null) {
      return; // not laid out as Excel writes it: POI decides
    }
    java.util.Map<String, String> targets = new java.util.HashMap<>();
    try (InputStream in = zip.getInputStream(rels)) {
      XMLStreamReader x = XmlParts.open(FACTORY, in);
      while (x.hasNext()) {
        if (x.next() == XMLStreamConstants.START_ELEMENT
            && "Relationship".equals(x.getLocalName())) {
          String mode = x.getAttributeValue(null, "TargetMode");
          if (!"External".equalsIgnoreCase(mode)) {
            targets.put(x.getAttributeValue(null, "Id"), x.getAttributeValue(null, "Target"));
          }
        }
      }
      x.close();
    }
    java.util.Set<String> sheetIds = new java.util.HashSet<>();
    try (InputStream in = zip.getInputStream(book)) {
      XMLStreamReader x = XmlParts.open(FACTORY, in);
      while (x.hasNext()) {
        if (x.next() == XMLStreamConstants.START_ELEMENT && "sheet".equals(x.getLocalName())) {
          String name = x.getAttributeValue(null, "name");
          String id = null;
          for (int a = 0; a < x.getAttributeCount(); a++) {
            if ("id".equals(x.getAttributeLocalName(a))) {
              id = x.getAttributeValue(a);
            }
          }
          String target = id == null ? null : targets.get(id);
          if (target == null || entry(zip, part(target)) == null) {
            throw new UnreadableException("unreadable.missingSheet", name == null ? "?" : name);
          }
          sheetIds.add(id);
        }
      }
      x.close();
    }
    for (var t : targets.entrySet()) {
      if (!sheetIds.contains(t.getKey()) && t.getValue() != null
          && entry(zip, part(t.getValue())) == null) {
        // The shared strings, the styles: without them every cell reads empty or wrong.
        throw new UnreadableException("unreadable.corrupt", "Excel");
      }
    }
  }

  /** A relationship target of xl/workbook.xml as a zip entry name. */
  private static String part(String target) {
    if (target.startsWith("/")) {
      return target.substring(1);
    }
    java.util.Deque<String> path = new java.util.ArrayDeque<>(List.of("xl"));
    for (String step : target.split("/")) {
      if (step.equals("..")) {
        path.pollLast();
      } else if (!step.isEmpty() && !step.equals(".")) {
        path.addLast(step);
      }
    }
    return String.join("/", path);
  }

  /** A zip entry by name, ignoring case as Office does for part names. */
  private static ZipEntry entry(ZipFile zip, String name) {
    ZipEntry e = zip.getEntry(name);
    if (e != null) {
      return e;
    }
    for (ZipEntry other : Collections.list(zip.entries())) {
      if (other.getName().equalsIgnoreCase(name)) {
        return other;
      }
    }
    return null;
  }

  /**
   * Cells and rows counted so far: all of them, and those with a value, a formula or inline text
   * (a row is filled when one of its cells is).
   */
  private record Cells(long all, long filled, long rows, long filledRows) {}

  /**
   * Cells beyond what POI can hold for a file, though few are filled: formatting or borders laid
   * over a whole area (a template bordered down to row 100,000). Counting stops at four times the
   * limit, so a crafted sheet costs no more than a real one.
   */
  private static UnreadableException blank(Cells cells, ReadLimits limits) {
    if (cells.filledRows() > limits.maxRows()) {
      return new UnreadableException("unreadable.tooManyRows", limits.maxRows());
    }
    if (cells.filled() > limits.maxCells()) {
      return new UnreadableException("unreadable.tooManyCells", limits.maxCells());
    }
    return cells.all() > limits.maxCells()
        ? new UnreadableException("unreadable.tooManyBlankCells", limits.maxCells(),
            cells.all() - cells.filled())
        : new UnreadableException("unreadable.tooManyBlankRows", 4L * limits.maxRows(),
            cells.rows() - cells.filledRows());
  }

  /** Whether a sheet this far counted is past what is read (rows, or cells, filled or not). */
  private static boolean past(long all, long filled, long rows, long filledRows,
      ReadLimits limits) {
    return filled > limits.maxCells() || all > 4L * limits.maxCells()
        || filledRows > limits.maxRows() || rows > 4L * limits.maxRows();
  }

  /** The cells of a worksheet part, added to {@code start}, refused beyond the limit. */
  private static Cells cells(InputStream in, Cells start, ReadLimits limits)
      throws XMLStreamException, UnreadableException {
    XMLStreamReader x = XmlParts.open(FACTORY, in);
    long all = start.all();
    long filled = start.filled();
    long rows = start.rows();
    long filledRows = start.filledRows();
    boolean open = false;
    boolean blank = true;
    boolean rowFilled = false;
    try {
      while (x.hasNext()) {
        int event = x.next();
        if (event == XMLStreamConstants.START_ELEMENT) {
          String name = x.getLocalName();
          if (name.equals("c")) {
            open = true;
            blank = true;
          } else if (open && (name.equals("v") || name.equals("is") || name.equals("f"))) {
            blank = false;
          } else if (name.equals("row")) {
            rowFilled = false;
          }
        } else if (event == XMLStreamConstants.END_ELEMENT) {
          String name = x.getLocalName();
          if (open && name.equals("c")) {
            open = false;
            all++;
            filled += blank ? 0 : 1;
            rowFilled |= !blank;
          } else if (name.equals("row")) {
            rows++;
            filledRows += rowFilled ? 1 : 0;
          } else {
            continue;
          }
          if (past(all, filled, rows, filledRows, limits)) {
            throw blank(new Cells(all, filled, rows, filledRows), limits);
          }
        }
      }
    } finally {
      x.close();
    }
    return new Cells(all, filled, rows, filledRows);
  }

  /** Elements named {@code element} in the part, added to {@code start} against the limit. */
  private static long count(InputStream in, String element, long start, ReadLimits limits)
      throws XMLStreamException, UnreadableException {
    XMLStreamReader x = XmlParts.open(FACTORY, in);
    long count = start;
    try {
      while (x.hasNext()) {
        if (x.next() == XMLStreamConstants.START_ELEMENT && element.equals(x.getLocalName())) {
          limits.cells(++count);
        }
      }
    } finally {
      x.close();
    }
    return count;
  }
}
