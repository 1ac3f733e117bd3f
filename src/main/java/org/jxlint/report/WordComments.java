package org.jxlint.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFComment;
import org.apache.poi.xwpf.usermodel.XWPFComments;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.jxlint.check.Finding;
import org.jxlint.i18n.Messages;
import org.w3c.dom.Element;

/**
 * A copy of a .docx with a Word comment on each offending cell (anchored on the cell's text), the
 * findings that have no cell at the title (prose findings at the paragraph they quote, when it is
 * found), and the file's summary as the first comment, on the title.
 */
final class WordComments {

  private final Messages messages;
  /** When the comments are made, to the second and in UTC, as Word writes it. */
  private final String now = java.time.Instant.now().truncatedTo(
      java.time.temporal.ChronoUnit.SECONDS).toString();

  WordComments(Messages messages) {
    this.messages = messages;
  }

  /** Writes the commented copy of {@code source} to {@code target}; the source is only read. */
  void write(Path source, FileReport report, Path target) throws IOException {
    try (InputStream in = Files.newInputStream(source); XWPFDocument doc = new XWPFDocument(in)) {
      DocxMarkup markup = new DocxMarkup((Element) doc.getDocument().getBody().getDomNode());
      List<Element> title = markup.title();
      List<List<Element>> anchors = new ArrayList<>();
      List<List<String>> texts = new ArrayList<>();
      int away = 0;
      for (Finding f : ReviewText.active(report)) {
        List<Element> at = anchor(markup, f, report);
        if (at.isEmpty()) {
          away++;
          anchors.add(title);
          texts.add(ReviewText.away(messages, f));
        } else {
          anchors.add(at);
          texts.add(ReviewText.atCell(messages, f));
        }
      }
      XWPFComments comments = doc.getDocComments() != null ? doc.getDocComments()
          : doc.createComments();
      BigInteger id = nextId(comments);
      add(comments, id, title, ReviewText.summary(messages, report, texts.size(), away));
      for (int i = 0; i < texts.size(); i++) {
        id = id.add(BigInteger.ONE);
        add(comments, id, anchors.get(i), texts.get(i));
      }
      try (OutputStream out = Files.newOutputStream(target)) {
        doc.write(out);
      }
    }
  }

  /** The paragraphs a finding's comment is anchored on; empty when it goes to the title. */
  private static List<Element> anchor(DocxMarkup markup, Finding f, FileReport report) {
    Placement p = Placement.of(f, report.document());
    return switch (p.kind()) {
      case CELL -> markup.cell(p.at().table(), p.at().row(), p.at().column());
      case ROW -> markup.rowCell(p.at().table(), p.at().row());
      case TITLE -> f.evidence().isBlank() ? List.of()
          : markup.paragraphWith(f.evidence().lines().findFirst().orElse(""));
    };
  }

  private void add(XWPFComments comments, BigInteger id, List<Element> anchor,
      List<String> lines) {
    XWPFComment c = comments.createComment(id);
    c.setAuthor(messages.get("annotate.author"));
    c.setInitials(messages.get("annotate.initials"));
    c.getCtComment().xsetDate(org.openxmlformats.schemas.wordprocessingml.x2006.main.STDateTime
        .Factory.newValue(now));
    for (String line : lines) {
      c.createParagraph().createRun().setText(line);
    }
    DocxMarkup.mark(anchor, id.toString());
  }

  /** One past the largest id of the comments the document already has. */
  private static BigInteger nextId(XWPFComments comments) {
    BigInteger max = BigInteger.valueOf(-1);
    for (XWPFComment c : comments.getComments()) {
      try {
        max = max.max(new BigInteger(c.getId()));
      } catch (NumberFormatException e) {
        // an id Word would not write: left as it is
      }
    }
    return max.add(BigInteger.ONE);
  }
}
