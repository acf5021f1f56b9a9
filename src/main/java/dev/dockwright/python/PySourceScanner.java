package dev.dockwright.python;

import dev.dockwright.python.PySource.Arg;
import dev.dockwright.python.PySource.Assignment;
import dev.dockwright.python.PySource.Call;
import dev.dockwright.python.PySource.ClassDef;
import dev.dockwright.python.PySource.Import;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads the statements of a Python file that matter for finding how a service starts. It works on
 * the tokenizer's logical lines, so text in strings and comments never counts as code, and it
 * understands just enough structure (indentation, decorators, the {@code __main__} block, the
 * enclosing top-level function) to tell {@code app = FastAPI()} in a module from the same words
 * in a docstring.
 */
public final class PySourceScanner {
  private static final Set<String> KEYWORDS = Set.of(
      "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class",
      "continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if",
      "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try",
      "while", "with", "yield", "match", "case", "print");
  private static final int MAX_STRINGS = 5000;

  private final String path;
  private final List<Import> imports = new ArrayList<>();
  private final List<Call> calls = new ArrayList<>();
  private final List<Assignment> assignments = new ArrayList<>();
  private final List<ClassDef> classes = new ArrayList<>();
  private final List<PyToken> strings = new ArrayList<>();
  private boolean hasMainGuard;
  private int mainIndent = -1;
  private String function;
  private int functionIndent = -1;

  private PySourceScanner(String path) {
    this.path = path;
  }

  public static PySource scan(String path, String source) {
    PySourceScanner s = new PySourceScanner(path);
    for (LogicalLine line : PyTokenizer.logicalLines(source)) {
      s.line(line);
    }
    return new PySource(path, s.imports, s.calls, s.assignments, s.classes, s.strings,
        s.hasMainGuard);
  }

  private void line(LogicalLine line) {
    if (mainIndent >= 0 && line.indent() <= mainIndent) {
      mainIndent = -1;
    }
    if (function != null && line.indent() <= functionIndent) {
      function = null;
      functionIndent = -1;
    }
    for (PyToken t : line.tokens()) {
      if (t.kind() == PyToken.Kind.STRING && strings.size() < MAX_STRINGS) {
        strings.add(t);
      }
    }
    for (List<PyToken> stmt : statements(line.tokens())) {
      statement(stmt, line.indent());
    }
  }

  /** Splits a logical line at top-level semicolons. */
  private static List<List<PyToken>> statements(List<PyToken> tokens) {
    List<List<PyToken>> out = new ArrayList<>();
    int depth = 0;
    int start = 0;
    for (int i = 0; i < tokens.size(); i++) {
      PyToken t = tokens.get(i);
      depth += depthChange(t);
      if (depth == 0 && t.isOp(";")) {
        if (i > start) {
          out.add(tokens.subList(start, i));
        }
        start = i + 1;
      }
    }
    if (start < tokens.size()) {
      out.add(tokens.subList(start, tokens.size()));
    }
    return out;
  }

  private void statement(List<PyToken> t, int indent) {
    PyToken first = t.get(0);
    if (first.isName("import")) {
      imports(t);
      return;
    }
    if (first.isName("from")) {
      fromImport(t);
      return;
    }
    if (first.isName("def") || (first.isName("async") && t.size() > 1 && t.get(1).isName("def"))) {
      if (function == null && t.size() > 2) {
        PyToken name = t.get(first.isName("def") ? 1 : 2);
        function = name.text();
        functionIndent = indent;
      }
      calls(t, 0, null, false); // default values can hold calls (rarely interesting)
      return;
    }
    if (first.isName("class")) {
      classDef(t);
      return;
    }
    int colon = mainGuard(t);
    if (colon >= 0) {
      hasMainGuard = true;
      mainIndent = indent;
      // `if __name__ == "__main__": main()` on one line
      calls(t, colon + 1, null, false);
      return;
    }
    if (first.isOp("@")) {
      calls(t, 1, null, true);
      return;
    }
    int eq = assignmentOperator(t);
    if (eq > 0) {
      String target = t.get(0).text();
      List<PyToken> value = t.subList(eq + 1, t.size());
      if (indent == 0 || mainIndent >= 0) {
        assignments.add(new Assignment(target, value, first.line()));
      }
      calls(t, eq + 1, target, false);
      return;
    }
    calls(t, 0, null, false);
  }

