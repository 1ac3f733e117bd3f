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
 * {@code copy-paste-section} across the files of one batch: an indicator table that another file
 * already holds, the same but for the project's name. Files are added in batch order; once all are
 * in, each file's findings name the other file, so both sides of a copy hear of it. Memory is one
 * fingerprint (8 bytes and a reference) per table of the batch.
 */
public final class BatchClones {

  private static final String RULE = "copy-paste-section";

  /** Where a table was first seen. */
  private record Seen(int file, String fileName, String project, SourceLocation location) {}

  private record Match(Seen table, Seen other) {}

  private final Map<Long, Seen> first = new HashMap<>();
  private final Map<Integer, List<Match>> matches = new HashMap<>();

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
      Seen here = new Seen(index, fileName, name(t, submission), at);
      Seen earlier = first.putIfAbsent(hash(print.get()), here);
      if (earlier != null && earlier.file() != index) {
        matches.computeIfAbsent(index, k -> new ArrayList<>()).add(new Match(here, earlier));
        matches.computeIfAbsent(earlier.file(), k -> new ArrayList<>())
            .add(new Match(earlier, here));
      }
    }
  }

  /** The findings for the {@code index}-th file, at the rule's default severity. */
  public synchronized List<Finding> findingsFor(int index) {
    List<Finding> out = new ArrayList<>();
    for (Match m : matches.getOrDefault(index, List.of())) {
      out.add(new Finding(RULE, Severity.WARNING, RULE + ".files",
          List.of(m.table().project(), m.other().fileName(), m.other().project()), List.of(),
          null, m.table().project(), m.table().location()));
    }
    return out;
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
