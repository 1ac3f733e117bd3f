package org.jxlint.cli;

import java.util.Arrays;
import java.util.Iterator;
import java.util.Locale;
import org.jxlint.report.FailOn;
import picocli.CommandLine;

/** Option values as users type them: lower case (text, json; error, warning, never; zh, en). */
final class Choices {

  private Choices() {}

  static <E extends Enum<E>> E parse(Class<E> type, String value) {
    for (E e : type.getEnumConstants()) {
      if (e.name().equalsIgnoreCase(value.strip())) {
        return e;
      }
    }
    throw new CommandLine.TypeConversionException(value);
  }

  static <E extends Enum<E>> Iterator<String> names(Class<E> type) {
    return Arrays.stream(type.getEnumConstants())
        .map(e -> e.name().toLowerCase(Locale.ROOT)).iterator();
  }

  /** Report formats of {@code --format}. */
  enum Format { TEXT, JSON }

  /** Languages of {@code --lang}. */
  enum Lang { ZH, EN }

  static final class FormatConverter implements CommandLine.ITypeConverter<Format> {
    @Override
    public Format convert(String value) {
      return parse(Format.class, value);
    }
  }

  static final class FormatNames implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return names(Format.class);
    }
  }

  static final class FailOnConverter implements CommandLine.ITypeConverter<FailOn> {
    @Override
    public FailOn convert(String value) {
      return parse(FailOn.class, value);
    }
  }

  static final class FailOnNames implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return names(FailOn.class);
    }
  }

  static final class LangConverter implements CommandLine.ITypeConverter<Lang> {
    @Override
    public Lang convert(String value) {
      return parse(Lang.class, value);
    }
  }

  static final class LangNames implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return names(Lang.class);
    }
  }
}
