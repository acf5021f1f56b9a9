package dev.dockwright.cli;

import dev.dockwright.engine.build.ProgressPrinter;
import dev.dockwright.image.ImageSource;
import dev.dockwright.io.AtomicFiles;
import dev.dockwright.io.UserException;
import dev.dockwright.verify.SpecOverrides;
import dev.dockwright.verify.Verifier;
import dev.dockwright.verify.VerifyReport;
import dev.dockwright.verify.report.ReportFormat;
import dev.dockwright.verify.spec.ByteSize;
import dev.dockwright.verify.spec.Durations;
import dev.dockwright.verify.spec.RuntimeSpec;
import dev.dockwright.verify.spec.VerifySpec;
import dev.dockwright.verify.spec.VerifySpecParser;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dockwright verify}: check an image (and a container of it) against an acceptance spec. */
@Command(name = "verify", mixinStandardHelpOptions = true, sortOptions = false, description = {
    "Check an image and a running container of it against an acceptance spec (dockwright-verify.yaml and/or flags).",
    "IMAGE is an image in the engine, or docker-archive:PATH / oci:PATH (image checks only, no engine needed).",
    "Exit 0 every check passed, 1 a check failed, 2 usage or engine error."})
public final class VerifyCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", arity = "0..1", paramLabel = "IMAGE", description = "Image to verify (or use --build).")
  String image;

  @Option(names = "--build", paramLabel = "DIR", description = "Build DIR first (BuildKit when possible), then verify the result;"
      + " -f, -t, --target, --build-arg, --platform, --network, --builder and --no-cache shape the build.")
  Path buildDir;

  @Option(names = "--spec", paramLabel = "FILE",
      description = "Spec file (default: DIR/dockwright-verify.yaml with --build, else ./dockwright-verify.yaml, if present).")
  Path specFile;

  @Option(names = "--max-size", paramLabel = "SIZE", description = "Largest image size, e.g. 500MB (uncompressed, as docker images shows).")
  String maxSize;

  @Option(names = "--non-root", description = "The image USER and the running process must not be root (on by default).")
  boolean nonRoot;

  @Option(names = "--allow-root", description = "Do not check for root.")
  boolean allowRoot;

  @Option(names = "--ready-within", paramLabel = "DURATION", description = "Start to healthy (or first good probe) limit, e.g. 30s.")
  String readyWithin;

  @Option(names = "--probe", paramLabel = "PATH[=STATUS]", description = "HTTP GET that must answer STATUS (default 200); repeatable.")
  List<String> probes = new ArrayList<>();

  @Option(names = "--concurrency", paramLabel = "N", description = "N simultaneous requests (first probe's path, else /) must all succeed.")
  Integer concurrency;

  @Option(names = "--run-as-uid", paramLabel = "UID[:GID]", description = "Run the container as this user (Hugging Face Spaces: 1000).")
  String runAs;

  @Option(names = "--writable", paramLabel = "PATH", description = "The running user must be able to write PATH; repeatable.")
  List<String> writable = new ArrayList<>();

  @Option(names = "--read-only", description = "Run with a read-only root filesystem (tmpfs /tmp).")
  boolean readOnly;

  @Option(names = "--stop-within", paramLabel = "DURATION", description = "SIGTERM to exit limit, e.g. 10s.")
  String stopWithin;

  @Option(names = "--port", paramLabel = "PORT", description = "Container port the app serves HTTP on (default: the only exposed port).")
  Integer port;

  @Option(names = {"-e", "--env"}, paramLabel = "KEY=VALUE", description = "Environment for the container; repeatable.")
  List<String> env = new ArrayList<>();

  @Option(names = "--no-runtime", description = "Image checks only; start no container.")
  boolean noRuntime;

  @Option(names = "--format", paramLabel = "tty|json|junit|markdown", defaultValue = "tty", description = "Report format (default: ${DEFAULT-VALUE}).")
  String format;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the report to FILE (atomically) instead of standard output.")
  Path output;

  @Option(names = "--force", description = "Replace --output if it exists.")
  boolean force;

  // Build flags, as for dockwright build; they shape the --build build.
  @Mixin BuildOptions build;

  @Mixin EngineOptions engineOptions;

  @Override
  public Integer call() {
    if ((image == null) == (buildDir == null)) {
      throw new CommandLine.ParameterException(spec.commandLine(), "give an IMAGE or --build DIR (one of them)");
    }
    if (nonRoot && allowRoot) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--non-root and --allow-root contradict each other");
    }
    ReportFormat reportFormat;
    try {
      reportFormat = ReportFormat.parse(format);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--format: " + e.getMessage());
    }
    if (output != null && Files.exists(output) && !force) {
      throw new UserException(output + " exists; use --force to replace it");
    }
    // Progress goes to stderr, so stdout carries only the report (json, junit...).
    PrintWriter err = spec.commandLine().getErr();
    VerifySpec verifySpec = overrides().apply(loadSpec(err));

    Verifier.Target target;
    if (buildDir != null) {
      var request = build.request(spec, buildDir);
      dev.dockwright.engine.build.ImageBuilder.checkInputs(request);
      target = new Verifier.Build(request);
    } else if (ImageSource.isFileSource(image)) {
      target = new Verifier.FileImage(ImageSource.parse(image), image);
    } else {
      target = new Verifier.EngineImage(image);
    }
    Verifier.Options options = new Verifier.Options(verifySpec, new ProgressPrinter(err, build.verbose),
        line -> {
          err.println("verify: " + line);
          err.flush();
        });
    VerifyReport report = Verifier.verify(target, options, engineOptions::connect);
    String text = reportFormat.render(report);
    if (output != null) {
      try {
        AtomicFiles.writeString(output, text, force ? AtomicFiles.Mode.REPLACE : AtomicFiles.Mode.CREATE_NEW);
      } catch (IOException e) {
        throw new UserException("cannot write " + output + ": " + e.getMessage());
      }
      err.println("verify: report written to " + output);
    } else {
      PrintWriter out = spec.commandLine().getOut();
      out.print(text);
      out.flush();
    }
    return report.passed() ? ExitCode.OK : ExitCode.FINDINGS;
  }

  private VerifySpec loadSpec(PrintWriter err) {
    Path file = specFile;
    if (file == null) {
      Path candidate = (buildDir != null ? buildDir : Path.of(".")).resolve(VerifySpec.FILE_NAME);
      if (Files.isRegularFile(candidate)) {
        file = candidate;
      }
    }
    if (file == null) {
      return VerifySpec.defaults();
    }
    if (!Files.isRegularFile(file)) {
      throw new UserException("no spec file at " + file);
    }
    err.println("verify: spec " + file);
    return VerifySpecParser.parse(file);
  }

  private SpecOverrides overrides() {
    OptionalLong size = OptionalLong.empty();
    if (maxSize != null) {
      size = OptionalLong.of(ByteSize.parse(maxSize).orElseThrow(() -> new CommandLine.ParameterException(spec.commandLine(),
          "--max-size: '" + maxSize + "' is not a size; use e.g. 500MB, 1.5GB, 512MiB")));
    }
    List<RuntimeSpec.HttpProbe> probeList = new ArrayList<>();
    for (String p : probes) {
      int eq = p.lastIndexOf('=');
      String path = eq > 0 ? p.substring(0, eq) : p;
      int status = 200;
      if (eq > 0) {
        try {
          status = Integer.parseInt(p.substring(eq + 1));
        } catch (NumberFormatException e) {
          throw new CommandLine.ParameterException(spec.commandLine(), "--probe: expected PATH[=STATUS], got '" + p + "'");
        }
      }
      if (!path.startsWith("/")) {
        throw new CommandLine.ParameterException(spec.commandLine(), "--probe: the path must start with /, got '" + path + "'");
      }
      probeList.add(SpecOverrides.probe(path, status));
    }
    Map<String, String> envMap = new LinkedHashMap<>();
    for (String e : env) {
      int eq = e.indexOf('=');
      if (eq <= 0) {
        throw new CommandLine.ParameterException(spec.commandLine(), "--env expects KEY=VALUE, got '" + e + "'");
      }
      envMap.put(e.substring(0, eq), e.substring(eq + 1));
    }
    if (concurrency != null && concurrency < 1) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--concurrency must be at least 1");
    }
    if (runAs != null && !runAs.matches("\\d+(:\\d+)?")) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--run-as-uid expects UID or UID:GID, got '" + runAs + "'");
    }
    return new SpecOverrides(size,
        nonRoot ? Optional.of(true) : allowRoot ? Optional.of(false) : Optional.empty(),
        duration("--ready-within", readyWithin), probeList,
        concurrency == null ? OptionalInt.empty() : OptionalInt.of(concurrency), Optional.ofNullable(runAs), writable,
        readOnly, duration("--stop-within", stopWithin), port == null ? OptionalInt.empty() : OptionalInt.of(port),
        envMap, noRuntime);
  }

  private Optional<Duration> duration(String flag, String text) {
    if (text == null) {
      return Optional.empty();
    }
    return Optional.of(Durations.parse(text).orElseThrow(() -> new CommandLine.ParameterException(spec.commandLine(),
        flag + ": '" + text + "' is not a duration; use e.g. 30s, 500ms, 1m30s")));
  }
}
