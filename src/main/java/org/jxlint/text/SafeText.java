package org.jxlint.text;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Text that every report format can write: what a file held is cleaned once, as it is read, so no
 * writer meets a character it cannot encode. A lone UTF-16 surrogate (half an emoji: JSON
 * {@code "\ud83d"}, Excel's {@code _xD83D_}), a control character other than tab and line breaks,
 * and a Unicode non-character become U+FFFD “�”, which a reader of the report can see.
 */
public final class SafeText {

  /** What an unwritable character becomes. */
  public static final char REPLACEMENT = '\uFFFD';

  private SafeText() {}

  /** The text with every unwritable character replaced; the same instance when there is none. */
  public static String clean(String text) {
    if (text == null) {
      return null;
    }
    int bad = firstBad(text);
    if (bad < 0) {
      return text;
    }
    StringBuilder b = new StringBuilder(text.length()).append(text, 0, bad);
    for (int i = bad; i < text.length(); ) {
      int cp = text.codePointAt(i);
      int len = Character.charCount(cp);
      b.appendCodePoint(writable(cp) ? cp : REPLACEMENT);
      i += len;
    }
    return b.toString();
  }

  private static int firstBad(String text) {
    for (int i = 0; i < text.length(); ) {
      char c = text.charAt(i);
      if (c >= 0x20 && c < 0x7F || c >= 0xA0 && c < 0x200E || c > 0x206F && c < 0xD800
          || c >= 0xE000 && c < 0xFDD0 || c > 0xFDEF && c < 0xFFFE) {
        i++; // a character of the Basic Multilingual Plane that is always writable
        continue;
      }
      int cp = text.codePointAt(i);
      if (!writable(cp)) {
        return i;
      }
      i += Character.charCount(cp);
    }
    return -1;
  }

  /** A code point every report format can carry (a surrogate here is one without its pair). */
  static boolean writable(int cp) {
    if (cp < 0x20) {
      return cp == '\t' || cp == '\n' || cp == '\r';
    }
    if (cp >= 0x7F && cp <= 0x9F || cp >= 0xD800 && cp <= 0xDFFF) {
      return false;
    }
    if (cp == 0x200E || cp == 0x200F || cp >= 0x202A && cp <= 0x202E
        || cp >= 0x2066 && cp <= 0x2069) {
      // Marks that turn the text around (U+202E shows “001≥” for “≥100”): in a report they make
      // what is read differ from what is seen.
      return false;
    }
    return !(cp >= 0xFDD0 && cp <= 0xFDEF) && (cp & 0xFFFE) != 0xFFFE;
  }

  /**
   * The value with every string inside it cleaned: records (rebuilt through their canonical
   * constructor), lists, sets and maps, to any depth. Parts without a bad character are returned
   * as they are, so a clean submission costs one scan and no copy.
   */
  @SuppressWarnings("unchecked")
  public static <T> T deep(T value) {
    return (T) walk(value);
  }

  private static Object walk(Object value) {
    if (value instanceof String s) {
      return clean(s);
    }
    if (value instanceof Record r) {
      return record(r);
    }
    if (value instanceof List<?> list) {
      List<Object> out = elements(list);
      return out == null ? list : java.util.Collections.unmodifiableList(out);
    }
    if (value instanceof Set<?> set) {
      List<Object> out = elements(set);
      return out == null ? set : new LinkedHashSet<>(out);
    }
    if (value instanceof Map<?, ?> map) {
      return map(map);
    }
    return value;
  }

  /** The cleaned elements, or null when none changed. */
  private static List<Object> elements(Collection<?> items) {
    List<Object> out = null;
    int i = 0;
    for (Object item : items) {
      Object cleaned = walk(item);
      if (cleaned != item && out == null) {
        out = new ArrayList<>(items.size());
        int j = 0;
        for (Object earlier : items) {
          if (j++ == i) {
            break;
          }
          out.add(earlier);
        }
      }
      if (out != null) {
        out.add(cleaned);
      }
      i++;
    }
    return out;
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Object map(Map<?, ?> map) {
    boolean changed = false;
    Map<Object, Object> out = map instanceof EnumMap<?, ?> e ? new EnumMap(e) : new LinkedHashMap<>();
    for (Map.Entry<?, ?> entry : map.entrySet()) {
      Object k = walk(entry.getKey());
      Object v = walk(entry.getValue());
      changed |= k != entry.getKey() || v != entry.getValue();
      out.put(k, v);
    }
    return changed ? out : map;
  }

  private static Object record(Record r) {
    Shape shape = SHAPES.get(r.getClass());
    Object[] values = new Object[shape.accessors.length];
    boolean changed = false;
    try {
      for (int i = 0; i < values.length; i++) {
        if (shape.textual[i]) {
          Object v = shape.accessors[i].invoke(r);
          values[i] = walk(v);
          changed |= values[i] != v;
        }
      }
      if (!changed) {
        return r;
      }
      for (int i = 0; i < values.length; i++) {
        if (!shape.textual[i]) {
          values[i] = shape.accessors[i].invoke(r);
        }
      }
      return shape.canonical.newInstance(values);
    } catch (ReflectiveOperationException | RuntimeException e) {
      Throwable cause = e instanceof InvocationTargetException t ? t.getCause() : e;
      throw new IllegalStateException("cannot clean " + r.getClass().getSimpleName(), cause);
    }
  }

  /**
   * A record class's accessors and canonical constructor, looked up once per class, and which
   * components can hold text at all (a number, an enum or a flag is never read to be cleaned).
   */
  private record Shape(java.lang.reflect.Method[] accessors, Constructor<?> canonical,
      boolean[] textual) {}

  /** Whether a value of this declared type can hold a string, to any depth. */
  private static boolean mayHoldText(Class<?> type) {
    return !(type.isPrimitive() || type.isEnum() || Number.class.isAssignableFrom(type)
        || type == Boolean.class || type == Character.class
        || type.getName().startsWith("java.time."));
  }

  private static final ClassValue<Shape> SHAPES = new ClassValue<>() {
    @Override
    protected Shape computeValue(Class<?> type) {
      RecordComponent[] parts = type.getRecordComponents();
      java.lang.reflect.Method[] accessors = new java.lang.reflect.Method[parts.length];
      Class<?>[] types = new Class<?>[parts.length];
      boolean[] textual = new boolean[parts.length];
      for (int i = 0; i < parts.length; i++) {
        accessors[i] = parts[i].getAccessor();
        accessors[i].setAccessible(true);
        types[i] = parts[i].getType();
        textual[i] = mayHoldText(types[i]);
      }
      try {
        Constructor<?> canonical = type.getDeclaredConstructor(types);
        canonical.setAccessible(true);
        return new Shape(accessors, canonical, textual);
      } catch (NoSuchMethodException e) {
        throw new IllegalStateException("cannot clean " + type.getSimpleName(), e);
      }
    }
  };
}
