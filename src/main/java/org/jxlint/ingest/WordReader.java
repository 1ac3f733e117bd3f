package org.jxlint.ingest;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.usermodel.Range;
import org.apache.poi.hwpf.usermodel.Table;
import org.apache.poi.hwpf.usermodel.TableCell;
import org.apache.poi.hwpf.usermodel.TableRow;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.jxlint.ingest.layout.DocumentInterpreter;
import org.jxlint.ingest.layout.RawBlock;
import org.jxlint.ingest.layout.RawCell;
import org.jxlint.ingest.layout.RawDocument;
import org.jxlint.ingest.layout.TextCells;
import org.jxlint.model.SourceLocation;
import org.jxlint.model.ReadingNote;

/**
 * Word documents: .docx every body paragraph and table in order, merged cells resolved into a
 * rectangular grid (gridSpan to the right, vMerge continuations empty, as Word exports them); .doc
 * (and .wps saved in either format) through POI's older reader.
 */
final class WordReader extends DocumentReader {

  static final String LAYOUT_DOCX = "word-docx";
  static final String LAYOUT_DOC = "word-doc";
  private static final String CONTROL = "[\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F]";

  WordReader(DocumentInterpreter interpreter) {
    super(interpreter);
    OfficeFiles.init();
  }

  /** The extensions of the files this reader takes (templates and WPS's own too). */
  static final Set<String> EXTENSIONS = Set.of("docx", "docm", "dotx", "dotm", "dot", "doc", "wps");

  @Override
  public Set<String> extensions() {
    return EXTENSIONS;
  }

  @Override
  RawDocument layout(Path file, List<ReadingNote> notes) throws UnreadableException {
    FileMagic magic = OfficeFiles.requireOffice(file, "Word");
    try {
      return magic == FileMagic.OOXML ? docx(file, notes) : doc(file);
    } catch (Exception | StackOverflowError e) {
      UnreadableException reason = OfficeFiles.explain(e, "Word");
      if (magic == FileMagic.OLE2 && "unreadable.corrupt".equals(reason.key())) {
        throw new UnreadableException("unreadable.oldWord");
      }
      throw reason;
    }
  }

  private RawDocument docx(Path file, List<ReadingNote> notes) throws Exception {
    try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
      PackagePart main = mainPart(pkg);
      if (main != null) {
        try (InputStream in = main.getInputStream()) {
          return new RawDocument(LAYOUT_DOCX, DocxStream.read(in, ReadLimits.current(), notes));
        }
      }
    }
    // A package without a main document part is not a Word document, whatever its name says.
    throw new UnreadableException("unreadable.corrupt", "Word");
  }

  /** The main document part, found by its relationship (transitional or strict OOXML). */
  private static PackagePart mainPart(OPCPackage pkg) throws Exception {
    for (String type : List.of(PackageRelationshipTypes.CORE_DOCUMENT,
        PackageRelationshipTypes.STRICT_CORE_DOCUMENT)) {
      var rels = pkg.getRelationshipsByType(type);
      if (rels.size() > 0) {
        return pkg.getPart(rels.getRelationship(0));
      }
    }
    return null;
  }

  private RawDocument doc(Path file) throws Exception {
    List<RawBlock> blocks = new ArrayList<>();
    try (InputStream in = Files.newInputStream(file); HWPFDocument doc = new HWPFDocument(in)) {
      Range range = doc.getRange();
      int tableNo = 0;
      for (int i = 0; i < range.numParagraphs(); i++) {
        org.apache.poi.hwpf.usermodel.Paragraph p = range.getParagraph(i);
        if (p.isInTable()) {
          Table table = range.getTable(p);
          tableNo++;
          DocGrid grid = new DocGrid(table);
          for (int r = 0; r < table.numRows(); r++) {
            TableRow row = table.getRow(r);
            List<RawCell> cells = new ArrayList<>();
            for (int c = 0; c < row.numCells(); c++) {
              TableCell cell = row.getCell(c);
              boolean continuation = cell.isVerticallyMerged() && !cell.isFirstVerticallyMerged()
                  || cell.isMerged() && !cell.isFirstMerged();
              String text = continuation ? "" : oldText(cell.text());
              // A cell merged across columns is its text and an empty cell for each one covered,
              // as the .docx reader resolves gridSpan.
              int from = grid.column(cell.getLeftEdge());
              int to = Math.max(grid.column(cell.getLeftEdge() + cell.getWidth()), from + 1);
              while (cells.size() < from) {
                cells.add(new RawCell("", location(tableNo, r, cells.size())));
              }
              cells.add(new RawCell(text, location(tableNo, r, cells.size())));
              while (cells.size() < to) {
                cells.add(new RawCell("", location(tableNo, r, cells.size())));
              }
            }
            blocks.add(new RawBlock.Row(tableNo, cells, SourceLocation.tableRow(tableNo, r + 1)));
          }
          i += Math.max(table.numParagraphs() - 1, 0);
        } else {
          String text = oldText(p.text());
          if (!text.isEmpty()) {
            blocks.add(new RawBlock.Paragraph(text, SourceLocation.NONE));
          }
        }
      }
    }
    return new RawDocument(LAYOUT_DOC, blocks);
  }

  private static SourceLocation location(int table, int row, int column) {
    return new SourceLocation(table, row + 1, column + 1, null, null, null);
  }

  private static String oldText(String text) {
    return TextCells.clean(text.replace('\r', '\n').replaceAll(CONTROL, ""));
  }
}
