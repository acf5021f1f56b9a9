package dev.dockwright.rules.python;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dockwright.lint.Origin;
import dev.dockwright.lint.Rule;
import dev.dockwright.lint.RuleContext;
import dev.dockwright.lint.RuleSpec;
import dev.dockwright.lint.Severity;
import dev.dockwright.model.CopyStep;
import dev.dockwright.model.DockerfileModel;
import dev.dockwright.model.Paths;
import dev.dockwright.model.RunStep;
import dev.dockwright.model.Stage;
import dev.dockwright.model.image.PythonRuntime;
import dev.dockwright.syntax.Heredoc;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

@RuleSpec(
    code = "DW5007",
    name = "PythonVersionDrift",
    severity = Severity.ERROR,
    origin = Origin.DOCKWRIGHT,
    summary = "The image's Python does not satisfy the project's requires-python,"
        + " .python-version or runtime.txt.",
    rationale = """
        The project says which Python it needs: `requires-python` in pyproject.toml (or \
        Poetry's `python` dependency), `.python-version` (pyenv, uv, rye) or `runtime.txt` \
        (Heroku-style platforms). The Dockerfile picks its own in the FROM line, and the two \
        drift: the project moves to 3.12 syntax or a library that needs it, the image stays \
        on `python:3.11-slim`. Then `pip install .` fails with "requires a different \
        Python", or, when dependencies are installed from a requirements file, the build \
        succeeds and the service dies at import time. The files are read from the \
        Dockerfile's directory (a pyproject.toml written by `COPY <<EOF` counts too); the \
        image's Python comes from the final stage's base (official python images, the uv \
        images, distroless), with the patch version when the tag has one; images that bring \
        their own interpreter (a uv-managed Python copied from a builder, `uv python install`, \
        pyenv, conda) are not judged by their base.""",
    bad = """
        FROM python:3.11-slim
        WORKDIR /app
        COPY <<EOF pyproject.toml
        [project]
        name = "svc"
        version = "1.0"
        requires-python = ">=3.12"
        EOF
        RUN pip install --no-cache-dir .
        """,
    good = """
        FROM python:3.12-slim
        WORKDIR /app
        COPY <<EOF pyproject.toml
        [project]
        name = "svc"
        version = "1.0"
        requires-python = ">=3.12"
        EOF
        RUN pip install --no-cache-dir .
        """)
public final class PythonVersionDrift implements Rule {

  private static final Pattern TAG_VERSION = Pattern.compile("^(\\d+)\\.(\\d+)(?:\\.(\\d+))?");
  private static final Pattern PINNED =
      Pattern.compile("^(?:cpython-|python-?)?(\\d+)\\.(\\d+)(?:\\.(\\d+))?(?:[-+].*)?$");

  @Override
  public void check(RuleContext context) {
    DockerfileModel model = context.model();
    Optional<Stage> last = model.finalStage();
    if (last.isEmpty() || last.get().facts().python().isEmpty()) {
      return;
    }
    if (otherInterpreter(last.get())) {
      return; // the image runs a Python it installs itself, not the base image's
    }
    Stage root = ImageFiles.chain(last.get()).get(0);
    PythonRuntime py = last.get().facts().python().get();
    Optional<Pep440.Version> exact = root.ownImage().flatMap(i -> i.tag())
        .flatMap(PythonVersionDrift::patchVersion)
        .filter(v -> v.part(0) == py.major() && v.part(1) == py.minor());
    String image = root.baseText() + " (Python " + exact.map(Object::toString).orElse(py.version())
        + ")";
    Optional<JsonNode> pyproject = PyProject.read(model).or(() -> inlinePyproject(last.get()));
    pyproject.ifPresent(tree -> {
      JsonNode requires = tree.at("/project/requires-python");
      JsonNode poetry = tree.at("/tool/poetry/dependencies/python");
      if (requires.isTextual()) {
        Pep440.parse(requires.asText()).filter(s -> !satisfied(s, py, exact)).ifPresent(s ->
            report(context, root, "pyproject.toml requires-python \"" + s.text() + "\"", image));
      } else if (poetry.isTextual()) {
        Pep440.parsePoetry(poetry.asText()).filter(s -> !satisfied(s, py, exact)).ifPresent(s ->
            report(context, root, "pyproject.toml's Poetry python = \"" + s.text() + "\"", image));
      }
    });
    pinned(model, ".python-version").filter(v -> !sameMinor(v, py)).ifPresent(v ->
        report(context, root, ".python-version pins " + v, image));
    pinned(model, "runtime.txt").filter(v -> !sameMinor(v, py)).ifPresent(v ->
        report(context, root, "runtime.txt pins Python " + v, image));
  }

