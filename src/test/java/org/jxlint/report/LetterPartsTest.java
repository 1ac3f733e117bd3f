package org.jxlint.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The small parts of the letters and the per-file outputs: item numbers and file names. */
class LetterPartsTest {

  @Test
  @DisplayName("编号按公文的写法：十一、二十、一百零五、一千零一十")
  void items_are_numbered_as_chinese_letters_number_them() {
    List<Integer> n = List.of(1, 9, 10, 11, 19, 20, 21, 99, 100, 101, 105, 110, 111, 999, 1000,
        1001, 1010, 2019, 9999, 10000);
    List<String> want = List.of("一", "九", "十", "十一", "十九", "二十", "二十一", "九十九", "一百",
        "一百零一", "一百零五", "一百一十", "一百一十一", "九百九十九", "一千", "一千零一", "一千零一十",
        "二千零一十九", "九千九百九十九", "10000");
    assertEquals(want, n.stream().map(ChineseNumerals::of).toList());
  }

  @Test
  @DisplayName("每个文件一份的输出：同名的依次编号，表.docx 和 表.xlsx 的意见按扩展名区分，不分大小写")
  void names_of_per_file_outputs_never_collide() {
    OutputNames copies = new OutputNames();
    assertEquals("表.审核.docx", copies.next("上传/甲/表.docx", "审核", null));
    assertEquals("表-2.审核.docx", copies.next("上传/乙/表.docx", "审核", null));
    assertEquals("表.审核.xlsx", copies.next("上传/甲/表.xlsx", "审核", null));
    assertEquals("form.审核.docx", copies.next("a/form.docx", "审核", null));
    assertEquals("FORM-2.审核.DOCX", copies.next("b\\FORM.DOCX", "审核", null));
    OutputNames letters = new OutputNames();
    assertEquals("表.审核意见.md", letters.next("上传/表.docx", "审核意见", "md"));
    assertEquals("表.xlsx.审核意见.md", letters.next("上传/表.xlsx", "审核意见", "md"));
    assertEquals("表.docx.审核意见.md", letters.next("其他/表.docx", "审核意见", "md"));
    assertEquals("表-2.审核意见.md", letters.next("第三/表.docx", "审核意见", "md"));
    assertEquals("README.审核意见.md", letters.next("README", "审核意见", "md"));
  }
}
