package org.jxlint.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Office parts decoded as they declare, strictly: a bad byte is an exception, not stderr noise. */
class XmlPartsTest {

  private static String text(byte[] part) throws XMLStreamException {
    XMLStreamReader x = XmlParts.open(XmlParts.factory(true), new ByteArrayInputStream(part));
    StringBuilder b = new StringBuilder();
    while (x.hasNext()) {
      if (x.next() == XMLStreamReader.CHARACTERS) {
        b.append(x.getText());
      }
    }
    return b.toString();
  }

  @Test
  @DisplayName("UTF-8、带 BOM 的 UTF-8、UTF-16 和声明为 GBK 的部件都按各自的编码读出")
  void partsAreReadInTheirEncoding() throws Exception {
    String xml = "<w>绩效目标</w>";
    assertEquals("绩效目标", text(("<?xml version=\"1.0\"?>" + xml).getBytes(StandardCharsets.UTF_8)));
    assertEquals("绩效目标", text(("\uFEFF" + xml).getBytes(StandardCharsets.UTF_8)));
    assertEquals("绩效目标", text(("\uFEFF" + xml).getBytes(StandardCharsets.UTF_16LE)));
    assertEquals("绩效目标", text(("<?xml version=\"1.0\" encoding=\"GBK\" standalone=\"yes\"?>"
        + xml).getBytes(Charset.forName("GBK"))));
  }

  @Test
  @DisplayName("不是所说编码的字节：抛出异常由读取程序说明，不在 stderr 上打印 [Fatal Error]")
  void aBadByteIsAnException() {
    byte[] part = "<w>绩效目标</w>".getBytes(StandardCharsets.UTF_8);
    part[4] = (byte) 0xFF;
    assertThrows(XMLStreamException.class, () -> text(part));
  }
}
