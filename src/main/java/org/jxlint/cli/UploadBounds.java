package org.jxlint.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jxlint.config.ProjectConfig;

/**
 * What is checked is data, never configuration or a way out: a {@code .jxlint.yml} inside the
 * paths being checked is not obeyed (an upload must not switch its own rules off), and a link in
 * a checked folder that leads out of it is not read (another unit's form, or any file on the
 * machine, must not enter this upload's report).
 */
final class UploadBounds {

  private UploadBounds() {}

  /** Whether {@code file} lies inside one of the folders given to check. */
  static boolean inside(Path file, List<Path> arguments) {
    Path f = real(file);
    return arguments.stream().filter(Files::isDirectory).map(UploadBounds::real)
        .anyMatch(f::startsWith);
  }

  /** Every {@value ProjectConfig#FILE_NAME} inside the folders given to check, in order. */
  static List<Path> configsInside(List<Path> arguments) {
    List<Path> found = new ArrayList<>();
    for (Path argument : arguments) {
      if (!Files.isDirectory(argument)) {
        continue;
      }
      try (Stream<Path> files = Files.find(argument, Integer.MAX_VALUE, (p, attrs) ->
          attrs.isRegularFile() && ProjectConfig.FILE_NAME.equals(p.getFileName().toString()))) {
        files.sorted().forEach(found::add);
      } catch (IOException | RuntimeException e) {
        // an unreadable folder is reported file by file by the walk itself
      }
    }
    return found;
  }

  /**
   * Whether a file found in a folder is a link to somewhere outside that folder. A file named on
   * the command line is the user's own choice and always read.
   */
  static boolean leavesRoot(InputFiles.Input input) {
    Path file = input.file();
    if (file.equals(input.argument()) || !Files.isSymbolicLink(file)) {
      return false;
    }
    try {
      return !file.toRealPath().startsWith(input.argument().toRealPath());
    } catch (IOException e) {
      return false; // a dangling link: reported as a missing file
    }
  }

  static boolean same(Path a, Path b) {
    return real(a).equals(real(b));
  }

  private static Path real(Path p) {
    try {
      return p.toRealPath();
    } catch (IOException e) {
      return p.toAbsolutePath().normalize();
    }
  }
}
