package org.jxlint.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * The two containers Office files come in, a zip package and an OLE2 compound file: which
 * program's document each holds, and whether it is whole.
 */
final class Containers {

  private Containers() {}

  /** "Word", "Excel" or "OpenDocument" for a package laid out as one; null otherwise. */
  static String officeOf(Path file) {
    try (ZipFile zip = new ZipFile(file.toFile())) {
      return officeOf(zip);
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  /** As {@link #officeOf(Path)}, of a package already open. */
  static String officeOf(ZipFile zip) throws IOException {
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
  }

  /**
   * Whether a zip ends with its central directory's end record, as a whole zip does (within the
   * last 64 KB, which a trailing comment may take).
   */
  static boolean hasEnd(Path file) {
    try (java.io.RandomAccessFile f = new java.io.RandomAccessFile(file.toFile(), "r")) {
      int n = (int) Math.min(f.length(), 65_557);
      byte[] tail = new byte[n];
      f.seek(f.length() - n);
      f.readFully(tail);
      for (int i = n - 22; i >= 0; i--) {
        if (tail[i] == 'P' && tail[i + 1] == 'K' && tail[i + 2] == 5 && tail[i + 3] == 6) {
          return true;
        }
      }
      return false;
    } catch (IOException e) {
      return true; // the reader says what is wrong
    }
  }

  /**
   * Whether an OLE2 file holds every sector its allocation table uses: the table lists each
   * sector in use, so a file that stops before the last of them was cut short (POI still opens
   * it, and reads its streams as damage). Only the header's first 109 table sectors are looked at,
   * as many as a file of 7 MB needs.
   */
  static boolean oleWhole(Path file) {
    try (java.io.RandomAccessFile f = new java.io.RandomAccessFile(file.toFile(), "r")) {
      long length = f.length();
      if (length < 512) {
        return false;
      }
      java.nio.ByteBuffer header = java.nio.ByteBuffer.allocate(512)
          .order(java.nio.ByteOrder.LITTLE_ENDIAN);
      f.readFully(header.array());
      int shift = header.getShort(0x1E) & 0xFFFF;
      if (shift != 9 && shift != 12) {
        return true; // not a header this reads: POI decides
      }
      int sector = 1 << shift;
      long highest = -1;
      byte[] table = new byte[sector];
      for (int d = 0; d < 109; d++) {
        long at = header.getInt(0x4C + 4 * d) & 0xFFFFFFFFL;
        if (at >= 0xFFFFFFFAL) {
          continue; // free or end of chain
        }
        long offset = (at + 1) * sector;
        if (offset + sector > length) {
          return false; // a sector of the table itself is past the end
        }
        f.seek(offset);
        f.readFully(table);
        java.nio.ByteBuffer t = java.nio.ByteBuffer.wrap(table)
            .order(java.nio.ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < sector / 4; i++) {
          if ((t.getInt(4 * i) & 0xFFFFFFFFL) != 0xFFFFFFFFL) {
            highest = Math.max(highest, (long) d * (sector / 4) + i);
          }
        }
      }
      return highest < 0 || (highest + 2) * sector <= length;
    } catch (IOException e) {
      return true;
    }
  }

  /** Whether POI opens the OLE2 file at all. */
  static boolean oleOpens(Path file) {
    try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
      fs.getRoot().getEntryCount();
      return true;
    } catch (IOException | RuntimeException e) {
      return false;
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
