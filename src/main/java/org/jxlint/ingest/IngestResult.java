package org.jxlint.ingest;

import java.util.List;
import org.jxlint.model.Submission;

/** The outcome of reading one file: a submission, or the reason it could not be read. */
public sealed interface IngestResult {

  /** The path as the user gave it. */
  String path();

  record Read(String path, Submission submission) implements IngestResult {}

  record Unreadable(String path, String reasonKey, List<String> reasonArgs)
      implements IngestResult {}
}
