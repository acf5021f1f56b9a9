package dev.dockwright.rules.buildkit;

import dev.dockwright.ignore.DockerIgnore;
import dev.dockwright.ignore.GoPaths;
import dev.dockwright.ignore.PatternMatcher;
import dev.dockwright.lint.Origin;
import dev.dockwright.lint.Rule;
import dev.dockwright.lint.RuleContext;
import dev.dockwright.lint.RuleSpec;
import dev.dockwright.lint.Severity;
import dev.dockwright.model.CopyStep;
import dev.dockwright.model.Stage;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;

/**
 * BuildKit's CopyIgnoredFile: COPY or ADD names a build-context file that {@code .dockerignore}
 * leaves out. The build context is the Dockerfile's directory ({@code ModelOptions.contextDir});
 * BuildKit's {@code <Dockerfile>.dockerignore} next to it is preferred over
 * {@code .dockerignore}. As in BuildKit, nothing is checked when the ignore file has a {@code !}
 * pattern (what it re-includes cannot be known without the files), and {@code .} or {@code /}
 * only count as ignored when a pattern is exactly {@code *}, {@code **} or {@code **}{@code /*}.
 * Without a context directory (stdin) the rule is silent.
 */
@RuleSpec(
    code = "CopyIgnoredFile",
    name = "CopyIgnoredFile",
    severity = Severity.WARNING,
    origin = Origin.BUILDKIT,
    summary = "Attempting to Copy file that is excluded by .dockerignore",
    rationale = """
        Files excluded by .dockerignore are not sent to the builder, so COPY of one fails with \
        "not found" (or, for a directory, silently copies less than it names). Either the \
        ignore pattern is too broad or the COPY is stale.""",
    bad = """
        # .dockerignore: tmp/*
        FROM scratch
        COPY ./tmp/helloworld.txt /helloworld.txt
        """,
    good = """
        # .dockerignore: tmp/*
        FROM scratch
        COPY ./forever/helloworld.txt /helloworld.txt
        """,
    // BuildKit's page pairs "*/tmp/*" with ./tmp/helloworld.txt, which that pattern does not match
    // (it needs a directory above tmp); "tmp/*" is what the example means.
    dockerignore = "tmp/*\n")
public final class CopyIgnoredFile implements Rule {

  private static final Set<String> EVERYTHING = Set.of("*", "**", "**/*");

  @Override
  public void check(RuleContext context) {
    Optional<Path> dir = context.model().options().contextDir();
    if (dir.isEmpty()) {
      return;
    }
    String dockerfileName = context.file().path().map(p -> p.getFileName().toString())
        .orElse("Dockerfile");
    Optional<PatternMatcher> found = DockerIgnore.find(dir.get(), dockerfileName);
    if (found.isEmpty() || found.get().hasExclusions()) {
      return;
    }
    check(context, found.get());
  }

  static void check(RuleContext context, PatternMatcher ignore) {
    boolean rootIgnored = ignore.patterns().stream()
        .anyMatch(p -> !p.exclusion() && EVERYTHING.contains(p.text()));
    for (Stage stage : context.model().stages()) {
      for (CopyStep copy : stage.steps(CopyStep.class)) {
        if (!copy.fromContext()) {
          continue;
        }
        for (String source : copy.sources()) {
          if (source.startsWith("<<") || isRemote(source)) {
            continue;
          }
          String path = GoPaths.clean(source);
          if ((path.equals(".") || path.equals("/")) && !rootIgnored) {
            continue;
          }
          if (ignore.excludes(path)) {
            context.report(copy.range(), "Attempting to " + (copy.isAdd() ? "Add" : "Copy")
                + " file " + Go.quote(path) + " that is excluded by .dockerignore");
          }
        }
      }
    }
  }

  /** URLs and git references, which ADD fetches instead of reading the context. */
  private static boolean isRemote(String source) {
    return source.contains("://") || source.startsWith("git@");
  }
}
