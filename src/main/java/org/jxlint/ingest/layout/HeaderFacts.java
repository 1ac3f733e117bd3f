package org.jxlint.ingest.layout;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jxlint.config.HeaderLexicon;
import org.jxlint.config.LayoutLexicon;
import org.jxlint.model.Amount;
import org.jxlint.model.MetaField;
import org.jxlint.model.MoneyUnit;
import org.jxlint.model.SourceLocation;
import org.jxlint.model.SubmissionKind;
import org.jxlint.text.TextNormalizer;

/**
 * The facts of a form's header as the lines and labels go by: the submitting unit, the year, the
 * filing date, the money unit, the form's kind and a budget written outside any fund block. Each
 * is decided once the whole document is read, from the strongest evidence found.
 */
final class HeaderFacts {

  private static final Pattern MONEY_UNIT = Pattern.compile(
      "(?:单位\\s*[:：]\\s*|[（(]\\s*)(" + MoneyUnit.ALTERNATIVES + ")");
  private static final Pattern CODED_ORGANISATION = Pattern.compile("^\\d{3,}\\s*(\\S.+)$");
  /** 1、 2. 一、 （三） before a label in a numbered notice. */
  private static final Pattern ENUMERATOR = Pattern.compile(
      "^(?:(?:\\d{1,2}|[一二三四五六七八九十]{1,3})\\s*[、.．)）](?!\\d)|[（(](?:\\d{1,2}|[一二三四五六七八九十]{1,3})[)）])\\s*");
  private static final Pattern ATTACHMENT =
      Pattern.compile("^(?:附件\\s*\\d*\\s*[:：]?\\s*|【[^】]*】|关于)");
  private static final Pattern SENTENCE_MARK = Pattern.compile("[，。；,;：:！!？?]");
  private static final Pattern ORG_BEFORE_YEAR = Pattern.compile("^(.{2,30}?)(?:19|20)\\d{2}年");

  private final LayoutLexicon layout;
  private final HeaderLexicon words;
  private final Map<MetaField, SourceLocation> metaAt;
  private final UnitCandidates units;
  private final YearCandidates years = new YearCandidates();
  private final KindEvidence kind;
  private final BudgetLines budget;
  private String title;
  private LocalDate filingDate;
  private MoneyUnit moneyUnit;
  private boolean lastWasOrganisation;
  /** A label standing alone on its line, waiting for its value on the next line. */
  private Consumer<String> pendingValue;

  HeaderFacts(LayoutLexicon layout, HeaderLexicon words, Map<MetaField, SourceLocation> metaAt,
      Predicate<String> isLabel) {
    this.layout = layout;
    this.words = words;
    this.metaAt = metaAt;
    this.kind = new KindEvidence(words);
    this.budget = new BudgetLines(layout, words);
    this.units = new UnitCandidates(words, t -> isLabel.test(t) || words.unitLabel(t)
        || layout.footer().prefixOf(t) || layout.filingDate().startsWith(t));
  }

  // ------------------------------------------------------------ lines

  /**
   * A paragraph: its years, dates, money unit, budget sentence and, for a numbered notice, its
   * labels. True when the line is the unit's own field and says nothing else.
   */
  boolean paragraph(String text, SourceLocation at, boolean beforeTables) {
    if (foreignScript(text)) {
      return false;
    }
    moneyUnit(text);
    String compact = TextNormalizer.compact(text);
    String bare = ENUMERATOR.matcher(text.strip()).replaceFirst("");
    if (pendingValue != null) {
      Consumer<String> fill = pendingValue;
      pendingValue = null;
      fill.accept(bare);
    }
    boolean wasOrganisation = lastWasOrganisation;
    lastWasOrganisation = false;
    if (years.dateLine(compact, words.published()) && wasOrganisation) {
      units.lastIsSigner(); // “某某财政局 / 2022年1月18日”: the notice's signer
    }
    if (layout.filingDate().containedIn(text)) {
      filing(text, at);
    }
    years.text(text);
    kind.text(compact);
    if (beforeTables) {
      String t = titleText(compact);
      boolean titleLike = titleLike(t);
      years.titleLine(compact, titleLike, at);
      if (titleLike) {
        kind.titleLine(t);
      }
      Matcher org = ORG_BEFORE_YEAR.matcher(t);
      if (t.length() <= 40 && !SENTENCE_MARK.matcher(t).find() && org.find()
          && isOrganisation(org.group(1))) {
        units.found(org.group(1), UnitCandidates.TITLE_LINE, at);
      }
    }
    if (layout.annualGoals().startsWith(bare) || layout.prose().startsWith(bare)) {
      return false;
    }
    pendingValue = budget.line(text, bare, at);
    periodLine(bare);
    return unitLine(bare, at);
  }

