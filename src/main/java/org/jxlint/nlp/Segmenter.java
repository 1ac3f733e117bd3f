package org.jxlint.nlp;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import java.util.ArrayList;
import java.util.List;

/**
 * The only class that touches HanLP. Checks ask it for tokens; HanLP loads on first use (≈0.3 s),
 * once per process, from the portable jar alone — no data download, no files written.
 */
public final class Segmenter {

  /** One word with its part of speech and character offset in the text. */
  public record Token(String word, String pos, int offset) {}

  private Segmenter() {}

  private static final class Holder {
    static final Segment SEGMENT = HanLP.newSegment()
        .enableOffset(true)
        .enableNumberQuantifierRecognize(true)
        .enablePlaceRecognize(true)
        .enableOrganizationRecognize(true);
  }

  /** Segments text into words; thread-safe. */
  public static List<Token> segment(String text) {
    if (text == null || text.isEmpty()) {
      return List.of();
    }
    List<Term> terms = Holder.SEGMENT.seg(text);
    List<Token> out = new ArrayList<>(terms.size());
    for (Term t : terms) {
      out.add(new Token(t.word, t.nature == null ? "" : t.nature.toString(), t.offset));
    }
    return out;
  }
}
