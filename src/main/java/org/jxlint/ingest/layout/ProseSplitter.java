package org.jxlint.ingest.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jxlint.config.FrameworkCatalog;
import org.jxlint.config.ProseLexicon;
import org.jxlint.text.ValueLexicon;

/**
 * Splits prose targets into indicator rows: a block of text into its numbered items (“1.…。2.…”,
 * “（一）经济效益.…”), each item into its own label (“经济效益指标：”) and body, and a body into the
 * figures it promises (“年产值为600万元” → 年产值 | 600万元; {@link ProseFigures} finds the figures).
 * Pure text work: which text is a target and where the rows go is {@link ProseTargets}' business.
 */
final class ProseSplitter {

  /** An item's number at its start: 1、 2. （一） (3) 一、 ①. */
  static final Pattern NUMBERING = Pattern.compile(
      "^\\s*(?:\\d{1,2}\\s*[、.．](?!\\d)|[（(]\\s*(?:\\d{1,2}|[一二三四五六七八九十]{1,3})\\s*[)）]"
          + "|[一二三四五六七八九十]{1,3}\\s*[、.．]|[①-⑳])\\s*");
  /** Where a numbered item starts inside a line: after a full stop or a semicolon. */
  private static final Pattern INLINE_NUMBER = Pattern.compile(
      "(?<=[。；;！!？?])\\s*(?=\\d{1,2}\\s*[、.．](?!\\d)|[（(]\\s*\\d{1,2}\\s*[)）])");
  private static final Pattern COLON_LABEL = Pattern.compile("^([^:：，,。；;]{1,20})[:：]\\s*(.*)$",
      Pattern.DOTALL);
  private static final Pattern INLINE_LABEL = Pattern.compile(
      "(?<=^|[。；;，,:：])\\s*([^:：，,。；;\\d]{2,16})[:：]");
  private static final String SEPARATORS = "，,；;。！!？?\n";
  private static final Pattern ASIDE = Pattern.compile("[（(]([^()（）]*\\d[^()（）]*)[)）]");
  /** What is trimmed from either end of a name or a clause: spaces, punctuation, 的. */
  static final String TRIM = " \t\n\r　:：,，、;；。.的";

  /** One numbered (or unnumbered) item: its own label, if it has one, and what it says. */
  record Item(String title, String body) {}

  /**
   * One indicator read from a sentence.
   *
   * @param name the indicator's name; null when the item's whole text is its value
   * @param target the figure as written, comparator words included; null when none
   */
  record Row(String name, String target) {}

  private final ProseLexicon prose;
  private final FigureContext context;
  private final FrameworkCatalog frameworks;
  private final ProseFigures figures;

  ProseSplitter(ProseLexicon prose, ValueLexicon values, FrameworkCatalog frameworks) {
    this.prose = prose;
    this.context = new FigureContext(prose);
    this.frameworks = frameworks;
    this.figures = new ProseFigures(prose, values);
  }

  /** Whether a label is a 一级 or 二级 dimension of some framework (数量指标, 经济效益). */
  boolean isDimension(String label) {
    String k = ProseLexicon.key(label);
    return frameworks.level1Name(k).isPresent() || frameworks.level2Name(k).isPresent();
  }

  boolean isLevel1(String label) {
    return frameworks.level1Name(ProseLexicon.key(label)).isPresent();
  }

  boolean isLevel2Only(String label) {
    String k = ProseLexicon.key(label);
    return frameworks.level2Name(k).isPresent() && frameworks.level1Name(k).isEmpty();
  }

  /** The text without the number it starts with. */
  static String unnumbered(String text) {
    Matcher m = NUMBERING.matcher(text);
    return m.find() ? text.substring(m.end()) : text;
  }

  static boolean numbered(String text) {
    return NUMBERING.matcher(text).find();
  }

  // ---------------------------------------------------------------- items

  /**
   * The items of a block's text. A numbered line starts an item and an unnumbered one continues
   * it; a number after a full stop starts one inside a line. An item's title is a dimension label
   * before a colon (经济效益指标：…) or, where {@code titles} is set, a short heading before a full
   * stop or on a line of its own (1.固定资产收益。…).
   */
  List<Item> items(String text, boolean titles) {
    List<List<String>> raw = new ArrayList<>();
    for (String line : text.split("\\n")) {
      String l = line.strip();
      if (l.isEmpty()) {
        continue;
      }
      String[] pieces = INLINE_NUMBER.split(l);
      for (int p = 0; p < pieces.length; p++) {
        String piece = pieces[p].strip();
        if (piece.isEmpty()) {
          continue;
        }
        if (raw.isEmpty() || numbered(piece) || p > 0) {
          raw.add(new ArrayList<>(List.of(unnumbered(piece).strip())));
        } else {
          raw.get(raw.size() - 1).add(piece);
        }
      }
    }
    List<Item> out = new ArrayList<>();
    for (List<String> lines : raw) {
      item(lines, titles, out);
    }
    return out;
  }

