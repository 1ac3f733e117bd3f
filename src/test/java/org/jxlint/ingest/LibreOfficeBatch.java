package org.jxlint.ingest;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.jxlint.ingest.layout.Charsets;

/**
 * The forms an office suite makes of jxlint's .docx and .xlsx: LibreOffice (headless) saves the
 * .docx as .doc and PDF and the .xlsx as .xls and CSV (re-encoded as GBK, as Excel saves it on a
 * Chinese system). It runs once per format over all forms of a folder, in a profile of its own so
 * that it does not meet another LibreOffice running.
 */
final class LibreOfficeBatch {

  /** The form each is made from, its extension, and the LibreOffice filter that makes it. */
  static final List<String[]> CONVERSIONS = List.of(
      new String[] {"docx", "doc", "doc"},
      new String[] {"docx", "pdf", "pdf:writer_pdf_Export"},
      new String[] {"xlsx", "xls", "xls"},
      new String[] {"xlsx", "csv", "csv:Text - txt - csv (StarCalc):44,34,76"});

  private LibreOfficeBatch() {}

  /** The soffice on the PATH, or null. */
  static String soffice() {
    String path = System.getenv("PATH");
    for (String d : path == null ? new String[0] : path.split(File.pathSeparator)) {
      Path p = Path.of(d, "soffice");
      if (Files.isExecutable(p)) {
        return p.toString();
      }
    }
    return null;
  }

  /**
   * Every .docx and .xlsx of {@code forms} converted into {@code work/doc}, {@code work/pdf},
   * {@code work/xls} and {@code work/csv} (each with its log beside it); false when a conversion
   * ran past {@code limitSeconds}.
   */
  static boolean convert(String soffice, Path forms, Path work, long limitSeconds)
      throws Exception {
    String profile = work.resolve("profile").toUri().toString();
    boolean inTime = true;
    for (String[] c : CONVERSIONS) {
      Path out = Files.createDirectories(work.resolve(c[1]));
      List<String> command = new ArrayList<>(List.of(soffice, "-env:UserInstallation=" + profile,
          "--headless", "--convert-to", c[2], "--outdir", out.toString()));
      try (Stream<Path> s = Files.list(forms)) {
        s.filter(p -> p.toString().endsWith("." + c[0])).sorted()
            .forEach(p -> command.add(p.toString()));
      }
      Process p = new ProcessBuilder(command).redirectErrorStream(true)
          .redirectOutput(work.resolve(c[1] + ".log").toFile()).start();
      if (!p.waitFor(limitSeconds, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        inTime = false;
      }
    }
    try (Stream<Path> s = Files.list(work.resolve("csv"))) {
      for (Path csv : s.toList()) {
        String t = Files.readString(csv, StandardCharsets.UTF_8);
        Files.write(csv, t.getBytes(Charsets.GB18030));
      }
    }
    return inTime;
  }
}
