package dev.dockwright.python;

import dev.dockwright.python.RequirementsFile.Line;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads pip requirements files line by line, the way pip does: backslash continuations are
 * joined, {@code #} starts a comment at the line start or after white space, option lines
 * ({@code -r}, {@code -c}, {@code -e}, {@code -i}, ...) are told apart from requirements, and
 * each requirement goes through the PEP 508 parser with its per-line options ({@code --hash})
 * removed. Lines that pip would reject are reported, not thrown, so one odd line does not stop
 * detection.
 */
public final class RequirementsParser {
  private static final Pattern COMMENT = Pattern.compile("(^|\\s+)#.*$");
  /** Options that take a value, by every spelling pip accepts. */
  private static final Set<String> VALUE_OPTIONS = Set.of(
      "-i", "--index-url", "--extra-index-url", "-f", "--find-links", "--no-binary",
      "--only-binary", "--trusted-host", "--use-feature", "--config-settings", "--global-option",
      "-c", "--constraint", "-r", "--requirement", "-e", "--editable");
  private static final Set<String> FLAG_OPTIONS = Set.of(
      "--no-index", "--pre", "--prefer-binary", "--require-hashes");
  private static final Pattern PER_REQUIREMENT_OPTION =
      Pattern.compile("\\s--(hash|config-settings|global-option)(=|\\s+)\\S+");

  private RequirementsParser() {}

  /** Parses {@code text} read from {@code path} (used only in messages). */
  public static RequirementsFile parse(String path, String text) {
    List<Line<Requirement>> reqs = new ArrayList<>();
    List<String> includes = new ArrayList<>();
    List<String> constraints = new ArrayList<>();
    List<String> editables = new ArrayList<>();
    List<String> paths = new ArrayList<>();
    List<String> options = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    boolean hashes = false;

    String[] physical = text.replace("\r\n", "\n").split("\n", -1);
    for (int i = 0; i < physical.length; i++) {
      int lineNo = i + 1;
      StringBuilder joined = new StringBuilder();
      String current = stripComment(physical[i]);
      // A trailing backslash joins the next line (pip strips comments first, so must we).
      while (current.endsWith("\\") && i + 1 < physical.length) {
        joined.append(current, 0, current.length() - 1).append(' ');
        current = stripComment(physical[++i]);
      }
      joined.append(current.endsWith("\\") ? current.substring(0, current.length() - 1) : current);
      String line = joined.toString().strip();
      if (line.isEmpty()) {
        continue;
      }
      if (line.startsWith("-")) {
        String[] opt = splitOption(line);
        String name = opt[0];
        String value = opt[1];
        if (!VALUE_OPTIONS.contains(name) && !FLAG_OPTIONS.contains(name)) {
          problems.add(path + ":" + lineNo + ":1: unknown option " + name);
          continue;
        }
        if (VALUE_OPTIONS.contains(name) && value.isEmpty()) {
          problems.add(path + ":" + lineNo + ":1: option " + name + " needs a value");
          continue;
        }
        switch (name) {
          case "-r", "--requirement" -> includes.add(value);
          case "-c", "--constraint" -> constraints.add(value);
          case "-e", "--editable" -> editables.add(value);
          default -> {
            options.add(value.isEmpty() ? name : name + " " + value);
            hashes |= name.equals("--require-hashes");
          }
        }
        continue;
      }
      Matcher perReq = PER_REQUIREMENT_OPTION.matcher(" " + line);
      if (perReq.find()) {
        hashes |= line.contains("--hash");
        line = PER_REQUIREMENT_OPTION.matcher(" " + line).replaceAll("").strip();
      }
      if (isPathOrUrl(line)) {
        paths.add(line);
        continue;
      }
      try {
        reqs.add(new Line<>(Pep508.parse(line), lineNo));
      } catch (Pep508.SyntaxError e) {
        String first = physical[lineNo - 1];
        int indent = first.length() - first.stripLeading().length();
        problems.add(path + ":" + lineNo + ":" + (indent + e.column()) + ": " + e.getMessage());
      }
    }
    return new RequirementsFile(path, reqs, includes, constraints, editables, paths, options,
        hashes, problems);
  }

  private static String stripComment(String line) {
    return COMMENT.matcher(line).replaceFirst("");
  }

  /** {@code --opt=value}, {@code --opt value}, {@code -rvalue} or {@code -r value}. */
  private static String[] splitOption(String line) {
    if (line.startsWith("--")) {
      int eq = line.indexOf('=');
      int sp = indexOfSpace(line);
      if (eq > 0 && (sp < 0 || eq < sp)) {
        return new String[] {line.substring(0, eq), line.substring(eq + 1).strip()};
      }
      return sp < 0 ? new String[] {line, ""}
          : new String[] {line.substring(0, sp), line.substring(sp).strip()};
    }
    String name = line.substring(0, Math.min(2, line.length()));
    return new String[] {name, line.substring(name.length()).strip()};
  }

  private static int indexOfSpace(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isWhitespace(s.charAt(i))) {
        return i;
      }
    }
    return -1;
  }

  /** A local path or a URL pip installs directly (not a PEP 508 name). */
  static boolean isPathOrUrl(String line) {
    return line.startsWith(".") || line.startsWith("/") || line.startsWith("~")
        || line.matches("^[a-zA-Z][a-zA-Z0-9+.-]*://.*")
        || line.matches("^(git|hg|svn|bzr)\\+.*")
        || line.startsWith("file:")
        || line.matches("^[^;@\\s]+\\.(whl|tar\\.gz|zip|tar\\.bz2)(\\s.*)?$");
  }
}
