package org.jxlint.report;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jxlint.check.Finding;
import org.jxlint.check.Severity;
import org.jxlint.i18n.Messages;
import org.jxlint.model.Indicator;
import org.jxlint.model.IndicatorField;
import org.jxlint.model.IndicatorTable;
import org.jxlint.model.SourceLocation;
import org.jxlint.model.Submission;

/**
 * One self-contained HTML page that works offline: an overview (totals, a bar chart of findings
 * per rule and per file, links), then each file with its tables drawn as read, the offending cells
 * coloured by severity with the finding on hover and listed beside the table. File sections are
 * spooled to disk as they come, so a batch of any size runs in the same memory.
 */
public final class HtmlReportWriter implements ReportWriter {

  private static final List<IndicatorField> COLUMNS = List.of(IndicatorField.LEVEL1,
      IndicatorField.LEVEL2, IndicatorField.NAME, IndicatorField.COMPARATOR, IndicatorField.VALUE,
      IndicatorField.UNIT, IndicatorField.EXPLANATION, IndicatorField.SCORING,
      IndicatorField.BASIS, IndicatorField.REMARK);

  private final PrintWriter out;
  private final Messages messages;
  private final Spool body = new Spool();
  private final Map<String, Long> perRule = new TreeMap<>();
  private final List<String[]> perFile = new ArrayList<>();
  private int fileNo;
  private int findingNo;

  public HtmlReportWriter(PrintWriter out, Messages messages) {
    this.out = out;
    this.messages = messages;
  }

  @Override
  public void begin() {}

  @Override
  public void file(FileReport r) {
    String anchor = "file-" + (fileNo + 1);
    StringBuilder b = new StringBuilder();
    b.append("<section class=\"file\" id=\"").append(anchor).append("\">\n<h2>")
        .append(fileNo + 1).append(". ").append(esc(r.path())).append("</h2>\n");
    String[] line;
    if (r.unreadable()) {
      String reason = Rendering.reason(messages, r);
      line = new String[] {anchor, r.path(), "—", "0", reason};
      b.append("<p class=\"unreadable\">").append(esc(messages.get("report.status.unreadable")))
          .append(esc(messages.get("report.colon"))).append(esc(reason)).append("</p>\n</section>\n");
    } else {
      long active = r.findings().stream().filter(Finding::active).count();
      line = new String[] {anchor, r.path(), r.grade().letter(), String.valueOf(active), ""};
      entry(b, r);
      r.findings().stream().filter(Finding::active)
          .forEach(f -> perRule.merge(f.rule(), 1L, Long::sum));
    }
    // Only a whole entry is kept: a failure above leaves no trace of this file.
    fileNo++;
    perFile.add(line);
    body.append(b);
  }

  private void entry(StringBuilder b, FileReport r) {
    b.append("<p class=\"meta\">").append(esc(Rendering.header(messages, r))).append("<br>")
        .append(esc(Rendering.contents(messages, r.contents()))).append("<br><b>")
        .append(esc(Rendering.grade(messages, r))).append("</b></p>\n");
    Map<Finding, String> ids = new LinkedHashMap<>();
    for (Finding f : r.findings()) {
      ids.put(f, "f" + (++findingNo));
    }
    Map<Finding, Boolean> drawn = new HashMap<>();
    Submission doc = r.document();
    if (doc != null) {
      Map<IndicatorField, Map<SourceLocation, List<Finding>>> onCells = onCells(r.findings());
      for (IndicatorTable t : doc.tables()) {
        table(b, t, onCells, ids, drawn);
      }
    }
    List<Finding> rest = r.findings().stream().filter(f -> !drawn.containsKey(f)).toList();
    if (!rest.isEmpty()) {
      b.append("<div class=\"pair\"><div class=\"grid\"><p class=\"note\">")
          .append(esc(messages.get("html.notInTable"))).append("</p></div>");
      findings(b, rest, ids);
      b.append("</div>\n");
    }
    if (r.findings().isEmpty()) {
      b.append("<p>").append(esc(messages.get("report.file.clean"))).append("</p>\n");
    }
    b.append("</section>\n");
  }

  /** One table as read, offending cells marked, with its findings beside it. */
  /** The file's findings on cells, by column and cell, in order: each cell looks its own up. */
  private static Map<IndicatorField, Map<SourceLocation, List<Finding>>> onCells(
      List<Finding> all) {
    Map<IndicatorField, Map<SourceLocation, List<Finding>>> onCells =
        new java.util.EnumMap<>(IndicatorField.class);
    for (Finding f : all) {
      IndicatorField field = IndicatorField.fromKey(f.field());
      if (field != null && !f.location().isEmpty()) {
        onCells.computeIfAbsent(field, k -> new java.util.HashMap<>())
            .computeIfAbsent(f.location(), k -> new ArrayList<>()).add(f);
      }
    }
    return onCells;
  }