  private void imports(List<PyToken> t) {
    int i = 1;
    while (i < t.size()) {
      StringBuilder module = new StringBuilder();
      i = dotted(t, i, module);
      String alias = null;
      if (i + 1 < t.size() && t.get(i).isName("as")) {
        alias = t.get(i + 1).text();
        i += 2;
      }
      if (module.length() > 0) {
        imports.add(new Import(module.toString(), null, alias, t.get(0).line()));
      }
      while (i < t.size() && !t.get(i).isOp(",")) {
        i++;
      }
      i++;
    }
  }

  private void fromImport(List<PyToken> t) {
    StringBuilder module = new StringBuilder();
    int i = 1;
    while (i < t.size() && (t.get(i).isOp(".") || t.get(i).isOp("..."))) {
      module.append(t.get(i).text());
      i++;
    }
    i = dotted(t, i, module);
    if (i >= t.size() || !t.get(i).isName("import")) {
      return;
    }
    i++;
    while (i < t.size()) {
      PyToken tok = t.get(i);
      if (tok.isOp("(") || tok.isOp(")") || tok.isOp(",")) {
        i++;
        continue;
      }
      if (tok.kind() == PyToken.Kind.NAME || tok.isOp("*")) {
        String alias = null;
        if (i + 2 < t.size() && t.get(i + 1).isName("as")) {
          alias = t.get(i + 2).text();
          i += 2;
        }
        imports.add(new Import(module.toString(), tok.text(), alias, tok.line()));
      }
      i++;
    }
  }

  /** Reads {@code a.b.c} from index i into sb; returns the index after it. */
  private static int dotted(List<PyToken> t, int i, StringBuilder sb) {
    while (i < t.size() && t.get(i).kind() == PyToken.Kind.NAME && !t.get(i).isName("import")
        && !t.get(i).isName("as")) {
      sb.append(t.get(i).text());
      i++;
      if (i + 1 < t.size() && t.get(i).isOp(".") && t.get(i + 1).kind() == PyToken.Kind.NAME) {
        sb.append('.');
        i++;
      } else {
        break;
      }
    }
    return i;
  }

  private void classDef(List<PyToken> t) {
    if (t.size() < 2) {
      return;
    }
    List<String> bases = new ArrayList<>();
    if (t.size() > 2 && t.get(2).isOp("(")) {
      for (Arg a : arguments(t, 2)) {
        if (a.name() == null) {
          StringBuilder sb = new StringBuilder();
          int end = dotted(a.tokens(), 0, sb);
          if (end == a.tokens().size() && sb.length() > 0) {
            bases.add(sb.toString());
          }
        }
      }
    }
    classes.add(new ClassDef(t.get(1).text(), bases, t.get(0).line()));
  }

  /** Index of the colon when the statement is {@code if __name__ == "__main__":}, else -1. */
  private static int mainGuard(List<PyToken> t) {
    if (t.size() < 5 || !t.get(0).isName("if")) {
      return -1;
    }
    PyToken a = t.get(1);
    PyToken op = t.get(2);
    PyToken b = t.get(3);
    boolean cmp = op.isOp("==");
    boolean guard = (a.isName("__name__") && isMainString(b)) || (b.isName("__name__")
        && isMainString(a));
    if (cmp && guard && t.get(4).isOp(":")) {
      return 4;
    }
    return -1;
  }

  private static boolean isMainString(PyToken t) {
    return t.kind() == PyToken.Kind.STRING && t.value().equals("__main__");
  }

