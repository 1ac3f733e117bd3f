package org.jxlint.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.jxlint.text.TextNormalizer;

/**
 * The words for reading indicators written in sentences, from {@code lint-rules/prose.yml}: which
 * labels introduce indicators or goals, and which words in a sentence belong to neither the name
 * nor the value.
 *
 * @param indicatorLabels labels whose text is always indicators (绩效指标, 产出指标)
 * @param goalLabels labels whose text is goals; read as indicators only where nothing else is
 * @param objectLeadIns verbs left out of a name when the figure stands before the object (新建)
 * @param fillers words left out of a name anywhere (预计, 力争)
 * @param nameLeadIns words left out of the start of a name (项目实施后, 可)
 * @param connectors words between a name and its figure that are neither (为, 达)
 * @param targetPrefixes words before a figure that belong to the target (约)
 * @param targetSuffixes words after a figure that belong to the target (左右)
 * @param units units a sentence counts in beyond those of values.yml (千瓦时)
 * @param dateUnits what follows a number that is a date or a serial, not a target (年, 月)
 * @param itemTitleMax the longest a numbered item's own title can be
 * @param objectVerbs verbs after which a name is what they act on (…服务队购买旋耕机1台 → 旋耕机)
 * @param chineseNumeralUnits units after which a number written in Chinese is a figure (一台)
 * @param meansLeadIns words that open a first clause saying how a goal is reached (通过…)
 * @param ownershipLeadIns words that open a clause saying whose the assets are (产权归…)
 * @param dutyVerbs verbs that end a clause “由…负责” saying who is in charge
 * @param benefitVerbs verbs ending a clause whose figure counts who benefits (…2007人次脱贫劳动力受益)
 * @param coverage how a figure of places names the reach of a project (在全县12个乡镇)
 */
public record ProseLexicon(
    List<String> indicatorLabels,
    List<String> goalLabels,
    List<String> objectLeadIns,
    List<String> fillers,
    List<String> nameLeadIns,
    List<String> connectors,
    List<String> targetPrefixes,
    List<String> targetSuffixes,
    List<String> units,
    List<String> dateUnits,
    int itemTitleMax,
    List<String> objectVerbs,
    List<String> chineseNumeralUnits,
    List<String> meansLeadIns,
    List<String> ownershipLeadIns,
    List<String> dutyVerbs,
    List<String> benefitVerbs,
    Coverage coverage) {

  /**
   * A figure of places (12个乡镇) with nothing but a locative before it names the project's reach.
   *
   * @param name the name such a row gets before the place (覆盖 → 覆盖乡镇)
   * @param leadIns words that may stand before the figure (在, 涉及)
   * @param scopes the whole area before the figure (全县, 全市)
   * @param measures measure words between the number and the place (个)
   * @param places the places counted (乡镇, 村, 社区)
   */
  public record Coverage(String name, List<String> leadIns, List<String> scopes,
      List<String> measures, List<String> places) {
    public Coverage {
      leadIns = TextNormalizer.longestFirst(leadIns);
      scopes = TextNormalizer.longestFirst(scopes);
      measures = TextNormalizer.longestFirst(measures);
      places = TextNormalizer.longestFirst(places);
    }
  }

  public ProseLexicon {
    indicatorLabels = compacted(indicatorLabels);
    goalLabels = compacted(goalLabels);
    objectLeadIns = TextNormalizer.longestFirst(objectLeadIns);
    fillers = TextNormalizer.longestFirst(fillers);
    nameLeadIns = TextNormalizer.longestFirst(nameLeadIns);
    connectors = TextNormalizer.longestFirst(connectors);
    targetPrefixes = TextNormalizer.longestFirst(targetPrefixes);
    targetSuffixes = TextNormalizer.longestFirst(targetSuffixes);
    units = List.copyOf(units);
    dateUnits = List.copyOf(dateUnits);
    objectVerbs = TextNormalizer.longestFirst(objectVerbs);
    chineseNumeralUnits = TextNormalizer.longestFirst(chineseNumeralUnits);
    meansLeadIns = TextNormalizer.longestFirst(meansLeadIns);
    ownershipLeadIns = TextNormalizer.longestFirst(ownershipLeadIns);
    dutyVerbs = TextNormalizer.longestFirst(dutyVerbs);
    benefitVerbs = TextNormalizer.longestFirst(benefitVerbs);
  }

  static ProseLexicon from(JsonNode doc) {
    return new ProseLexicon(
        Yaml.strings(doc.path("indicator-labels")),
        Yaml.strings(doc.path("goal-labels")),
        Yaml.strings(doc.path("object-lead-ins")),
        Yaml.strings(doc.path("fillers")),
        Yaml.strings(doc.path("name-lead-ins")),
        Yaml.strings(doc.path("connectors")),
        Yaml.strings(doc.path("target-prefixes")),
        Yaml.strings(doc.path("target-suffixes")),
        Yaml.strings(doc.path("units")),
        Yaml.strings(doc.path("date-units")),
        doc.path("item-title-max").asInt(12),
        Yaml.strings(doc.path("object-verbs")),
        Yaml.strings(doc.path("chinese-numeral-units")),
        Yaml.strings(doc.path("means-lead-ins")),
        Yaml.strings(doc.path("ownership-lead-ins")),
        Yaml.strings(doc.path("duty-verbs")),
        Yaml.strings(doc.path("benefit-verbs")),
        coverage(doc.path("coverage")));
  }

  private static Coverage coverage(JsonNode node) {
    return new Coverage(node.path("name").asText(""), Yaml.strings(node.path("lead-ins")),
        Yaml.strings(node.path("scopes")), Yaml.strings(node.path("measures")),
        Yaml.strings(node.path("places")));
  }

  /** Whether a label (its colon and any parenthesised note dropped) introduces indicators. */
  public boolean isIndicatorLabel(String label) {
    return indicatorLabels.contains(key(label));
  }

  /** Whether a label introduces goals (绩效目标, 带贫减贫机制). */
  public boolean isGoalLabel(String label) {
    return goalLabels.contains(key(label));
  }

  /** A label compacted, without a trailing colon and a parenthesised note (产出指标（数量、质量）). */
  public static String key(String label) {
    String k = TextNormalizer.compact(label);
    k = TRAILING_COLON.matcher(k).replaceAll("");
    return TextNormalizer.withoutTrailingNote(k);
  }

  private static final java.util.regex.Pattern TRAILING_COLON =
      java.util.regex.Pattern.compile("[:：]+$");

  private static List<String> compacted(List<String> words) {
    return words.stream().map(TextNormalizer::compact).filter(w -> !w.isEmpty()).toList();
  }
}
