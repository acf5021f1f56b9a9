package dev.dockwright.rules.compose;

import dev.dockwright.compose.Build;
import dev.dockwright.compose.ResolvedBuild;
import dev.dockwright.compose.Service;
import dev.dockwright.lint.ComposeContext;
import dev.dockwright.lint.ComposeRule;
import dev.dockwright.lint.Origin;
import dev.dockwright.lint.RuleSpec;
import dev.dockwright.lint.Severity;
import java.nio.file.Path;
import java.util.Optional;

@RuleSpec(
    code = "DW6005",
    name = "BuildDockerfileMissing",
    severity = Severity.ERROR,
    origin = Origin.DOCKWRIGHT,
    summary = "A service's `build:` points at a context or Dockerfile that does not exist.",
    rationale = """
        `docker compose build` (and `up`) fails on it: "unable to prepare context: path not \
        found" or "failed to read dockerfile". The context is resolved against the Compose \
        file's directory and `dockerfile:` against the context, which is easy to get wrong \
        after moving files (`dockerfile: ./api/Dockerfile` with `context: ./api` means \
        ./api/api/Dockerfile). Remote contexts (Git, URLs), `dockerfile_inline` and paths built \
        from variables the file does not define are not checked.""",
    bad = """
        services:
          worker:
            build:
              context: ./api    # holds a Dockerfile, but no Dockerfile.worker
              dockerfile: Dockerfile.worker
        """,
    good = """
        services:
          api:
            build: ./api        # api/Dockerfile exists
        """,
    exampleFiles = {"api/Dockerfile", "FROM python:3.12-slim\nCMD [\"python\", \"-m\", \"http.server\"]\n"})
public final class BuildDockerfileMissing implements ComposeRule {

  @Override
  public void check(ComposeContext context) {
    for (Service service : context.compose().services()) {
      Optional<Build> build = service.build();
      if (build.isEmpty()) {
        continue;
      }
      Optional<ResolvedBuild> resolved = context.resolve(build.get());
      if (resolved.isEmpty() || resolved.get().existing().isPresent()) {
        continue;
      }
      Path base = context.file().directory();
      if (!resolved.get().contextExists()) {
        context.report(build.get().context().range(), service.name() + ": the build context "
            + show(base, resolved.get().context()) + " does not exist.");
      } else {
        context.report(build.get().dockerfile().map(d -> d.range())
                .orElse(build.get().context().range()),
            service.name() + ": the Dockerfile " + show(base, resolved.get().dockerfile())
                + " does not exist (a relative dockerfile: is resolved against the build context).");
      }
    }
  }

  /** A path relative to the Compose file's directory, as people write it there. */
  private static String show(Path base, Path path) {
    Path relative = base.relativize(path);
    String text = relative.toString().replace('\\', '/');
    return text.startsWith("..") ? path.toString() : "./" + (text.isEmpty() ? "" : text);
  }
}
