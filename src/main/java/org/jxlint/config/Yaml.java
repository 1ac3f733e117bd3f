package org.jxlint.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/** The one YAML mapper, and small helpers for reading vocabulary documents. */
public final class Yaml {

  public static final ObjectMapper MAPPER = new ObjectMapper(new YAMLFactory());

  private Yaml() {}

  public static JsonNode read(InputStream in) throws IOException {
    JsonNode node = MAPPER.readTree(in);
    return node == null ? MAPPER.createObjectNode() : node;
  }

  /** The strings of a YAML list, or an empty list when the node is missing. */
  public static List<String> strings(JsonNode node) {
    List<String> out = new ArrayList<>();
    if (node != null && node.isArray()) {
      node.forEach(n -> out.add(n.asText()));
    } else if (node != null && node.isTextual()) {
      out.add(node.asText());
    }
    return out;
  }
}
