package org.jxlint.serve;

import java.net.InetAddress;
import java.util.Locale;

/**
 * Who may use the page. By default only this machine: a request from another address is refused,
 * and so is one naming another host (a web page elsewhere cannot reach the server through a name
 * that resolves to 127.0.0.1). With {@code --host} the reviewer chose to share it on the network.
 */
public final class Access {

  private Access() {}

  /** Whether a request from {@code remote} is served. */
  public static boolean allows(InetAddress remote, boolean remoteAllowed) {
    return remoteAllowed || (remote != null && remote.isLoopbackAddress());
  }

  /** Whether the request's {@code Host} header names this machine (always, when shared). */
  public static boolean hostAllowed(String hostHeader, boolean remoteAllowed) {
    if (remoteAllowed) {
      return true;
    }
    if (hostHeader == null) {
      return false;
    }
    String h = hostHeader.strip().toLowerCase(Locale.ROOT);
    if (h.startsWith("[")) {
      int end = h.indexOf(']');
      h = end < 0 ? h : h.substring(1, end);
    } else if (h.indexOf(':') == h.lastIndexOf(':') && h.indexOf(':') >= 0) {
      h = h.substring(0, h.indexOf(':'));
    }
    return h.equals("localhost") || h.equals("127.0.0.1") || h.equals("::1");
  }
}