  private void item(List<String> lines, boolean titles, List<Item> out) {
    String title = null;
    String first = lines.get(0);
    String body;
    if (lines.size() > 1 && titleLike(first) && (titles || isDimension(first))) {
      title = first;
      body = String.join("\n", lines.subList(1, lines.size()));
    } else {
      body = String.join("\n", lines);
      Matcher colon = COLON_LABEL.matcher(body);
      if (colon.matches() && isDimension(colon.group(1))) {
        title = colon.group(1).strip();
        body = colon.group(2);
      } else {
        int stop = firstStop(body);
        if (stop > 0 && stop < body.length() - 1) {
          String head = body.substring(0, stop);
          if (titleLike(head) && (titles || isDimension(head))) {
            title = head.strip();
            body = body.substring(stop + 1);
          }
        }
      }
    }
    // Further dimension labels inside the body (数量指标：…；质量指标：…) start items of their own.
    Matcher m = INLINE_LABEL.matcher(body);
    int start = 0;
    String current = title;
    while (m.find()) {
      if (m.start() == 0 || !isDimension(m.group(1))) {
        continue;
      }
      addItem(out, current, body.substring(start, m.start()));
      current = m.group(1).strip();
      start = m.end();
    }
    addItem(out, current, body.substring(start));
  }

  private static void addItem(List<Item> out, String title, String body) {
    String b = body.strip();
    if (title == null && b.isEmpty()) {
      return;
    }
    out.add(new Item(title, b));
  }

