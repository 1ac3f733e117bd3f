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

  /**
   * Whether {@code file} lies inside one of the folders given to check, or in the folder of a
   * file given to check (cd 上传 && jxlint check *.docx: the upload's own folder).
   */
  static boolean inside(Path file, List<Path> arguments) {
    // Where the file stands, and, when it is a link, where it leads: either inside is inside.
    return List.of(real(file), standing(file)).stream().anyMatch(f -> arguments.stream()
        .anyMatch(a -> Files.isDirectory(a) ? f.startsWith(real(a))
            : f.getParent() != null && f.getParent().equals(real(a.toAbsolutePath().getParent()))));
  }

  /** A file as it stands in its folder, links to it not followed (the folder's own are). */
  private static Path standing(Path file) {
    Path absolute = file.toAbsolutePath().normalize();
    Path parent = absolute.getParent();
    return parent == null ? absolute : real(parent).resolve(absolute.getFileName());
  }

  /**
   * Every {@value ProjectConfig#FILE_NAME} inside the folders given to check, and beside the
   * files given to check, in order.
   */
  static List<Path> configsInside(List<Path> arguments) {
    List<Path> found = new ArrayList<>();
    for (Path argument : arguments) {
      if (!Files.isDirectory(argument)) {
        Path beside = argument.toAbsolutePath().getParent().resolve(ProjectConfig.FILE_NAME);
        if ((Files.isRegularFile(beside) || Files.isSymbolicLink(beside))
            && found.stream().noneMatch(p -> same(p, beside))) {
          found.add(beside);
        }
        continue;
      }
      try (Stream<Path> files = Files.find(argument, Integer.MAX_VALUE, (p, attrs) ->
          (attrs.isRegularFile() || attrs.isSymbolicLink())
              && ProjectConfig.FILE_NAME.equals(p.getFileName().toString()))) {
        files.sorted().forEach(found::add);
      } catch (IOException | RuntimeException e) {
        // an unreadable folder is reported file by file by the walk itself
      }
    }
    return found;
  }

  /**
   * Whether a file is a link to somewhere outside the folder it was found in, or, named on the
   * command line, outside the folder it stands in (--follow-links reads it all the same).
   */
  static boolean leavesRoot(InputFiles.Input input) {
    Path file = input.file();
    if (!Files.isSymbolicLink(file)) {
      return false;
    }
    // A link named on the command line (as a shell's * names every link of a folder) is held to
    // the folder it stands in.
    Path root = file.equals(input.argument()) ? file.toAbsolutePath().getParent()
        : input.argument();
    try {
      return !file.toRealPath().startsWith(root.toRealPath());
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
