package org.jxlint.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** What the benchmark says of the machine and the jars it measured. */
final class Machine {

  private Machine() {}

  static String memory() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
        if (line.startsWith("MemTotal:")) {
          long kb = Long.parseLong(line.replaceAll("\\D", ""));
          return (kb >> 20) + " GB";
        }
      }
    } catch (IOException | RuntimeException e) {
      // not Linux: say nothing
    }
    return "?";
  }

  static String load() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
    } catch (IOException | RuntimeException e) {
      return "?";
    }
  }

  static String stamp(Path jar) {
    try {
      return (Files.size(jar) >> 20) + " MB，构建于 " + Files.getLastModifiedTime(jar).toInstant()
          .atZone(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"));
    } catch (IOException e) {
      return "?";
    }
  }
}
