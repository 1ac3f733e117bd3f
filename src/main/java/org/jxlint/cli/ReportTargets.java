package org.jxlint.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jxlint.check.CheckRegistry;
import org.jxlint.config.ConfigException;
import org.jxlint.i18n.Messages;
import org.jxlint.report.FailOn;
import org.jxlint.report.FileReport;
import org.jxlint.report.Gate;
import org.jxlint.report.GithubReportWriter;
import org.jxlint.report.HtmlReportWriter;
import org.jxlint.report.IssueListWriter;
import org.jxlint.report.JsonReportWriter;
import org.jxlint.report.JunitReportWriter;
import org.jxlint.report.MarkdownReportWriter;
import org.jxlint.report.PerFileReportWriter;
import org.jxlint.report.PlainTextReportWriter;
import org.jxlint.report.ReportWriter;
import org.jxlint.report.SarifReportWriter;
import org.jxlint.report.Summary;
import org.jxlint.report.TextReportWriter;

/** The reports of one run: {@code --format FORMAT[:FILE]}, several at once, one to the screen. */
final class ReportTargets {

  /** Report formats, as users type them ({@code TEXT_PLAIN} is {@code text-plain}). */
  enum Format { TEXT, JSON, MD, HTML, SARIF, JUNIT, GITHUB, XLSX, TEXT_PLAIN }

  /**
   * One report: its format and file; a null file is the screen (or {@code -o}).
   *
   * @param perFile whether the file is a folder with one report a file in it ({@code md:DIR/})
   */
  record Target(Format format, Path file, boolean perFile) {
    Target(Format format, Path file) {
      this(format, file, false);
    }
  }

  /** Formats that can be written one report a file, into a folder. */
  private static final java.util.Set<Format> PER_FILE = java.util.EnumSet.of(Format.MD,
      Format.TEXT_PLAIN);

  /** Whether a report asked for draws or groups by the tables read (md, html, the letters, xlsx). */
  static boolean needDocuments(List<Target> targets) {
    return targets.stream().anyMatch(t -> t.format() == Format.MD || t.format() == Format.HTML
        || t.format() == Format.TEXT_PLAIN || t.format() == Format.XLSX);
  }

  private ReportTargets() {}

  static List<Target> parse(List<String> specs, Path output) throws ConfigException {
    List<Target> out = new ArrayList<>();
    boolean screen = false;
    for (String spec : specs.isEmpty() ? List.of("text") : specs) {
      int colon = spec.indexOf(':');
      String name = (colon < 0 ? spec : spec.substring(0, colon)).strip();
      Format format = Arrays.stream(Format.values())
          .filter(f -> f.name().equalsIgnoreCase(name.replace('-', '_'))).findFirst()
          .orElseThrow(() -> new ConfigException("error.formatSpec", spec, choices()));
      String written = colon < 0 ? "" : spec.substring(colon + 1).strip();
      Path file = written.isEmpty() ? output : Path.of(written);
      boolean folder = written.endsWith("/") || written.endsWith(java.io.File.separator)
          || (file != null && Files.isDirectory(file));
      if (folder && !PER_FILE.contains(format)) {
        throw new ConfigException("error.formatFolder", spec);
      }
      if (format == Format.XLSX && file == null) {
        throw new ConfigException("error.formatNeedsFile", spec);
      }
      if (folder) {
        out.add(new Target(format, file, true));
        continue;
      }
      if (file == null) {
        if (screen) {
          throw new ConfigException("error.formatStdout");
        }
        screen = true;
      }
      out.add(new Target(format, file));
    }
    return out;
  }

  static String choices() {
    return String.join(", ", Arrays.stream(Format.values())
        .map(f -> f.name().toLowerCase(Locale.ROOT).replace('_', '-')).toList());
  }

  /** The writers of a run, fanned out from one; closing flushes and closes their files. */
  static final class Open implements AutoCloseable {
    private final List<ReportWriter> writers = new ArrayList<>();
    private final List<OutputStream> files = new ArrayList<>();
    private final OutputStream screen;
    private int failed;

    private Open(OutputStream screen) {
      this.screen = screen;
    }

