package org.jxlint.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * One build of jxlint, loaded from its jar into a class loader of its own, so that two versions
 * are measured in the same JVM, the same minutes and the same way: reading a file through its
 * {@code Ingestor}, and the whole {@code check} command through its {@code Cli.run}.
 */
public final class Version implements AutoCloseable {

  private final String label;
  private final Path jar;
  private final URLClassLoader loader;
  private final Object ingestor;
  private final Method read;
  private final Method run;
  private final Object io;

  private Version(String label, Path jar) throws Exception {
    this.label = label;
    this.jar = jar;
    this.loader = new URLClassLoader(new URL[] {jar.toUri().toURL()},
        ClassLoader.getPlatformClassLoader());
    this.ingestor = within(() -> {
      Class<?> vocabulary = loader.loadClass("org.jxlint.config.Vocabulary");
      Object bundled = vocabulary.getMethod("bundled").invoke(null);
      return loader.loadClass("org.jxlint.ingest.Ingestor").getMethod("standard", vocabulary)
          .invoke(null, bundled);
    });
    this.read = ingestor.getClass().getMethod("read", Path.class, String.class);
    Class<?> ioClass = loader.loadClass("org.jxlint.cli.Io");
    this.run = loader.loadClass("org.jxlint.cli.Cli").getMethod("run", String[].class, ioClass);
    PrintStream nowhere = new PrintStream(OutputStream.nullOutputStream(), true,
        StandardCharsets.UTF_8);
    this.io = ioClass.getConstructor(PrintStream.class, PrintStream.class, boolean.class)
        .newInstance(nowhere, nowhere, false);
  }

  public static Version load(String label, Path jar) throws Exception {
    return new Version(label, jar);
  }

  public String label() {
    return label;
  }

  public Path jar() {
    return jar;
  }

  /** Reads one file as {@code jxlint check} would, up to the parsed submission; true if it was read. */
  public boolean read(Path file) throws Exception {
    Object result = within(() -> read.invoke(ingestor, file, file.getFileName().toString()));
    return result.getClass().getSimpleName().equals("Read");
  }

  /** Runs {@code jxlint ARGS} in this version, its output thrown away; returns the exit code. */
  public int cli(List<String> args) throws Exception {
    return within(() -> (Integer) run.invoke(null, (Object) args.toArray(new String[0]), io));
  }

  /** Like {@link #cli}, but returns what was written to standard error (for errors in the bench). */
  public String cliErrors(List<String> args) throws Exception {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream p = new PrintStream(err, true, StandardCharsets.UTF_8);
    Object errIo = io.getClass().getConstructor(PrintStream.class, PrintStream.class, boolean.class)
        .newInstance(p, p, false);
    within(() -> run.invoke(null, (Object) args.toArray(new String[0]), errIo));
    return err.toString(StandardCharsets.UTF_8);
  }

  /** Runs code with this version's loader as the thread's context loader (POI and Jackson look there). */
  public <T> T within(Callable<T> code) throws Exception {
    Thread t = Thread.currentThread();
    ClassLoader before = t.getContextClassLoader();
    t.setContextClassLoader(loader);
    try {
      return code.call();
    } catch (java.lang.reflect.InvocationTargetException e) {
      throw e.getCause() instanceof Exception x ? x : e;
    } finally {
      t.setContextClassLoader(before);
    }
  }

  @Override
  public void close() throws IOException {
    loader.close();
  }
}
