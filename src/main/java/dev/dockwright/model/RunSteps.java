package dev.dockwright.model;

import dev.dockwright.syntax.Arguments;
import dev.dockwright.syntax.Dockerfile;
import dev.dockwright.syntax.Heredoc;
import dev.dockwright.syntax.Instruction;
import dev.dockwright.syntax.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Turns RUN, CMD, ENTRYPOINT and HEALTHCHECK arguments into {@link CommandSpec}s and finds the
 * shell scripts a RUN executes, here-documents included.
 */
final class RunSteps {
  private RunSteps() {}

  private static final Pattern HEREDOC_MARKER = Pattern.compile("\\d*<<-?\\s*(\"[^\"]*\"|'[^']*'|\\S+)");

  static RunStep of(Instruction in, StepContext ctx, Dockerfile df, List<Mount> mounts) {
    CommandSpec command = commandSpec(in.arguments(), in, ctx, df);
    List<ShellSource> scripts = new ArrayList<>();
    List<Heredoc> data = new ArrayList<>();
    if (!ShellSource.isPosixShell(ctx.shell())) {
      return new RunStep(in, ctx, command, scripts, in.heredocs(), mounts);
    }
    if (command instanceof CommandSpec.Shell shell) {
      List<Heredoc> heredocs = in.heredocs();
      String line = shell.source().text();
      String withoutMarkers = HEREDOC_MARKER.matcher(line).replaceAll("").strip();
      if (!heredocs.isEmpty() && withoutMarkers.isEmpty()) {
        // `RUN <<EOF`: the first here-document is the script (unless a shebang names another
        // interpreter); BuildKit runs it with the stage's shell.
        Heredoc script = heredocs.get(0);
        if (isShellScript(script.effectiveContent())) {
          scripts.add(heredocScript(script, ctx, df));
        } else {
          data.add(script);
        }
        data.addAll(heredocs.subList(1, heredocs.size()));
      } else if (!heredocs.isEmpty() && isShellWord(firstWord(withoutMarkers))) {
        // `RUN bash <<EOF` / `RUN sh -e <<EOF`: the shell reads its script from the heredoc.
        scripts.add(shell.source());
        scripts.add(heredocScript(heredocs.get(0), ctx, df));
        data.addAll(heredocs.subList(1, heredocs.size()));
      } else {
        scripts.add(shell.source());
        data.addAll(heredocs);
      }
    } else if (command instanceof CommandSpec.Exec exec) {
      List<Token> argv = exec.argv();
      boolean shellScript = false;
      if (argv.size() >= 3 && isShellWord(argv.get(0).value())) {
        for (int i = 1; i + 1 < argv.size(); i++) {
          if (argv.get(i).value().startsWith("-") && argv.get(i).value().contains("c")
              && !argv.get(i).value().startsWith("--")) {
            Token script = argv.get(i + 1);
            scripts.add(new ShellSource(script.value(),
                SourceMap.of(script),
                argv.subList(0, i + 1).stream().map(Token::value).toList()));
            shellScript = true;
            break;
          }
        }
      }
      if (!shellScript && !argv.isEmpty()) {
        scripts.add(execCommandLine(argv, ctx, df));
      }
    }
    return new RunStep(in, ctx, command, scripts, data, mounts);
  }

  /**
   * An exec-form command as the equivalent shell command line (each word quoted when it needs to
   * be), so rules about commands read {@code RUN ["pip", "install", "x"]} like its shell form.
   */
  private static ShellSource execCommandLine(List<Token> argv, StepContext ctx, Dockerfile df) {
    StringBuilder text = new StringBuilder();
    java.util.List<Integer> offsets = new java.util.ArrayList<>();
    for (int k = 0; k < argv.size(); k++) {
      Token t = argv.get(k);
      int start = t.range().startOffset();
      if (k > 0) {
        text.append(' ');
        offsets.add(start);
      }
      String v = t.value();
      boolean quote = v.isEmpty() || !v.matches("[A-Za-z0-9_@%+=:,./-]+");
      if (quote) {
        text.append('\'');
        offsets.add(start);
      }
      for (int c = 0; c < v.length(); c++) {
        int at = t.subRange(c, c + 1).startOffset();
        if (quote && v.charAt(c) == '\'') {
          text.append("'\\''");
          offsets.add(at);
          offsets.add(at);
          offsets.add(at);
          offsets.add(at);
        } else {
          text.append(v.charAt(c));
          offsets.add(at);
        }
      }
      if (quote) {
        text.append('\'');
        offsets.add(t.range().endOffset());
      }
    }
    int[] map = new int[offsets.size() + 1];
    for (int i = 0; i < offsets.size(); i++) {
      map[i] = offsets.get(i);
    }
    map[offsets.size()] = argv.get(argv.size() - 1).range().endOffset();
    return new ShellSource(text.toString(), SourceMap.ofOffsets(df, map), ctx.shell(), true);
  }

  static CommandSpec commandSpec(Arguments args, Instruction in, StepContext ctx, Dockerfile df) {
    if (args instanceof Arguments.Exec e) {
      return new CommandSpec.Exec(e.elements(), e.range());
    }
    if (args instanceof Arguments.Shell s) {
      Token t = s.command();
      return new CommandSpec.Shell(new ShellSource(t.value(), SourceMap.of(t), ctx.shell()), t.range());
    }
    return new CommandSpec.Exec(List.of(), args.range());
  }

  private static ShellSource heredocScript(Heredoc h, StepContext ctx, Dockerfile df) {
    String content = h.effectiveContent();
    SourceMap map = h.chomp() ? SourceMap.chomped(df, h.body().startOffset(), h.content())
        : SourceMap.verbatim(df, h.body().startOffset());
    return new ShellSource(content, map, ctx.shell());
  }

  /** A here-document run as a script is shell unless its shebang names something else. */
  private static boolean isShellScript(String content) {
    if (!content.startsWith("#!")) {
      return true;
    }
    String line = content.lines().findFirst().orElse("").substring(2).strip();
    String[] parts = line.split("\\s+");
    String exe = parts[0];
    if (exe.endsWith("/env") && parts.length > 1) {
      exe = parts[1];
    }
    return isShellWord(exe);
  }

  private static String firstWord(String text) {
    String t = text.strip();
    int sp = t.indexOf(' ');
    return sp < 0 ? t : t.substring(0, sp);
  }

  static boolean isShellWord(String exe) {
    String name = exe.substring(exe.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
    return switch (name) {
      case "sh", "bash", "ash", "dash", "zsh", "ksh" -> true;
      default -> false;
    };
  }
}
