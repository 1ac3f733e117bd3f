package org.jxlint.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jxlint.nlp.Scripts;
import org.jxlint.text.TextNormalizer;

/**
 * A list of label spellings from {@code lint-rules/}, matched the way forms write them: spaces and
 * full-width forms ignored, a trailing colon optional, Traditional script read as Simplified
 * (“市級主管部門” is 市级主管部门; the lists are written once, in Simplified).
 */
public final class LabelSet {

  private final List<String> labels;
  /** The length of the longest label: no longer cell can be one. */
  private final int longest;
  /** The labels for a hashed whole-cell lookup. */
  private final java.util.Set<String> exact;
  /** The labels by their first character, longest first as in {@link #labels}. */
  private final java.util.Map<Character, List<String>> byFirst;

  public LabelSet(List<String> labels) {
    List<String> compacted = new ArrayList<>();
    for (String l : labels) {
      String c = key(l);
      if (!c.isEmpty()) {
        compacted.add(c);
      }
    }
    // Longest first, so that “其中：财政资金” wins over “财政资金”.
    compacted.sort((a, b) -> b.length() - a.length());
    this.labels = List.copyOf(compacted);
    this.longest = compacted.isEmpty() ? 0 : compacted.get(0).length();
    this.exact = java.util.Set.copyOf(compacted);
    java.util.Map<Character, List<String>> first = new java.util.HashMap<>();
    for (String l : this.labels) {
      first.computeIfAbsent(l.charAt(0), c -> new ArrayList<>()).add(l);
    }
    first.replaceAll((c, list) -> List.copyOf(list));
    this.byFirst = java.util.Map.copyOf(first);
  }

  /** The labels a compacted text can begin with: those of its first character. */
  private List<String> candidates(String compactText) {
    return compactText.isEmpty() ? List.of()
        : byFirst.getOrDefault(compactText.charAt(0), List.of());
  }

  /** The text compacted, with a trailing colon removed: the form labels are compared in. */
  public static String key(String text) {
    String c = TextNormalizer.compact(text);
    int end = c.length();
    while (end > 0 && (c.charAt(end - 1) == ':' || c.charAt(end - 1) == '：')) {
      end--;
    }
    return end == c.length() ? c : c.substring(0, end);
  }

  /**
   * Whether the whole cell is a label of one of the sets: {@code is} of each, with the cell
   * compacted (and, in Traditional script, converted) once for them all.
   */
  public static boolean anyIs(List<LabelSet> sets, String text) {
    String k = key(text);
    for (LabelSet set : sets) {
      if (set.exact.contains(k)) {
        return true;
      }
    }
    if (!traditional(k)) {
      return false;
    }
    String simple = Scripts.simplified(k);
    for (LabelSet set : sets) {
      if (k.length() <= set.longest && set.exact.contains(simple)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the whole cell is one of the labels. */
  public boolean is(String text) {
    String k = key(text);
    return exact.contains(k) || k.length() <= longest && traditional(k)
        && exact.contains(Scripts.simplified(k));
  }

  /**
   * The text's first {@code n} characters: all a label match can see, so that a long paragraph is
   * not converted to Simplified script for the sake of its first words.
   */
  private static String head(String text, int n) {
    return text.length() <= n ? text : text.substring(0, n);
  }

  /** Whether the text may be written in Traditional script, so that a second look is due. */
  private static boolean traditional(String text) {
    return text != null && Scripts.hasTraditional(text);
  }

  /**
   * Whether the cell is one of the labels, possibly followed by a bracket or colon (“长期目标（截止
   * 2026 年）”, “填报单位（盖章）：…”) — but not a longer word (“绩效目标合理性” is no “绩效目标”).
   */
  public boolean startsWith(String text) {
    String k = TextNormalizer.compact(text);
    if (startsWithCompact(k)) {
      return true;
    }
    String head = head(k, longest + 1); // a label and the bracket or colon after it
    return traditional(head) && startsWithCompact(Scripts.simplified(head));
  }

  private boolean startsWithCompact(String k) {
    for (String l : candidates(k)) {
      if (k.startsWith(l)) {
        if (k.length() == l.length()) {
          return true;
        }
        char next = k.charAt(l.length());
        if (next == '(' || next == '（' || next == ':' || next == '：' || next == '[') {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether the cell begins with one of the labels, whatever follows (“财政部门相关股室”). */
  public boolean prefixOf(String text) {
    return matchedPrefix(TextNormalizer.compact(text)).isPresent();
  }

  /** Whether the cell ends in one of the labels (“某某区合计”). */
  public boolean suffixOf(String text) {
    String k = key(text);
    for (String l : labels) {
      if (k.endsWith(l)) {
        return true;
      }
    }
    return false;
  }

  /** Whether one of the labels occurs anywhere in the cell. */
  public boolean containedIn(String text) {
    String k = key(text);
    String simple = traditional(k) ? Scripts.simplified(k) : k;
    for (String l : labels) {
      if (k.contains(l) || simple.contains(l)) {
        return true;
      }
    }
    return false;
  }

  /** The longest label the cell begins with, compacted, whatever follows it. */
  public Optional<String> leadingLabel(String text) {
    return matchedPrefix(TextNormalizer.compact(text));
  }

  private Optional<String> matchedPrefix(String compactText) {
    Optional<String> found = prefix(compactText);
    if (found.isPresent()) {
      return found;
    }
    String head = head(compactText, longest);
    if (!traditional(head)) {
      return found;
    }
    // A label written in Traditional script: the list's label, as long as the text's own (the
    // callers cut the text after it by its length).
    String simple = Scripts.simplified(head);
    return simple.length() == head.length() ? prefix(simple) : Optional.empty();
  }

  private Optional<String> prefix(String compactText) {
    for (String l : candidates(compactText)) {
      if (compactText.startsWith(l)) {
        return Optional.of(l);
      }
    }
    return Optional.empty();
  }
}
