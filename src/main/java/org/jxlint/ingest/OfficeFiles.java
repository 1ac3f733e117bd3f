package org.jxlint.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.crypt.Decryptor;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/** What every Office reader shares: zip-bomb limits, telling formats apart, one error vocabulary. */
final class OfficeFiles {

  /**
   * A real form inflates a few times over, a zip bomb a thousand times (deflate's limit). A part
   * written as one run per character (text pasted from a web page: 100,000 runs of the same
   * formatting) inflates a few hundred times and is still a form, so up to {@link #DENSE_LIMIT}
   * only a thousandfold inflation is refused; a larger part must inflate no more than a hundredfold.
   */
  private static final double MIN_INFLATE_RATIO = 0.001;
  private static final double MIN_INFLATE_RATIO_LARGE = 0.01;
  private static final long DENSE_LIMIT = 16L * 1024 * 1024;
  private static final long MAX_ENTRY_SIZE = 200L * 1024 * 1024;
  /** Small parts compress well too (a blank sheet); the ratio counts only beyond this size. */
  private static final long RATIO_GRACE = 100L * 1024;

  static {
    ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
    ZipSecureFile.setMaxEntrySize(MAX_ENTRY_SIZE);
    ZipSecureFile.setMaxTextSize(50L * 1024 * 1024);
    ZipSecureFile.setMaxFileCount(5_000);
  }

  private OfficeFiles() {}

  static void init() {
    // Runs the static block.
  }

  /**
   * Whether the file is really an Office file (OOXML zip or OLE2, whatever its extension says);
   * anything else is refused with a reason naming the program it should have come from.
   */
  static FileMagic requireOffice(Path file, String program) throws UnreadableException {
    byte[] head;
    try (InputStream in = Files.newInputStream(file)) {
      head = in.readNBytes(1024);
    } catch (IOException e) {
      throw new UnreadableException("unreadable.io", e.getMessage());
    }
    FileMagic magic = FileMagic.valueOf(head);
    if (magic == FileMagic.HTML || webArchive(head)) {
      // a web page saved as .doc/.xls, or Word's “single file web page” (.mht) under .doc
      throw new UnreadableException("unreadable.html", program);
    }
    if (magic == FileMagic.XML) {
      throw new UnreadableException("unreadable.xml2003", program); // Word/Excel 2003 XML
    }
    if (magic != FileMagic.OOXML && magic != FileMagic.OLE2) {
      throw new UnreadableException(magic == FileMagic.UNKNOWN ? "unreadable.notOffice"
          : "unreadable.wrongType", program);
    }
    if (magic == FileMagic.OOXML) {
      requireSaneZip(file, program);
    } else {
      requireUnencrypted(file);
    }
    return magic;
  }

  /** A MIME web archive (.mht): mail-style headers, then the page and its pictures as parts. */
  private static boolean webArchive(byte[] head) {
    String start = new String(head, java.nio.charset.StandardCharsets.ISO_8859_1)
        .toLowerCase(java.util.Locale.ROOT);
    return start.startsWith("mime-version:") || start.contains("content-type: multipart/related");
  }

  /** A password-protected .docx/.xlsx is an OLE2 file holding the encrypted package. */
  private static void requireUnencrypted(Path file) throws UnreadableException {
    boolean encrypted;
    try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
      encrypted = fs.getRoot().hasEntryCaseInsensitive(Decryptor.DEFAULT_POIFS_ENTRY);
    } catch (IOException | RuntimeException e) {
      return; // The reader decides and explains.
    }
    if (encrypted) {
      throw new UnreadableException("unreadable.encrypted");
    }
  }

  /**
   * Refuses a package whose directory declares parts that inflate beyond reason. POI checks the
   * same limits while inflating, but reading a package from a file it reports a part cut short
   * by that check as broken XML, so the reviewer would be told "damaged" instead of "zip bomb".
   */
  private static void requireSaneZip(Path file, String program) throws UnreadableException {
    try (ZipFile zip = new ZipFile(file.toFile())) {
      // A workbook renamed .docx (or a document renamed .xlsx) is the other program's file.
      String holds = Containers.officeOf(zip);
      if (("Word".equals(holds) || "Excel".equals(holds)) && !holds.equals(program)) {
        throw new UnreadableException("unreadable.otherOffice", holds,
            holds.equals("Excel") ? ".xlsx" : ".docx", program);
      }
      for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
        long size = entry.getSize();
        long packed = entry.getCompressedSize();
        double ratio = size > DENSE_LIMIT ? MIN_INFLATE_RATIO_LARGE : MIN_INFLATE_RATIO;
        if (size > MAX_ENTRY_SIZE
            || (size > RATIO_GRACE && packed >= 0 && packed < size * ratio)) {
          throw new UnreadableException("unreadable.zipBomb");
        }
      }
    } catch (IOException e) {
      // Not a zip Java can list: POI decides and explains.
    }
  }

  /** Turns what POI throws into a reason a reviewer can act on. */
  static UnreadableException explain(Throwable e, String expected) {
    if (e instanceof UnreadableException reason) {
      return reason; // the reader already knows what is wrong
    }
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof EncryptedDocumentException
          || t.getClass().getSimpleName().contains("Encrypt")
          || (t.getMessage() != null && t.getMessage().toLowerCase().contains("password"))) {
        return new UnreadableException("unreadable.encrypted");
      }
      String m = t.getMessage() == null ? "" : t.getMessage().toLowerCase(java.util.Locale.ROOT);
      if (m.contains("bomb") || m.contains("inflate ratio") || m.contains("exceeds the max")
          || m.contains("max entry size") || m.contains("maxentrysize")) {
        return new UnreadableException("unreadable.zipBomb");
      }
    }
    return new UnreadableException("unreadable.corrupt", expected);
  }
}
