package dev.dockwright.rules.shellcheck;

import dev.dockwright.shell.Invocation;
import dev.dockwright.shell.Script;
import dev.dockwright.shell.ShellParser;
import dev.dockwright.shell.ast.AnsiCQuoted;
import dev.dockwright.shell.ast.ArithmeticExpansion;
import dev.dockwright.shell.ast.Assignment;
import dev.dockwright.shell.ast.DoubleQuoted;
import dev.dockwright.shell.ast.ForCommand;
import dev.dockwright.shell.ast.Literal;
import dev.dockwright.shell.ast.ParameterExpansion;
import dev.dockwright.shell.ast.SingleQuoted;
import dev.dockwright.shell.ast.Word;
import dev.dockwright.shell.ast.WordPart;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Where ShellCheck's SC2086 ("double quote to prevent globbing and word splitting") does not
 * apply to an unquoted {@code $NAME}:
 *
 * <ul>
 *   <li>Its value cannot split or glob. ShellCheck follows a variable's value only from
 *       unconditional assignments of plain literals, so it warns on
 *       {@code apt-get update && V=4.2.0 && mkdir /x/$V} (the assignment is after {@code &&}) and
 *       on {@code F=bundle.${V}.zip && unzip $F} (the value has an expansion). Here the variable
 *       is safe when every value the script gives it up to that point is made of text without
 *       blanks or glob characters, arithmetic, and names that are safe themselves or that the
 *       Dockerfile defines (ARG and ENV, which ShellCheck is told are set to {@code 1}, as
 *       hadolint does). A variable that is read, looped over, emptied or set from a command's
 *       output stays unknown.
 *   <li>Splitting is the point: the whole word is a list of packages handed to a system package
 *       manager ({@code apt-get purge -y $buildDeps}, {@code apt-mark manual $savedAptMark},
 *       {@code apk del $runDeps}), the POSIX-sh idiom of the official images, where quoting would
 *       pass the list as one package name. pip is not included: an extra such as
 *       {@code uvicorn[standard]} is a glob.
 * </ul>
 */
final class HarmlessExpansions {

  private static final Set<String> READERS = Set.of("read", "mapfile", "readarray", "getopts");
  private static final Set<String> PACKAGE_MANAGERS = Set.of("apt-get", "apt", "aptitude",
      "apt-mark", "apk", "yum", "dnf", "microdnf", "tdnf", "zypper");
  private static final Set<String> NUMERIC_SPECIALS = Set.of("#", "?", "$", "!");
  private static final int MAX_DEPTH = 6;

  private final Script script;
  private final Set<String> defined;

  private HarmlessExpansions(Script script, Collection<String> defined) {
    this.script = script;
    this.defined = Set.copyOf(defined);
  }

  /** For one script body, with the names the Dockerfile defines at that point. */
  static HarmlessExpansions of(String body, Collection<String> defined) {
    return new HarmlessExpansions(ShellParser.parse(body), defined);
  }

  /** True when SC2086 does not apply to the expansion starting at {@code offset} of the body. */
  boolean at(int offset) {
    return !script.hasErrors() && (packageList(offset) || safeExpansionAt(offset));
  }

  /** The expansion is a whole word among the operands of a system package manager. */
  private boolean packageList(int offset) {
    Optional<Invocation> use = innermostAt(offset);
    if (use.isEmpty() || use.get().name() == null
        || !PACKAGE_MANAGERS.contains(use.get().name())) {
      return false;
    }
    return use.get().args().stream().anyMatch(w -> w.span().start() == offset
        && w.parts().size() == 1 && w.parts().get(0) instanceof ParameterExpansion e
        && e.prefix().isEmpty() && e.operator().isEmpty());
  }

