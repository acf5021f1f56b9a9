package dev.dockwright.lint;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * BuildKit's check configuration: the {@code # check=} parser directive, the
 * {@code BUILDKIT_DOCKERFILE_CHECK} build argument (which replaces the directive), or a
 * {@code # check=} comment directly above one instruction (merged on top for that instruction).
 *
 * <p>{@code skip=all|Rule,...} turns rules off, except experimental rules that {@code
 * experimental=all|Rule,...} turned on; {@code error=true} makes any reported BuildKit check an
 * error. Options are separated by {@code ;}.
 */
public record CheckOptions(
    boolean skipAll, Set<String> skip, boolean experimentalAll, Set<String> experimental,
    boolean error) {

  public static final CheckOptions NONE = new CheckOptions(false, Set.of(), false, Set.of(), false);

  public CheckOptions {
    skip = Set.copyOf(skip);
    experimental = Set.copyOf(experimental);
  }

  /** Thrown for a value BuildKit rejects; the message is BuildKit's. */
  public static final class InvalidCheckOptions extends Exception {
    InvalidCheckOptions(String message) {
      super(message, null, false, false);
    }
  }

  /** Parses a check value as BuildKit's {@code ParseLintOptions} does. */
  public static CheckOptions parse(String value) throws InvalidCheckOptions {
    String text = value.strip();
    if (text.isEmpty()) {
      return NONE;
    }
    // BuildKit splits into at most 3 parts: a fourth option stays glued to the third's value.
    String[] parts = text.split(";", 3);
    boolean skipAll = false;
    boolean experimentalAll = false;
    boolean error = false;
    Set<String> skip = new LinkedHashSet<>();
    Set<String> experimental = new LinkedHashSet<>();
    for (String part : parts) {
      int eq = part.indexOf('=');
      if (eq < 0) {
        throw new InvalidCheckOptions("invalid check option " + quote(part));
      }
      String key = part.substring(0, eq).strip();
      String val = part.substring(eq + 1).strip();
      switch (key) {
        case "skip" -> {
          if (val.equals("all")) {
            skipAll = true;
          } else {
            skip.addAll(list(val));
          }
        }
        case "experimental" -> {
          if (val.equals("all")) {
            experimentalAll = true;
          } else {
            experimental.addAll(list(val));
          }
        }
        case "error" -> {
          Boolean parsed = goParseBool(val);
          if (parsed == null) {
            throw new InvalidCheckOptions("failed to parse check option " + quote(part)
                + ": strconv.ParseBool: parsing " + quote(val) + ": invalid syntax");
          }
          error = parsed;
        }
        default -> throw new InvalidCheckOptions("invalid check option " + quote(key));
      }
    }
    return new CheckOptions(skipAll, skip, experimentalAll, experimental, error);
  }

  /**
   * These options with {@code other} merged on top, as BuildKit merges a per-instruction
   * {@code # check=} comment: skips and experimental rules add up; {@code error} is not merged.
   */
  public CheckOptions merge(CheckOptions other) {
    Set<String> allSkip = new LinkedHashSet<>(skip);
    allSkip.addAll(other.skip);
    Set<String> allExperimental = new LinkedHashSet<>(experimental);
    allExperimental.addAll(other.experimental);
    return new CheckOptions(skipAll || other.skipAll, allSkip,
        experimentalAll || other.experimentalAll, allExperimental, error);
  }

  /**
   * Whether BuildKit would run {@code rule}: an experimental rule only when enabled with
   * {@code experimental=} (and then {@code skip} does not apply); any other rule unless skipped.
   * {@code skip=all} and {@code experimental=all} concern BuildKit's checks only; other rules are
   * affected only when listed by code or name.
   */
  public boolean enables(RuleInfo rule) {
    boolean buildkit = rule.origin() == Origin.BUILDKIT;
    if (rule.experimental()) {
      return (experimentalAll && buildkit) || experimental.contains(rule.code())
          || experimental.contains(rule.name());
    }
    return !((skipAll && buildkit) || skip.contains(rule.code()) || skip.contains(rule.name()));
  }

  /** Whether {@code rule} is explicitly turned on as experimental here. */
  public boolean enablesExperimental(RuleInfo rule) {
    return rule.experimental() && enables(rule);
  }

  private static List<String> list(String value) {
    return List.of(value.split(",", -1)).stream().map(String::strip).toList();
  }

  /** Go's {@code strconv.ParseBool}. */
  private static Boolean goParseBool(String text) {
    return switch (text) {
      case "1", "t", "T", "TRUE", "true", "True" -> Boolean.TRUE;
      case "0", "f", "F", "FALSE", "false", "False" -> Boolean.FALSE;
      default -> null;
    };
  }

  private static String quote(String text) {
    return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
  }
}
