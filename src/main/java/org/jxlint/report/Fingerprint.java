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
    String table = f.location().table() == null ? "" : String.valueOf(f.location().table());
    return hash(String.join("\u001F", name(path), table,
        String.join(" › ", f.indicator().stream().map(TextNormalizer::compact).toList()),
        f.rule(), f.messageKey(), TextNormalizer.compact(f.evidence())));
  }

  /** A file that could not be read: its name and the reason. */
  public static String ofUnreadable(String path, String reasonKey) {
    return hash(String.join("\u001F", name(path), "unreadable", String.valueOf(reasonKey)));
  }

  private static String name(String path) {
    String file = path == null ? "" : path.replace('\\', '/');
    return file.substring(file.lastIndexOf('/') + 1);
  }

  private static String hash(String key) {
    byte[] digest = SHA256.get().digest(key.getBytes(StandardCharsets.UTF_8));
    return HexFormat.of().formatHex(digest, 0, 12);
  }

  /** One digest per thread (digest() resets it), rather than a provider look-up per finding. */
  private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  });
}
