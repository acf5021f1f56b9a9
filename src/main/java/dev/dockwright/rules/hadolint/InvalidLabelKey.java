package dev.dockwright.rules.hadolint;

import dev.dockwright.lint.Origin;
import dev.dockwright.lint.Rule;
import dev.dockwright.lint.RuleContext;
import dev.dockwright.lint.RuleSpec;
import dev.dockwright.lint.Severity;
import dev.dockwright.syntax.Instruction;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * DL3048: a LABEL key outside Docker's recommended format: lower-case letters, digits, {@code .},
 * {@code -}, {@code _} and {@code /}, starting with a letter and ending with a letter or digit,
 * no {@code ..} or {@code --}, and not in Docker's reserved namespaces.
 */
@RuleSpec(
    code = "DL3048",
    name = "InvalidLabelKey",
    severity = Severity.STYLE,
    origin = Origin.HADOLINT,
    summary = "Invalid label key.",
    rationale = "Docker's label guidelines ask for keys in reverse-DNS notation of lower-case"
        + " letters, digits, `.` and `-` (`org.opencontainers.image.source`), beginning with a"
        + " letter and ending with a letter or digit, without repeated separators; the"
        + " `com.docker.*`, `io.docker.*` and `org.dockerproject.*` namespaces are reserved for"
        + " Docker itself. Tools that query labels (`docker ps --filter label=...`, registries,"
        + " scanners) expect keys in that form. A key built from a variable is checked after"
        + " expansion when its value is known, as written otherwise.",
    bad = "FROM alpine:3.20\nLABEL Org.Example..Version=\"1.0\"\n",
    good = "FROM alpine:3.20\nLABEL org.example.version=\"1.0\"\n")
public final class InvalidLabelKey implements Rule {

  @Override
  public void check(RuleContext context) {
    Map<Instruction, List<Labels.Pair>> byLabel = new LinkedHashMap<>();
    for (Labels.Pair p : Labels.all(context.model())) {
      byLabel.computeIfAbsent(p.instruction(), k -> new ArrayList<>()).add(p);
    }
    for (List<Labels.Pair> pairs : byLabel.values()) {
      List<Labels.Pair> invalid = pairs.stream().filter(p -> problem(p.key()) != null).toList();
      if (!invalid.isEmpty()) {
        Labels.Pair first = invalid.get(0);
        context.report(first.keyRange(), "Invalid label key `" + first.key() + "`: "
            + problem(first.key()) + (invalid.size() > 1 ? " (and " + (invalid.size() - 1)
            + " more in this LABEL)." : "."));
      }
    }
  }

  /** What is wrong with a key, or null when it is valid. */
  static String problem(String key) {
    if (key.isEmpty() || key.charAt(0) < 'a' || key.charAt(0) > 'z') {
      return "it must start with a lower-case letter";
    }
    char last = key.charAt(key.length() - 1);
    if (!(last >= 'a' && last <= 'z' || last >= '0' && last <= '9')) {
      return "it must end with a lower-case letter or a digit";
    }
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '.' || c == '-' || c == '_'
          || c == '/')) {
        return "`" + c + "` is not allowed (lower-case letters, digits, `.`, `-`, `_`, `/`)";
      }
    }
    if (key.contains("..") || key.contains("--")) {
      return "separators must not repeat";
    }
    if (key.startsWith("com.docker.") || key.startsWith("io.docker.")
        || key.startsWith("org.dockerproject.")) {
      return "the namespace is reserved for Docker";
    }
    return null;
  }
}