  private void table(StringBuilder b, IndicatorTable t,
      Map<IndicatorField, Map<SourceLocation, List<Finding>>> onCells, Map<Finding, String> ids,
      Map<Finding, Boolean> drawn) {
    List<IndicatorField> columns = COLUMNS.stream().filter(c -> t.indicators().stream()
        .anyMatch(i -> i.text(c) != null && !i.text(c).isBlank())).toList();
    List<Finding> mine = new ArrayList<>();
    StringBuilder grid = new StringBuilder("<table>\n<tr>");
    for (IndicatorField c : columns) {
      grid.append("<th>").append(esc(messages.get("html.column." + c.key()))).append("</th>");
    }
    grid.append("</tr>\n");
    for (Indicator row : t.indicators()) {
      grid.append("<tr>");
      for (IndicatorField c : columns) {
        List<Finding> here = new ArrayList<>();
        SourceLocation at = row.locationOf(c);
        for (Finding f : onCells.getOrDefault(c, Map.of()).getOrDefault(at, List.of())) {
          if (!drawn.containsKey(f)) {
            here.add(f);
          }
        }
        String text = row.text(c) == null ? "" : row.text(c);
        if (here.isEmpty()) {
          grid.append("<td>").append(esc(text)).append("</td>");
          continue;
        }
        Severity worst = here.stream().map(Finding::severity).min(Enum::compareTo).orElseThrow();
        String id = ids.get(here.get(0));
        grid.append("<td class=\"hit sev-").append(worst.key()).append("\" id=\"cell-")
            .append(id).append("\" data-findings=\"")
            .append(String.join(" ", here.stream().map(ids::get).toList()))
            .append("\" title=\"").append(esc(String.join("\n", here.stream()
                .map(f -> "[" + messages.get("severity." + f.severity().key()) + "] "
                    + Rendering.message(messages, f)).toList())))
            .append("\">").append(esc(text)).append("</td>");
        for (Finding f : here) {
          drawn.put(f, true);
          mine.add(f);
        }
      }
      grid.append("</tr>\n");
    }
    grid.append("</table>\n");
    b.append("<h3>").append(esc(messages.get("report.location.table", t.index())))
        .append(t.project() == null ? "" : " · " + esc(t.project())).append("</h3>\n")
        .append("<div class=\"pair\"><div class=\"grid\">").append(grid).append("</div>");
    findings(b, mine, ids);
    b.append("</div>\n");
  }

  private void findings(StringBuilder b, List<Finding> list, Map<Finding, String> ids) {
    b.append("<ol class=\"findings\">\n");
    for (Finding f : list) {
      String id = ids.get(f);
      b.append("<li id=\"").append(id).append("\" class=\"sev-").append(f.severity().key())
          .append(f.active() ? "" : " set-aside").append("\" data-severity=\"")
          .append(f.severity().key()).append("\"><span class=\"tag\">")
          .append(esc(messages.get("severity." + f.severity().key()))).append("</span> <code>")
          .append(esc(f.rule())).append("</code> ");
      String path = String.join(Rendering.PATH_SEPARATOR, f.indicator());
      String where = Rendering.location(messages, f.location());
      b.append("<b>").append(esc(path.isEmpty() ? where : path)).append("</b>");
      if (!path.isEmpty() && !where.isEmpty()) {
        b.append(" <small>").append(esc(where)).append("</small>");
      }
      b.append("<br>").append(esc(messages.get("report.evidence")))
          .append(esc(messages.get("report.colon"))).append(f.evidence().isBlank()
              ? esc(messages.get("report.evidence.empty"))
              : esc(Rendering.quote(messages, f.evidence())))
          .append("<br>").append(esc(Rendering.message(messages, f)));
      Rendering.suggestion(messages, f).ifPresent(s -> b.append("<br><i>")
          .append(esc(messages.get("report.fix"))).append(esc(messages.get("report.colon")))
          .append(esc(s)).append("</i>"));
      Rendering.disposition(messages, f).ifPresent(d -> b.append("<br><small>").append(esc(d))
          .append("</small>"));
      b.append("</li>\n");
    }
    b.append("</ol>\n");
  }

