package org.jxlint.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Entry point. The only place jxlint calls {@code System.exit}. */
public final class Main {

  private Main() {}

  /**
   * Whether the JVM can name files in Chinese: under LANG=C it decodes file names as ASCII, so
   * 甲表.json and 乙表.json come out as the same ������.json (the ./jxlint launcher sets a UTF-8
   * locale; java -jar does not).
   */
  private static boolean namesCanBeChinese() {
    try {
      return java.nio.charset.Charset.forName(System.getProperty("sun.jnu.encoding", "UTF-8"))
          .newEncoder().canEncode("表");
    } catch (RuntimeException e) {
      return true;
    }
  }

  public static void main(String[] args) {
    if (args.length > 0 && (args[0].equals("check") || args[0].equals("serve"))) {
      // Checks segment words with HanLP: its dictionaries load beside the start-up and reading;
      // the bundled vocabulary is parsed beside the command line.
      org.jxlint.check.Linter.preload();
      org.jxlint.config.Vocabulary.preloadBundled();
    }
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    boolean terminal = System.console() != null && System.getenv("NO_COLOR") == null
        && !"dumb".equals(System.getenv("TERM"));
    if (!namesCanBeChinese()) {
      err.println(org.jxlint.i18n.Messages.forLanguage("zh").get("note.localeNotUtf8",
          System.getProperty("sun.jnu.encoding")));
    }
    int exit = Cli.run(args, new Io(out, err, terminal));
    if (Boolean.getBoolean("jxlint.stats")) {
      // For the benchmark: the most heap the run ever used.
      long peak = 0;
      for (java.lang.management.MemoryPoolMXBean pool
          : java.lang.management.ManagementFactory.getMemoryPoolMXBeans()) {
        if (pool.getType() == java.lang.management.MemoryType.HEAP) {
          peak += pool.getPeakUsage().getUsed();
        }
      }
      err.println("jxlint.stats peakHeapBytes=" + peak);
    }
    System.exit(exit);
  }
}
