package dev.dockwright.lint;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Ignore pragmas in a Compose file, in the Dockerfile syntax: {@code # dockwright ignore=DW6004}
 * (or {@code hadolint}) on the comment lines directly above a line, or at the end of the line
 * itself, silences those rules for findings that start on that line;
 * {@code # dockwright global ignore=...} anywhere silences them for the file.
 */
final class ComposeSuppressions {

  private final Map<Integer, Set<String>> byLine;
  private final Set<String> global;

  private ComposeSuppressions(Map<Integer, Set<String>> byLine, Set<String> global) {
    this.byLine = byLine;
    this.global = global;
  }

  static ComposeSuppressions of(String text) {
    Map<Integer, Set<String>> byLine = new HashMap<>();
    Set<String> global = new HashSet<>();
    Set<String> pending = new HashSet<>();
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      int lineNumber = i + 1;
      if (line.startsWith("#")) {
        Optional<IgnorePragma> p = IgnorePragma.parse(line.substring(1));
        if (p.isPresent() && p.get().global()) {
          global.addAll(p.get().rules());
        } else if (p.isPresent() && p.get().extent() == IgnorePragma.Extent.INSTRUCTION) {
          pending.addAll(p.get().rules());
        }
        continue;
      }
      if (line.isEmpty()) {
        pending.clear(); // a blank line ends the comment block above a line
        continue;
      }
      Set<String> here = new HashSet<>(pending);
      pending.clear();
      trailingPragma(lines[i]).ifPresent(p -> {
        if (p.global()) {
          global.addAll(p.rules());
        } else {
          here.addAll(p.rules());
        }
      });
      if (!here.isEmpty()) {
        byLine.put(lineNumber, here);
      }
    }
    return new ComposeSuppressions(byLine, global);
  }

  /** {@code key: value  # dockwright ignore=X}: a {@code #} after a blank starts a YAML comment. */
  private static Optional<IgnorePragma> trailingPragma(String line) {
    for (int i = line.indexOf(" #"); i >= 0; i = line.indexOf(" #", i + 1)) {
      Optional<IgnorePragma> p = IgnorePragma.parse(line.substring(i + 2));
      if (p.isPresent()) {
        return p;
      }
    }
    return Optional.empty();
  }

  boolean ignores(RuleInfo rule, int line) {
    return matches(global, rule) || matches(byLine.getOrDefault(line, Set.of()), rule);
  }

  private static boolean matches(Set<String> keys, RuleInfo rule) {
    return keys.contains(rule.code()) || keys.contains(rule.name());
  }
}
