package org.jxlint.report;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.jxlint.check.Finding;
import org.jxlint.text.TextNormalizer;

/**
 * A finding's identity across runs, for baselines: the file's name, the table, the indicator
 * path, the rule and the evidence — never a row or line number, so inserting a row above does not
 * make an old finding look new. The baseline files it under the file's path (folders included)
 * and counts how often it occurs, so equal fingerprints in two folders stay apart.
 */
public final class Fingerprint {

  private Fingerprint() {}

  public static String of(String path, Finding f) {
    String file = path == null ? "" : path.replace('\\', '/');
    file = file.substring(file.lastIndexOf('/') + 1);
    String table = f.location().table() == null ? "" : String.valueOf(f.location().table());
    String key = String.join("\u001F", file, table,
        String.join(" › ", f.indicator().stream().map(TextNormalizer::compact).toList()),
        f.rule(), f.messageKey(), TextNormalizer.compact(f.evidence()));
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256")
          .digest(key.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 12);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
