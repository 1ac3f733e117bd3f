package org.jxlint.serve;

import java.util.List;

/**
 * How the server runs and what the page shows of it.
 *
 * @param host the address to listen on (127.0.0.1 unless {@code --host})
 * @param port the port; 0 for any free one
 * @param remoteAllowed whether requests from other machines are served ({@code --host} given)
 * @param lang the page's language until the reviewer switches: {@code zh} or {@code en}
 * @param version jxlint's version, for the JSON report
 */
public record ServeSettings(String host, int port, boolean remoteAllowed, String lang,
    String version, Checker checker, Rules rules, Limits limits) {

  /**
   * The rules in force, as the page lists them.
   *
   * @param configFile the {@code .jxlint.yml} read; null when none
   * @param rulesDir the {@code --rules-dir}; null for the bundled vocabulary
   * @param changed rule settings of the configuration, as “rule-id: off” lines
   */
  public record Rules(String configFile, String rulesDir, int total, int enabled,
      List<String> changed, int suppressions) {

    public Rules {
      changed = List.copyOf(changed);
    }
  }

  /**
   * What one upload may be.
   *
   * @param timeLimit seconds a file may take, as the messages say it; null for no limit
   */
  public record Limits(long maxFileBytes, int maxFiles, String timeLimit) {

    public static final long DEFAULT_MAX_FILE_BYTES = 20L * 1024 * 1024;
    public static final int DEFAULT_MAX_FILES = 200;

    /** Megabytes of the file limit, as the messages say it. */
    public long maxFileMegabytes() {
      return maxFileBytes / (1024 * 1024);
    }
  }
}
