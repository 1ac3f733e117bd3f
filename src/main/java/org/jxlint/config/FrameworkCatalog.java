package org.jxlint.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jxlint.text.TextMemo;
import org.jxlint.text.TextNormalizer;

/**
 * The indicator frameworks of {@code lint-rules/frameworks.yml}: which 一级 and 二级 names exist and
 * how real tables spell them.
 */
public record FrameworkCatalog(List<Framework> frameworks) {

  public FrameworkCatalog {
    frameworks = List.copyOf(frameworks);
  }

  /** One framework (项目支出, 部门整体 of six dimensions …). */
  /**
   * @param required the dimensions a table in this framework must have: each group is satisfied
   *     by any of its standard 一级 or 二级 names
   */
  public record Framework(String id, String name, List<Level1> level1, List<Required> required) {}

  /** One required dimension: {@code what} to call it, satisfied by {@code any} of these names. */
  /**
   * A dimension a table of the framework must have: any of {@code any} will do; {@code example}
   * is one indicator of it, written the framework's way, for the fix (the dimension's name and a
   * placeholder when the file gives none); an {@code essential} one (效益) is never left out with
   * a reason, the others may be.
   */
  public record Required(String what, List<String> any, String example, boolean essential) {}

  /** A 一级 dimension and the 二级 dimensions that belong under it. */
  public record Level1(Label label, List<Label> level2) {}

  /** A dimension's standard name and the other ways tables write it. */
  /**
   * A dimension label and its other spellings; {@code keys} holds the name and synonyms compacted
   * once, so matching a cell costs one normalisation of the cell.
   */
  public record Label(String name, List<String> synonyms, List<Pattern> patterns,
      java.util.Set<String> keys) {

    static Label of(String name, List<String> synonyms, List<Pattern> patterns) {
      java.util.Set<String> keys = new java.util.HashSet<>();
      keys.add(TextNormalizer.compact(name));
      synonyms.forEach(s -> keys.add(TextNormalizer.compact(s)));
      keys.remove("");
      return new Label(name, List.copyOf(synonyms), List.copyOf(patterns),
          java.util.Set.copyOf(keys));
    }

    public boolean matches(String text) {
      String t = TextNormalizer.compact(text);
      return !t.isEmpty() && matchesCompact(t);
    }

    boolean matchesCompact(String t) {
      if (keys.contains(t)) {
        return true;
      }
      for (Pattern p : patterns) {
        if (p.matcher(t).matches()) {
          return true;
        }
      }
      return false;
    }
  }

  /**
   * Label lookups already answered, per catalogue (by identity; a process has one or two): the
   * same cell is asked about by the reader and by several checks, and labels repeat on every row.
   */
  private static final int MEMO_LIMIT = 20_000;
  private static final org.jxlint.text.IdentityMemo<Object, Memo> MEMOS =
      new org.jxlint.text.IdentityMemo<>(64);
  /** The memo last asked for: a process has one catalogue in use, so the map is seldom asked. */
  private static volatile Memo last;

  /** The answers for one catalogue, by level; keyed by the cell text itself (its hash is kept). */
  private record Memo(Object frameworks, TextMemo<Optional<String>> level1,
      TextMemo<Optional<String>> level2, Index index1, Index index2) {}

  private Memo memo() {
    Memo m = last;
    if (m == null || m.frameworks() != frameworks) {
      m = MEMOS.get(frameworks, k -> new Memo(k, new TextMemo<>(MEMO_LIMIT),
          new TextMemo<>(MEMO_LIMIT), Index.of(frameworks, false), Index.of(frameworks, true)));
      last = m;
    }
    return m;
  }

  private Optional<String> memo(int level, String text,
      java.util.function.Function<String, Optional<String>> look) {
    if (text == null) {
      return Optional.empty();
    }
    Memo m = memo();
    return (level == 1 ? m.level1() : m.level2()).get(text, look);
  }

  /**
   * The 一级 (or 二级) labels of every framework in the order a search meets them, their spellings
   * hashed: a cell is matched by one lookup and the few labels written as patterns, not by asking
   * every label in turn. The first label in that order that matches wins, as in a search in turn.
   */
  private record Index(List<Label> labels, Map<String, Integer> firstByKey, int[] withPatterns) {

