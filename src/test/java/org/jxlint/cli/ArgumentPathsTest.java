package org.jxlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArgumentPathsTest {

  /** A file whose name has bytes that are not UTF-8 (as a shell makes it: Java cannot). */
  private static void makeBadlyNamed(Path dir) throws Exception {
    Process p = new ProcessBuilder("sh", "-c", "printf 'x' > \"$(printf '表\\377\\376.txt')\"")
        .directory(dir.toFile()).start();
    assumeTrue(p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0, "no sh here");
  }

  @Test
  @DisplayName("命令行上给出的文件名有不是 UTF-8 的字节：找到同一目录里读起来一样的那个文件")
  void a_name_that_reached_java_with_replacement_characters_is_found(@TempDir Path dir)
      throws Exception {
    makeBadlyNamed(dir);
    Path given = dir.resolve("表\uFFFD\uFFFD.txt");
    assumeTrue(!Files.exists(given), "this file system keeps names as text");
    Path found = ArgumentPaths.found(given);
    assertTrue(Files.isRegularFile(found), found.toString());
    assertEquals("x", Files.readString(found));
  }

  @Test
  @DisplayName("名字完好的路径原样返回，找不到的也原样返回（仍报“找不到文件”）")
  void other_paths_are_left_as_given(@TempDir Path dir) throws Exception {
    Path plain = Files.writeString(dir.resolve("表.txt"), "x");
    assertEquals(plain, ArgumentPaths.found(plain));
    Path nowhere = dir.resolve("没有\uFFFD.txt");
    assertEquals(nowhere, ArgumentPaths.found(nowhere));
  }
}
