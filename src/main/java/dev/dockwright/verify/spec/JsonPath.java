package dev.dockwright.verify.spec;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The small JSONPath subset probes need: {@code $}, {@code .name}, {@code ['name']} and
 * {@code [index]}, e.g. {@code $.checks[0].status}. No wildcards or filters: a probe compares one
 * value. Compiled to a JSON Pointer.
 */
public record JsonPath(String text, JsonPointer pointer) {
  private static final Pattern STEP =
      Pattern.compile("\\.([A-Za-z_$][\\w$-]*)|\\[(\\d+)]|\\['((?:[^'\\\\]|\\\\.)*)']|\\[\"((?:[^\"\\\\]|\\\\.)*)\"]");

  /** Empty when the text is not in the supported subset. */
  public static Optional<JsonPath> parse(String text) {
    String t = text.trim();
    if (!t.startsWith("$")) return Optional.empty();
    StringBuilder pointer = new StringBuilder();
    Matcher m = STEP.matcher(t);
    int pos = 1;
    while (pos < t.length()) {
      if (!m.find(pos) || m.start() != pos) return Optional.empty();
      String name = m.group(1) != null ? m.group(1)
          : m.group(2) != null ? m.group(2)
          : (m.group(3) != null ? m.group(3) : m.group(4)).replaceAll("\\\\(.)", "$1");
      pointer.append('/').append(name.replace("~", "~0").replace("/", "~1"));
      pos = m.end();
    }
    return Optional.of(new JsonPath(t, JsonPointer.compile(pointer.toString())));
  }

  /** The value at this path, empty when the document has none there. */
  public Optional<JsonNode> read(JsonNode document) {
    JsonNode v = document.at(pointer);
    return v.isMissingNode() ? Optional.empty() : Optional.of(v);
  }

  /** JSON equality with numbers compared by value, so {@code 1} equals {@code 1.0}. */
  public static boolean sameValue(JsonNode actual, JsonNode expected) {
    if (actual.isNumber() && expected.isNumber()) {
      return actual.decimalValue().compareTo(expected.decimalValue()) == 0;
    }
    return actual.equals(expected);
  }

  @Override
  public String toString() {
    return text;
  }
}
