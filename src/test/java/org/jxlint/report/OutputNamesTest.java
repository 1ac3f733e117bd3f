package org.jxlint.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputNamesTest {

  @Test
  @DisplayName("系统编码写不了汉字文件名（LANG=C）时，审核意见改用文件名里的 ASCII 字符写出，不丢")
  void a_name_the_encoding_cannot_hold_falls_back_to_its_ascii_letters() {
    OutputNames names = new OutputNames();
    String fallback = names.next(PerFileReportWriter.asciiOnly("上传/2026年-表1.docx"), "review",
        "txt");
    assertEquals("2026_-_1.review.txt", fallback);
    assertTrue(fallback.chars().allMatch(c -> c >= 0x20 && c < 0x7F), fallback);
  }

  @Test
  @DisplayName("八十个汉字的文件名：每个文件一份的审核意见仍能写出（名字截短到 255 字节以内）")
  void a_long_input_name_still_gives_a_name_the_file_system_takes(@TempDir Path dir)
      throws Exception {
    OutputNames names = new OutputNames();
    String input = "上传/" + "长".repeat(80) + ".txt";
    String first = names.next(input, "审核意见", "txt");
    String second = names.next(input, "审核意见", "txt");
    for (String n : new String[] {first, second}) {
      assertTrue(n.getBytes(StandardCharsets.UTF_8).length <= OutputNames.MAX_NAME_BYTES, n);
      assertTrue(n.startsWith("长长长") && n.endsWith(".审核意见.txt"), n);
      Path target = dir.resolve(n);
      Files.writeString(OutputNames.part(target), "x");
      Files.move(OutputNames.part(target), target);
      assertTrue(Files.exists(target));
    }
    assertFalse(first.equals(second));
  }

  @Test
  @DisplayName("文件名里的换行等控制字符不带进写出的文件名")
  void control_characters_in_a_name_are_replaced() {
    assertEquals("a_b.审核意见.txt", new OutputNames().next("a\nb.txt", "审核意见", "txt"));
  }
}
