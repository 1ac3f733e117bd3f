package org.jxlint.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.filesystem.FileMagic;

/** What every Office reader shares: zip-bomb limits, telling formats apart, one error vocabulary. */
final class OfficeFiles {

  static {
    // A real form inflates a few times over; a zip bomb inflates thousands of times.
    ZipSecureFile.setMinInflateRatio(0.01);
    ZipSecureFile.setMaxEntrySize(200L * 1024 * 1024);
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
    FileMagic magic;
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
      magic = FileMagic.valueOf(in);
    } catch (IOException e) {
      throw new UnreadableException("unreadable.io", e.getMessage());
    }
    if (magic != FileMagic.OOXML && magic != FileMagic.OLE2) {
      throw new UnreadableException(magic == FileMagic.UNKNOWN ? "unreadable.notOffice"
          : "unreadable.wrongType", program);
    }
    return magic;
  }

  /** Turns what POI throws into a reason a reviewer can act on. */
  static UnreadableException explain(Throwable e, String expected) {
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
