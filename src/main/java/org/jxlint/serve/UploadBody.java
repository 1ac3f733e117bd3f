package org.jxlint.serve;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * The bytes of one upload, sent by the page as the raw request body (no multipart to parse), read
 * only up to the limit: a larger body is drained a while so the browser hears the refusal, then
 * let go.
 */
final class UploadBody {

  /** How much of an oversized body is read and thrown away before the connection is dropped. */
  static final long DRAINED = 256L * 1024 * 1024;

  private UploadBody() {}

  /** The body, or null when it is larger than {@code max} bytes. */
  static byte[] read(InputStream in, long declared, long max) throws IOException {
    if (declared > DRAINED) {
      return null;
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(
        (int) Math.min(Math.max(declared, 0), max) + 1);
    byte[] buf = new byte[64 * 1024];
    long total = 0;
    for (int n = in.read(buf); n > 0; n = in.read(buf)) {
      total += n;
      if (total <= max) {
        out.write(buf, 0, n);
      } else if (total > DRAINED) {
        break;
      }
    }
    return total > max ? null : out.toByteArray();
  }

  /** The declared length, or -1 when the body is chunked or the header is not a number. */
  static long declared(String header) {
    try {
      return header == null ? -1 : Long.parseLong(header.strip());
    } catch (NumberFormatException e) {
      return -1;
    }
  }
}
