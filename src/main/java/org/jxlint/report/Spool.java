package org.jxlint.report;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Text written file by file to a temporary file and copied out at the end, so that a report whose
 * summary comes first does not hold a whole batch in memory.
 */
final class Spool implements AutoCloseable {

  private final Path file;
  private final BufferedWriter writer;

  Spool() {
    try {
      file = Files.createTempFile("jxlint-report", ".part");
      file.toFile().deleteOnExit();
      // Text is cleaned as it is read; should a character slip through, it is replaced, not fatal.
      writer = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file),
          StandardCharsets.UTF_8.newEncoder().onMalformedInput(CodingErrorAction.REPLACE)
              .onUnmappableCharacter(CodingErrorAction.REPLACE)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Spool append(CharSequence text) {
    try {
      writer.append(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  /** Copies everything spooled to {@code out} and removes the temporary file. */
  void copyTo(Writer out) throws IOException {
    writer.close();
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      in.transferTo(out);
    }
    Files.deleteIfExists(file);
  }

  /** Each line spooled, in order, then the temporary file removed. */
  void forEachLine(LineReader reader) throws IOException {
    writer.close();
    try (java.io.BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        reader.accept(line);
      }
    }
    Files.deleteIfExists(file);
  }

  /** Takes one spooled line. */
  interface LineReader {
    void accept(String line) throws IOException;
  }

  @Override
  public void close() throws IOException {
    writer.close();
    Files.deleteIfExists(file);
  }
}
