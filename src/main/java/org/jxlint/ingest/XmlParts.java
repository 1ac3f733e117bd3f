package org.jxlint.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The XML parts of a Word or Excel package, read as a stream without DTDs or external entities.
 * A part is decoded here (UTF-8, or UTF-16 after its byte-order mark, as Office writes them) and
 * strictly, so a bad byte is an exception for the reader to explain: the JDK's parser, left to
 * decode, also prints "[Fatal Error]" on stderr.
 */
final class XmlParts {

  private XmlParts() {}

  /** A factory for parts; {@code coalescing} joins a text's pieces into one event. */
  static XMLInputFactory factory(boolean coalescing) {
    XMLInputFactory f = XMLInputFactory.newFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_COALESCING, coalescing);
    return f;
  }

  /** A reader of one part. */
  static XMLStreamReader open(XMLInputFactory factory, InputStream part)
      throws XMLStreamException {
    BufferedInputStream in = new BufferedInputStream(part);
    Charset charset;
    try {
      charset = charsetOf(in);
    } catch (IOException e) {
      throw new XMLStreamException(e);
    }
    return factory.createXMLStreamReader(new InputStreamReader(in, charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT)));
  }

  /** UTF-16 when the part starts with its byte-order mark (left for the decoder), else UTF-8. */
  private static Charset charsetOf(BufferedInputStream in) throws IOException {
    in.mark(3);
    int a = in.read();
    int b = in.read();
    int c = in.read();
    in.reset();
    if ((a == 0xFE && b == 0xFF) || (a == 0xFF && b == 0xFE)) {
      return StandardCharsets.UTF_16;
    }
    if (a == 0xEF && b == 0xBB && c == 0xBF) {
      in.skip(3);
    }
    return StandardCharsets.UTF_8;
  }
}
