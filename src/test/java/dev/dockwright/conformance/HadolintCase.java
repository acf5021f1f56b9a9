package dev.dockwright.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dockwright.lint.config.LabelType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * One case of {@code conformance/hadolint/cases.jsonl}: an assertion of hadolint's own test suite
 * turned into data (see the README beside the file for the format).
 *
 * @param id stable id, e.g. {@code DL3008-004}
 * @param rule a hadolint code, {@code SC*} (any ShellCheck finding) or {@code *} (any rule)
 * @param expectViolation {@code expect: violation}
 * @param text the Dockerfile to lint: {@code dockerfile_onbuild} for ONBUILD cases
 * @param count the exact number of findings of {@code rule} required, when the test asserts one
 * @param settings the configuration fields the test sets ({@code config.fields})
 * @param where the spec file, line and test title, for reports
 */
public record HadolintCase(
    String id,
    String rule,
    boolean expectViolation,
    boolean onbuild,
    String text,
    OptionalInt count,
    Settings settings,
    String where) {

  /** A rule code pattern: any ShellCheck finding. */
  public static final String SHELLCHECK = "SC*";
  /** A rule code pattern: any finding at all (except ignored rules). */
  public static final String ANY = "*";

  /**
   * hadolint's configuration fields, with hadolint's names.
   *
   * @param allowedRegistries {@code allowedRegistries} (dockwright: trusted registries)
   * @param labelSchema {@code labelSchema}, types already mapped to dockwright's
   * @param strictLabels {@code strictLabels}
   * @param ignoreRules {@code ignoreRules}
   */
  public record Settings(Set<String> allowedRegistries, Map<String, LabelType> labelSchema,
      boolean strictLabels, Set<String> ignoreRules) {
    public static final Settings DEFAULT = new Settings(Set.of(), Map.of(), false, Set.of());
  }

  /** Whether a finding with {@code code} is one this case counts. */
  public boolean counts(String code) {
    return switch (rule) {
      case SHELLCHECK -> code.startsWith("SC");
      // hadolint's own failures: its DL rules and the ShellCheck findings it forwards.
      case ANY -> (code.startsWith("DL") || code.startsWith("SC"))
          && !settings.ignoreRules().contains(code);
      default -> code.equals(rule);
    };
  }

  /** Whether {@code n} counted findings is what hadolint's test asserts. */
  public boolean agreesWith(int n) {
    if (count.isPresent()) {
      return n == count.getAsInt();
    }
    return expectViolation ? n > 0 : n == 0;
  }

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Reads every case of a {@code cases.jsonl} file. */
  public static List<HadolintCase> load(Path file) {
    List<HadolintCase> cases = new ArrayList<>();
    try {
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        if (!line.isBlank()) {
          cases.add(parse(JSON.readTree(line)));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return cases;
  }

  static HadolintCase parse(JsonNode c) {
    boolean onbuild = c.path("onbuild").asBoolean(false);
    String text = onbuild ? c.get("dockerfile_onbuild").asText() : c.get("dockerfile").asText();
    OptionalInt count = c.hasNonNull("count") ? OptionalInt.of(c.get("count").asInt())
        : OptionalInt.empty();
    String where = c.path("source").asText() + ":" + c.path("source_line").asInt() + " "
        + c.path("describe").asText() + " > " + c.path("description").asText();
    return new HadolintCase(c.get("id").asText(), c.get("rule").asText(),
        c.get("expect").asText().equals("violation"), onbuild, text, count,
        settings(c.path("config").path("fields")), where);
  }

  private static Settings settings(JsonNode fields) {
    if (fields.isMissingNode() || fields.isNull()) {
      return Settings.DEFAULT;
    }
    Map<String, LabelType> schema = new LinkedHashMap<>();
    fields.path("labelSchema").fields().forEachRemaining(
        e -> schema.put(e.getKey(), labelType(e.getValue().asText())));
    return new Settings(strings(fields.path("allowedRegistries")), schema,
        fields.path("strictLabels").asBoolean(false), strings(fields.path("ignoreRules")));
  }

  private static Set<String> strings(JsonNode array) {
    Set<String> out = new LinkedHashSet<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }

  /** hadolint's Haskell constructor names for label types. */
  static LabelType labelType(String haskell) {
    return Optional.ofNullable(switch (haskell) {
      case "RawText" -> LabelType.TEXT;
      case "Url" -> LabelType.URL;
      case "Rfc3339" -> LabelType.RFC3339;
      case "Spdx" -> LabelType.SPDX;
      case "GitHash" -> LabelType.HASH;
      case "SemVer" -> LabelType.SEMVER;
      case "Email" -> LabelType.EMAIL;
      default -> null;
    }).orElseThrow(() -> new IllegalArgumentException("unknown hadolint label type " + haskell));
  }
}
