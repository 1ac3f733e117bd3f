package org.jxlint.cli;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Paths as given on the command line, found on disk. A name whose bytes are not valid in the
 * system's encoding (a file named on another system, a name cut in the middle of a character)
 * reaches Java with each bad byte turned into U+FFFD, and no such file exists; the file the user
 * meant is the one in the same folder whose name reads the same way.
 */
final class ArgumentPaths {

  private static final char REPLACED = '\uFFFD';

  private ArgumentPaths() {}

  static List<Path> found(List<Path> given) {
    List<Path> out = new ArrayList<>(given.size());
    for (Path p : given) {
      out.add(found(p));
    }
    return out;
  }

  static Path found(Path given) {
    Path name = given.getFileName();
    if (name == null || name.toString().indexOf(REPLACED) < 0
        || Files.exists(given, LinkOption.NOFOLLOW_LINKS)) {
      return given;
    }
    Path parent = given.getParent();
    Path match = null;
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(
        parent == null ? Path.of(".") : parent)) {
      for (Path entry : entries) {
        if (entry.getFileName().toString().equals(name.toString())) {
          if (match != null) {
            return given; // two names read the same: which one was meant cannot be told
          }
          match = parent == null ? entry.getFileName() : entry;
        }
      }
    } catch (IOException | RuntimeException e) {
      return given;
    }
    return match == null ? given : match;
  }
}
