package dev.dockwright.cli;

import dev.dockwright.convert.ConvertOptions;
import dev.dockwright.convert.Conversion;
import dev.dockwright.convert.Converter;
import dev.dockwright.convert.Layout;
import dev.dockwright.generate.Target;
import dev.dockwright.io.AtomicFiles;
import dev.dockwright.io.UnifiedDiff;
import dev.dockwright.io.UserException;
import dev.dockwright.lint.SourceFile;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dockwright convert}: reshape a Python service's Dockerfile. */
@Command(
    name = "convert",
    mixinStandardHelpOptions = true,
    description = {
        "Reshape a Python service's Dockerfile: fold a multi-stage build into one stage, split one"
            + " stage into a builder and a slim runtime, or retarget it to a platform (port, user,"
            + " health check). Prints the result; --write replaces the file (keeping FILE.bak),"
            + " --diff shows the change. Refuses, naming the instruction, when the image would"
            + " not do the same.",
        "",
        "Exit status: 0 converted (or nothing to change), 2 usage error, bad input or refusal."},
    sortOptions = false)
public final class ConvertCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(index = "0", arity = "0..1", paramLabel = "FILE",
      description = "The Dockerfile, a directory holding one, or '-' for stdin (default: "
          + "./Dockerfile).")
  String file = "Dockerfile";

  @Option(names = "--to", paramLabel = "LAYOUT", description = "single-stage or multi-stage.")
  String to;

  @Option(names = "--target", paramLabel = "TARGET",
      description = "generic, hf-spaces, cloud-run or port-8080: port, user and health check as "
          + "'dockwright init' writes them for that platform.")
  String target;

  @Option(names = "--port", paramLabel = "N",
      description = "The port to listen on instead of the target's (7860 hf-spaces, 8080 "
          + "cloud-run and port-8080, the current one for generic).")
  Integer port;

  @Option(names = "--write", description = "Replace the file (atomically), keeping the original "
      + "as FILE.bak.")
  boolean write;

  @Option(names = "--no-backup", description = "With --write: keep no FILE.bak.")
  boolean noBackup;

  @Option(names = "--diff", description = "Show the change as a unified diff; write nothing.")
  boolean diff;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    ConvertOptions options = options();
    SourceFile source = read();
    Conversion c = Converter.convert(source.name(), source.text(), options);
    for (String note : c.notes()) {
      err.println("note: " + note);
    }
    if (diff) {
      out.print(UnifiedDiff.diff("a/" + source.name(), "b/" + source.name(), c.original(),
          c.text()));
    } else if (write) {
      writeBack(source, c, err);
    } else {
      out.print(c.text());
    }
    out.flush();
    err.flush();
    return ExitCode.OK;
  }

  private ConvertOptions options() {
    if (to == null && target == null) {
      throw new UserException("nothing to do: give --to single-stage|multi-stage and/or --target "
          + "generic|hf-spaces|cloud-run|port-8080");
    }
    if (write && diff) {
      throw new UserException("--write and --diff conflict: --diff only shows the change");
    }
    if (noBackup && !write) {
      throw new UserException("--no-backup only applies with --write");
    }
    if (write && file.equals("-")) {
      throw new UserException("--write needs a file, not standard input");
    }
    ConvertOptions o = new ConvertOptions(Optional.empty(), Optional.empty(), OptionalInt.empty());
    try {
      if (to != null) {
        o = o.withLayout(Layout.fromId(to));
      }
      if (target != null) {
        o = o.withTarget(Target.fromId(target));
      }
    } catch (IllegalArgumentException e) {
      throw new UserException((to != null && e.getMessage().contains("layout") ? "--to: "
          : "--target: ") + e.getMessage());
    }
    if (port != null) {
      if (target == null) {
        throw new UserException("--port needs --target (the platform whose port it replaces)");
      }
      PortFlag.check(port, o.target().get());
      o = o.withPort(port);
    }
    return o;
  }

  private SourceFile read() {
    if (file.equals("-")) {
      return SourceFile.read(System.in, "-");
    }
    Path path = Path.of(file);
    if (Files.isDirectory(path)) {
      path = path.resolve("Dockerfile");
      return SourceFile.read(path, path.toString());
    }
    return SourceFile.read(path, file);
  }

  private void writeBack(SourceFile source, Conversion c, PrintWriter err) {
    Path path = source.path().orElseThrow();
    if (!c.changed()) {
      err.println(source.name() + ": unchanged");
      return;
    }
    Path backup = path.resolveSibling(path.getFileName() + ".bak");
    try {
      if (!noBackup) {
        try {
          AtomicFiles.writeString(backup, c.original(), AtomicFiles.Mode.CREATE_NEW);
        } catch (FileAlreadyExistsException e) {
          throw new UserException(backup + " exists: nothing written (remove it, or use "
              + "--no-backup)");
        }
      }
      AtomicFiles.writeString(path, c.text(), AtomicFiles.Mode.REPLACE);
    } catch (IOException e) {
      throw new UserException(path + ": cannot write: " + e.getMessage());
    }
    err.println(source.name() + ": converted" + (noBackup ? "" : " (the original is in "
        + backup.getFileName() + ")"));
  }
}
