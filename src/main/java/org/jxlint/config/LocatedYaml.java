package org.jxlint.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * A configuration file read as YAML, with the line every key and list item starts on, so that a
 * mistake can be reported where it is. Syntax errors, and a key written twice in one mapping,
 * become a {@link ConfigException} that says in the user's language what is wrong, with the
 * line and column; the parser's English is kept only when no better sentence is known.
 *
 * @param lines JSON pointer ({@code /rules/empty-value}, {@code /suppressions/0}) → line, from 1
 */
public record LocatedYaml(JsonNode root, Map<String, Integer> lines) {

  private static final ObjectMapper STRICT = new ObjectMapper(new YAMLFactory())
      .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
  private static final Pattern DUPLICATE = Pattern.compile("Duplicate field '(.*)'");
  private static final Pattern CHARACTER = Pattern.compile("found character '(.+?)'");

  public static LocatedYaml read(String text, Path file) throws ConfigException {
    try {
      JsonNode root = STRICT.readTree(text);
      return new LocatedYaml(root == null ? STRICT.createObjectNode() : root, lines(text));
    } catch (JsonProcessingException e) {
      throw syntaxError(e, file);
    } catch (IOException e) {
      throw new ConfigException("error.configBroken", file, Vocabulary.firstLine(e.getMessage()));
    }
  }

  /** The line of a key or item, or null when there is none (a value written inline, say). */
  public Integer line(String pointer) {
    return lines.get(pointer);
  }

  /** A pointer's part for a key: “~” and “/” escaped as JSON pointers have them. */
  public static String escape(String key) {
    return key.replace("~", "~0").replace("/", "~1");
  }

  private static Map<String, Integer> lines(String text) throws IOException {
    Map<String, Integer> out = new HashMap<>();
    try (JsonParser p = STRICT.getFactory().createParser(text)) {
      for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        if (t == JsonToken.FIELD_NAME || t.isStructStart() || t.isScalarValue()) {
          out.putIfAbsent(p.getParsingContext().pathAsPointer().toString(),
              p.currentTokenLocation().getLineNr());
        }
      }
    }
    return out;
  }

  private static ConfigException syntaxError(JsonProcessingException e, Path file) {
    Matcher duplicate = DUPLICATE.matcher(e.getOriginalMessage());
    if (duplicate.find()) {
      JsonLocation l = e.getLocation();
      return new ConfigException("error.configSyntax.duplicate", file,
          l == null ? "?" : l.getLineNr(), l == null ? "?" : l.getColumnNr(), duplicate.group(1));
    }
    if (!(e.getCause() instanceof MarkedYAMLException y)) {
      JsonLocation l = e.getLocation();
      return new ConfigException("error.configSyntax.other", file,
          l == null ? "?" : l.getLineNr(), l == null ? "?" : l.getColumnNr(),
          Vocabulary.firstLine(e.getOriginalMessage()));
    }
    String problem = String.valueOf(y.getProblem());
    String context = String.valueOf(y.getContext());
    Mark at = y.getProblemMark();
    String kind;
    Object detail = problem;
    if (problem.contains("\\t") || problem.contains("(TAB)")) {
      kind = "tab";
    } else if (problem.startsWith("mapping values are not allowed")) {
      kind = "colon";
    } else if (problem.contains("<block end>")) {
      kind = "indent";
    } else if (context.contains("quoted scalar")) {
      kind = "quote";
      at = y.getContextMark() == null ? at : y.getContextMark(); // where the quote opened
    } else if (context.contains("flow")) {
      kind = "bracket";
      at = y.getContextMark() == null ? at : y.getContextMark();
    } else if (CHARACTER.matcher(problem).find()) {
      kind = "character";
      Matcher m = CHARACTER.matcher(problem);
      detail = m.find() ? m.group(1) : problem;
    } else {
      kind = "other";
    }
    return new ConfigException("error.configSyntax." + kind, file,
        at == null ? "?" : at.getLine() + 1, at == null ? "?" : at.getColumn() + 1, detail);
  }
}
