package dev.dockwright.cli;

import dev.dockwright.io.StrictUtf8;
import dev.dockwright.syntax.Arguments;
import dev.dockwright.syntax.Diagnostic;
import dev.dockwright.syntax.DockerfileParser;
import dev.dockwright.syntax.Dump;
import dev.dockwright.syntax.Instruction;
import dev.dockwright.syntax.ParseResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code dockwright parse}: shows how dockwright (and BuildKit) read a Dockerfile. */
@Command(
    name = "parse",
    mixinStandardHelpOptions = true,
    description = {
        "Parse Dockerfiles as BuildKit does and print what was read.",
        "",
        "With --dump, print BuildKit's AST dump format (the format of BuildKit's parser test "
            + "files): one (instruction ...) line per instruction. Without it, print one line per "
            + "instruction: its lines, keyword, flags and argument form.",
        "When several files are given, each file's output is preceded by a header line "
            + "'==> FILE <==' and separated from the previous one by a blank line (as head(1) does); "
            + "a single file gets no header.",
        "Parse errors are printed on stderr as FILE:LINE:COLUMN: message (with --dump, a file "
            + "with errors prints no dump, as BuildKit produces none), BuildKit's warnings as "
            + "FILE:LINE:COLUMN: warning: message. '-' reads standard input.",
        "",
        "Exit status: 0 all files parsed, 2 a file is missing, unreadable, not UTF-8 or has a "
            + "parse error (the other files are still printed)."
    })
public final class ParseCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--dump", description = "Print BuildKit's AST dump.")
  boolean dump;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Dockerfiles to parse ('-' for stdin).")
  List<String> files;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    int status = ExitCode.OK;
    boolean first = true;
    for (String file : files) {
      String text;
      try {
        text = read(file);
      } catch (InputError e) {
        err.println("dockwright: " + e.getMessage());
        status = ExitCode.USAGE;
        continue;
      }
      ParseResult result = DockerfileParser.parse(file, text);
      if (files.size() > 1) {
        out.print((first ? "" : "\n") + "==> " + file + " <==\n");
      }
      first = false;
      if (!dump) {
        out.print(outline(result));
      } else if (!result.hasErrors()) {
        out.print(Dump.of(result.dockerfile())); // BuildKit has no tree for a file it rejects
      }
      for (Diagnostic d : result.diagnostics()) {
        err.println(d.isError() ? d.format(file) : d.format(file).replaceFirst(": ", ": warning: "));
      }
      if (result.hasErrors()) {
        status = ExitCode.USAGE;
      }
    }
    out.flush();
    return status;
  }

  /** One line per instruction: {@code 3-5 RUN --mount shell}. */
  private static String outline(ParseResult result) {
    StringBuilder b = new StringBuilder();
    for (Instruction i : result.dockerfile().instructions()) {
      b.append(i.startLine()).append('-').append(i.endLine()).append(' ').append(i.kind());
      i.flags().forEach(f -> b.append(" --").append(f.name()));
      b.append(' ').append(form(i.arguments()));
      if (!i.heredocs().isEmpty()) {
        b.append(" +").append(i.heredocs().size()).append(" heredoc");
      }
      b.append('\n');
    }
    return b.toString();
  }

  private static String form(Arguments a) {
    String name = a.getClass().getSimpleName();
    return Character.toLowerCase(name.charAt(0)) + name.substring(1);
  }

  private static final class InputError extends Exception {
    InputError(String message) {
      super(message, null, false, false);
    }
  }

  /** Reads a file as strict UTF-8; a bad byte is reported with its line and column. */
  private static String read(String file) throws InputError {
    byte[] bytes;
    try {
      if (file.equals("-")) {
        InputStream in = System.in;
        bytes = in.readAllBytes();
      } else {
        bytes = Files.readAllBytes(Path.of(file));
      }
    } catch (NoSuchFileException e) {
      throw new InputError(file + ": no such file");
    } catch (IOException | RuntimeException e) {
      throw new InputError(file + ": cannot read: " + e.getMessage());
    }
    try {
      return StrictUtf8.decode(bytes);
    } catch (StrictUtf8.Malformed e) {
      throw new InputError(file + ":" + e.line() + ":" + e.column() + ": not UTF-8 text (byte 0x"
          + Integer.toHexString(e.badByte()) + ")");
    }
  }
}
