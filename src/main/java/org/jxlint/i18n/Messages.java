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
    MessageFormat format = formats.computeIfAbsent(key, this::parse);
    if (format == NONE) {
      return Optional.empty();
    }
    Object[] text = new Object[args.length];
    for (int i = 0; i < args.length; i++) {
      text[i] = String.valueOf(args[i]); // never “2,026” for a year
    }
    // A MessageFormat is not thread-safe: each use formats with a copy of the parsed one.
    return Optional.of(((MessageFormat) format.clone()).format(text));
  }

  /** Each message parsed once (a report says the same few hundred things many times). */
  private final java.util.Map<String, MessageFormat> formats =
      new java.util.concurrent.ConcurrentHashMap<>();

  /** Stands for a key the bundle does not have. */
  private static final MessageFormat NONE = new MessageFormat("");

  private MessageFormat parse(String key) {
    try {
      return new MessageFormat(bundle.getString(key), locale);
    } catch (MissingResourceException e) {
      return NONE;
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
