package dev.dockwright.lint;

import dev.dockwright.syntax.Comment;
import dev.dockwright.syntax.Dockerfile;
import dev.dockwright.syntax.Instruction;
import dev.dockwright.syntax.InstructionKind;
import dev.dockwright.syntax.Node;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The in-file switches of one Dockerfile: ignore pragmas and per-instruction {@code # check=}
 * comments, located by instruction.
 *
 * <ul>
 *   <li>{@code # hadolint ignore=...} / {@code # dockwright ignore=...} in the comment lines
 *       directly above an instruction (no blank line between) silence those rules for findings
 *       that start on any line of that instruction. hadolint only reads the one line right above;
 *       accepting the whole comment block lets a pragma share it with other comments.
 *   <li>{@code # hadolint global ignore=...} anywhere silences the rules for the whole file.
 *   <li>{@code # hadolint stage ignore=...} silences the rules for the instructions after it up to
 *       the next FROM; above a FROM, for that whole stage (FROM line included, which hadolint
 *       leaves out).
 *   <li>A {@code # check=...} comment above an instruction is read exactly as BuildKit reads it:
 *       from the comments since the previous instruction (blank lines do not interrupt them, an
 *       empty {@code #} line does), the first {@code check} one wins, its value is cut at the
 *       first space, and an invalid one is ignored.
 * </ul>
 */
final class Suppressions {

  /** One instruction's lines and what its comments switch off or on. */
  record Scope(int startLine, int endLine, Set<String> ignored, Optional<CheckOptions> check) {}

  // BuildKit's directive syntax; \s is Go's ASCII class, without \v.
  private static final Pattern DIRECTIVE =
      Pattern.compile("([a-zA-Z][a-zA-Z0-9]*)[\\t\\n\\f\\r ]*=[\\t\\n\\f\\r ]*(.+?)[\\t\\n\\f\\r ]*",
          Pattern.UNIX_LINES);

  private final List<Scope> scopes;
  private final Set<String> globallyIgnored;

  private Suppressions(List<Scope> scopes, Set<String> globallyIgnored) {
    this.scopes = scopes;
    this.globallyIgnored = globallyIgnored;
  }

  static Suppressions of(Dockerfile dockerfile) {
    List<Scope> scopes = new ArrayList<>();
    Set<String> global = new HashSet<>();
    List<String> buildkitComments = new ArrayList<>();
    Set<String> stage = new HashSet<>();
    Set<String> pendingStage = new HashSet<>();
    for (Node node : dockerfile.nodes()) {
      if (node instanceof Comment c) {
        String text = buildkitCommentText(c.text());
        if (text.isEmpty()) {
          buildkitComments.clear();
        } else {
          buildkitComments.add(text);
        }
        Optional<IgnorePragma> pragma = IgnorePragma.parse(c.content());
        pragma.filter(IgnorePragma::global).ifPresent(p -> global.addAll(p.rules()));
        pragma.filter(p -> p.extent() == IgnorePragma.Extent.STAGE)
            .ifPresent(p -> pendingStage.addAll(p.rules()));
      } else if (node instanceof Instruction i) {
        if (i.kind() == InstructionKind.FROM) {
          stage = new HashSet<>();
        }
        stage.addAll(pendingStage);
        pendingStage.clear();
        Set<String> ignored = new HashSet<>(stage);
        for (Comment c : i.commentsAbove()) {
          IgnorePragma.parse(c.content())
              .filter(p -> p.extent() == IgnorePragma.Extent.INSTRUCTION)
              .ifPresent(p -> ignored.addAll(p.rules()));
        }
        for (Comment c : i.continuationComments()) {
          IgnorePragma.parse(c.content()).filter(IgnorePragma::global)
              .ifPresent(p -> global.addAll(p.rules()));
        }
        scopes.add(new Scope(i.startLine(), i.endLine(), ignored,
            checkFromComments(buildkitComments)));
        buildkitComments.clear();
      }
      // Directives are dropped from BuildKit's comments; blank lines do not interrupt them.
    }
    return new Suppressions(scopes, global);
  }

  /** The instruction whose lines include {@code line}, if any. */
  Optional<Scope> scopeAt(int line) {
    int lo = 0;
    int hi = scopes.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      Scope s = scopes.get(mid);
      if (line < s.startLine()) {
        hi = mid - 1;
      } else if (line > s.endLine()) {
        lo = mid + 1;
      } else {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }

  /** Whether any instruction's {@code # check=} comment satisfies {@code test}. */
  boolean anyCheck(java.util.function.Predicate<CheckOptions> test) {
    for (Scope scope : scopes) {
      if (scope.check().isPresent() && test.test(scope.check().get())) {
        return true;
      }
    }
    return false;
  }

  /** Whether an inline pragma silences {@code rule} for a finding starting on {@code line}. */
  boolean ignores(RuleInfo rule, int line) {
    if (matches(globallyIgnored, rule)) {
      return true;
    }
    return scopeAt(line).map(s -> matches(s.ignored(), rule)).orElse(false);
  }

  private static boolean matches(Set<String> keys, RuleInfo rule) {
    return keys.contains(rule.code()) || keys.contains(rule.name());
  }

  /**
   * The comment as BuildKit records it: the physical line minus its first byte, trimmed (so an
   * indented {@code # check=} comment is recorded with its {@code #} and never matches).
   */
  private static String buildkitCommentText(String line) {
    // A node's text never holds the byte-order mark (the tree tiles the text after it).
    return line.isEmpty() ? "" : goTrimSpace(line.substring(1));
  }

  /** BuildKit's {@code WithMergedConfigFromComments}: the first {@code check} comment counts. */
  private static Optional<CheckOptions> checkFromComments(List<String> comments) {
    for (String comment : comments) {
      String text = goTrimLeft(comment);
      Matcher m = DIRECTIVE.matcher(text);
      if (!m.matches()) {
        continue;
      }
      if (!m.group(1).equalsIgnoreCase("check")) {
        continue;
      }
      String value = m.group(2);
      int space = value.indexOf(' ');
      try {
        return Optional.of(CheckOptions.parse(space < 0 ? value : value.substring(0, space)));
      } catch (CheckOptions.InvalidCheckOptions e) {
        return Optional.empty(); // BuildKit ignores an invalid per-instruction check comment
      }
    }
    return Optional.empty();
  }

  private static boolean goSpace(char c) {
    return c == ' ' || (c >= '\t' && c <= '\r') || c == 0x85 || c == 0xA0
        || Character.isSpaceChar(c) && c > 0xFF;
  }

  private static String goTrimSpace(String s) {
    int end = s.length();
    while (end > 0 && goSpace(s.charAt(end - 1))) {
      end--;
    }
    return goTrimLeft(s.substring(0, end));
  }

  private static String goTrimLeft(String s) {
    int start = 0;
    while (start < s.length() && goSpace(s.charAt(start))) {
      start++;
    }
    return s.substring(start);
  }
}
