package org.jxlint.nlp;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The only class that touches HanLP. Checks ask it for tokens; HanLP loads on first use (≈0.3 s),
 * once per process, from the portable jar alone — no data download, no files written.
 */
public final class Segmenter {

  /** One word with its part of speech and character offset in the text. */
  public record Token(String word, String pos, int offset) {}

  private Segmenter() {}

  /** Two configurations of HanLP's segmenter. */
  private static final class Holder {
    /**
     * Every kind of name HanLP recognises, for the checks that look for a township's name and the
     * reader: a township's name HanLP takes for a person's (查干 in 查干苏木) is still one word.
     */
    static final Segment NAMES = HanLP.newSegment()
        .enableOffset(true)
        .enableNumberQuantifierRecognize(true)
        .enablePlaceRecognize(true)
        .enableOrganizationRecognize(true);
    /**
     * Words only, no names recognised, for comparing what two texts are about: the recognisers
     * cost more than the rest of segmenting, and topics are pieces of words, which a name split in
     * two still gives.
     */
    static final Segment WORDS = HanLP.newSegment()
        .enableOffset(true)
        .enableNameRecognize(false)
        .enableTranslatedNameRecognize(false)
        .enableJapaneseNameRecognize(false)
        .enableNumberQuantifierRecognize(true);
  }

  /**
   * Starts loading HanLP's dictionaries on a thread of its own, so that the load runs beside the
   * reading of the files instead of after it (a check of one file waits ≈0.3 s less on two cores).
   * The first segmentation waits for it to finish; calling this more than once does nothing more.
   */
  public static void preload() {
    if (PRELOADING.compareAndSet(false, true)) {
      // The dictionaries load on the first text segmented, not when the segmenter is made.
      Thread t = new Thread(() -> tokens(Holder.NAMES, "湖南省长沙县农业农村局"),
          "hanlp-preload");
      t.setDaemon(true);
      t.start();
    }
  }

  private static final java.util.concurrent.atomic.AtomicBoolean PRELOADING =
      new java.util.concurrent.atomic.AtomicBoolean();

  /** Parts of speech that carry no content: punctuation, particles, prepositions, numbers … */
  private static final Set<Character> FUNCTION_POS =
      Set.of('w', 'u', 'p', 'c', 'm', 'q', 'r', 'y', 'e', 'o', 'x');

  /**
   * The content words of a text (nouns, verbs, adjectives …), letter-spacing removed first, for
   * telling paraphrases apart from different statements; thread-safe.
   */
  public static Set<String> contentWords(String text) {
    Set<String> words = new LinkedHashSet<>();
    for (Token t : remembered(Holder.WORDS, withoutSpaces(text))) {
      if (!t.pos().isEmpty() && !FUNCTION_POS.contains(t.pos().charAt(0))) {
        words.add(t.word());
      }
    }
    return words;
  }

  /**
   * The text as {@link #contentWords} segments it: without {@code \\s} whitespace (letter-spacing
   * taken out); the same string when it has none, "" for null.
   */
  public static String withoutSpaces(String text) {
    if (text == null) {
      return "";
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == ' ' || c >= '\t' && c <= '\r') {
        return WHITESPACE.matcher(text).replaceAll("");
      }
    }
    return text;
  }

  private static final java.util.regex.Pattern WHITESPACE =
      java.util.regex.Pattern.compile("\\s+");

  /**
   * Texts segmented so far, by each configuration, while {@link #remembering} runs on this thread:
   * the checks of one submission ask for the same names and sentences several times.
   */
  private static final ThreadLocal<Map<Segment, Map<String, List<Token>>>> SEEN =
      new ThreadLocal<>();

  /**
   * Runs {@code work} with each text segmented at most once on this thread (one submission's
   * checks); forgets it all afterwards, so nothing is shared between submissions.
   */
  public static <T> T remembering(java.util.function.Supplier<T> work) {
    if (SEEN.get() != null) {
      return work.get();
    }
    SEEN.set(new HashMap<>());
    try {
      return work.get();
    } finally {
      SEEN.remove();
    }
  }

  /**
   * Segments text into words, with place and organisation names recognised (an unmodifiable list);
   * thread-safe.
   */
  public static List<Token> segment(String text) {
    return remembered(Holder.NAMES, text);
  }

  private static List<Token> remembered(Segment segment, String text) {
    if (text == null || text.isEmpty()) {
      return List.of();
    }
    Map<Segment, Map<String, List<Token>>> seen = SEEN.get();
    if (seen == null) {
      return tokens(segment, text);
    }
    return seen.computeIfAbsent(segment, s -> new HashMap<>())
        .computeIfAbsent(text, t -> tokens(segment, t));
  }

  private static List<Token> tokens(Segment segment, String text) {
    List<Term> terms = segment.seg(text);
    List<Token> out = new ArrayList<>(terms.size());
    for (Term t : terms) {
      out.add(new Token(t.word, t.nature == null ? "" : t.nature.toString(), t.offset));
    }
    return java.util.Collections.unmodifiableList(out);
  }
}
