package org.jxlint.cli;

import java.awt.Desktop;
import java.io.IOException;
import java.net.BindException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.jxlint.check.CheckRegistry;
import org.jxlint.check.Linter;
import org.jxlint.check.RuleMeta;
import org.jxlint.check.RuleSelection;
import org.jxlint.check.RuleSettings;
import org.jxlint.config.ConfigException;
import org.jxlint.config.ProjectConfig;
import org.jxlint.config.Vocabulary;
import org.jxlint.i18n.Messages;
import org.jxlint.ingest.Ingestor;
import org.jxlint.serve.ServeSettings;
import org.jxlint.serve.WebServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code jxlint serve}: the reviewers' web page on this machine, until Ctrl+C. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    synopsisHeading = "用法：",
    descriptionHeading = "%n",
    optionListHeading = "%n选项：%n",
    description = {
      "在本机打开审核网页：把绩效目标表拖进浏览器即可检查，不用命令行。",
      "只在本机（127.0.0.1）提供，其他电脑访问不到；上传的文件只在检查时临时保存，查完即删。",
      "规则和设置与 jxlint check 相同（.jxlint.yml、--config、--rules-dir）。按 Ctrl+C 停止。"
    })
final class ServeCommand implements Callable<Integer> {

  static final int DEFAULT_PORT = 8080;

  @ParentCommand Cli parent;

  @Option(names = "--port", paramLabel = "端口", defaultValue = "8080",
      description = "网页使用的端口，默认 8080；0 表示任选一个空闲端口。")
  int port = DEFAULT_PORT;

  @Option(names = "--host", paramLabel = "地址",
      description = "在这个地址上提供网页（如 0.0.0.0 让局域网里的电脑也能访问）。默认只在本机 "
          + "127.0.0.1；给出本选项即表示同意其他电脑访问，请只在可信的网络里使用。")
  String host;

  @Option(names = "--open", description = "启动后用默认浏览器打开网页。")
  boolean open;

  @Option(names = "--config", paramLabel = "文件",
      description = "使用指定的配置文件，不再从当前目录向上查找 .jxlint.yml。")
  Path config;

  @Mixin RulesDirOption rules = new RulesDirOption();

  @Mixin LanguageOption language = new LanguageOption();

  @Override
  public Integer call() throws Exception {
    Io io = parent.io;
    Messages m = language.messages();
    WebServer server = start(io.err());
    if (server == null) {
      return ExitCode.USAGE;
    }
    io.out().println(m.get("serve.started", server.uri()));
    io.out().println(m.get("serve.howToStop"));
    if (open) {
      browse(server.uri(), io.err(), m);
    }
    CountDownLatch forever = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(server::close, "jxlint-serve-stop"));
    forever.await();
    return ExitCode.PASSED;
  }

  /** A server started with these arguments of {@code jxlint serve} (for tests). */
  static WebServer open(java.io.PrintStream err, String... args) throws Exception {
    ServeCommand c = new ServeCommand();
    new picocli.CommandLine(c).parseArgs(args);
    return c.start(err);
  }

  /** The server on the address asked for; null (and why, on {@code err}) when it cannot bind. */
  WebServer start(java.io.PrintStream err) throws ConfigException, IOException {
    Messages m = language.messages();
    boolean shared = host != null;
    if (shared) {
      err.println(m.get("error.prefix") + m.get("serve.warning.shared", host));
    }
    try {
      return WebServer.start(settings(shared ? host : "127.0.0.1", shared));
    } catch (BindException e) {
      err.println(m.get("error.prefix") + m.get("serve.error.port", port));
      return null;
    }
  }

  private ServeSettings settings(String address, boolean shared) throws ConfigException {
    Vocabulary vocabulary = rules.vocabulary();
    CheckRegistry registry = CheckRegistry.loadAll();
    Optional<Path> file = config != null ? Optional.of(config)
        : ProjectConfig.findUpward(Path.of("").toAbsolutePath());
    if (file.isPresent() && !Files.isRegularFile(file.get())) {
      throw new ConfigException("error.configBroken", file.get(),
          language.messages().get("unreadable.missing"));
    }
    ProjectConfig pc = file.isPresent() ? ProjectConfig.load(file.get()) : ProjectConfig.none();
    ConfiguredRules.requireKnown(pc, registry);
    RuleSelection selection = RuleSettings.select(pc, registry);
    Linter linter = new Linter(registry, selection, vocabulary);
    List<String> changed = new ArrayList<>();
    for (Map.Entry<String, String> e : pc.rules().entrySet()) {
      changed.add(e.getKey() + ": " + e.getValue().toLowerCase(Locale.ROOT));
    }
    List<RuleMeta> all = registry.rules();
    ServeSettings.Rules shown = new ServeSettings.Rules(
        file.map(p -> p.toAbsolutePath().normalize().toString()).orElse(null),
        rules.rulesDir == null ? null : rules.rulesDir.toAbsolutePath().normalize().toString(),
        all.size(), (int) all.stream().filter(r -> selection.enabled(r.id())).count(), changed,
        pc.suppressions().size());
    java.time.Duration limit = Batch.timeLimit();
    ServeSettings.Limits limits = new ServeSettings.Limits(
        ServeSettings.Limits.DEFAULT_MAX_FILE_BYTES, ServeSettings.Limits.DEFAULT_MAX_FILES,
        limit == null ? null : Batch.seconds(limit));
    return new ServeSettings(address, port, shared, language.lang.name().toLowerCase(Locale.ROOT),
        Cli.version(), new ServeChecks(Ingestor.standard(vocabulary), linter, new Waivers(pc, registry)),
        shown, limits);
  }

  /** Opens the page in the default browser, as far as this machine lets a program do that. */
  private static void browse(URI uri, java.io.PrintStream err, Messages m) {
    try {
      if (Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.BROWSE)) {
        Desktop.getDesktop().browse(uri);
        return;
      }
      String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
      List<String> cmd = os.contains("win")
          ? List.of("rundll32", "url.dll,FileProtocolHandler", uri.toString())
          : os.contains("mac") ? List.of("open", uri.toString())
          : List.of("xdg-open", uri.toString());
      new ProcessBuilder(cmd).redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    } catch (IOException | RuntimeException | LinkageError e) {
      err.println(m.get("serve.openFailed", uri));
    }
  }
}
