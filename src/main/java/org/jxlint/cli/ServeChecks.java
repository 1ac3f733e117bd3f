package org.jxlint.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.jxlint.check.Linter;
import org.jxlint.ingest.Ingestor;
import org.jxlint.report.FileReport;
import org.jxlint.serve.Checker;

/**
 * The web page's files checked as {@code jxlint check} checks them: the same reading, rules,
 * waivers and watchdog ({@code -Djxlint.timeout}).
 */
final class ServeChecks implements Checker {

  private final Ingestor ingestor;
  private final Linter linter;
  private final Waivers waivers;

  ServeChecks(Ingestor ingestor, Linter linter, Waivers waivers) {
    this.ingestor = ingestor;
    this.linter = linter;
    this.waivers = waivers;
  }

  @Override
  public FileReport check(Path file, String name) {
    InputFiles.Input input = new InputFiles.Input(file, name, file);
    FileReport[] out = new FileReport[1];
    try {
      Batch.run(List.of(new Batch.Job(input, () -> CheckCommand.checkOne(ingestor, linter,
          input))), 1, Batch.timeLimit(), report -> out[0] = report);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return waivers.apply(out[0]);
  }

  @Override
  public Optional<String> skipInFolder(String name) {
    // Decided before the upload's body is read: an owner file goes by its name here (the
    // command line also looks at its size and first bytes).
    return name.startsWith("~$") ? Optional.of("skip.lock") : InputFiles.skipReason(name, false);
  }
}
