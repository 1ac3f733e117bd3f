package org.jxlint.cli;

import java.util.Arrays;
import java.util.Iterator;
import java.util.Locale;
import org.jxlint.report.FailOn;
import picocli.CommandLine;

/** Option values as users type them: lower case (text, json; error, warning, never; zh, en). */
final class Choices {

  private Choices() {}

  /** Languages of {@code --lang}. */
  enum Lang { ZH, EN }

  /** Converts an option value to an enum constant and lists the lower-case choices in help. */
  abstract static class LowerCase<E extends Enum<E>>
      implements CommandLine.ITypeConverter<E>, Iterable<String> {
    private final Class<E> type;

    LowerCase(Class<E> type) {
      this.type = type;
    }

    @Override
    public E convert(String value) {
      for (E e : type.getEnumConstants()) {
        if (e.name().equalsIgnoreCase(value.strip())) {
          return e;
        }
      }
      throw new CommandLine.TypeConversionException(value);
    }

    @Override
    public Iterator<String> iterator() {
      return Arrays.stream(type.getEnumConstants())
          .map(e -> e.name().toLowerCase(Locale.ROOT)).iterator();
    }
  }

  /** {@code --fail-on}; {@code warn} is {@code warning}, as ESLint users type it. */
  static final class FailOns extends LowerCase<FailOn> {
    FailOns() {
      super(FailOn.class);
    }

    @Override
    public FailOn convert(String value) {
      return "warn".equalsIgnoreCase(value.strip()) ? FailOn.WARNING : super.convert(value);
    }
  }

  static final class Langs extends LowerCase<Lang> {
    Langs() {
      super(Lang.class);
    }
  }
}
