package org.jxlint.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.Properties;
import org.jxlint.config.ConfigException;
import org.jxlint.i18n.Messages;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Builds the picocli command tree and maps every way a run can end to an exit code. */
@Command(
    name = "jxlint",
    mixinStandardHelpOptions = true,
    versionProvider = Cli.Version.class,
    resourceBundle = "org.jxlint.cli.help",
    subcommands = {CheckCommand.class, ParseCommand.class, RulesCommand.class, ExplainCommand.class,
        BenchCommand.class, ServeCommand.class},
    headerHeading = "",
    synopsisHeading = "用法：",
    descriptionHeading = "%n",
    commandListHeading = "%n命令：%n",
    optionListHeading = "%n选项：%n",
    description = {
      "jxlint —— 预算绩效目标表审核工具。",
      "在审批前检查部门整体、项目支出绩效目标表中的常见问题，给出位置、原因和修改建议。",
      "",
      "示例：",
      "  jxlint check 申报表目录/",
      "  jxlint check 申报表.json --format json --output 结果.json",
      "  jxlint rules",
      "  jxlint explain empty-value",
      "  jxlint serve --open            （在浏览器里审核，不用命令行）"
    },
    footerHeading = "%n",
    footer = {"退出码：0 通过；1 未通过（有错误级问题或无法读取的文件）；2 用法或配置错误；",
        "3 jxlint 自身出错，或有指标表没能读出来（检查不完整，请反馈）。"})
public final class Cli implements Runnable {

  final Io io;

  Cli(Io io) {
    this.io = io;
  }

  @Override
  public void run() {
    new CommandLine(this).usage(io.out());
  }

  /** Runs jxlint with these arguments and returns the exit code. */
  public static int run(String[] args, Io io) {
    LibraryLogging.configure(args);
    Cli root = new Cli(io);
    CommandLine cl = new CommandLine(root, new Factory(root));
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setOut(new PrintWriter(io.out(), true));
    cl.setErr(new PrintWriter(io.err(), true));
    cl.setParameterExceptionHandler((ex, a) -> {
      io.err().println("jxlint：" + UsageErrors.describe(ex, a));
      io.err().println("用 jxlint --help 或 jxlint " + commandName(ex) + " --help 查看用法。");
      return ExitCode.USAGE;
    });
    cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
      if (ex instanceof ConfigException ce) {
        Messages m = Messages.forLanguage(UsageErrors.language(parsed));
        io.err().println(m.get("error.prefix") + m.get(ce.key(), ce.args().toArray()));
        return ExitCode.USAGE;
      }
      io.err().println("jxlint：内部错误，请反馈给维护人员：" + ex);
      ex.printStackTrace(io.err());
      return ExitCode.INTERNAL;
    });
    return cl.execute(args);
  }

  private static String commandName(CommandLine.ParameterException ex) {
    String name = ex.getCommandLine().getCommandName();
    return "jxlint".equals(name) ? "check" : name;
  }

  /** Gives subcommands the streams of this run. */
  private record Factory(Cli root) implements CommandLine.IFactory {
    @Override
    public <K> K create(Class<K> cls) throws Exception {
      if (cls == Cli.class) {
        return cls.cast(root);
      }
      return CommandLine.defaultFactory().create(cls);
    }
  }

  /** The version from the build. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"jxlint " + version()};
    }
  }

  /**
   * Where others can read the rules' doc pages, as an absolute URI ending in “/”: the system
   * property {@code jxlint.docsUrl} or the variable {@code JXLINT_DOCS_URL} (a province's intranet
   * copy, say); null when none is named,
   * for a link to this machine's checkout would resolve for nobody else (SARIF then carries each
   * page inline).
   */
  static String docsUrl() {
    String url = System.getProperty("jxlint.docsUrl", System.getenv("JXLINT_DOCS_URL"));
    if (url == null || url.isBlank()) {
      return null;
    }
    return url.endsWith("/") ? url : url + "/";
  }

  static String version() {
    Properties p = new Properties();
    try (InputStream in = Cli.class.getResourceAsStream("/org/jxlint/version.properties")) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException e) {
      return "unknown";
    }
    return p.getProperty("version", "unknown");
  }
}
