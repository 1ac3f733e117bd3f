package org.jxlint.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/**
 * Expands the paths on the command line into the files to check, in a fixed order. Files named
 * directly are always checked; in directories, hidden files and folders (starting with “.”) are
 * skipped, everything else is reported, readable or not.
 */
final class InputFiles {

  /** One file to check, with the path to show for it and the argument it came from. */
  record Input(Path file, String display, Path argument) {}

  private InputFiles() {}

  static List<Input> expand(Path argument) {
    return expand(argument, List.of(), List.of());
  }

  /**
   * The files of an argument; in a directory only those matching one of {@code includes} (all
   * when empty) and none of {@code excludes}, globs matched against the path below the directory.
   */
  static List<Input> expand(Path argument, List<String> includes, List<String> excludes) {
    return expand(argument, includes, excludes, false);
  }

  /** As above; with {@code followLinks}, links to folders are walked into (a loop is reported). */
  static List<Input> expand(Path argument, List<String> includes, List<String> excludes,
      boolean followLinks) {
    if (!Files.isDirectory(argument)) {
      return List.of(new Input(argument, argument.toString(), argument));
    }
    List<PathMatcher> in = matchers(includes);
    List<PathMatcher> out = matchers(excludes);
    List<Input> found = new ArrayList<>();
    try {
      Files.walkFileTree(argument, followLinks ? EnumSet.of(FileVisitOption.FOLLOW_LINKS)
          : EnumSet.noneOf(FileVisitOption.class), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
          return !dir.equals(argument) && hidden(dir)
              ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
          Path relative = argument.relativize(file);
          if (!hidden(file) && !attrs.isDirectory()
              && (in.isEmpty() || in.stream().anyMatch(m -> matches(m, relative)))
              && out.stream().noneMatch(m -> matches(m, relative))) {
            found.add(new Input(file, file.toString(), argument));
          }
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException exc) {
          found.add(new Input(file, file.toString(), argument)); // reported as unreadable
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    found.sort((a, b) -> a.display().compareTo(b.display()));
    return found;
  }

  private static List<PathMatcher> matchers(List<String> globs) {
    return globs.stream().map(g -> FileSystems.getDefault().getPathMatcher("glob:" + g)).toList();
  }

  /** {@code **}/*.docx also matches a file at the top of the directory. */
  private static boolean matches(PathMatcher m, Path relative) {
    return m.matches(relative) || m.matches(Path.of("_").resolve(relative));
  }

  private static boolean hidden(Path p) {
    Path name = p.getFileName();
    return name != null && name.toString().startsWith(".");
  }
}
