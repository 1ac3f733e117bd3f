package org.jxlint.check;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jxlint.config.Vocabulary;
import org.jxlint.model.Indicator;
import org.jxlint.model.IndicatorField;
import org.jxlint.model.MetaField;
import org.jxlint.model.SourceLocation;
import org.jxlint.model.Submission;

/** What a running check can see (the vocabulary) and where its findings go. */
public final class CheckContext {

  private final RuleMeta rule;
  private final Submission submission;
  private final Vocabulary vocabulary;
  private final List<Finding> sink;
  private final java.util.Map<Object, Object> facts;

  CheckContext(RuleMeta rule, Submission submission, Vocabulary vocabulary, List<Finding> sink,
      java.util.Map<Object, Object> facts) {
    this.rule = rule;
    this.submission = submission;
    this.vocabulary = vocabulary;
    this.sink = sink;
    this.facts = facts;
  }

  /**
   * A fact about the submission that several checks ask for (each row's verdict on its target, the
   * rows cut short): computed by the first that asks, shared by the others. {@code key} names the
   * fact; {@code compute} must depend on the submission and the vocabulary alone.
   */
  @SuppressWarnings("unchecked")
  public <T> T fact(Object key, java.util.function.Supplier<T> compute) {
    Object known = facts.get(key);
    if (known == null) {
      known = compute.get();
      facts.put(key, known);
    }
    return (T) known;
  }

  public Vocabulary vocabulary() {
    return vocabulary;
  }

  /**
   * The year an example in a suggestion is written in (“2026年12月31日前”): the submission's
   * budget year, so that a 2018 form is not told to write 2026; 当年 where no year was read.
   */
  public String adviceYear() {
    return yearWritten().orElse(term("advice.thisYear"));
  }

  /** The submission's budget year as an example writes it (2026年); empty where none was read. */
  public java.util.Optional<String> yearWritten() {
    return java.util.Optional.ofNullable(submission.year()).map(y -> y + "年");
  }

  /** An argument that names something in the reader's language, from message key {@code key}. */
  public static String term(String key) {
    return Finding.TERM + key;
  }

  /**
   * Starts a finding whose message is bundle key {@code <rule id>.<variant>}; a key
   * {@code <rule id>.<variant>.fix} in the bundle gives the suggestion.
   */
  public FindingBuilder report(String variant) {
    return new FindingBuilder(rule.id() + "." + variant);
  }

  /** Builds one finding; {@link #emit()} hands it to the report. */
  public final class FindingBuilder {
    private final String messageKey;
    private Severity severity = rule.severity();
    private List<String> args = List.of();
    private List<String> indicator = List.of();
    private String field;
    private String evidence = "";
    private SourceLocation location = SourceLocation.NONE;

    private FindingBuilder(String messageKey) {
      this.messageKey = messageKey;
    }

    /** The finding is about one cell of an indicator row; its text becomes the evidence. */
    public FindingBuilder on(Indicator row, IndicatorField cell) {
      this.indicator = row.path();
      this.field = cell.key();
      String text = row.text(cell);
      this.evidence = text == null ? "" : text;
      this.location = row.locationOf(cell);
      return this;
    }

    /** The finding is about an indicator row as a whole (its path and place, no one cell). */
    public FindingBuilder onRow(Indicator row) {
      this.indicator = row.path();
      this.location = row.location();
      return this;
    }

    /** The finding is about a header field of the submission. */
    public FindingBuilder onMeta(MetaField meta, String text) {
      this.field = meta.key();
      this.evidence = text == null ? "" : text;
      this.location = submission.locationOf(meta);
      return this;
    }

    public FindingBuilder evidence(String text) {
      this.evidence = text == null ? "" : text;
      return this;
    }

    public FindingBuilder at(SourceLocation where) {
      this.location = where;
      return this;
    }

    public FindingBuilder args(Object... values) {
      this.args = Arrays.stream(values).map(v -> v == null ? "" : String.valueOf(v)).toList();
      return this;
    }

    /** A severity other than the rule's default, for a weaker form of the same defect. */
    public FindingBuilder severity(Severity s) {
      this.severity = s;
      return this;
    }

    public void emit() {
      sink.add(new Finding(rule.id(), severity, messageKey, new ArrayList<>(args), indicator, field,
          evidence, location));
    }
  }
}
