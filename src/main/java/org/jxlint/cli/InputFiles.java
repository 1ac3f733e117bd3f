package org.jxlint.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Expands the paths on the command line into the files to check, in a fixed order. A file named
 * on the command line is always checked. A folder walk reads the formats jxlint reads and skips
 * the rest as ESLint and Ruff do — hidden files and folders, Office lock files ({@code ~$表.docx}),
 * the system's litter (Thumbs.db), other file types — and says what it skipped. With
 * {@code strict} every file but hidden ones is checked, so a stray file fails the gate.
 */
final class InputFiles {

  /**
   * File endings a walk hands to the readers: those jxlint reads, and document formats submissions
   * come in that it names a reason for (OFD, RTF, OpenDocument), so such a file is reported as
   * unreadable rather than passed over. Kept in step with the readers by InputFilesTest.
   */
  static final Set<String> SUBMISSION_TYPES = Set.of("json", "txt", "text", "csv", "tsv", "xlsx",
      "xls", "xlsm", "xltx", "xltm", "xlt", "et", "docx", "docm", "dotx", "dotm", "dot", "doc",
      "wps", "pdf", "ofd", "rtf", "odt", "ods", "htm", "html", "mht", "mhtml");

  /** Files the operating system leaves in folders, in lower case. */
  private static final Set<String> SYSTEM_FILES = Set.of("thumbs.db", "ehthumbs.db",
      "desktop.ini");

  /** One file to check, with the path to show for it and the argument it came from. */
  record Input(Path file, String display, Path argument) {}

  /**
   * A path a walk passed over, and why (a message key).
   *
   * @param folder whether a whole folder was passed over (not counted as a file)
   */
  record Skipped(Path path, String reasonKey, boolean folder) {}

  /** The files of an argument to check and those passed over, each in path order. */
  record Expansion(List<Input> inputs, List<Skipped> skipped) {}

  private InputFiles() {}

  static List<Input> expand(Path argument) {
    return expand(argument, List.of(), List.of(), false).inputs();
  }

  /**
   * The files of an argument; in a directory only those matching one of {@code includes} (all
   * when empty) and none of {@code excludes}, globs matched against the path below the directory.
   */
  static Expansion expand(Path argument, List<String> includes, List<String> excludes,
      boolean strict) {
    return expand(argument, includes, excludes, strict, false);
  }

  /** As above; with {@code followLinks}, links to folders are walked into (a loop is reported). */
  static Expansion expand(Path argument, List<String> includes, List<String> excludes,
      boolean strict, boolean followLinks) {
    if (!Files.isDirectory(argument)) {
      return new Expansion(List.of(new Input(argument, argument.toString(), argument)), List.of());
    }
    List<PathMatcher> in = matchers(includes);
    List<PathMatcher> out = matchers(excludes);
    List<Input> found = new ArrayList<>();
    List<Skipped> skipped = new ArrayList<>();
    // A folder named by a link (current -> 2026-12-03) is that folder: the user named it.
    Path start = root(argument);
    try {
      Files.walkFileTree(start, followLinks ? EnumSet.of(FileVisitOption.FOLLOW_LINKS)
          : EnumSet.noneOf(FileVisitOption.class), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
          if (dir.equals(start) || !hidden(dir.getFileName().toString())) {
            return FileVisitResult.CONTINUE;
          }
          skipped.add(new Skipped(dir, "skip.hiddenFolder", true));
          return FileVisitResult.SKIP_SUBTREE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
          Path relative = start.relativize(file);
          if (attrs.isDirectory()
              || (!in.isEmpty() && in.stream().noneMatch(m -> matches(m, relative)))
              || out.stream().anyMatch(m -> matches(m, relative))) {
            return FileVisitResult.CONTINUE; // left out on purpose by --include/--exclude
          }
          Optional<String> reason = skipReason(file.getFileName().toString(), strict);
          if (reason.isEmpty() && !strict && lockFile(file, file.getFileName().toString())) {
            reason = Optional.of("skip.lock");
          }
          Input input = new Input(file, argument.resolve(relative).toString(), start);
          if (!followLinks && UploadBounds.leavesRoot(input)) {
            found.add(input); // a way out of the upload, whatever its name: listed with the reason
          } else if (reason.isPresent()) {
            skipped.add(new Skipped(file, reason.get(), false));
          } else {
            found.add(input);
          }
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException exc) {
          found.add(new Input(file, argument.resolve(start.relativize(file)).toString(), start));
          // reported as unreadable
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    found.sort(Comparator.comparing(Input::display));
    skipped.sort(Comparator.comparing(s -> s.path().toString()));
    return new Expansion(found, skipped);
  }

  /** Where a walk of a folder argument starts: the folder a link names, else the argument. */
  private static Path root(Path argument) {
    if (!Files.isSymbolicLink(argument)) {
      return argument;
    }
    try {
      return argument.toRealPath();
    } catch (IOException e) {
      return argument;
    }
  }

  /** Why a walk passes over a file of this name, as a message key; empty when it is read. */
  static Optional<String> skipReason(String name, boolean strict) {
    if (hidden(name)) {
      return Optional.of("skip.hidden");
    }
    if (strict) {
      return Optional.empty();
    }
    String lower = name.toLowerCase(Locale.ROOT);
    if (SYSTEM_FILES.contains(lower)) {
      return Optional.of("skip.system");
    }
    return SUBMISSION_TYPES.contains(org.jxlint.ingest.Ingestor.extensionOf(name))
        ? Optional.empty() : Optional.of("skip.type");
  }

  /**
   * Word's and Excel's owner file of an open document (~$表.docx): a few hundred bytes naming who
   * has it open. A whole document under such a name is read like any other.
   */
  static boolean lockFile(Path file, String name) {
    if (!name.startsWith("~$")) {
      return false;
    }
    try {
      if (Files.size(file) > LOCK_FILE_BYTES) {
        return false;
      }
      byte[] head = new byte[4];
      try (var in = Files.newInputStream(file)) {
        int n = in.readNBytes(head, 0, 4);
        // A zip (PK) or an OLE2 compound file is a document, however small.
        return !(n >= 2 && head[0] == 'P' && head[1] == 'K')
            && !(n >= 4 && (head[0] & 0xFF) == 0xD0 && (head[1] & 0xFF) == 0xCF);
      }
    } catch (IOException e) {
      return true;
    }
  }

  /** Owner files are 162 bytes (Word) or 165 (Excel); anything much larger is something else. */
  private static final long LOCK_FILE_BYTES = 1024;

  private static List<PathMatcher> matchers(List<String> globs) {
    return globs.stream().map(g -> FileSystems.getDefault().getPathMatcher("glob:" + g)).toList();
  }

  /** {@code **}/*.docx also matches a file at the top of the directory. */
  private static boolean matches(PathMatcher m, Path relative) {
    return m.matches(relative) || m.matches(Path.of("_").resolve(relative));
  }

  /** Hidden files and folders (.DS_Store, .git, macOS's ._表.docx); also __MACOSX of zip files. */
  private static boolean hidden(String name) {
    return name.startsWith(".") || name.equals("__MACOSX");
  }
}
