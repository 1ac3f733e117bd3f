package org.jxlint.cli;

import java.io.PrintStream;

/** The streams a command writes to, and whether stdout is a terminal (for colour). */
public record Io(PrintStream out, PrintStream err, boolean terminal) {}
