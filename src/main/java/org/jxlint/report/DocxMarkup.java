package org.jxlint.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The Word XML that POI has no API for, kept in one place: a table cell found by the place the
 * reader gave it, and a comment's range and reference marked in paragraphs. Tables are counted as
 * the reader counts them (top-level tables in body order, not those nested in a cell or standing
 * in a text box), grid columns with gridBefore and gridSpan, and a vertically merged cell is found
 * at the cell that starts the merge, where Word shows its text. It works on the DOM view of POI's
 * XML, so what it adds is saved with the document.
 */
final class DocxMarkup {

  static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

  /** One cell of a row: the grid columns it covers, and whether it continues a merge above. */
  private record Slot(Element cell, int start, int span, boolean continuation) {
    boolean covers(int column) {
      return column >= start && column < start + span;
    }
  }

  private final Element body;
  private final List<Element> tables = new ArrayList<>();
  private final Map<Integer, List<List<Slot>>> grids = new HashMap<>();

  /** @param body the document's {@code <w:body>} */
  DocxMarkup(Element body) {
    this.body = body;
    for (Element t : descendants(body, "tbl")) {
      if (ancestor(t, "tbl") == null && ancestor(t, "p") == null) {
        tables.add(t);
      }
    }
  }

  /** The paragraphs of the cell at a 1-based table, row and grid column; empty when not there. */
  List<Element> cell(int table, int row, int column) {
    List<List<Slot>> rows = grid(table);
    if (row < 1 || row > rows.size()) {
      return List.of();
    }
    Slot slot = covering(rows.get(row - 1), column);
    if (slot == null) {
      return List.of();
    }
    for (int r = row - 2; slot.continuation() && r >= 0; r--) {
      Slot above = covering(rows.get(r), slot.start());
      if (above == null) {
        break;
      }
      if (!above.continuation()) {
        slot = above;
      }
    }
    return paragraphs(slot.cell());
  }

  /** The paragraphs of the first cell of a row that shows text (else its first cell). */
  List<Element> rowCell(int table, int row) {
    List<List<Slot>> rows = grid(table);
    if (row < 1 || row > rows.size() || rows.get(row - 1).isEmpty()) {
      return List.of();
    }
    for (Slot s : rows.get(row - 1)) {
      if (!s.continuation() && !text(s.cell()).isBlank()) {
        return paragraphs(s.cell());
      }
    }
    return paragraphs(rows.get(row - 1).get(0).cell());
  }

  /**
   * Where a document's title stands: its first paragraph with text, when that comes before the
   * first table; else the first cell with text of the first table; else the first paragraph (one
   * is made when the body has none).
   */
  List<Element> title() {
    for (Element p : descendants(body, "p")) {
      if (ancestor(p, "tbl") != null) {
        break;
      }
      if (!text(p).isBlank()) {
        return List.of(p);
      }
    }
    if (!tables.isEmpty()) {
      for (List<Slot> row : grid(1)) {
        for (Slot s : row) {
          if (!s.continuation() && !text(s.cell()).isBlank()) {
            return paragraphs(s.cell());
          }
        }
      }
    }
    List<Element> any = descendants(body, "p");
    if (!any.isEmpty()) {
      return List.of(any.get(0));
    }
    Element p = body.getOwnerDocument().createElementNS(W, "w:p");
    body.insertBefore(p, body.getFirstChild());
    return List.of(p);
  }

  /** The first paragraph outside the tables whose text holds {@code text}, spaces aside. */
  List<Element> paragraphWith(String text) {
    String wanted = squeeze(text);
    if (wanted.isEmpty()) {
      return List.of();
    }
    for (Element p : descendants(body, "p")) {
      if (ancestor(p, "tbl") == null && squeeze(text(p)).contains(wanted)) {
        return List.of(p);
      }
    }
    return List.of();
  }

