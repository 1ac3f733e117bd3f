package org.jxlint.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.jxlint.ingest.layout.Charsets;
import org.jxlint.ingest.layout.RawBlock;
import org.jxlint.ingest.layout.RawCell;
import org.jxlint.ingest.layout.RawDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * Makes the Word, Excel, CSV and PDF forms of a document the way people make them (for the test
 * fixtures and the benchmark corpus): one Word
 * table per table with the blank cells under a 一级/二级 label merged into it, one sheet with merged
 * regions, a GBK CSV, a PDF with cells laid out in columns.
 */
public final class Forms {

  /** Columns whose blank cells are merged into the label above, as templates do. */
  private static final int MERGED_COLUMNS = 2;

  private Forms() {}

  public static void docx(RawDocument doc, Path out) throws IOException {
    try (XWPFDocument word = new XWPFDocument()) {
      List<List<RawBlock.Row>> tables = new ArrayList<>();
      for (RawBlock block : groups(doc, tables)) {
        if (block instanceof RawBlock.Paragraph p) {
          word.createParagraph().createRun().setText(p.text());
        } else {
          List<RawBlock.Row> rows = tables.remove(0);
          int width = width(rows);
          XWPFTable table = word.createTable(rows.size(), width);
          for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < width; c++) {
              XWPFTableCell cell = table.getRow(r).getCell(c);
              String text = rows.get(r).text(c);
              String[] lines = text.split("\n", -1);
              XWPFParagraph first = cell.getParagraphs().get(0);
              first.createRun().setText(lines[0]);
              for (int l = 1; l < lines.length; l++) {
                cell.addParagraph().createRun().setText(lines[l]);
              }
              if (c < MERGED_COLUMNS && merges(rows, r, c)) {
                var pr = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr()
                    : cell.getCTTc().addNewTcPr();
                pr.addNewVMerge().setVal(STMerge.CONTINUE);
                if (r > 0 && !merges(rows, r - 1, c)) {
                  XWPFTableCell above = table.getRow(r - 1).getCell(c);
                  var apr = above.getCTTc().isSetTcPr() ? above.getCTTc().getTcPr()
                      : above.getCTTc().addNewTcPr();
                  if (!apr.isSetVMerge()) {
                    apr.addNewVMerge().setVal(STMerge.RESTART);
                  }
                }
              }
            }
          }
        }
      }
      try (OutputStream o = Files.newOutputStream(out)) {
        word.write(o);
      }
    }
  }

  public static void xlsx(RawDocument doc, Path out) throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      XSSFSheet sheet = wb.createSheet("绩效目标表");
      int r = 0;
      List<List<RawBlock.Row>> tables = new ArrayList<>();
      for (RawBlock block : groups(doc, tables)) {
        if (block instanceof RawBlock.Paragraph p) {
          sheet.createRow(r++).createCell(0).setCellValue(p.text());
          continue;
        }
        List<RawBlock.Row> rows = tables.remove(0);
        int start = r;
        for (RawBlock.Row row : rows) {
          XSSFRow xr = sheet.createRow(r++);
          for (int c = 0; c < row.cells().size(); c++) {
            xr.createCell(c).setCellValue(row.cells().get(c).text());
          }
        }
        for (int c = 0; c < MERGED_COLUMNS; c++) {
          int i = 0;
          while (i < rows.size()) {
            int j = i + 1;
            while (j < rows.size() && merges(rows, j, c)) {
              j++;
            }
            if (j - i > 1 && !rows.get(i).text(c).isBlank()) {
              sheet.addMergedRegion(new CellRangeAddress(start + i, start + j - 1, c, c));
            }
            i = j;
          }
        }
      }
      try (OutputStream o = Files.newOutputStream(out)) {
        wb.write(o);
      }
    }
  }

  public static void csvGbk(RawDocument doc, Path out) throws IOException {
    try (Writer w = new OutputStreamWriter(Files.newOutputStream(out), Charsets.GB18030);
        CSVPrinter csv = new CSVPrinter(w, CSVFormat.EXCEL)) {
      for (RawBlock block : doc.blocks()) {
        if (block instanceof RawBlock.Paragraph p) {
          csv.printRecord(p.text());
        } else if (block instanceof RawBlock.Row row) {
          List<String> cells = new ArrayList<>();
          row.cells().forEach(c -> cells.add(c.text()));
          csv.printRecord(cells);
        }
      }
    }
  }

  /** A PDF with each row's cells in columns; needs a font with Chinese glyphs. */
  public static void pdf(RawDocument doc, Path out, Path font) throws IOException {
    float size = 7f;
    try (PDDocument pdf = new PDDocument()) {
      PDType0Font f;
      if (font.toString().endsWith(".ttc")) {
        var collection = new org.apache.fontbox.ttf.TrueTypeCollection(font.toFile());
        List<org.apache.fontbox.ttf.TrueTypeFont> all = new ArrayList<>();
        collection.processAllFonts(all::add);
        f = PDType0Font.load(pdf, all.get(0), true);
      } else {
        f = PDType0Font.load(pdf, font.toFile());
      }
      List<List<RawBlock.Row>> tables = new ArrayList<>();
      List<RawBlock> blocks = groups(doc, tables);
      List<String[]> lines = new ArrayList<>();
      List<float[]> columns = new ArrayList<>();
      for (RawBlock block : blocks) {
        if (block instanceof RawBlock.Paragraph p) {
          lines.add(new String[] {p.text()});
          columns.add(new float[] {0});
          continue;
        }
        List<RawBlock.Row> rows = tables.remove(0);
        int width = width(rows);
        float[] x = new float[width];
        float at = 0;
        for (int c = 0; c < width; c++) {
          x[c] = at;
          float widest = 0;
          for (RawBlock.Row row : rows) {
            widest = Math.max(widest, f.getStringWidth(oneLine(row.text(c))) / 1000 * size);
          }
          at += widest + size * 3;
        }
        for (RawBlock.Row row : rows) {
          String[] cells = new String[width];
          for (int c = 0; c < width; c++) {
            cells[c] = oneLine(row.text(c));
          }
          lines.add(cells);
          columns.add(x);
        }
      }
      float pageWidth = 40;
      for (float[] x : columns) {
        pageWidth = Math.max(pageWidth, x[x.length - 1] + 400);
      }
      for (String[] l : lines) {
        if (l.length == 1) {
          pageWidth = Math.max(pageWidth, f.getStringWidth(l[0]) / 1000 * size + 80);
        }
      }
      float lineHeight = size * 2;
      int perPage = 60;
      for (int start = 0; start < lines.size(); start += perPage) {
        PDPage page = new PDPage(new PDRectangle(pageWidth, perPage * lineHeight + 80));
        pdf.addPage(page);
        try (PDPageContentStream s = new PDPageContentStream(pdf, page)) {
          s.setFont(f, size);
          for (int i = start; i < Math.min(lines.size(), start + perPage); i++) {
            float y = page.getMediaBox().getHeight() - 40 - (i - start) * lineHeight;
            String[] cells = lines.get(i);
            float[] x = columns.get(i);
            for (int c = 0; c < cells.length; c++) {
              if (cells[c].isBlank()) {
                continue;
              }
              s.beginText();
              s.newLineAtOffset(40 + x[c], y);
              s.showText(cells[c]);
              s.endText();
            }
          }
        }
      }
      pdf.save(out.toFile());
    }
  }

  private static String oneLine(String text) {
    return text.replace('\n', ' ');
  }

  /** Blocks with each table's rows replaced by one marker row; the tables go to {@code out}. */
  private static List<RawBlock> groups(RawDocument doc, List<List<RawBlock.Row>> out) {
    List<RawBlock> blocks = new ArrayList<>();
    List<RawBlock.Row> current = null;
    int table = -1;
    for (RawBlock b : doc.blocks()) {
      if (b instanceof RawBlock.Row row) {
        if (current == null || row.table() != table) {
          current = new ArrayList<>();
          out.add(current);
          blocks.add(row);
          table = row.table();
        }
        current.add(row);
      } else {
        current = null;
        blocks.add(b);
      }
    }
    return blocks;
  }

  private static boolean merges(List<RawBlock.Row> rows, int r, int c) {
    if (r == 0 || !rows.get(r).text(c).isBlank()) {
      return false;
    }
    // Only inside an indicator block: the row itself holds something further right.
    RawBlock.Row row = rows.get(r);
    boolean content = false;
    for (RawCell cell : row.cells().subList(Math.min(c + 1, row.cells().size()),
        row.cells().size())) {
      content |= !cell.text().isBlank();
    }
    return content && (!rows.get(r - 1).text(c).isBlank() || merges(rows, r - 1, c));
  }

  private static int width(List<RawBlock.Row> rows) {
    int w = 1;
    for (RawBlock.Row r : rows) {
      w = Math.max(w, r.cells().size());
    }
    return w;
  }
}
