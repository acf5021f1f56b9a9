package dev.dockwright.rules.compose;

import dev.dockwright.compose.Healthcheck;
import dev.dockwright.compose.Scalar;
import dev.dockwright.compose.Service;
import dev.dockwright.lint.ComposeContext;
import dev.dockwright.lint.ComposeRule;
import dev.dockwright.lint.Origin;
import dev.dockwright.lint.RuleSpec;
import dev.dockwright.lint.Severity;
import dev.dockwright.model.DockerfileModel;
import dev.dockwright.model.Stage;
import dev.dockwright.model.ToolPresence;
import dev.dockwright.model.image.ImageFacts;
import dev.dockwright.model.image.ImageRef;
import dev.dockwright.model.image.Presence;
import dev.dockwright.shell.Invocation;
import dev.dockwright.shell.ShellParser;
import dev.dockwright.syntax.Range;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

@RuleSpec(
    code = "DW6006",
    name = "ComposeHealthcheckToolMissing",
    severity = Severity.ERROR,
    origin = Origin.DOCKWRIGHT,
    summary = "A service's healthcheck calls curl or wget, which its image does not have.",
    rationale = """
        Slim and Alpine Python images ship without curl (and slim without wget). A healthcheck \
        that runs a missing program fails every time, so the service never becomes healthy: \
        services that depend on it with `condition: service_healthy` never start, and \
        orchestrators keep restarting it. For a service built here, the Dockerfile it builds \
        (context, dockerfile, target and build args as Compose resolves them) is read with the \
        same model as the Dockerfile rule DW4001: a tool installed or copied in any stage the \
        image is built from counts. For `image:` only, what is known about the image is used. \
        Probe with the Python standard library, or install the tool.""",
    bad = """
        services:
          api:
            build: ./api        # api/Dockerfile: FROM python:3.12-slim, installs nothing
            healthcheck:
              test: ["CMD", "curl", "-f", "http://localhost:8000/health"]
        """,
    good = """
        services:
          api:
            build: ./api        # api/Dockerfile: FROM python:3.12-slim, installs nothing
            healthcheck:
              test: ["CMD", "python", "-c", "import urllib.request; urllib.request.urlopen('http://localhost:8000/health', timeout=2)"]
        """,
    exampleFiles = {"api/Dockerfile",
        "FROM python:3.12-slim\nCOPY app.py /app/app.py\nCMD [\"python\", \"/app/app.py\"]\n"})
public final class ComposeHealthcheckToolMissing implements ComposeRule {

  /** A program the check runs and where it is written. */
  private record Call(String tool, Range range) {}

  @Override
  public void check(ComposeContext context) {
    for (Service service : context.compose().services()) {
      Optional<Healthcheck> check = service.healthcheck();
      if (check.isEmpty() || !check.get().active()) {
        continue;
      }
      List<Call> calls = calls(check.get().test().get());
      if (calls.isEmpty()) {
        continue;
      }
      for (Call call : calls) {
        lacking(context, service, call.tool()).ifPresent(image -> context.report(call.range(),
            service.name() + ": the healthcheck runs " + call.tool() + ", but " + image
                + " does not include it: the check always fails and the service never becomes"
                + " healthy. Probe with python -c 'import urllib.request; ...' or install "
                + call.tool() + "."));
      }
    }
  }

  /** The curl and wget calls of a test, each with where it is written. */
  private static List<Call> calls(Healthcheck.Test test) {
    List<Call> out = new ArrayList<>();
    if (test.exec()) {
      if (!test.argv().isEmpty()) {
        Scalar program = test.argv().get(0);
        String name = program.value().substring(program.value().lastIndexOf('/') + 1);
        if (ToolPresence.known(name)) {
          out.add(new Call(name, program.range()));
        }
      }
    } else if (test.shell().isPresent()) {
      Scalar script = test.shell().get();
      for (Invocation i : ShellParser.parse(script.value()).commands("curl", "wget")) {
        out.add(new Call(i.program(), script.range()));
      }
    }
    return out;
  }

  /**
   * How to name the image when it certainly lacks {@code tool}: the one the service builds, or
   * its {@code image:} when it builds nothing. Empty when the tool is there or nobody knows.
   */
  private static Optional<String> lacking(ComposeContext context, Service service, String tool) {
    if (service.build().isPresent()) {
      Optional<DockerfileModel> model = context.model(service.build().get());
      Optional<Stage> stage = model.flatMap(DockerfileModel::finalStage);
      if (stage.isEmpty() || ToolPresence.of(stage.get(), tool) != Presence.ABSENT) {
        return Optional.empty();
      }
      String base = stage.get().image().map(ImageRef::raw).orElse(stage.get().baseText());
      return Optional.of("the image it builds (from " + base + ", and no stage installs it)");
    }
    Optional<String> image = service.image().flatMap(i -> context.interpolation().resolve(i.value()));
    if (image.isEmpty()) {
      return Optional.empty();
    }
    ImageFacts facts = ImageFacts.of(ImageRef.parse(image.get()));
    return ToolPresence.of(facts, tool) == Presence.ABSENT ? Optional.of(image.get())
        : Optional.empty();
  }
}
