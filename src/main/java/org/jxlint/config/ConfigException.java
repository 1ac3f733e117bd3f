package org.jxlint.config;

import java.util.List;

/**
 * A usage or configuration error the user must fix before jxlint can run (exit code 2). Carries a
 * message key and its arguments so the CLI can say it in the user's language.
 */
public final class ConfigException extends Exception {

  private final String key;
  private final List<String> args;

  public ConfigException(String key, Object... args) {
    super(key + " " + java.util.Arrays.toString(args));
    this.key = key;
    this.args = java.util.Arrays.stream(args).map(String::valueOf).toList();
  }

  public String key() {
    return key;
  }

  public List<String> args() {
    return args;
  }
}
