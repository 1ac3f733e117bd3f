package org.jxlint.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import org.apache.poi.poifs.filesystem.FileMagic;

/**
 * What a Word, Excel or PDF file really holds, told from its first bytes before its reader opens
 * it, so that the reason names it: zeros only (an upload that wrote nothing), RTF, an
 * OpenDocument file, a picture, a web page, or the other program's document under this name.
 */
final class ContentSniffer {

  private ContentSniffer() {}


  /** Throws the reason a file of this extension cannot be what its name says; else returns. */
  static void require(Path file, String ext) throws UnreadableException {
    boolean word = WordReader.EXTENSIONS.contains(ext);
    boolean excel = SpreadsheetReader.EXTENSIONS.contains(ext);
    boolean pdf = ext.equals("pdf");
    if (!word && !excel && !pdf) {
      return;
    }
    byte[] head;
    try (InputStream in = Files.newInputStream(file)) {
      head = in.readNBytes(4096);
    } catch (IOException e) {
      return; // the reader says what is wrong
    }
    if (zeros(file, head)) {
      throw new UnreadableException("unreadable.zeros", size(file));
    }
    String program = word ? "Word" : excel ? "Excel" : "PDF";
    String start = text(head);
    if (start.startsWith("{\\rtf")) {
      throw new UnreadableException("unreadable.rtf", "." + ext);
    }
    if (start.startsWith("<!doctype html") || start.startsWith("<html")
        || start.startsWith("<head") || start.startsWith("<meta")
        || start.startsWith("<?xml") && start.contains("<html")) {
      // a web page saved as .doc/.xls, or as .pdf (an exported report)
      throw new UnreadableException(pdf ? "unreadable.htmlAsPdf" : "unreadable.html", program);
    }
    FileMagic magic = FileMagic.valueOf(head);
    switch (magic) {
      case PNG, JPEG, GIF, BMP, TIFF ->
          throw new UnreadableException("unreadable.image", magic.name(), "." + ext);
      case OOXML -> {
        if (!Containers.hasEnd(file)) {
          // A zip's directory stands at its end: without it the upload stopped partway.
          throw new UnreadableException("unreadable.truncated", program);
        }
        String holds = Containers.officeOf(file);
        if ("OpenDocument".equals(holds)) {
          throw new UnreadableException("unreadable.openDocument", "." + ext);
        }
        if (pdf && holds != null) {
          throw new UnreadableException("unreadable.otherOffice", holds,
              holds.equals("Word") ? ".docx" : ".xlsx", ".pdf");
        }
      }
      case OLE2 -> {
        long size = size(file);
        if ((size <= 512 || size % 512 != 0) && !Containers.oleOpens(file) || !Containers.oleWhole(file)) {
          // Office writes whole 512-byte sectors: a file that ends inside one, and will not
          // open, or before a sector its allocation table uses, was cut short.
          throw new UnreadableException("unreadable.truncated", program);
        }
        String holds = Containers.oleOf(file);
        if (holds != null && (pdf || !holds.equals(program))) {
          throw new UnreadableException("unreadable.otherOffice", holds,
              holds.equals("Word") ? ".doc" : ".xls", "." + ext);
        }
      }
      default -> {
        // the reader decides
      }
    }
  }

  /** The opening of the file as text, byte-order mark and leading blank lines dropped. */
  private static String text(byte[] head) {
    String s;
    if (head.length >= 2 && ((head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE)) {
      s = new String(head, 2, head.length - 2, StandardCharsets.UTF_16LE);
    } else if (head.length >= 2 && ((head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF)) {
      s = new String(head, 2, head.length - 2, StandardCharsets.UTF_16BE);
    } else {
      s = new String(head, StandardCharsets.ISO_8859_1);
      if (s.startsWith("\u00EF\u00BB\u00BF")) {
        s = s.substring(3);
      }
    }
    return s.strip().toLowerCase(Locale.ROOT);
  }

  /** Whether the whole file is zero bytes (read to its end only while it is). */
  private static boolean zeros(Path file, byte[] head) {
    if (head.length == 0) {
      return false;
    }
    for (byte b : head) {
      if (b != 0) {
        return false;
      }
    }
    try (InputStream in = Files.newInputStream(file)) {
      byte[] buf = new byte[65536];
      for (int n = in.read(buf); n > 0; n = in.read(buf)) {
        for (int i = 0; i < n; i++) {
          if (buf[i] != 0) {
            return false;
          }
        }
      }
    } catch (IOException e) {
      return false;
    }
    return true;
  }

  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      return 0;
    }
  }
}