    /** How many file entries a writer failed on (each replaced by a note): jxlint's own error. */
    int failed() {
      return failed;
    }

    private static FileReport failedEntry(FileReport report, Throwable e) {
      return new FileReport(report.path(), null, null, null, null, "unreadable.reportFailed",
          List.of(e.getClass().getSimpleName()), null, List.of(), null);
    }

    ReportWriter writer() {
      return new ReportWriter() {
        @Override
        public void begin() throws IOException {
          for (ReportWriter w : writers) {
            w.begin();
          }
        }

        /**
         * Each format writes the file's entry whole or not at all; should one fail, the entry is
         * replaced by a note that jxlint failed on it, and the other files are still written.
         */
        @Override
        public void file(FileReport report) throws IOException {
          for (ReportWriter w : writers) {
            try {
              w.file(report);
            } catch (RuntimeException | IOException | StackOverflowError e) {
              failed++;
              w.file(failedEntry(report, e));
            }
          }
        }

        @Override
        public void end(Summary summary, Gate gate) throws IOException {
          for (ReportWriter w : writers) {
            w.end(summary, gate);
          }
        }
      };
    }

    @Override
    public void close() throws IOException {
      screen.flush();
      for (OutputStream f : files) {
        f.close();
      }
    }
  }

  /** Every rule's doc page, for SARIF's inline help. */
  private static java.util.Map<String, String> rulePages(CheckRegistry registry)
      throws IOException {
    java.util.Map<String, String> pages = new java.util.HashMap<>();
    for (org.jxlint.check.RuleMeta r : registry.rules()) {
      String page = ExplainCommand.page(r.id());
      if (page != null) {
        pages.put(r.id(), page);
      }
    }
    return pages;
  }

  /** A folder of one 审核意见 a file ({@code md:DIR/}, {@code text-plain:DIR/}). */
  private static ReportWriter perFile(Target t, Messages messages) throws ConfigException {
    try {
      Files.createDirectories(t.file());
    } catch (IOException e) {
      throw new ConfigException("error.outputFailed", t.file(), e.getMessage());
    }
    return new PerFileReportWriter(t.file(), messages, t.format() == Format.MD
        ? PerFileReportWriter.Form.MARKDOWN : PerFileReportWriter.Form.PLAIN);
  }

  static Open open(List<Target> targets, Io io, Messages messages, CheckRegistry registry,
      FailOn failOn, boolean baseline) throws ConfigException, IOException {
    Open open = new Open(io.out());
    for (Target t : targets) {
      if (t.perFile()) {
        open.writers.add(perFile(t, messages));
        continue;
      }
      OutputStream sink = io.out();
      boolean terminal = io.terminal();
      if (t.file() != null) {
        try {
          Path parent = t.file().toAbsolutePath().getParent();
          if (parent != null) {
            Files.createDirectories(parent);
          }
          sink = new BufferedOutputStream(Files.newOutputStream(t.file()));
        } catch (IOException e) {
          throw new ConfigException("error.outputFailed", t.file(), e.getMessage());
        }
        open.files.add(sink);
        terminal = false;
      }
      PrintWriter text = new PrintWriter(new OutputStreamWriter(sink, StandardCharsets.UTF_8),
          false);
      open.writers.add(switch (t.format()) {
        case TEXT -> new TextReportWriter(text, messages, terminal);
        case JSON -> new JsonReportWriter(sink, messages, Cli.version());
        case MD -> new MarkdownReportWriter(text, messages);
        case HTML -> new HtmlReportWriter(text, messages);
        case SARIF -> new SarifReportWriter(sink, messages, registry.rules(),
            new SarifReportWriter.Options(Cli.version(), Cli.docsUrl(),
                Path.of("").toAbsolutePath(), baseline, SarifReportWriter.MAX_RESULTS,
                rulePages(registry)));
        case JUNIT -> new JunitReportWriter(text, messages, failOn);
        case GITHUB -> new GithubReportWriter(text, messages);
        case XLSX -> new IssueListWriter(sink, messages);
        case TEXT_PLAIN -> new PlainTextReportWriter(text, messages);
      });
    }
    return open;
  }
}