  /** Index of '=' when the statement is {@code NAME = ...} or {@code NAME: T = ...}, else -1. */
  private static int assignmentOperator(List<PyToken> t) {
    if (t.size() < 3 || t.get(0).kind() != PyToken.Kind.NAME || KEYWORDS.contains(t.get(0).text())) {
      return -1;
    }
    if (t.get(1).isOp("=")) {
      return 1;
    }
    // a, b = ...: the first name stands for the statement (FastHTML's `app, rt = fast_app()`)
    int k = 1;
    while (k + 1 < t.size() && t.get(k).isOp(",") && t.get(k + 1).kind() == PyToken.Kind.NAME) {
      k += 2;
    }
    if (k > 1 && k < t.size() && t.get(k).isOp("=")) {
      return k;
    }
    if (t.get(1).isOp(":")) {
      int depth = 0;
      for (int i = 2; i < t.size(); i++) {
        depth += depthChange(t.get(i));
        if (depth == 0 && t.get(i).isOp("=")) {
          return i;
        }
      }
    }
    return -1;
  }

  /**
   * Records every call in t[from..]. A call that makes up the whole right-hand side of an
   * assignment gets {@code assignedTo}.
   */
  private void calls(List<PyToken> t, int from, String assignedTo, boolean decorator) {
    for (int i = from; i < t.size(); i++) {
      PyToken tok = t.get(i);
      if (tok.kind() != PyToken.Kind.NAME || KEYWORDS.contains(tok.text())) {
        continue;
      }
      if (i > 0 && (t.get(i - 1).isOp(".") || t.get(i - 1).isName("def")
          || t.get(i - 1).isName("class"))) {
        continue;
      }
      StringBuilder callee = new StringBuilder();
      int end = dotted(t, i, callee);
      if (end < t.size() && t.get(end).isOp("(")) {
        List<Arg> args = arguments(t, end);
        int close = matching(t, end);
        boolean whole = assignedTo != null && i == from && close == t.size() - 1;
        boolean isDecorator = decorator && i == from;
        calls.add(new Call(callee.toString(), args, tok.line(), isDecorator,
            mainIndent >= 0, whole ? assignedTo : null, function));
      } else if (end + 2 < t.size() && t.get(end).isOp("[") && callee.toString().endsWith("environ")
          && t.get(end + 1).kind() == PyToken.Kind.STRING && t.get(end + 2).isOp("]")) {
        // os.environ["PORT"]: recorded as a call so that env reads are found in one place
        calls.add(new Call(callee + ".__getitem__",
            List.of(new Arg(null, List.of(t.get(end + 1)))), tok.line(), false, mainIndent >= 0,
            null, function));
      }
    }
  }

  /** Splits the bracketed argument list that opens at t[open] into arguments. */
  private static List<Arg> arguments(List<PyToken> t, int open) {
    List<Arg> args = new ArrayList<>();
    int close = matching(t, open);
    int depth = 0;
    int start = open + 1;
    for (int i = open + 1; i <= close && i < t.size(); i++) {
      PyToken tok = t.get(i);
      boolean end = i == close;
      if (!end) {
        depth += depthChange(tok);
      }
      if (end || (depth == 0 && tok.isOp(","))) {
        List<PyToken> arg = t.subList(start, i);
        if (!arg.isEmpty()) {
          if (arg.size() >= 2 && arg.get(0).kind() == PyToken.Kind.NAME && arg.get(1).isOp("=")) {
            args.add(new Arg(arg.get(0).text(), arg.subList(2, arg.size())));
          } else {
            args.add(new Arg(null, arg));
          }
        }
        start = i + 1;
      }
    }
    return args;
  }

  /** Index of the bracket closing t[open] (or the last index when unbalanced). */
  private static int matching(List<PyToken> t, int open) {
    int depth = 0;
    for (int i = open; i < t.size(); i++) {
      depth += depthChange(t.get(i));
      if (depth == 0) {
        return i;
      }
    }
    return t.size() - 1;
  }

  private static int depthChange(PyToken t) {
    if (t.kind() != PyToken.Kind.OP) {
      return 0;
    }
    return switch (t.text()) {
      case "(", "[", "{" -> 1;
      case ")", "]", "}" -> -1;
      default -> 0;
    };
  }

  @Override
  public String toString() {
    return "PySourceScanner(" + path + ")";
  }
}
