package org.jxlint.check;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jxlint.check.rules.CopyPasteSectionCheck;
import org.jxlint.model.IndicatorTable;
import org.jxlint.model.SourceLocation;
import org.jxlint.model.Submission;
import org.jxlint.text.TextNormalizer;

/**
 * {@code copy-paste-section} across the files of one batch: an indicator table that other files
 * hold too, the same but perhaps for the project's name. Files are added in batch order; once all
 * are in, each file hears once per table how many other files hold it and which — a batch of ten
 * copies gives each copy one finding, not nine. The same file given twice is no copy of itself.
 * Memory is one entry per table of the batch.
 */
public final class BatchClones {

  private static final String RULE = "copy-paste-section";
  /** How many other files a finding names before “等”. */
  private static final int NAMED = 3;

  /** Where a table was seen. */
  private record Seen(int file, String fileName, String same, String project,
      SourceLocation location) {}

  private final Map<Long, List<Seen>> byPrint = new HashMap<>();
  private final Map<Integer, List<Seen>> byFile = new HashMap<>();
  private final Map<Seen, Long> prints = new HashMap<>();

  /** Records the tables of the batch's {@code index}-th file. */
  public synchronized void add(int index, String fileName, Submission submission) {
    if (submission == null) {
      return;
    }
    for (IndicatorTable t : submission.tables()) {
      var print = CopyPasteSectionCheck.fingerprint(t);
      if (print.isEmpty()) {
        continue;
      }
      SourceLocation at = t.location().isEmpty() && !t.indicators().isEmpty()
          ? t.indicators().get(0).location() : t.location();
      Seen here = new Seen(index, fileName, identity(fileName), name(t, submission), at);
      long h = hash(print.get());
      byPrint.computeIfAbsent(h, k -> new ArrayList<>()).add(here);
      byFile.computeIfAbsent(index, k -> new ArrayList<>()).add(here);
      prints.put(here, h);
    }
  }

  /** A print's files, each once, in batch order, and the names its tables go by. */
  private record Group(java.util.LinkedHashMap<String, Seen> files, java.util.Set<String> names) {}

  private final Map<Long, Group> groups = new HashMap<>();

  private Group group(long print) {
    return groups.computeIfAbsent(print, h -> {
      java.util.LinkedHashMap<String, Seen> files = new java.util.LinkedHashMap<>();
      java.util.Set<String> names = new java.util.HashSet<>();
      for (Seen s : byPrint.get(h)) {
        files.putIfAbsent(s.same(), s); // one file once, however many tables it repeats
        names.add(s.project());
      }
      return new Group(files, names);
    });
  }

  /** The findings for the {@code index}-th file, at the rule's default severity. */
  public synchronized List<Finding> findingsFor(int index) {
    List<Finding> out = new ArrayList<>();
    for (Seen table : byFile.getOrDefault(index, List.of())) {
      Group g = group(prints.get(table));
      int others = g.files().size() - 1; // this file is among them
      if (others < 1) {
        continue;
      }
      List<Seen> named = g.files().values().stream()
          .filter(o -> !o.same().equals(table.same())).limit(NAMED).toList();
      boolean renamed = g.names().size() > 1;
      String key;
      List<String> args;
      if (others == 1) {
        Seen other = named.get(0);
        key = renamed ? ".files" : ".files-same";
        args = List.of(table.project(), other.fileName(), other.project());
      } else {
        key = ".files-many";
        args = List.of(table.project(), String.valueOf(others), String.join("",
            named.stream().map(o -> "《" + o.fileName() + "》").toList())
            + (others > NAMED ? "等" : ""));
      }
      out.add(new Finding(RULE, Severity.WARNING, RULE + key, args, List.of(), null,
          table.project(), table.location()));
    }
    return out;
  }

  /**
   * A file as itself: the same file named twice (上传/c1.json, 上传/./c1.json) is one file. The
   * name's {@code .} and {@code ..} steps are resolved as text (checks do no I/O).
   */
  static String identity(String fileName) {
    java.util.Deque<String> steps = new java.util.ArrayDeque<>();
    for (String step : fileName.replace('\\', '/').split("/", -1)) {
      if (step.equals(".") || step.isEmpty() && !steps.isEmpty()) {
        continue;
      }
      if (step.equals("..") && !steps.isEmpty() && !steps.peekLast().equals("..")) {
        steps.removeLast();
      } else {
        steps.addLast(step);
      }
    }
    return String.join("/", steps);
  }

  private static String name(IndicatorTable t, Submission s) {
    String n = t.project() != null ? t.project() : s.unitName();
    return n == null ? "" : TextNormalizer.despace(n);
  }
  private static long hash(String text) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      long h = 0;
      for (int i = 0; i < 8; i++) {
        h = h << 8 | (d[i] & 0xff);
      }
      return h;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
