package org.jxlint.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.jxlint.report.DocxFiles.p;
import static org.jxlint.report.DocxFiles.tbl;
import static org.jxlint.report.DocxFiles.tc;
import static org.jxlint.report.DocxFiles.tr;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.jxlint.TestSupport;
import org.jxlint.ingest.IngestResult;
import org.jxlint.ingest.Ingestor;
import org.jxlint.model.Indicator;
import org.jxlint.model.IndicatorField;
import org.jxlint.model.IndicatorTable;
import org.jxlint.model.SourceLocation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.DocumentDocument;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

class DocxMarkupTest {

  private static Element body(String body) throws Exception {
    return (Element) DocumentDocument.Factory.parse(DocxFiles.document(body)).getDocument()
        .getBody().getDomNode();
  }

  private static List<String> texts(List<Element> paragraphs) {
    return paragraphs.stream().map(DocxMarkup::text).toList();
  }

  @Test
  @DisplayName("单元格按读取时的位置找到：内容控件里的表也算，文本框里的表不算，合并的列和前置空列都计入")
  void cells_are_found_where_the_reader_put_them() throws Exception {
    DocxMarkup m = new DocxMarkup(body(DocxFiles.SAMPLE));
    assertEquals(List.of("项目名称"), texts(m.cell(1, 1, 1)));
    assertEquals(List.of("青石乡村道修缮"), texts(m.cell(1, 1, 2)));
    assertEquals(List.of("青石乡村道修缮"), texts(m.cell(1, 1, 4)), "a gridSpan covers its columns");
    assertEquals(List.of("末"), texts(m.cell(1, 1, 5)));
    assertEquals(List.of(), m.cell(1, 2, 1), "a column skipped by gridBefore has no cell");
    assertEquals(List.of("主管部门"), texts(m.cell(1, 2, 2)));
    assertEquals(List.of("青石乡人民政府", "（盖章）"), texts(m.cell(1, 2, 4)),
        "a cell's own paragraphs, not those of the table nested in it");
    assertEquals(List.of("一级指标"), texts(m.cell(2, 1, 1)), "the text box's table is not counted");
    assertEquals(List.of("≥95%"), texts(m.cell(2, 4, 5)));
    assertEquals(List.of(""), texts(m.cell(2, 3, 6)));
    assertEquals(List.of(), m.cell(2, 9, 1));
    assertEquals(List.of(), m.cell(3, 1, 1));
  }

  @Test
  @DisplayName("纵向合并的单元格落在合并开始的那一格（Word 在那里显示文字）")
  void a_vertically_merged_cell_is_found_where_the_merge_starts() throws Exception {
    DocxMarkup m = new DocxMarkup(body(DocxFiles.SAMPLE));
    assertEquals(List.of("产出指标"), texts(m.cell(2, 4, 1)));
    assertEquals(List.of("数量指标"), texts(m.cell(2, 3, 2)));
    assertEquals(List.of("质量指标"), texts(m.cell(2, 4, 2)));
  }

  @Test
  @DisplayName("只知道行的问题落在这一行第一个有字的格子")
  void a_row_is_found_at_its_first_cell_with_text() throws Exception {
    DocxMarkup m = new DocxMarkup(body(DocxFiles.SAMPLE));
    assertEquals(List.of("修缮桥涵座数"), texts(m.rowCell(2, 3)));
    assertEquals(List.of("产出指标"), texts(m.rowCell(2, 2)));
    assertEquals(List.of(), m.rowCell(2, 40));
  }

  @Test
  @DisplayName("标题：表前第一段有字的段落；表在最前时为第一张表第一个有字的格子；空文档新建一段")
  void the_title_is_found_or_made() throws Exception {
    assertEquals(List.of("青石乡2026年村道修缮项目绩效目标表"),
        texts(new DocxMarkup(body(DocxFiles.SAMPLE)).title()));
    assertEquals(List.of("项目"), texts(new DocxMarkup(body(p("") + tbl(tr(tc(""), tc("", "项目")))
        + p("后面的段落"))).title()));
    Element empty = body("");
    List<Element> made = new DocxMarkup(empty).title();
    assertEquals(1, made.size());
    assertEquals(empty, made.get(0).getParentNode());
  }

  @Test
  @DisplayName("文字里的问题按原文找到它的段落（不计空格）")
  void a_passage_is_found_by_its_text() throws Exception {
    DocxMarkup m = new DocxMarkup(body(DocxFiles.SAMPLE));
    assertEquals(List.of("绩效目标：全年修缮村道 12 公里，群众满意度达到90%以上。"),
        texts(m.paragraphWith("全年修缮村道12公里")));
    assertEquals(List.of(), m.paragraphWith("验收合格率"), "table cells are not passages");
    assertEquals(List.of(), m.paragraphWith("  "));
  }

  @Test
  @DisplayName("批注范围：起点在段落属性之后、文字之前，终点和引用在最后一段的末尾")
  void a_comment_range_wraps_the_text_and_ends_with_its_reference() throws Exception {
    Element body = body(tbl(tr(tc("", "<w:p><w:pPr><w:jc w:val=\"center\"/></w:pPr><w:r><w:t>第一段"
        + "</w:t></w:r></w:p>", "第二段"))));
    DocxMarkup m = new DocxMarkup(body);
    List<Element> cell = m.cell(1, 1, 1);
    DocxMarkup.mark(cell, "7");
    assertEquals(List.of("pPr", "commentRangeStart", "r"), names(cell.get(0)));
    assertEquals(List.of("r", "commentRangeEnd", "r"), names(cell.get(1)));
    Element ref = (Element) cell.get(1).getLastChild().getFirstChild();
    assertEquals("commentReference", ref.getLocalName());
    assertEquals("7", ref.getAttributeNS(DocxMarkup.W, "id"));
    assertEquals("7", ((Element) cell.get(0).getChildNodes().item(1))
        .getAttributeNS(DocxMarkup.W, "id"));
    assertEquals(List.of("第一段", "第二段"), texts(cell), "the text is left as it was");
  }

  private static List<String> names(Element e) {
    List<String> out = new ArrayList<>();
    for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
      out.add(n.getLocalName());
    }
    return out;
  }

  @Test
  @DisplayName("与读取程序一致：读出的每条指标的每个单元格，在文档里找到的格子正是这段文字")
  void every_cell_the_reader_located_is_found_with_its_text(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("村道修缮.docx");
    DocxFiles.write(file, DocxFiles.SAMPLE);
    IngestResult read = Ingestor.standard(TestSupport.VOCABULARY).read(file, "村道修缮.docx");
    assertTrue(read instanceof IngestResult.Read, read.toString());
    List<IndicatorTable> tables = ((IngestResult.Read) read).submission().tables();
    DocxMarkup m;
    try (var in = java.nio.file.Files.newInputStream(file);
        var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(in)) {
      m = new DocxMarkup((Element) doc.getDocument().getBody().getDomNode());
      int checked = 0;
      for (IndicatorTable t : tables) {
        for (Indicator i : t.indicators()) {
          for (IndicatorField f : IndicatorField.values()) {
            SourceLocation at = i.locationOf(f);
            String text = i.text(f);
            if (text == null || text.isBlank() || !Placement.isCell(at)) {
              continue;
            }
            assertEquals(List.of(text), texts(m.cell(at.table(), at.row(), at.column())),
                f + " of " + i.path() + " at " + at);
            checked++;
          }
        }
      }
      assertEquals(5, tables.stream().mapToInt(t -> t.indicators().size()).sum());
      assertTrue(checked >= 15, "cells compared: " + checked);
    }
  }
}
