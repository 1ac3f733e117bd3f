package org.jxlint.cli;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jxlint.check.BatchClones;
import org.jxlint.report.FileReport;

/**
 * File reports held back, in order, until the whole batch has been checked, so that findings made
 * across files (a table copied from a later file) reach the earlier file's report too. The first
 * reports stay in memory; a batch larger than that goes to a temporary file, so a batch of any size
 * runs in the same memory. Each report goes with what its file's findings across files will need
 * ({@link BatchClones.Tables}).
 */
final class ReportSpool implements AutoCloseable {

  /** Reports kept in memory before the spool moves to disk. */
  static final int IN_MEMORY = 500;
  /** Reports written to disk between two resets of the stream: what it keeps alive meanwhile. */
  static final int RESET_EVERY = 100;

  /** Receives each report back, in the order it was written. */
  interface Reader {
    void accept(int index, FileReport report, BatchClones.Tables tables) throws IOException;
  }

  private final boolean keepDocuments;
  private final List<FileReport> held = new ArrayList<>();
  private final List<BatchClones.Tables> heldTables = new ArrayList<>();
  private Path file;
  private ObjectOutputStream out;
  private int count;

  /**
   * @param keepDocuments whether the reports that go to disk keep what was read (the reports that
   *     draw or group by tables need it; the others only need the findings)
   */
  ReportSpool(boolean keepDocuments) {
    this.keepDocuments = keepDocuments;
  }

  void write(FileReport report, BatchClones.Tables tables) throws IOException {
    if (out == null && held.size() < IN_MEMORY) {
      held.add(report);
      heldTables.add(tables);
      return;
    }
    if (out == null) {
      file = Files.createTempFile("jxlint-reports", ".bin");
      file.toFile().deleteOnExit();
      out = new ObjectOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16));
    }
    out.writeObject(keepDocuments ? report : report.withoutDocument());
    out.writeObject(tables);
    count++;
    if (count % RESET_EVERY == 0) {
      // Forget what was written: the stream would otherwise keep every report alive. Not after
      // every report: a reset forgets the classes too, and each class written anew is looked up
      // anew when read back (for a record, its constructor bound again).
      out.reset();
    }
  }

  void readBack(Reader reader) throws IOException {
    for (int i = 0; i < held.size(); i++) {
      reader.accept(i, held.get(i), heldTables.get(i));
      held.set(i, null);
      heldTables.set(i, null);
    }
    if (out == null) {
      return;
    }
    out.close();
    try (ObjectInputStream in = new ObjectInputStream(
        new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
      for (int i = 0; i < count; i++) {
        FileReport report = (FileReport) in.readObject();
        reader.accept(held.size() + i, report, (BatchClones.Tables) in.readObject());
      }
    } catch (ClassNotFoundException | EOFException e) {
      throw new IOException("report spool damaged", e);
    }
  }

  @Override
  public void close() throws IOException {
    if (out != null) {
      out.close();
      Files.deleteIfExists(file);
    }
  }
}