  private boolean titleLike(String text) {
    String t = text.strip();
    if (t.isEmpty() || t.length() > prose.itemTitleMax()) {
      return false;
    }
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (Character.isDigit(c) || SEPARATORS.indexOf(c) >= 0 || c == ':' || c == '：') {
        return false;
      }
    }
    return true;
  }

  /** The first full stop (。 or a “.” not between digits). */
  private static int firstStop(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '。' || c == '．') {
        return i;
      }
      if (c == '.' && !(i > 0 && Character.isDigit(text.charAt(i - 1))
          && i + 1 < text.length() && Character.isDigit(text.charAt(i + 1)))) {
        return i;
      }
    }
    return -1;
  }

  // ---------------------------------------------------------------- clauses and figures

  /**
   * The clauses of a text: split at commas, semicolons and full stops outside brackets; a
   * bracketed aside that holds a figure (其中：脱贫户21户) is a clause of its own.
   */
  List<String> clauses(String text) {
    List<String> out = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    int depth = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '(' || c == '（') {
        depth++;
      } else if ((c == ')' || c == '）') && depth > 0) {
        depth--;
      }
      boolean stop = SEPARATORS.indexOf(c) >= 0 || c == '.' && !decimalPoint(text, i);
      // 645户,2021人: a comma between two figures joins them.
      boolean joined = (c == ',' || c == '，' || c == '、') && i > 0 && i + 1 < text.length()
          && Character.isDigit(text.charAt(i + 1)) && endsWithUnit(cur.toString());
      if (stop && depth == 0 && !joined) {
        addClause(out, cur.toString());
        cur.setLength(0);
      } else {
        cur.append(c);
      }
    }
    addClause(out, cur.toString());
    return out;
  }

  private static boolean decimalPoint(String text, int i) {
    return i > 0 && i + 1 < text.length() && Character.isDigit(text.charAt(i - 1))
        && (Character.isDigit(text.charAt(i + 1)) || text.charAt(i + 1) == ' '
            && i + 2 < text.length() && Character.isDigit(text.charAt(i + 2)));
  }

  private boolean endsWithUnit(String text) {
    for (String u : figures.units()) {
      if (text.endsWith(u) && text.length() > u.length()
          && Character.isDigit(text.charAt(text.length() - u.length() - 1))) {
        return true;
      }
    }
    return false;
  }

  private void addClause(List<String> out, String clause) {
    String c = clause.strip();
    if (c.isEmpty()) {
      return;
    }
    // Bracketed asides with a figure become clauses of their own, in their place.
    Matcher aside = ASIDE.matcher(c);
    int last = 0;
    while (aside.find()) {
      if (!figures.in(aside.group(1)).isEmpty()) {
        addPiece(out, c.substring(last, aside.start()));
        addPiece(out, aside.group(1));
        last = aside.end();
      }
    }
    addPiece(out, c.substring(last));
  }

  private static void addPiece(List<String> out, String piece) {
    String p = piece.strip();
    if (!p.isEmpty()) {
      out.add(p);
    }
  }

  /**
   * Whether the text is a list of named figures: every clause ends with its figure (成活率≥85%；
   * 种植数量17600株), as a table row would be written out.
   */
  boolean namedFigures(String text) {
    List<String> clauses = clauses(text);
    if (clauses.isEmpty()) {
      return false;
    }
    for (String c : clauses) {
      List<ProseFigures.Figure> f = figures.in(c);
      int len = c.length();
      while (len > 0 && TRIM.indexOf(c.charAt(len - 1)) >= 0) {
        len--;
      }
      if (f.isEmpty() || f.get(f.size() - 1).end() < len) {
        return false;
      }
    }
    return true;
  }

  /** Whether any clause of the text carries a figure. */
  boolean anyFigure(String text) {
    return clauses(text).stream().anyMatch(c -> !figures.in(c).isEmpty());
  }

  // ---------------------------------------------------------------- rows

  /** The rows a body's figures make: one per figure that has something to be called. */
  List<Row> figureRows(String body) {
    List<Row> out = new ArrayList<>();
    for (String clause : clauses(body)) {
      for (String part : parts(clause)) {
        rows(part, out);
      }
    }
    return out;
  }

  private static final Pattern JOINERS = Pattern.compile("[及和并]");

  /** A clause split at 及/和/并 where both sides carry figures (2个大棚及49个温室). */
  private List<String> parts(String clause) {
    Matcher m = JOINERS.matcher(clause);
    List<String> out = new ArrayList<>();
    int start = 0;
    while (m.find()) {
      String left = clause.substring(start, m.start());
      String right = clause.substring(m.end());
      List<ProseFigures.Figure> leftFigures = figures.in(left);
      if (!leftFigures.isEmpty() && !figures.in(right).isEmpty()
          && leftFigures.get(leftFigures.size() - 1).end() >= left.strip().length() - 12) {
        out.add(left);
        start = m.end();
      }
    }
    out.add(clause.substring(start));
    return out;
  }

  private void rows(String clause, List<Row> out) {
    List<ProseFigures.Figure> figs = figures.in(clause);
    int prevEnd = 0;
    for (int i = 0; i < figs.size(); i++) {
      ProseFigures.Figure f = figs.get(i);
      int nextStart = i + 1 < figs.size() ? figs.get(i + 1).start() : clause.length();
      String pre = clause.substring(prevEnd, f.start());
      FigureContext.Reach reach = context.reach(clause, f.start(), f.end(), pre);
      if (reach != null) {
        out.add(new Row(reach.name(), reach.target())); // 在全县12个乡镇: 覆盖乡镇 | 12个乡镇
        prevEnd = reach.end();
        continue;
      }
      int targetStart = f.start();
      int cmp = comparatorIn(pre);
      if (cmp >= 0) {
        targetStart = prevEnd + cmp;
        pre = pre.substring(0, cmp);
      }
      String target = clause.substring(targetStart, f.end()).strip();
      String post = clause.substring(f.end(), nextStart);
      String name = cleanName(pre);
      boolean lastFigure = i + 1 == figs.size();
      if (name.isEmpty() && !lastFigure && !post.isBlank()) {
        prevEnd = f.end(); // 31个村种植918亩: the place of the figure after it
        continue;
      }
      boolean shortName = name.length() <= 2;
      if (shortName) {
        String lead = name;
        if (prose.objectLeadIns().contains(lead)) {
          name = "";
        }
        name = name + (lastFigure ? trim(post) : "");
      }
      name = trim(name);
      String benefit = lastFigure ? context.beneficiaries(post) : null;
      if (benefit != null) {
        name = benefit; // 使全县2007人次脱贫劳动力受益: 受益脱贫劳动力
      } else if (lastFigure && !shortName) {
        // 解决群众2200人出行问题: what follows the figure finishes the name (出行问题).
        String tail = trim(BRACKETED.matcher(post).replaceAll(""));
        if (!tail.isEmpty() && tail.length() <= POST_NAME_MAX && !tail.startsWith("等")
            && tail.chars().noneMatch(Character::isDigit) && shortNounPhrase(tail)) {
          name = name + tail;
        }
      }
      name = afterObjectVerb(name); // 按不低于投资8%支付承包费: the tail names it too
      prevEnd = f.end();
      if (name.isBlank() || name.length() > 40) {
        continue;
      }
      out.add(new Row(name, target));
    }
  }

  private static final Pattern BRACKETED = Pattern.compile("[（(][^（()）]*[)）]");
  /** The longest rest of a clause after its last figure that still belongs to the name. */
  private static final int POST_NAME_MAX = 8;

  /**
   * Whether a clause's rest is a short noun phrase (出行问题: two words ending in a noun), which
   * finishes the name, rather than a further action (调整种植结构, 拓宽增收渠道).
   */
  private static boolean shortNounPhrase(String tail) {
    List<org.jxlint.nlp.Segmenter.Token> tokens = org.jxlint.nlp.Segmenter.segment(tail);
    return !tokens.isEmpty() && tokens.size() <= 2
        && tokens.get(tokens.size() - 1).pos().startsWith("n");
  }

  /** A name cut after a verb it contains (…服务队购买旋耕机 → 旋耕机), when a name remains. */
  private String afterObjectVerb(String name) {
    for (String verb : prose.objectVerbs()) {
      int at = name.lastIndexOf(verb);
      if (at > 0 && name.length() - at - verb.length() >= 2) {
        return trim(name.substring(at + verb.length()));
      }
    }
    return name;
  }

  /** A comparator in the text before a figure, close to it (不少于项目区的30%): where it starts. */
  private int comparatorIn(String pre) {
    String p = pre.stripTrailing();
    int best = -1;
    int bestEnd = -1;
    for (String c : figures.comparators()) { // longest first: 不低于 before 低于
      int at = p.lastIndexOf(c);
      if (at < 0) {
        continue;
      }
      String gap = p.substring(at + c.length());
      if (gap.length() <= 6 && gap.chars().noneMatch(ch -> SEPARATORS.indexOf(ch) >= 0)
          && at + c.length() > bestEnd) {
        best = at;
        bestEnd = at + c.length();
      }
    }
    return best;
  }

  /**
   * The goals of a text without figures, one per clause: a first clause saying how (通过发放补贴)
   * when others follow, clauses saying whose or by whom (产权归某村, 由村委会负责管护, and a duty
   * right after one: 镇政府监督管理), and one that is only a lead-in left out, each named without
   * its lead-ins. The whole text is the goal when nothing is left, unless it only said whose or by
   * whom. Names shorter than {@code min} or longer than {@code max} characters are none.
   */
  List<String> goalClauses(String text, int min, int max) {
    List<String> clauses = clauses(text);
    List<String> out = new ArrayList<>();
    boolean lastDuty = false;
    boolean anyDuty = false;
    for (int i = 0; i < clauses.size(); i++) {
      String t = trim(clauses.get(i));
      boolean means = i == 0 && clauses.size() > 1
          && prose.meansLeadIns().stream().anyMatch(t::startsWith);
      boolean dutyVerb = prose.dutyVerbs().stream().anyMatch(t::endsWith);
      // 由村集体运行管护，乡人民政府监督管理: the clause after a duty names a further one.
      boolean duty = prose.ownershipLeadIns().stream().anyMatch(t::startsWith)
          || (t.startsWith("由") || lastDuty) && dutyVerb;
      lastDuty = duty;
      anyDuty |= duty;
      if (means || duty || prose.nameLeadIns().contains(t)) {
        continue; // how, by whom, whose, or only “项目建成后”
      }
      String name = cleanName(t);
      if (name.length() >= min && name.length() <= max) {
        out.add(name);
      }
    }
    if (out.isEmpty() && !anyDuty) {
      String whole = trim(text);
      return whole.length() >= min && whole.length() <= max ? List.of(whole) : List.of();
    }
    return out;
  }

  /** The name part of a clause: lead-ins, fillers and the connector before the figure left out. */
  String cleanName(String pre) {
    String n = trim(pre);
    boolean changed = true;
    while (changed) {
      changed = false;
      for (String lead : prose.nameLeadIns()) {
        if (n.startsWith(lead) && n.length() > lead.length()) {
          n = trim(n.substring(lead.length()));
          changed = true;
        }
      }
    }
    for (String filler : prose.fillers()) {
      n = n.replace(filler, "");
    }
    for (String c : prose.connectors()) {
      if (n.endsWith(c) && n.length() > c.length()) {
        n = n.substring(0, n.length() - c.length());
        break;
      }
    }
    return trim(n);
  }

  static String trim(String s) {
    int a = 0;
    int b = s.length();
    while (a < b && TRIM.indexOf(s.charAt(a)) >= 0) {
      a++;
    }
    while (b > a && TRIM.indexOf(s.charAt(b - 1)) >= 0) {
      b--;
    }
    return s.substring(a, b);
  }
}