  /**
   * The image brings its own interpreter: uv-managed Pythons copied in ({@code /root/.local},
   * {@code UV_PYTHON_INSTALL_DIR}), {@code uv python install}, pyenv or conda in the final
   * stage. Its version is not the base image's.
   */
  private static boolean otherInterpreter(Stage stage) {
    String uvPythons = stage.endContext().scope().env().get("UV_PYTHON_INSTALL_DIR");
    for (Stage s : ImageFiles.chain(stage)) {
      for (CopyStep copy : s.steps(CopyStep.class)) {
        if (copy.fromContext()) {
          continue;
        }
        for (String src : copy.sources()) {
          if (Paths.isUnder("/root/.local/share/uv/python", src) || src.contains("/uv/python")
              || uvPythons != null && Paths.isUnder(uvPythons, src) || src.contains("pyenv")
              || src.contains("conda")) {
            return true;
          }
        }
      }
      for (RunStep run : s.steps(RunStep.class)) {
        for (RunStep.Command c : run.commands()) {
          List<String> args = c.invocation().resolved().argTexts();
          if (c.invocation().is("uv") && args.size() >= 2 && args.get(0).equals("python")
              && args.get(1).equals("install")
              || c.invocation().is("pyenv") && args.contains("install")
              || c.invocation().is("conda", "mamba", "micromamba")
                  && args.stream().anyMatch(a -> a.startsWith("python="))) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private static boolean satisfied(Pep440.Specifier spec, PythonRuntime py,
      Optional<Pep440.Version> exact) {
    return exact.map(spec::admits).orElseGet(() -> spec.admitsSomePatchOf(py.major(), py.minor()));
  }

  private static boolean sameMinor(Pep440.Version v, PythonRuntime py) {
    return v.part(0) == py.major() && v.part(1) == py.minor();
  }

  private static void report(RuleContext context, Stage root, String wants, String image) {
    context.report(root.from().range(), wants + ", but the image runs " + image + ". Use a base"
        + " image with a Python the project supports, or update the project's constraint.");
  }

  /** The version a pin file names: first non-comment line, {@code 3.12}, {@code python-3.11.4}. */
  private static Optional<Pep440.Version> pinned(DockerfileModel model, String file) {
    return PyProject.text(model, file).flatMap(text -> text.lines().map(String::strip)
        .filter(l -> !l.isEmpty() && !l.startsWith("#")).findFirst())
        .flatMap(line -> {
          Matcher m = PINNED.matcher(line);
          return m.matches() ? Pep440.Version.parse(line.replaceAll("^[^0-9]*", "")
              .replaceAll("[-+].*$", "")) : Optional.empty();
        });
  }

  private static Optional<Pep440.Version> patchVersion(String tag) {
    Matcher m = TAG_VERSION.matcher(tag);
    return m.find() && m.group(3) != null ? Pep440.Version.parse(m.group()) : Optional.empty();
  }

  /** A pyproject.toml the image gets from a here-document ({@code COPY <<EOF pyproject.toml}). */
  private static Optional<JsonNode> inlinePyproject(Stage stage) {
    for (Stage s : ImageFiles.chain(stage)) {
      for (CopyStep copy : s.steps(CopyStep.class)) {
        for (Heredoc h : copy.heredocs()) {
          boolean named = copy.destination().endsWith("/") ? h.name().equals("pyproject.toml")
              : copy.resolvedDestination().endsWith("/pyproject.toml");
          if (named) {
            return PyProject.parse(h.effectiveContent());
          }
        }
      }
    }
    return Optional.empty();
  }
}
