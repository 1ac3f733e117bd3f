package org.jxlint.i18n;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * Every sentence jxlint says, from {@code org/jxlint/messages*.properties}: Chinese by default,
 * English with {@code --lang en}. No fallback to the JVM's locale, so output never depends on the
 * machine it runs on.
 */
public final class Messages {

  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  private final ResourceBundle bundle;
  private final Locale locale;

  private Messages(Locale locale) {
    this.locale = locale;
    this.bundle = ResourceBundle.getBundle("org.jxlint.messages", locale, NO_FALLBACK);
  }

  /** {@code zh} (the default) or {@code en}. */
  public static Messages forLanguage(String lang) {
    return new Messages("en".equalsIgnoreCase(lang) ? Locale.ENGLISH : Locale.ROOT);
  }

  public boolean isEnglish() {
    return locale.equals(Locale.ENGLISH);
  }

  public String get(String key, Object... args) {
    return find(key, args).orElse(key);
  }

  public String get(String key, List<String> args) {
    return get(key, args.toArray());
  }

  public Optional<String> find(String key, Object... args) {
    try {
      String pattern = bundle.getString(key);
      Object[] text = new Object[args.length];
      for (int i = 0; i < args.length; i++) {
        text[i] = String.valueOf(args[i]); // never “2,026” for a year
      }
      return Optional.of(new MessageFormat(pattern, locale).format(text));
    } catch (MissingResourceException e) {
      return Optional.empty();
    }
  }

  /** The keys starting with {@code prefix}, in order: a page's strings, for a language switch. */
  public java.util.SortedSet<String> keys(String prefix) {
    java.util.SortedSet<String> keys = new java.util.TreeSet<>();
    for (String k : bundle.keySet()) {
      if (k.startsWith(prefix)) {
        keys.add(k);
      }
    }
    return keys;
  }

  public boolean has(String key) {
    return bundle.containsKey(key);
  }
}
