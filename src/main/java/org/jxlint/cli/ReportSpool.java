package org.jxlint.cli;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jxlint.report.FileReport;

/**
 * File reports held on disk, in order, until the whole batch has been checked: findings made
 * across files (a table copied from a later file) reach the earlier file's report too, and a batch
 * of any size still runs in the same memory.
 */
final class ReportSpool implements AutoCloseable {

  /** Receives each report back, in the order it was written. */
  interface Reader {
    void accept(int index, FileReport report) throws IOException;
  }

  private final Path file;
  private final ObjectOutputStream out;
  private int count;

  ReportSpool() throws IOException {
    file = Files.createTempFile("jxlint-reports", ".bin");
    file.toFile().deleteOnExit();
    out = new ObjectOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16));
  }

  void write(FileReport report) throws IOException {
    out.writeObject(report);
    out.reset(); // forget what was written: the stream would otherwise keep every report alive
    count++;
  }

  void readBack(Reader reader) throws IOException {
    out.close();
    try (ObjectInputStream in = new ObjectInputStream(
        new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
      for (int i = 0; i < count; i++) {
        reader.accept(i, (FileReport) in.readObject());
      }
    } catch (ClassNotFoundException | EOFException e) {
      throw new IOException("report spool damaged", e);
    }
  }

  @Override
  public void close() throws IOException {
    out.close();
    Files.deleteIfExists(file);
  }
}