  /** True when the expansion starting at {@code offset} of the body cannot split or glob. */
  private boolean safeExpansionAt(int offset) {
    Optional<ParameterExpansion> expansion = script.nodes()
        .filter(n -> n instanceof ParameterExpansion p && p.span().start() == offset)
        .map(n -> (ParameterExpansion) n).findFirst();
    Optional<Invocation> use = innermostAt(offset);
    if (expansion.isEmpty() || use.isEmpty()) {
      return false;
    }
    ParameterExpansion e = expansion.get();
    int at = use.get().index();
    // A name the script never sets is an ARG, an ENV or unknown: ShellCheck already judged it.
    return trims(e) && setByScript(e.name(), at) && safeVariable(e.name(), at, 0);
  }

  private boolean setByScript(String name, int useIndex) {
    return script.simpleCommands().stream()
        .anyMatch(inv -> inv.index() <= useIndex && inv.variables().containsKey(name));
  }

  /** {@code $V}, {@code ${V}} or a prefix/suffix removal, whose result is part of V's value. */
  private static boolean trims(ParameterExpansion e) {
    return e.prefix().isEmpty() && List.of("", "#", "##", "%", "%%").contains(e.operator());
  }

  private Optional<Invocation> innermostAt(int offset) {
    Invocation best = null;
    for (Invocation inv : script.simpleCommands()) {
      if (inv.span().contains(offset) && (best == null
          || inv.span().end() - inv.span().start() < best.span().end() - best.span().start())) {
        best = inv;
      }
    }
    return Optional.ofNullable(best);
  }

  /**
   * Every value the script gives {@code name} before the command at {@code useIndex} is safe, and
   * nothing reads into it, loops over it or empties it.
   */
  private boolean safeVariable(String name, int useIndex, int depth) {
    if (depth > MAX_DEPTH || loopVariable(name)) {
      return false;
    }
    Map<Word, Boolean> values = new IdentityHashMap<>();
    boolean assigned = false;
    for (Invocation inv : script.simpleCommands()) {
      if (inv.index() > useIndex) {
        break;
      }
      if (inv.name() != null && READERS.contains(inv.name())
          && inv.resolved().argValues().contains(name)) {
        return false;
      }
      if (inv.argv().isEmpty()) {
        for (Assignment a : inv.assignments()) {
          if (a.name().equals(name) && (a.isArray() || a.value().isEmpty())) {
            return false;
          }
        }
      }
      Word value = inv.variables().get(name);
      if (value != null) {
        assigned = true;
        values.put(value, Boolean.TRUE);
      }
    }
    if (!assigned) {
      return defined.contains(name);
    }
    for (Word value : values.keySet()) {
      if (value.unquoted().isEmpty() || !safeParts(value.parts(), useIndex, depth)) {
        return false;
      }
    }
    return true;
  }

  private boolean loopVariable(String name) {
    return script.nodes().anyMatch(n -> n instanceof ForCommand f && f.variable().equals(name));
  }

  private boolean safeParts(List<WordPart> parts, int useIndex, int depth) {
    for (WordPart p : parts) {
      boolean safe;
      if (p instanceof Literal l) {
        safe = safeText(l.value());
      } else if (p instanceof SingleQuoted s) {
        safe = safeText(s.value());
      } else if (p instanceof AnsiCQuoted a) {
        safe = safeText(a.value());
      } else if (p instanceof DoubleQuoted d) {
        safe = safeParts(d.parts(), useIndex, depth);
      } else if (p instanceof ArithmeticExpansion) {
        safe = true; // an integer
      } else if (p instanceof ParameterExpansion e) {
        safe = NUMERIC_SPECIALS.contains(e.name())
            || trims(e) && safeVariable(e.name(), useIndex, depth + 1);
      } else {
        safe = false; // command or process substitution: whatever a program prints
      }
      if (!safe) {
        return false;
      }
    }
    return true;
  }

  /** No blank (IFS), no glob character, no tilde. */
  private static boolean safeText(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == ' ' || c == '\t' || c == '\n' || c == '*' || c == '?' || c == '[' || c == '~') {
        return false;
      }
    }
    return true;
  }
}
