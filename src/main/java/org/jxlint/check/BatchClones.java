package org.jxlint.check;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 *
 * <p>Memory: {@link #add} hands back what the file's own findings will need ({@link Tables}), for
 * the caller to keep with the file's report (which may go to disk); this class keeps, per distinct
 * table of the batch, only how many files hold it, the first few of them (to be named) and whether
 * their names differ — however many copies a batch holds, a table costs the same — and per file one
 * number, to know a file named twice.
 */
public final class BatchClones {

  private static final String RULE = "copy-paste-section";
  /** How many other files a finding names before “等”. */
  private static final int NAMED = 3;

  /** One table of one file: where it was seen, in whose name, and its fingerprint. */
  public record Seen(long print, String fileName, String same, String project, SourceLocation location)
      implements Serializable {}

  /** A file's own tables, as its findings will need them once the batch is in. */
  public record Tables(List<Seen> seen) implements Serializable {
    /** A file with no table to compare. */
    public static final Tables NONE = new Tables(List.of());
  }

  /** The files that hold one table: how many, the first few in batch order, whether renamed. */
  private static final class Group {
    /** The first files, one entry each (enough to name {@value #NAMED} others of any of them). */
    final List<Seen> first = new ArrayList<>(NAMED + 1);
    final String name;
    int files;
    boolean renamed;
    String last; // the file added last, whose other tables of the same print are no new file

    Group(String name) {
      this.name = name;
    }
  }

  private final Map<Long, Group> groups = new HashMap<>();
  /** The files added so far, as themselves: a file named twice is counted once. */
  private final Set<Long> files = new HashSet<>();

  /** Records the tables of the batch's next file and returns what its own findings will need. */
  public synchronized Tables add(String fileName, Submission submission) {
    if (submission == null) {
      return Tables.NONE;
    }
    String same = identity(fileName);
    boolean again = !files.add(hash(same)); // the same file named twice: not another copy
    List<Seen> own = new ArrayList<>(submission.tables().size());
    for (IndicatorTable t : submission.tables()) {
      var print = CopyPasteSectionCheck.fingerprint(t);
      if (print.isEmpty()) {
        continue;
      }
      SourceLocation at = t.location().isEmpty() && !t.indicators().isEmpty()
          ? t.indicators().get(0).location() : t.location();
      Seen here = new Seen(hash(print.get()), fileName, same, name(t, submission), at);
      own.add(here);
      Group g = groups.computeIfAbsent(here.print(), h -> new Group(here.project()));
      g.renamed |= !g.name.equals(here.project());
      if (!again && !same.equals(g.last)) { // one file once, however many tables it repeats
        g.files++;
        g.last = same;
        if (g.first.size() <= NAMED) {
          g.first.add(here);
        }
      }
    }
    return own.isEmpty() ? Tables.NONE : new Tables(List.copyOf(own));
  }

  /** The findings for a file whose tables {@link #add} returned, at the rule's default severity. */
  public synchronized List<Finding> findingsFor(Tables own) {
    List<Finding> out = new ArrayList<>();
    for (Seen table : own.seen()) {
      Group g = groups.get(table.print());
      int others = g.files - 1; // this file is among them
      if (others < 1) {
        continue;
      }
      List<Seen> named = g.first.stream()
          .filter(o -> !o.same().equals(table.same())).limit(NAMED).toList();
      String key;
      List<String> args;
      if (others == 1) {
        Seen other = named.get(0);
        key = g.renamed ? ".files" : ".files-same";
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
