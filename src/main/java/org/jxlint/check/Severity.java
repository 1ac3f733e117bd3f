package org.jxlint.check;

import java.util.Locale;
import java.util.Optional;

/** How serious a finding is; {@link #key()} is the spelling in JSON, configs and flags. */
public enum Severity {
  ERROR,
  WARNING,
  INFO;

  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<Severity> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    for (Severity s : values()) {
      if (s.key().equalsIgnoreCase(text.strip())) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }

  /** Whether this is at least as serious as {@code other}. */
  public boolean atLeast(Severity other) {
    return ordinal() <= other.ordinal();
  }
}
