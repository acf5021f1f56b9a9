package dev.dockwright.python;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import dev.dockwright.io.UserException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A TOML document (pyproject.toml, Pipfile, .streamlit/config.toml) read with Jackson's TOML
 * module, with small null-safe accessors. A syntax error becomes a {@link UserException} that
 * names {@code file:line:column}.
 */
public final class TomlFile {
  private static final TomlMapper MAPPER = new TomlMapper();
  private final JsonNode root;

  private TomlFile(JsonNode root) {
    this.root = root;
  }

  public static TomlFile read(Path file, String displayPath) {
    String text;
    try {
      text = Files.readString(file);
    } catch (IOException e) {
      throw new UserException(displayPath + ": cannot read: " + e.getMessage());
    }
    return parse(text, displayPath);
  }

  public static TomlFile parse(String text, String displayPath) {
    try {
      JsonNode node = MAPPER.readTree(text);
      return new TomlFile(node == null ? MissingNode.getInstance() : node);
    } catch (JacksonException e) {
      JsonLocation loc = e.getLocation();
      int line = loc == null ? 1 : Math.max(1, loc.getLineNr());
      int col = loc == null ? 1 : Math.max(1, loc.getColumnNr());
      throw UserException.at(displayPath, line, col, "invalid TOML: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new UserException(displayPath + ": cannot read: " + e.getMessage());
    }
  }

  /** The node at a dotted path of table keys ({@code "tool", "poetry"}), or a missing node. */
  public JsonNode at(String... keys) {
    JsonNode n = root;
    for (String k : keys) {
      n = n.path(k);
    }
    return n;
  }

  public boolean has(String... keys) {
    return !at(keys).isMissingNode();
  }

  public String string(String... keys) {
    JsonNode n = at(keys);
    return n.isTextual() ? n.asText() : null;
  }

  public List<String> strings(String... keys) {
    List<String> out = new ArrayList<>();
    JsonNode n = at(keys);
    if (n.isArray()) {
      n.forEach(e -> {
        if (e.isTextual()) {
          out.add(e.asText());
        }
      });
    }
    return out;
  }

  /** A table of string values ({@code [project.scripts]}), in file order. */
  public Map<String, String> stringTable(String... keys) {
    Map<String, String> out = new LinkedHashMap<>();
    JsonNode n = at(keys);
    if (n.isObject()) {
      n.fields().forEachRemaining(e -> {
        if (e.getValue().isTextual()) {
          out.put(e.getKey(), e.getValue().asText());
        }
      });
    }
    return out;
  }

  /** The keys of a table, in file order. */
  public List<String> keys(String... keys) {
    List<String> out = new ArrayList<>();
    at(keys).fieldNames().forEachRemaining(out::add);
    return out;
  }
}
