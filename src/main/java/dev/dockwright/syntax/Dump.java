package dev.dockwright.syntax;

import java.util.List;

/**
 * BuildKit's AST dump ({@code Node.Dump()}), the format of its parser test files: one
 * {@code (keyword ["--flag" ...] "arg" ...)} line per instruction, keyword lower-cased, strings
 * quoted like Go's {@code strconv.Quote}. Comments, blank lines, heredoc bodies and positions do
 * not appear. Computed from our typed tree, so it checks that the tree holds what BuildKit's does.
 */
public final class Dump {
  private Dump() {}

  /** The dump of a whole file, as in BuildKit's {@code result} files (ends with one newline). */
  public static String of(Dockerfile dockerfile) {
    StringBuilder b = new StringBuilder();
    for (Instruction i : dockerfile.instructions()) {
      b.append('(').append(of(i)).append(")\n");
    }
    return GoText.trimSpace(b.toString()) + "\n";
  }

  /** The dump of one instruction, without the surrounding parentheses. */
  public static String of(Instruction instruction) {
    StringBuilder b = new StringBuilder(GoText.toLower(instruction.keyword().value()));
    List<Flag> flags = instruction.flags();
    if (!flags.isEmpty()) {
      b.append(" [");
      for (int i = 0; i < flags.size(); i++) {
        b.append(i == 0 ? "" : " ").append(GoText.quote(flags.get(i).text()));
      }
      b.append(']');
    }
    arguments(b, instruction.arguments());
    return GoText.trimSpace(b.toString());
  }

  private static void arguments(StringBuilder b, Arguments arguments) {
    // None and Malformed print nothing (BuildKit has no tree for the latter).
    if (arguments instanceof Arguments.Exec exec) {
      exec.elements().forEach(t -> value(b, t.value()));
    } else if (arguments instanceof Arguments.Shell shell) {
      value(b, shell.command().value());
    } else if (arguments instanceof Arguments.Words words) {
      words.words().forEach(t -> value(b, t.value()));
    } else if (arguments instanceof Arguments.Text text) {
      value(b, text.text().value());
    } else if (arguments instanceof Arguments.NameValues nv) {
      for (KeyValue p : nv.pairs()) {
        value(b, p.key().value());
        value(b, p.value().value());
        value(b, p.separator());
      }
    } else if (arguments instanceof Arguments.ArgDeclarations args) {
      args.declarations().forEach(d -> value(b, d.word().value()));
    } else if (arguments instanceof Arguments.Healthcheck h) {
      value(b, h.type().value());
      arguments(b, h.command());
    } else if (arguments instanceof Arguments.Onbuild o) {
      b.append(" (").append(of(o.trigger())).append(')');
    } else if (arguments instanceof Arguments.Unknown) {
      value(b, "");
    }
  }

  private static void value(StringBuilder b, String value) {
    b.append(' ').append(GoText.quote(value));
  }
}