  @Override
  public void end(Summary s, Gate gate) throws IOException {
    out.println("<!DOCTYPE html>\n<html lang=\"" + (messages.isEnglish() ? "en" : "zh-CN")
        + "\">\n<head>\n<meta charset=\"utf-8\">\n<title>" + esc(messages.get("md.title"))
        + "</title>\n<style>\n" + STYLE + "</style>\n</head>\n<body>\n<h1>"
        + esc(messages.get("md.title")) + "</h1>");
    List<String> failures = gate.failures(s);
    out.println("<p class=\"summary\">" + esc(messages.get("report.summary", s.files(),
        s.unreadable(), s.errors(), s.warnings(), s.infos()))
        + Rendering.skipped(messages, s).map(x -> "<br>" + esc(x)).orElse("") + "<br><b>"
        + esc(failures.isEmpty() ? messages.get("report.gate.pass")
            : messages.get("report.gate.fail", String.join("；",
                failures.stream().map(messages::get).toList()))) + "</b></p>");
    out.println("<div class=\"overview\"><div><h2>" + esc(messages.get("html.byRule"))
        + "</h2>");
    long maxRule = perRule.values().stream().mapToLong(Long::longValue).max().orElse(1);
    for (Map.Entry<String, Long> e : perRule.entrySet()) {
      bar(e.getKey(), null, e.getValue(), maxRule);
    }
    out.println("</div><div><h2>" + esc(messages.get("html.byFile")) + "</h2>");
    long maxFile = perFile.stream().mapToLong(f -> Long.parseLong(f[3])).max().orElse(1);
    for (String[] f : perFile) {
      bar(f[1] + " · " + f[2], f[0], Long.parseLong(f[3]), Math.max(maxFile, 1));
    }
    out.println("</div></div>");
    out.flush();
    body.copyTo(out);
    out.println("<script>\n" + SCRIPT + "</script>\n</body>\n</html>");
    out.flush();
  }

  private void bar(String label, String anchor, long value, long max) {
    String name = anchor == null ? esc(label) : "<a href=\"#" + anchor + "\">" + esc(label)
        + "</a>";
    out.println("<div class=\"bar\"><span class=\"label\">" + name
        + "</span><span class=\"track\"><span class=\"fill\" style=\"width:"
        + (100 * value / Math.max(max, 1)) + "%\"></span></span><span class=\"n\">" + value
        + "</span></div>");
  }

  static String esc(String text) {
    StringBuilder b = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  private static final String STYLE = """
      body{font-family:"Noto Sans CJK SC","Microsoft YaHei","PingFang SC",sans-serif;margin:24px;
        color:#222}
      h1{font-size:22px}h2{font-size:18px;border-bottom:1px solid #ddd}h3{font-size:15px}
      .overview{display:flex;gap:32px;flex-wrap:wrap}.overview>div{flex:1;min-width:320px}
      .bar{display:flex;align-items:center;gap:8px;margin:3px 0;font-size:13px}
      .bar .label{width:260px;overflow:hidden;text-overflow:ellipsis;white-space:nowrap}
      .bar .track{flex:1;background:#eee;height:12px}.bar .fill{display:block;height:12px;
        background:#c0392b}.bar .n{width:40px;text-align:right}
      .pair{display:flex;gap:16px;align-items:flex-start}.grid{flex:3;overflow-x:auto}
      .findings{flex:2;font-size:13px;margin:0;padding-left:20px}
      .findings li{margin-bottom:8px;padding:4px;border-left:4px solid #ccc}
      .findings li.active{outline:2px solid #2c3e50}
      table{border-collapse:collapse;font-size:13px}
      td,th{border:1px solid #bbb;padding:3px 6px;vertical-align:top}th{background:#f3f3f3}
      .sev-error{background:#fde2e0;border-left-color:#c0392b}
      .sev-warning{background:#fff3cd;border-left-color:#d4a017}
      .sev-info{background:#e1f0fb;border-left-color:#2e86c1}
      td.hit{cursor:pointer;font-weight:bold}.tag{font-weight:bold}
      .set-aside{opacity:.6}.unreadable{color:#c0392b}.meta{color:#555;font-size:13px}
      """;

  /**
   * Clicking a cell or a finding highlights the other; on load the page checks that every
   * marked cell has its findings and records the result in {@code body[data-check]}.
   */
  private static final String SCRIPT = """
      (function(){
        var bad=[];
        document.querySelectorAll('td.hit').forEach(function(td){
          var rank={error:0,warning:1,info:2},worst='info';
          td.dataset.findings.split(' ').forEach(function(id){
            var li=document.getElementById(id);
            if(!li){bad.push(id);return;}
            if(rank[li.dataset.severity]<rank[worst]){worst=li.dataset.severity;}
          });
          if(!td.classList.contains('sev-'+worst)){bad.push(td.id);}
          td.addEventListener('click',function(){
            document.querySelectorAll('li.active').forEach(function(x){x.classList.remove('active');});
            td.dataset.findings.split(' ').forEach(function(id){
              var li=document.getElementById(id);if(li){li.classList.add('active');li.scrollIntoView({block:'nearest'});}
            });
          });
        });
        document.querySelectorAll('ol.findings li').forEach(function(li){
          li.addEventListener('click',function(){
            var td=document.getElementById('cell-'+li.id);
            if(td){td.scrollIntoView({block:'center'});}
          });
        });
        document.body.dataset.check=bad.length?('mismatch:'+bad.join(',')):'ok';
        document.body.dataset.cells=String(document.querySelectorAll('td.hit').length);
      })();
      """;
}
