package dev.dockwright.rules.python;

import dev.dockwright.lint.FixSafety;
import dev.dockwright.lint.Origin;
import dev.dockwright.lint.Rule;
import dev.dockwright.lint.RuleContext;
import dev.dockwright.lint.RuleSpec;
import dev.dockwright.lint.Severity;
import dev.dockwright.model.RunStep;
import dev.dockwright.model.Stage;
import dev.dockwright.shell.Invocation;
import java.util.List;

@RuleSpec(
    code = "DW5002",
    name = "PythonBytecodeWritten",
    severity = Severity.STYLE,
    origin = Origin.DOCKWRIGHT,
    summary = "A Python server image writes bytecode at run time: neither PYTHONDONTWRITEBYTECODE"
        + " nor a build-time compileall.",
    rationale = """
        Python caches the bytecode of every module it imports in `__pycache__` beside the \
        source. In a container that happens at run time, in every new container: the files \
        land in the container's writable layer (lost on restart, so the work is redone), and \
        when the service runs as a non-root user over root-owned source the writes fail \
        silently and every start compiles everything again. Either say so \
        (`PYTHONDONTWRITEBYTECODE=1`) or compile once at build time (`python -m compileall`, \
        `UV_COMPILE_BYTECODE=1`, `uv sync --compile-bytecode`) so the image ships the cache. \
        Only images that start a Python server are checked.""",
    bad = """
        FROM python:3.12-slim
        COPY . /app
        CMD ["gunicorn", "--bind", "0.0.0.0:8000", "app:app"]
        """,
    good = """
        FROM python:3.12-slim
        ENV PYTHONDONTWRITEBYTECODE=1
        COPY . /app
        CMD ["gunicorn", "--bind", "0.0.0.0:8000", "app:app"]
        """,
    fix = "Adds `ENV PYTHONDONTWRITEBYTECODE=1` after the final stage's FROM.",
    fixSafety = FixSafety.SAFE)
public final class PythonBytecodeWritten implements Rule {

  @Override
  public void check(RuleContext context) {
    List<Launch> servers = ImageStart.serversWithout(context.model(), "PYTHONDONTWRITEBYTECODE");
    if (servers.isEmpty() || compilesAtBuildTime(context.model().stages())
        || dontWriteFlag(servers.get(0))) {
      return;
    }
    Launch first = servers.get(0);
    context.report(first.range(), "The image starts " + first.server().display()
        + " and Python writes __pycache__ at run time in every new container. Set"
        + " ENV PYTHONDONTWRITEBYTECODE=1, or compile at build time (python -m compileall).",
        Edits.setFlag(context.file().text(), first, "PYTHONDONTWRITEBYTECODE", false));
  }

  /**
   * {@code python -m compileall}, {@code uv ... --compile-bytecode}, {@code poetry install
   * --compile}, {@code UV_COMPILE_BYTECODE}, in any stage (a builder's compiled files are copied
   * with what they belong to).
   */
  private static boolean compilesAtBuildTime(List<Stage> stages) {
    for (Stage s : stages) {
      String compile = s.endContext().scope().get("UV_COMPILE_BYTECODE");
      if (compile != null && !compile.isEmpty()) {
        return true;
      }
      for (RunStep run : s.steps(RunStep.class)) {
        for (RunStep.Command c : run.commands()) {
          Invocation i = c.invocation();
          if (i.is("compileall", "py_compile")) {
            return true;
          }
          if (i.is("uv", "poetry", "pip", "pdm") && i.args().stream().anyMatch(w ->
              w.is("--compile-bytecode") || w.is("--compile"))) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** {@code python -B app.py}. */
  private static boolean dontWriteFlag(Launch launch) {
    return launch.argv().stream().anyMatch(w -> w.is("-B"));
  }
}