  /** A line naming an organisation under the title (not a label, not a sentence). */
  boolean organisationLine(String text, SourceLocation at, boolean eligible) {
    String compact = TextNormalizer.compact(text);
    if (eligible && severalWords(text)) {
      wordsNamingOrganisations(text, at);
      return false;
    }
    if (!eligible || compact.length() > 40 || !isOrganisation(compact)
        || compact.contains("：") || compact.contains(":")) {
      return false;
    }
    units.found(text, UnitCandidates.TITLE_LINE, at);
    lastWasOrganisation = true;
    return true;
  }

  private static final Pattern WORD_MARKS = Pattern.compile("[《》“”\"'（）()【】，,。；;：:、]");

  /**
   * A line of words, as a PDF read column by column prints a row of cells: a word naming an
   * organisation with its place (… 广东省教育厅 专项资金 2020年-2022年) is the unit only when
   * nothing else names one.
   */
  private void wordsNamingOrganisations(String text, SourceLocation at) {
    for (String w : text.strip().split("[\\s\u3000]+")) {
      if (w.length() <= 20 && !WORD_MARKS.matcher(w).find() && isOrganisation(w)
          && words.levels().stream().flatMap(List::stream)
              .anyMatch(level -> w.indexOf(level) > 0)) { // a place before 省/市/县: 广东省
        units.found(w, UnitCandidates.WORD_IN_LINE, at);
      }
    }
  }

  /** “480001玉田县石臼窝镇人民政府本级”: an organisation code and name, as budget systems print. */
  boolean codedOrganisation(String text, SourceLocation at) {
    Matcher coded = CODED_ORGANISATION.matcher(TextNormalizer.compact(text));
    if (!coded.matches() || !isOrganisation(coded.group(1))) {
      return false;
    }
    units.found(coded.group(1), UnitCandidates.CODED, at);
    return true;
  }

  /** The form's title, as the interpreter recognised it. */
  void title(String text) {
    if (title == null) {
      title = text;
    }
  }

  String title() {
    return title;
  }

  /** Table rows follow: a label alone on the line before them waits for no value. */
  void rowsFollow() {
    pendingValue = null;
    lastWasOrganisation = false;
  }

  // ------------------------------------------------------------ labels

  /**
   * A cell that may be a unit label, with the value found after it ({@code value} null when the
   * next cell is empty or another label). True when it was one.
   */
  boolean unitLabel(RawBlock.Row row, String cellText, String value, boolean inline,
      SourceLocation labelAt, SourceLocation valueAt) {
    OptionalInt rank = units.rank(cellText, inline);
    if (rank.isEmpty()) {
      return false;
    }
    if (headerRow(row)) {
      return false; // the header row of a list: its columns hold the values
    }
    String v = value;
    if (TextNormalizer.isBlank(v)) {
      v = LabelText.afterUnitLabel(cellText, words); // “填报单位（盖章）长沙市某某局”
      valueAt = labelAt;
    }
    units.labelled(cellText, rank.getAsInt(), v, labelAt, valueAt);
    return true;
  }

  /**
   * A row that starts with 序号, or holds three or more labels, is the header of a list; a row of
   * label, value, label, value … is not.
   */
  private boolean headerRow(RawBlock.Row row) {
    int labels = 0;
    boolean first = true;
    for (RawCell cell : row.cells()) {
      if (TextNormalizer.isBlank(cell.text())) {
        continue;
      }
      if (first && words.listHeader().is(cell.text())) {
        return true;
      }
      first = false;
      if (units.looksLabel(cell.text())) {
        labels++;
      }
    }
    return labels >= 3 && !alternating(row);
  }

  /** Whether the filled cells go label, value, label, value … (a row of fields, not a list). */
  private boolean alternating(RawBlock.Row row) {
    boolean wantLabel = true;
    for (RawCell cell : row.cells()) {
      if (TextNormalizer.isBlank(cell.text())) {
        continue;
      }
      if (units.looksLabel(cell.text()) != wantLabel) {
        return false;
      }
      wantLabel = !wantLabel;
    }
    return wantLabel;
  }

  /** Any label cell: those only a department's form has tell its kind. */
  void label(String text) {
    kind.label(text);
  }

  /** A project opened by its own header fields (项目名称 …), not a list of projects. */
  void projectHeader() {
    kind.projectHeader();
  }

  /** A project period: the year when it lies within one year. */
  void period(String value) {
    years.period(value);
  }

  void filing(String text, SourceLocation at) {
    if (filingDate != null) {
      return;
    }
    YearCandidates.firstDate(text).ifPresent(d -> {
      filingDate = d;
      metaAt.put(MetaField.FILING_DATE, at);
    });
  }

  void moneyUnit(String text) {
    if (moneyUnit != null || text == null) {
      return;
    }
    Matcher m = MONEY_UNIT.matcher(TextNormalizer.compact(text));
    if (m.find()) {
      moneyUnit = MoneyUnit.fromLabel(m.group(1)).orElse(null);
    }
  }

