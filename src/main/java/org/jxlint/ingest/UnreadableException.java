package org.jxlint.ingest;

import java.util.Arrays;
import java.util.List;

/**
 * A file jxlint cannot read, with the reason as a message key and arguments; the report says it in
 * plain Chinese (or English) and the batch goes on.
 */
public final class UnreadableException extends Exception {

  private final String key;
  private final List<String> args;

  public UnreadableException(String key, Object... args) {
    super(key + " " + Arrays.toString(args));
    this.key = key;
    this.args = Arrays.stream(args).map(String::valueOf).toList();
  }

  public String key() {
    return key;
  }

  public List<String> args() {
    return args;
  }
}
