package org.jxlint.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.jxlint.TestSupport;

/**
 * PDFs whose structure is damaged or made to trap a reader, written object by object: a page tree
 * that refers back to itself or lies about its page count is walked once and read; what cannot be
 * read at all gets a reason that says what is wrong — never “jxlint 读取时出错（IllegalStateException）”.
 */
class PdfDamageTest {

  private static final Ingestor INGESTOR = Ingestor.standard(TestSupport.VOCABULARY);
  private static final String FONT = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>";
  private static final String CONTENT = "<< /Length 44 >>\nstream\n"
      + "BT /F1 12 Tf 72 712 Td (Hello world) Tj ET\nendstream";

  @TempDir Path dir;

  /** A PDF of these objects (numbered from 1, the first the catalog) with a correct xref. */
  private static byte[] pdf(String... objects) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes("%PDF-1.4\n".getBytes(StandardCharsets.ISO_8859_1));
    List<Integer> offsets = new ArrayList<>();
    for (int i = 0; i < objects.length; i++) {
      offsets.add(out.size());
      out.writeBytes(((i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n")
          .getBytes(StandardCharsets.ISO_8859_1));
    }
    int xref = out.size();
    StringBuilder b = new StringBuilder("xref\n0 " + (objects.length + 1)
        + "\n0000000000 65535 f \n");
    offsets.forEach(o -> b.append(String.format("%010d 00000 n \n", o)));
    b.append("trailer\n<< /Size ").append(objects.length + 1).append(" /Root 1 0 R >>\n")
        .append("startxref\n").append(xref).append("\n%%EOF\n");
    out.writeBytes(b.toString().getBytes(StandardCharsets.ISO_8859_1));
    return out.toByteArray();
  }

  private static String page(String parent) {
    return "<< /Type /Page /Parent " + parent + " /MediaBox [0 0 612 792] /Contents 4 0 R"
        + " /Resources << /Font << /F1 5 0 R >> >> >>";
  }

  private IngestResult read(String name, byte[] bytes) throws Exception {
    Path f = dir.resolve(name);
    Files.write(f, bytes);
    return INGESTOR.read(f, name);
  }

  private void readsHello(String name, byte[] bytes) throws Exception {
    IngestResult r = read(name, bytes);
    // Read at all means its text was found: a PDF without text is unreadable (pdfNoText).
    assertInstanceOf(IngestResult.Read.class, r, () -> name + ": " + r);
  }

  private String reason(String name, byte[] bytes) throws Exception {
    IngestResult r = read(name, bytes);
    return assertInstanceOf(IngestResult.Unreadable.class, r, () -> name + ": " + r).reasonKey();
  }

  @Test
  @DisplayName("页面树里有循环、页数作假、子节点不是页面：每个节点只走一次，读出真有的页")
  void aTrappedPageTreeIsWalkedOnce() throws Exception {
    readsHello("循环.pdf", pdf("<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R 2 0 R] /Count 2 >>", page("2 0 R"), CONTENT, FONT));
    readsHello("间接循环.pdf", pdf("<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [6 0 R] /Count 1 >>", page("2 0 R"), CONTENT, FONT,
        "<< /Type /Pages /Parent 2 0 R /Kids [2 0 R 3 0 R] /Count 1 >>"));
    readsHello("二十亿页.pdf", pdf("<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 2000000000 >>", page("2 0 R"), CONTENT, FONT));
    readsHello("父节点循环.pdf", pdf("<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 /Parent 6 0 R >>",
        "<< /Type /Page /Parent 2 0 R /Contents 4 0 R >>", CONTENT, FONT,
        "<< /Type /Pages /Kids [2 0 R] /Count 1 /Parent 2 0 R >>"));
    readsHello("画自己的表单.pdf", pdf("<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources"
            + " << /XObject << /X1 6 0 R >> /Font << /F1 5 0 R >> >> >>",
        "<< /Length 56 >>\nstream\nBT /F1 12 Tf 72 712 Td (Hello world) Tj ET /X1 Do\nendstream",
        FONT, "<< /Type /XObject /Subtype /Form /BBox [0 0 100 100] /Resources << /XObject"
            + " << /X1 6 0 R >> >> /Length 6 >>\nstream\n/X1 Do\nendstream"));
  }

  @Test
  @DisplayName("读不了的结构各有说法：目录坏了是“内部结构已损坏”，截断的是“文件不完整”")
  void whatCannotBeReadIsNamed() throws Exception {
    assertEquals("unreadable.pdf.damaged", reason("目录是数字.pdf", pdf("42",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>", page("2 0 R"), CONTENT, FONT)));
    assertEquals("unreadable.pdf.damaged", reason("没有页面树.pdf", pdf(
        "<< /Type /Catalog >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>", page("2 0 R"),
        CONTENT, FONT)));
    byte[] whole = pdf("<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>", page("2 0 R"), CONTENT, FONT);
    assertEquals("unreadable.pdf.truncated", reason("传了一半.pdf",
        Arrays.copyOf(whole, whole.length / 2)));
  }

  @Test
  @DisplayName("页面树走不到一页（子节点是内容流、两个节点互相指）是“已损坏”，不是“扫描件”；不认识的加密方式是“已加密”")
  void aTreeWithoutPagesIsDamageAndAnUnknownLockIsEncryption() throws Exception {
    assertEquals("unreadable.pdf.pageTree", reason("子节点是内容流.pdf", pdf(
        "<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        CONTENT.replace("<< /Length 44 >>", "<< /Length 44 /Type /XObject >>"), CONTENT, FONT)));
    assertEquals("unreadable.pdf.pageTree", reason("互相指.pdf", pdf(
        "<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Pages /Kids [2 0 R] /Count 1 /Parent 2 0 R >>", CONTENT, FONT)));
    byte[] locked = pdf("<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>", page("2 0 R"), CONTENT, FONT,
        "<< /Filter /FooBarSecurity /V 1 /R 2 /O (x) /U (y) /P -4 >>");
    String text = new String(locked, StandardCharsets.ISO_8859_1)
        .replace("/Root 1 0 R >>", "/Root 1 0 R /Encrypt 6 0 R /ID [<00> <00>] >>");
    assertEquals("unreadable.encrypted", reason("不认识的加密.pdf",
        text.getBytes(StandardCharsets.ISO_8859_1)));
  }

  @Test
  @DisplayName("上传中断的 PDF：一页也读不出是“文件不完整”，读出了残留的页就照读，并提示后面可能缺了")
  void aPdfCutShortIsSaidToBe() throws Exception {
    byte[] real = Files.readAllBytes(Path.of("src/test/resources/org/jxlint/ingest/"
        + "row-broken-before-a-figure.pdf"));
    for (int percent : new int[] {20, 50, 80}) {
      assertEquals("unreadable.pdf.truncated", reason("断在" + percent + ".pdf",
          Arrays.copyOf(real, real.length * percent / 100)), percent + "%");
    }
    byte[] whole = pdf("<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>", page("2 0 R"), CONTENT, FONT);
    String text = new String(whole, StandardCharsets.ISO_8859_1);
    IngestResult r = read("没了结尾.pdf", Arrays.copyOf(whole, text.indexOf("xref")));
    IngestResult.Read read = assertInstanceOf(IngestResult.Read.class, r, r::toString);
    assertEquals(List.of(org.jxlint.model.ReadingNote.FILE_CUT_SHORT), read.submission()
        .readingNotes().stream().map(org.jxlint.model.ReadingNote::kind).toList());
    IngestResult.Read intact = assertInstanceOf(IngestResult.Read.class, read("完整.pdf", whole));
    assertEquals(List.of(), intact.submission().readingNotes());
  }

  @Test
  @DisplayName("失败不是出在 PDF 程序库里时，仍是 jxlint 自己的错误，不说成文件损坏")
  void onlyTheLibrarysFailuresAreCalledDamage() {
    IllegalStateException ours = new IllegalStateException("Possible recursion");
    ours.setStackTrace(new StackTraceElement[] {
        new StackTraceElement("org.jxlint.ingest.PdfGrid", "find", "PdfGrid.java", 1)});
    org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
        () -> PdfReader.damaged(ours));
    IllegalStateException theirs = new IllegalStateException("Possible recursion found");
    theirs.setStackTrace(new StackTraceElement[] {new StackTraceElement(
        "org.apache.pdfbox.pdmodel.PDPageTree", "get", "PDPageTree.java", 317)});
    assertEquals("unreadable.pdf.cycle", PdfReader.damaged(theirs).key());
    IllegalStateException kids = new IllegalStateException("Expected 'Page' but found Font");
    kids.setStackTrace(theirs.getStackTrace());
    assertEquals("unreadable.pdf.pageTree", PdfReader.damaged(kids).key());
  }
}