  /**
   * Marks the paragraphs (first to last) as the range of comment {@code id}: its start before the
   * first one's content, its end and the run holding the reference after the last one's.
   */
  static void mark(List<Element> paragraphs, String id) {
    Element first = paragraphs.get(0);
    Element last = paragraphs.get(paragraphs.size() - 1);
    Node at = first.getFirstChild();
    while (at != null && (!(at instanceof Element e) || isW(e, "pPr"))) {
      at = at.getNextSibling();
    }
    first.insertBefore(element(first, "commentRangeStart", id), at);
    last.appendChild(element(last, "commentRangeEnd", id));
    Element run = last.getOwnerDocument().createElementNS(W, "w:r");
    run.appendChild(element(last, "commentReference", id));
    last.appendChild(run);
  }

  /** The text of an element as Word shows it: its {@code <w:t>} runs, in order. */
  static String text(Element e) {
    StringBuilder b = new StringBuilder();
    for (Element t : descendants(e, "t")) {
      // getTextContent is DOM level 3, which POI's XML DOM does not implement
      for (Node n = t.getFirstChild(); n != null; n = n.getNextSibling()) {
        if (n.getNodeValue() != null) {
          b.append(n.getNodeValue());
        }
      }
    }
    return b.toString();
  }

  private List<List<Slot>> grid(int table) {
    if (table < 1 || table > tables.size()) {
      return List.of();
    }
    return grids.computeIfAbsent(table, n -> {
      Element tbl = tables.get(n - 1);
      List<List<Slot>> rows = new ArrayList<>();
      for (Element tr : descendants(tbl, "tr")) {
        if (ancestor(tr, "tbl") != tbl) {
          continue;
        }
        List<Slot> slots = new ArrayList<>();
        int column = 1 + Math.max(0, intValue(child(child(tr, "trPr"), "gridBefore")));
        for (Element tc : descendants(tr, "tc")) {
          if (ancestor(tc, "tr") != tr) {
            continue;
          }
          Element pr = child(tc, "tcPr");
          int span = Math.max(1, intValue(child(pr, "gridSpan")));
          Element merge = child(pr, "vMerge");
          boolean continuation = merge != null && !"restart".equals(merge.getAttributeNS(W, "val"));
          slots.add(new Slot(tc, column, span, continuation));
          column += span;
        }
        rows.add(slots);
      }
      return rows;
    });
  }

  private static Slot covering(List<Slot> row, int column) {
    for (Slot s : row) {
      if (s.covers(column)) {
        return s;
      }
    }
    return null;
  }

  /** A cell's own paragraphs (not those of a table nested in it); never empty for a valid cell. */
  private static List<Element> paragraphs(Element tc) {
    List<Element> own = new ArrayList<>();
    for (Element p : descendants(tc, "p")) {
      if (ancestor(p, "tc") == tc && ancestor(p, "p") == null) {
        own.add(p);
      }
    }
    return own;
  }

  private static Element element(Element near, String name, String id) {
    Element e = near.getOwnerDocument().createElementNS(W, "w:" + name);
    e.setAttributeNS(W, "w:id", id);
    return e;
  }

  private static List<Element> descendants(Element root, String name) {
    NodeList list = root.getElementsByTagNameNS(W, name);
    List<Element> out = new ArrayList<>(list.getLength());
    for (int i = 0; i < list.getLength(); i++) {
      out.add((Element) list.item(i));
    }
    return out;
  }

  private static Element child(Element parent, String name) {
    if (parent == null) {
      return null;
    }
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && isW(e, name)) {
        return e;
      }
    }
    return null;
  }

  /** The nearest enclosing element of that name below the body; null when there is none. */
  private static Element ancestor(Element e, String name) {
    for (Node n = e.getParentNode(); n instanceof Element a; n = n.getParentNode()) {
      if (isW(a, "body")) {
        return null;
      }
      if (isW(a, name)) {
        return a;
      }
    }
    return null;
  }

  private static boolean isW(Element e, String name) {
    return W.equals(e.getNamespaceURI()) && name.equals(e.getLocalName());
  }

  private static int intValue(Element e) {
    if (e == null) {
      return 0;
    }
    try {
      return Integer.parseInt(e.getAttributeNS(W, "val").strip());
    } catch (NumberFormatException ex) {
      return 0;
    }
  }

  private static String squeeze(String text) {
    return text == null ? "" : text.replaceAll("\\s+", "");
  }
}
