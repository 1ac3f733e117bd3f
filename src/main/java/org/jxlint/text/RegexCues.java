package org.jxlint.text;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The characters a match of a word-list pattern must start with, read from the pattern's source,
 * so that a cell holding none of them is passed over without running the pattern (a cell costs a
 * scan of its characters instead of the engine trying every alternative at every position).
 *
 * <p>Only plain first atoms are understood: a literal or escaped punctuation character, a
 * character class of literals and ranges, or a group whose every branch starts so, each not made
 * optional by {@code ? * {0,}}; {@code ^} before it is allowed. For anything else (a flag,
 * {@code \d}, a negated class, an optional first atom) there is no cue and the pattern always
 * runs: the cue is an exact pre-test, never a guess.
 */
public final class RegexCues {

  private RegexCues() {}

  /** A pattern together with its cue: {@link #find} is {@code pattern.matcher(text).find()}. */
  public record Cued(Pattern pattern, String starts) {

    /** Whether the pattern matches somewhere in the text. */
    public boolean find(String text) {
      return mayMatch(text) && pattern.matcher(text).find();
    }

    /** False only when no match can start anywhere in the text. */
    public boolean mayMatch(String text) {
      if (starts == null) {
        return true;
      }
      for (int i = 0; i < text.length(); i++) {
        if (starts.indexOf(text.charAt(i)) >= 0) {
          return true;
        }
      }
      return false;
    }
  }

  /** The alternation of the patterns as one pattern, with the union of their cues. */
  public static Cued union(List<Pattern> patterns) {
    StringBuilder cue = new StringBuilder();
    boolean every = true;
    for (Pattern p : patterns) {
      Optional<String> c = p.flags() == 0 ? starts(p.pattern()) : Optional.empty();
      if (c.isEmpty()) {
        every = false;
      } else {
        cue.append(c.get());
      }
    }
    Pattern all = Pattern.compile(String.join("|",
        patterns.stream().map(p -> "(?:" + p.pattern() + ")").toList()));
    return new Cued(all, every && !patterns.isEmpty() ? cue.toString() : null);
  }

  /** The characters every match of the regex starts with, when its source says so plainly. */
  public static Optional<String> starts(String regex) {
    try {
      Atom a = branches(regex, 0, true);
      return a == null ? Optional.empty() : Optional.of(a.chars);
    } catch (RuntimeException e) {
      return Optional.empty(); // a source this reader does not follow: no cue
    }
  }

  /** The characters the first atom from {@code at} can be, and where the atom ends. */
  private record Atom(String chars, int end) {}

  private static final String META = ".$|)*+?{}^";

  private static Atom first(String s, int at) {
    if (at >= s.length()) {
      return null;
    }
    char c = s.charAt(at);
    if (c == '\\') {
      char e = s.charAt(at + 1);
      return Character.isLetterOrDigit(e) ? null : new Atom(String.valueOf(e), at + 2);
    }
    if (c == '[') {
      return charClass(s, at);
    }
    if (c == '(') {
      return group(s, at);
    }
    if (META.indexOf(c) >= 0 || Character.isSurrogate(c)) {
      return null;
    }
    return new Atom(String.valueOf(c), at + 1);
  }

  private static Atom charClass(String s, int at) {
    StringBuilder chars = new StringBuilder();
    int i = at + 1;
    if (s.charAt(i) == '^') {
      return null;
    }
    while (s.charAt(i) != ']') {
      char c = s.charAt(i);
      if (c == '[' || c == '&' || Character.isSurrogate(c)) {
        return null;
      }
      if (c == '\\') {
        char e = s.charAt(i + 1);
        if (Character.isLetterOrDigit(e)) {
          return null;
        }
        c = e;
        i++;
      }
      if (s.charAt(i + 1) == '-' && s.charAt(i + 2) != ']') {
        char to = s.charAt(i + 2);
        if (to == '\\' || to == '[' || to < c || to - c > 256 || Character.isSurrogate(to)) {
          return null;
        }
        for (char x = c; x <= to; x++) {
          chars.append(x);
        }
        i += 3;
      } else {
        chars.append(c);
        i++;
      }
    }
    return chars.length() == 0 ? null : new Atom(chars.toString(), i + 1);
  }

  private static Atom group(String s, int at) {
    int i = at + 1;
    if (s.charAt(i) == '?') {
      if (s.charAt(i + 1) != ':') {
        return null; // a lookaround, a named group or a flag
      }
      i += 2;
    }
    return branches(s, i, false);
  }

  /**
   * The first characters of every branch from {@code i} to the group's closing bracket (or, at the
   * top, the end of the regex), and where that is; null when a branch has no plain first atom.
   */
  private static Atom branches(String s, int i, boolean top) {
    StringBuilder chars = new StringBuilder();
    int depth = 0;
    boolean branchStart = true;
    for (; ; i++) {
      if (top && i == s.length()) {
        return branchStart ? null : new Atom(chars.toString(), i);
      }
      if (branchStart) {
        int from = top && s.charAt(i) == '^' ? i + 1 : i;
        Atom a = first(s, from);
        if (a == null || optional(s, a.end)) {
          return null;
        }
        chars.append(a.chars);
        branchStart = false;
        i = from;
      }
      char c = s.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '[') {
        i = classEnd(s, i);
      } else if (c == '(') {
        depth++;
      } else if (c == ')') {
        if (depth == 0) {
          if (top) {
            throw new IllegalArgumentException("unbalanced");
          }
          return new Atom(chars.toString(), i + 1);
        }
        depth--;
      } else if (c == '|' && depth == 0) {
        branchStart = true;
      }
    }
  }

  /** Where the class opened at {@code at} closes. */
  private static int classEnd(String s, int at) {
    int i = at + 1;
    if (s.charAt(i) == '^') {
      i++;
    }
    if (s.charAt(i) == ']') {
      i++;
    }
    while (s.charAt(i) != ']') {
      if (s.charAt(i) == '\\') {
        i++;
      } else if (s.charAt(i) == '[') {
        throw new IllegalArgumentException("nested class");
      }
      i++;
    }
    return i;
  }

  /** Whether a quantifier at {@code at} lets the atom before it be absent. */
  private static boolean optional(String s, int at) {
    if (at >= s.length()) {
      return false;
    }
    char q = s.charAt(at);
    return q == '?' || q == '*' || (q == '{' && s.startsWith("{0", at))
        || (q == '{' && s.startsWith("{,", at));
  }
}
