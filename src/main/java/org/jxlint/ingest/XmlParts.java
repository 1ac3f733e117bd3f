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
 * A part is decoded here (UTF-8, or UTF-16 after its byte-order mark, as Office writes them, or
 * what its declaration names) and strictly, so a bad byte is an exception for the reader to explain: the JDK's parser, left to
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

  /**
   * UTF-16 when the part starts with its byte-order mark (left for the decoder); else the
   * encoding its XML declaration names, where Java knows it (a part a program wrote in GBK, which
   * Word opens too); else UTF-8.
   */
  private static Charset charsetOf(BufferedInputStream in) throws IOException {
    in.mark(DECLARATION);
    byte[] head = in.readNBytes(DECLARATION);
    in.reset();
    int a = head.length > 0 ? head[0] & 0xFF : -1;
    int b = head.length > 1 ? head[1] & 0xFF : -1;
    int c = head.length > 2 ? head[2] & 0xFF : -1;
    if ((a == 0xFE && b == 0xFF) || (a == 0xFF && b == 0xFE)) {
      return StandardCharsets.UTF_16;
    }
    if (a == 0xEF && b == 0xBB && c == 0xBF) {
      in.skip(3);
      return StandardCharsets.UTF_8;
    }
    java.util.regex.Matcher declared = ENCODING.matcher(
        new String(head, StandardCharsets.ISO_8859_1));
    if (declared.lookingAt()) {
      try {
        return Charset.forName(declared.group(1));
      } catch (IllegalArgumentException e) {
        // a name Java does not know: read as UTF-8, and a bad byte says the part is damaged
      }
    }
    return StandardCharsets.UTF_8;
  }

  /** How far into a part its XML declaration is looked for. */
  private static final int DECLARATION = 200;
  private static final java.util.regex.Pattern ENCODING = java.util.regex.Pattern.compile(
      "<\\?xml[^>]*?\\sencoding\\s*=\\s*[\"']([A-Za-z0-9._-]+)[\"']");
}
