package org.jxlint.ingest;

import java.nio.file.Path;
import java.util.Set;
import org.jxlint.model.Submission;

/** Reads one file format into the canonical model. */
public interface SubmissionReader {

  /** File name endings this reader takes, lower case, without the dot. */
  Set<String> extensions();

  /**
   * Reads the file.
   *
   * @param displayPath the path as the user gave it, for the model's {@code source}
   * @throws UnreadableException when the file cannot be read as a submission
   */
  Submission read(Path file, String displayPath) throws UnreadableException;
}
