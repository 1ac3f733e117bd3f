package org.jxlint.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Where a file is filed in a baseline: its path relative to the checked root, with “/” between
 * folders. The root is {@code --baseline-root} when given, else the deepest folder holding every
 * path on the command line, so {@code check 上传/} and {@code check 上传/青山镇 上传/白石乡} file
 * {@code 青山镇/绩效目标表.txt} under the same key, and two files never share one.
 */
final class BaselineKeys {

  private BaselineKeys() {}

  /** The deepest folder holding every argument (a file's own folder); null when none does. */
  static Path commonRoot(List<Path> arguments) {
    Path root = null;
    for (Path argument : arguments) {
      Path p = argument.toAbsolutePath().normalize();
      Path dir = Files.isDirectory(p) || p.getParent() == null ? p : p.getParent();
      if (root == null) {
        root = dir;
      } else {
        while (root != null && !dir.startsWith(root)) {
          root = root.getParent();
        }
        if (root == null) {
          return null;
        }
      }
    }
    return root;
  }

  /** The file's key under the root; its absolute path when it is not below the root. */
  static String key(Path root, Path file) {
    Path p = file.toAbsolutePath().normalize();
    Path key = root != null && p.startsWith(root) ? root.relativize(p) : p;
    return key.toString().replace('\\', '/');
  }

  /** The last part of a key: what a version 1 baseline filed findings under. */
  static String bareName(String key) {
    return key.substring(key.lastIndexOf('/') + 1);
  }
}