    static Index of(List<Framework> frameworks, boolean level2) {
      List<Label> labels = new ArrayList<>();
      for (Framework f : frameworks) {
        for (Level1 l1 : f.level1()) {
          if (level2) {
            labels.addAll(l1.level2());
          } else {
            labels.add(l1.label());
          }
        }
      }
      Map<String, Integer> first = new java.util.HashMap<>();
      List<Integer> patterned = new ArrayList<>();
      for (int i = 0; i < labels.size(); i++) {
        for (String key : labels.get(i).keys()) {
          first.putIfAbsent(key, i);
        }
        if (!labels.get(i).patterns().isEmpty()) {
          patterned.add(i);
        }
      }
      return new Index(List.copyOf(labels), Map.copyOf(first),
          patterned.stream().mapToInt(Integer::intValue).toArray());
    }

    /** The first label that matches the compacted text, or null. */
    Label find(String compact) {
      Integer byKey = firstByKey.get(compact);
      int best = byKey == null ? Integer.MAX_VALUE : byKey;
      for (int i : withPatterns) {
        if (i >= best) {
          break;
        }
        for (Pattern p : labels.get(i).patterns()) {
          if (p.matcher(compact).matches()) {
            return labels.get(i);
          }
        }
      }
      return byKey == null ? null : labels.get(byKey);
    }
  }

  /** The standard name of a 一级 label in any framework. */
  public Optional<String> level1Name(String text) {
    return memo(1, text, this::findLevel1);
  }

  private Optional<String> findLevel1(String text) {
    String k = key(text);
    return k.isEmpty() ? Optional.empty() : exactLevel1(k);
  }

  /**
   * The form of a label that names a dimension: as written, else in Simplified script (產出指標),
   * else without the template's bracketed tags and score (数量指标(必填硬性指标), 产出指标（50分）);
   * the label compacted when no form does.
   */
  private String key(String text) {
    String t = TextNormalizer.compact(text);
    if (t.isEmpty() || known(t)) {
      return t;
    }
    String simple = org.jxlint.nlp.Scripts.simplified(t);
    if (!simple.equals(t) && known(simple)) {
      return simple;
    }
    String bare = TextNormalizer.compact(
        TAGS.matcher(org.jxlint.text.TrailingScore.withoutScores(simple, false)).replaceAll(""));
    if (!bare.isEmpty() && known(bare)) {
      return bare;
    }
    // Older forms name each dimension a 目标 where the standard says 指标 (数量目标, 成本目标).
    String asIndicator = OBJECTIVE.matcher(bare).replaceFirst("指标");
    return !asIndicator.equals(bare) && known(asIndicator) ? asIndicator : t;
  }

  /** The 目标 that older forms end a dimension's name with. */
  private static final Pattern OBJECTIVE = Pattern.compile("(?<=\\p{IsHan}{2})目标$");

  private boolean known(String compact) {
    return exactLevel1(compact).isPresent() || exactLevel2(compact).isPresent();
  }

  /** A bracketed note in a label: (必填), 【硬性指标】. */
  private static final Pattern TAGS = Pattern.compile("[（(【\\[][^（()）】\\]]*[)）】\\]]");

  private Optional<String> exactLevel1(String t) {
    Label l = memo().index1().find(t);
    return l == null ? Optional.empty() : Optional.of(l.name());
  }

  /** The standard name of a 二级 label in any framework. */
  public Optional<String> level2Name(String text) {
    return memo(2, text, this::findLevel2);
  }

  private Optional<String> findLevel2(String text) {
    String k = key(text);
    return k.isEmpty() ? Optional.empty() : exactLevel2(k);
  }

  private Optional<String> exactLevel2(String t) {
    Label l = memo().index2().find(t);
    return l == null ? Optional.empty() : Optional.of(l.name());
  }

  /**
   * The framework a set of rows is written in: the one whose 一级 and 二级 names they use most;
   * empty when they use none.
   */
  public Optional<Framework> detect(List<String> level1Names, List<String> level2Names) {
    // A table repeats its labels down the rows: each distinct label is matched once, counted as
    // often as it is written.
    Map<String, Integer> ones = counted(level1Names);
    Map<String, Integer> twos = counted(level2Names);
    Framework best = null;
    int bestScore = 0;
    for (Framework f : frameworks) {
      int score = 0;
      for (Map.Entry<String, Integer> l1 : ones.entrySet()) {
        if (f.level1().stream().anyMatch(l -> l.label().matchesCompact(l1.getKey()))) {
          score += 2 * l1.getValue();
        }
      }
      for (Map.Entry<String, Integer> l2 : twos.entrySet()) {
        if (f.level1().stream().flatMap(l -> l.level2().stream())
            .anyMatch(l -> l.matchesCompact(l2.getKey()))) {
          score += l2.getValue();
        }
      }
      if (score > bestScore) {
        best = f;
        bestScore = score;
      }
    }
    return Optional.ofNullable(best);
  }

