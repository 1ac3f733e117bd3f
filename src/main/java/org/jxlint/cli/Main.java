package org.jxlint.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Entry point. The only place jxlint calls {@code System.exit}. */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    boolean terminal = System.console() != null && System.getenv("NO_COLOR") == null
        && !"dumb".equals(System.getenv("TERM"));
    System.exit(Cli.run(args, new Io(out, err, terminal)));
  }
}
