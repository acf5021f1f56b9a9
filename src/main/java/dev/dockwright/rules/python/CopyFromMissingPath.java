package dev.dockwright.rules.python;

import dev.dockwright.lint.Origin;
import dev.dockwright.lint.Rule;
import dev.dockwright.lint.RuleContext;
import dev.dockwright.lint.RuleSpec;
import dev.dockwright.lint.Severity;
import dev.dockwright.model.CopyStep;
import dev.dockwright.model.Paths;
import dev.dockwright.model.RunStep;
import dev.dockwright.model.Stage;
import dev.dockwright.model.StagePaths;
import dev.dockwright.model.image.PythonRuntime;
import dev.dockwright.syntax.Range;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

@RuleSpec(
    code = "DW1001",
    name = "CopyFromMissingPath",
    severity = Severity.ERROR,
    origin = Origin.DOCKWRIGHT,
    summary = "COPY --from copies a path the source stage never creates, or Python files between"
        + " stages of different Python versions.",
    rationale = """
        A multi-stage build copies what the builder produced. When the builder is moved to a \
        new Python (`python:3.13`) but the runtime stage still copies \
        `/usr/local/lib/python3.12/site-packages`, the path does not exist in the builder and \
        the build fails (or, with a wildcard, silently copies nothing). When both sides name \
        their own version, the copy succeeds but the runtime's Python never looks in the other \
        version's site-packages, and a virtualenv's `python` points at an interpreter the \
        runtime does not have: ImportError at start-up. The rule reads what each stage creates \
        (COPY, WORKDIR, mkdir, virtualenvs, pip install targets, wheel directories, downloads) \
        and stays silent when a stage runs something it cannot follow.""",
    bad = """
        FROM python:3.13-slim AS builder
        RUN pip install --no-cache-dir flask
        FROM python:3.12-slim
        COPY --from=builder /usr/local/lib/python3.12/site-packages /usr/local/lib/python3.12/site-packages
        """,
    good = """
        FROM python:3.12-slim AS builder
        RUN python -m venv /opt/venv && /opt/venv/bin/pip install --no-cache-dir flask
        FROM python:3.12-slim
        COPY --from=builder /opt/venv /opt/venv
        """)
public final class CopyFromMissingPath implements Rule {

  private static final Pattern PYTHON_LIB = Pattern.compile("^/usr/local/lib/python(\\d+\\.\\d+)(/.*)?$");

  @Override
  public void check(RuleContext context) {
    for (Stage stage : context.model().stages()) {
      for (CopyStep copy : stage.steps(CopyStep.class)) {
        if (copy.fromStage().isEmpty()) {
          continue;
        }
        Stage source = copy.fromStage().get();
        for (int i = 0; i < copy.sources().size(); i++) {
          check(context, stage, copy, source, copy.sources().get(i), copy.sourceTokens().get(i).range());
        }
      }
    }
  }

  private static void check(RuleContext context, Stage target, CopyStep copy, Stage source,
      String src, Range range) {
    if (src.contains("$")) {
      return;
    }
    String path = Paths.normalize(src.startsWith("/") ? src : "/" + src);
    String from = source.name().orElse(Integer.toString(source.index()));
    Optional<PythonRuntime> sourcePy = source.facts().python();
    Optional<PythonRuntime> targetPy = target.facts().python();
    Matcher lib = PYTHON_LIB.matcher(path);
    if (lib.matches() && sourcePy.isPresent() && !sourcePy.get().version().equals(lib.group(1))) {
      context.report(range, "Stage " + from + " is built on " + source.baseText() + " (Python "
          + sourcePy.get().version() + "): " + path + " does not exist there; its packages are in "
          + sourcePy.get().sitePackages() + ". Build and run on the same Python minor.");
      return;
    }
    if (sourcePy.isPresent() && targetPy.isPresent()
        && !sourcePy.get().version().equals(targetPy.get().version())
        && versionSpecific(path, source, sourcePy.get())) {
      context.report(range, path + " is built for Python " + sourcePy.get().version() + " in stage "
          + from + " but copied into a stage on Python " + targetPy.get().version()
          + ", which will not load it. Use the same Python minor in both stages.");
      return;
    }
    String probe = globFree(path);
    Optional<StagePaths> paths = StagePaths.of(source);
    if (paths.isPresent() && !paths.get().mayContain(probe)) {
      context.report(range, "Stage " + from + " never creates " + path
          + ": nothing in it (COPY, WORKDIR, RUN) writes there, so the build fails with"
          + " \"not found\".");
    }
  }

  /** Site-packages, console scripts and virtualenvs only work with the Python that made them. */
  private static boolean versionSpecific(String path, Stage source, PythonRuntime py) {
    if (Paths.isUnder(path, py.libDir()) || path.equals(py.binDir()) || Paths.isUnder(path, "/root/.local")) {
      return true;
    }
    for (Stage s = source; s != null; s = s.parent().orElse(null)) {
      for (RunStep run : s.steps(RunStep.class)) {
        for (RunStep.Command c : run.commands("venv", "virtualenv", "uv")) {
          var args = c.invocation().resolved().argValues();
          if (args.stream().anyMatch(a -> a != null
              && Paths.normalize(Paths.resolve(run.context().workdir(), a)).equals(path))) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** The directory part before the first wildcard: {@code /wheels/*.whl} gives {@code /wheels}. */
  private static String globFree(String path) {
    int star = indexOfAny(path, "*?[");
    if (star < 0) {
      return path;
    }
    int slash = path.lastIndexOf('/', star);
    return slash <= 0 ? "/" : path.substring(0, slash);
  }

  private static int indexOfAny(String s, String chars) {
    for (int i = 0; i < s.length(); i++) {
      if (chars.indexOf(s.charAt(i)) >= 0) {
        return i;
      }
    }
    return -1;
  }
}