  /** A budget label and its value where no project is open (项目总预算 | 30). */
  void budgetLabel(String label, String value, SourceLocation at) {
    budget.labelled(label, value, at);
  }

  /** A row of its own holding a sum (“某某区合计 | 18个 | 1673.886”): a budget if nothing better. */
  void sumRow(RawBlock.Row row, int c) {
    budget.sumRow(row, c);
  }

  // ------------------------------------------------------------ after reading

  /** The unit's name, filling where it stands and whether its own field was left empty. */
  String unit(Set<MetaField> leftBlank) {
    UnitCandidates.Candidate best = units.best();
    if (units.blankAt() != null && !units.fromLabel()) {
      leftBlank.add(MetaField.UNIT_NAME);
    }
    if (best != null) {
      metaAt.put(MetaField.UNIT_NAME, best.at());
      return best.name();
    }
    if (units.blankAt() != null) {
      metaAt.put(MetaField.UNIT_NAME, units.blankAt());
    }
    return null;
  }

  YearCandidates.Result year(Integer latestFund, List<String> content) {
    YearCandidates.Result r = years.resolve(latestFund, content, filingDate);
    if (r.basis() == org.jxlint.model.YearBasis.TITLE) {
      metaAt.put(MetaField.YEAR, years.titleAt());
    }
    return r;
  }

  /** The year a title or year line gave so far, or null. */
  Integer titleYear() {
    return years.titleYear();
  }

  LocalDate filingDate() {
    return filingDate;
  }

  /** The labelled money unit, else the unit written on the budget figure. */
  MoneyUnit moneyUnit(Amount budgetFigure) {
    if (moneyUnit != null) {
      return moneyUnit;
    }
    return HeaderAmounts.unitOf(budgetFigure != null ? budgetFigure : fallbackAmount())
        .orElse(null);
  }

  /** A budget read outside any fund block: a labelled line, a sum row, a sentence, in that order. */
  Amount fallbackAmount() {
    return budget.amount();
  }

  /** The fallback budget as a fund item, or null. */
  org.jxlint.model.FundItem fallbackFund() {
    return budget.best();
  }

  SubmissionKind kind(boolean anyTable, boolean anyProse, int projects) {
    return kind.kind(title, anyTable, anyProse, projects);
  }

  // ------------------------------------------------------------ helpers

  private boolean unitLine(String bare, SourceLocation at) {
    OptionalInt rank = units.rank(bare, LabelText.colonAfterUnitLabel(bare, words));
    if (rank.isEmpty()) {
      return false;
    }
    String value = LabelText.afterUnitLabel(bare, words);
    if (TextNormalizer.isBlank(value) && !TextNormalizer.isBlank(bare)) {
      // The label alone on its line: one cell a line, its value on the next line.
      String label = bare;
      units.labelled(label, rank.getAsInt(), null, at, at);
      pendingValue = next -> {
        if (next.length() <= 40 && !units.looksLabel(next)) {
          units.labelled(label, rank.getAsInt(), next, at, at);
        }
      };
      return true;
    }
    units.labelled(bare, rank.getAsInt(), value, at, at);
    return true;
  }

  private void periodLine(String bare) {
    if (layout.project("period").prefixOf(bare)) {
      years.period(LabelText.afterAny(bare, layout.project("period")));
    }
  }

  /** The line as a title reads: without an 附件 or 【…】 lead and a closing bracket. */
  private static String titleText(String compact) {
    String t = ATTACHMENT.matcher(compact).replaceFirst("");
    return t;
  }

  /** A form's own title (…绩效目标申报表（2025年度）), which no cell of its tables is. */
  boolean formTitle(String t) {
    String s = TextNormalizer.withoutTrailingNote(t);
    return titleLike(t) && s.endsWith("表") && s.contains("绩效");
  }

  private boolean titleLike(String t) {
    String s = TextNormalizer.withoutTrailingNote(t);
    return s.length() >= 4 && s.length() <= 60 && !SENTENCE_MARK.matcher(s).find()
        && words.titleEndings().stream().anyMatch(s::endsWith);
  }

  boolean isOrganisation(String compact) {
    for (String suffix : layout.organisationSuffixes()) {
      if (compact.endsWith(suffix) && compact.length() > suffix.length() + 1) {
        return true;
      }
    }
    return false;
  }

  /** “资金名称 省级业务主管部”: words apart, not one name (letter-spacing “绥 宁 县” is one). */
  private static boolean severalWords(String text) {
    String[] words = text.strip().split("[\\s\u3000]+");
    return words.length > 1 && java.util.Arrays.stream(words).filter(w -> w.length() > 1).count() > 1;
  }

  /** A line mostly in Latin letters (an English note, an address) is not the form's own text. */
  private static boolean foreignScript(String text) {
    int latin = 0;
    int han = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
        latin++;
      } else if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
        han++;
      }
    }
    return latin > han;
  }
}