  /** Each non-empty compacted text and how often it is written. */
  private static Map<String, Integer> counted(List<String> texts) {
    Map<String, Integer> out = new java.util.HashMap<>();
    for (String text : texts) {
      String t = TextNormalizer.compact(text);
      if (!t.isEmpty()) {
        out.merge(t, 1, Integer::sum);
      }
    }
    return out;
  }

  /**
   * Whether a 二级 label (as written) stands under a 一级 label (as written) in some framework:
   * 社会效益 belongs under 效益指标 in one and under 社会效应 in another.
   */
  public boolean belongsTo(String level1Text, String level2Text) {
    String one = key(level1Text);
    String two = key(level2Text);
    for (Framework f : frameworks) {
      for (Level1 l1 : f.level1()) {
        if (l1.label().matchesCompact(one)
            && l1.level2().stream().anyMatch(l -> l.matchesCompact(two))) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The 一级 a 二级 label stands under, in the framework of a 一级 label already seen in the table
   * (社会效益 is under 效益指标 where 产出指标 is a 一级, under 社会效应 where 履职效能 is); empty
   * when that framework has no such 二级.
   */
  public Optional<String> parentOf(String level2Text, String level1Seen) {
    String two = key(level2Text);
    String one = key(level1Seen);
    if (two.isEmpty() || one.isEmpty()) {
      return Optional.empty();
    }
    for (Framework f : frameworks) {
      if (f.level1().stream().noneMatch(l -> l.label().matchesCompact(one))) {
        continue;
      }
      for (Level1 l1 : f.level1()) {
        if (l1.level2().stream().anyMatch(l -> l.matchesCompact(two))) {
          return Optional.of(l1.label().name());
        }
      }
    }
    return Optional.empty();
  }

  /** Every standard and alternative 一级 (or 二级) spelling, for suggesting the nearest. */
  public List<String> spellings(boolean level2) {
    List<String> out = new ArrayList<>();
    for (Framework f : frameworks) {
      for (Level1 l1 : f.level1()) {
        List<Label> labels = level2 ? l1.level2() : List.of(l1.label());
        for (Label l : labels) {
          out.add(l.name());
          out.addAll(l.synonyms());
        }
      }
    }
    return out.stream().distinct().toList();
  }

  /** Whether the text is a dimension label (一级 or 二级) rather than an indicator of its own. */
  public boolean isDimensionLabel(String text) {
    return level1Name(text).isPresent() || level2Name(text).isPresent();
  }

  static FrameworkCatalog from(com.fasterxml.jackson.databind.JsonNode doc) {
    List<Framework> out = new ArrayList<>();
    for (var f : doc.path("frameworks")) {
      List<Level1> level1 = new ArrayList<>();
      for (var l1 : f.path("level1")) {
        List<Label> level2 = new ArrayList<>();
        for (var l2 : l1.path("level2")) {
          level2.add(label(l2));
        }
        level1.add(new Level1(label(l1), level2));
      }
      List<Required> required = new ArrayList<>();
      for (var r : f.path("required")) {
        required.add(new Required(r.path("what").asText(), Yaml.strings(r.path("any")),
            r.hasNonNull("example") ? r.path("example").asText()
                : r.path("what").asText() + " › ……", r.path("essential").asBoolean(false)));
      }
      out.add(new Framework(f.path("id").asText(), f.path("name").asText(), level1, required));
    }
    return new FrameworkCatalog(out);
  }

  private static Label label(com.fasterxml.jackson.databind.JsonNode node) {
    List<Pattern> patterns = Yaml.strings(node.path("patterns")).stream()
        .map(Pattern::compile).toList();
    return Label.of(node.path("name").asText(), Yaml.strings(node.path("synonyms")), patterns);
  }
}
