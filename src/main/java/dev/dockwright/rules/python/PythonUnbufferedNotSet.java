package dev.dockwright.rules.python;

import dev.dockwright.lint.FixSafety;
import dev.dockwright.lint.Origin;
import dev.dockwright.lint.Rule;
import dev.dockwright.lint.RuleContext;
import dev.dockwright.lint.RuleSpec;
import dev.dockwright.lint.Severity;
import dev.dockwright.shell.ast.Word;
import java.util.List;

@RuleSpec(
    code = "DW5001",
    name = "PythonUnbufferedNotSet",
    severity = Severity.INFO,
    origin = Origin.DOCKWRIGHT,
    summary = "A Python server image does not set PYTHONUNBUFFERED.",
    rationale = """
        When stdout is not a terminal (it never is in a container) Python block-buffers it: \
        `print()` output and logging handlers on stdout reach `docker logs` in 8 KB bursts, \
        minutes late on a quiet service, and whatever is still in the buffer is lost when the \
        container is killed, which is exactly the output you need after a crash. \
        `PYTHONUNBUFFERED=1` (or `python -u`) makes the streams unbuffered. Only images that \
        start a Python server are checked: a known server (uvicorn, gunicorn, flask run, \
        streamlit, ...) or a Python program in an image that EXPOSEs a port.""",
    bad = """
        FROM python:3.12-slim
        COPY . /app
        CMD ["uvicorn", "app.main:app", "--host", "0.0.0.0"]
        """,
    good = """
        FROM python:3.12-slim
        ENV PYTHONUNBUFFERED=1
        COPY . /app
        CMD ["uvicorn", "app.main:app", "--host", "0.0.0.0"]
        """,
    fix = "Adds `ENV PYTHONUNBUFFERED=1` on the line after the final stage's FROM.",
    fixSafety = FixSafety.SAFE)
public final class PythonUnbufferedNotSet implements Rule {

  @Override
  public void check(RuleContext context) {
    List<Launch> servers = ImageStart.serversWithout(context.model(), "PYTHONUNBUFFERED");
    if (servers.isEmpty() || servers.stream().allMatch(PythonUnbufferedNotSet::unbufferedFlag)) {
      return;
    }
    Launch first = servers.get(0);
    context.report(first.range(), "The image starts " + first.server().display()
        + " without PYTHONUNBUFFERED: stdout is block-buffered in a container, so its output"
        + " reaches the logs late and the last of it is lost when the container dies. Set"
        + " ENV PYTHONUNBUFFERED=1.",
        Edits.setFlag(context.file().text(), first, "PYTHONUNBUFFERED", true));
  }

  /** {@code python -u app.py} (also in a cluster such as {@code -uB}). */
  private static boolean unbufferedFlag(Launch launch) {
    List<Word> argv = launch.argv();
    int i = launch.match().command().nameWord() == null ? -1
        : argv.indexOf(launch.match().command().nameWord());
    String name = launch.match().command().name();
    if (i < 0 || name == null || !name.startsWith("python")) {
      return false;
    }
    for (Word w : argv.subList(i + 1, argv.size())) {
      String a = w.unquoted();
      if (!a.startsWith("-") || a.startsWith("--")) {
        return false;
      }
      if (a.contains("u") && !a.equals("-m") && !a.startsWith("-W") && !a.startsWith("-X")) {
        return true;
      }
    }
    return false;
  }
}
