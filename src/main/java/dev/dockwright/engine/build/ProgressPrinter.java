package dev.dockwright.engine.build;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * The build progress display: which path, one line per finished step with its time (or
 * {@code cached}), and on failure the Dockerfile line, the step's last output and the error.
 * Line-oriented so it reads the same in a terminal and a CI log; {@code verbose} adds every step's
 * output as it comes.
 */
public final class ProgressPrinter implements Consumer<BuildEvent> {
  private static final int NAME_WIDTH = 64;
  private final PrintWriter out;
  private final boolean verbose;

  public ProgressPrinter(PrintWriter out, boolean verbose) {
    this.out = out;
    this.verbose = verbose;
  }

  @Override
  public void accept(BuildEvent event) {
    if (event instanceof BuildEvent.Started s) {
      out.println("build: " + s.path().label() + ": " + s.reason());
    } else if (event instanceof BuildEvent.Note n) {
      out.println("note: " + n.text());
    } else if (event instanceof BuildEvent.StepStarted s) {
      if (verbose && shown(s.step())) {
        out.println("  > " + s.step().name());
      }
    } else if (event instanceof BuildEvent.StepOutput o) {
      if (verbose) {
        out.println("    | " + o.line());
      }
    } else if (event instanceof BuildEvent.StepFinished f) {
      BuildStep step = f.step();
      if (shown(step) || step.status() == BuildStep.Status.FAILED) {
        out.println("  " + pad(step.name()) + " " + status(step));
      }
    } else if (event instanceof BuildEvent.Finished f) {
      finished(f.result());
    }
    out.flush();
  }

  private void finished(BuildResult r) {
    if (r.failure().isPresent()) {
      BuildFailure fail = r.failure().get();
      out.println(fail.location() + ": build failed"
          + fail.instruction().map(i -> " at " + abbreviate(i.text(), 80)).orElse("")
          + " (" + r.path().label() + ", after " + seconds(r.duration()) + ")");
      if (!verbose && !fail.output().isEmpty()) {
        fail.output().forEach(l -> out.println("    | " + l));
      }
      out.println("  error: " + fail.message());
      if (!fail.hint().isEmpty()) {
        out.println("  hint: " + fail.hint());
      }
      return;
    }
    long steps = r.steps().stream().filter(ProgressPrinter::shown).count();
    long cached = r.steps().stream().filter(s -> shown(s) && s.status() == BuildStep.Status.CACHED).count();
    String id = r.imageId().map(i -> i.replaceFirst("^sha256:", "").substring(0, 12)).orElse("?");
    out.println("built " + (r.tags().isEmpty() ? id : String.join(", ", r.tags()) + " (" + id + ")")
        + " in " + seconds(r.duration()) + " with " + r.path().label() + ": " + steps + " steps, " + cached + " cached");
  }

  /** BuildKit's own bookkeeping steps ([internal], exporting) are not the user's. */
  private static boolean shown(BuildStep step) {
    String n = step.name();
    return !(n.startsWith("[internal]") || n.startsWith("exporting") || n.startsWith("naming")
        || n.startsWith("writing image") || n.startsWith("resolve image config"));
  }

  private static String status(BuildStep step) {
    return switch (step.status()) {
      case CACHED -> "cached";
      case FAILED -> "FAILED after " + seconds(step.duration());
      case DONE -> seconds(step.duration());
      case RUNNING -> "...";
    };
  }

  private static String pad(String name) {
    String n = abbreviate(name, NAME_WIDTH);
    return n + " " + ".".repeat(Math.max(2, NAME_WIDTH + 2 - n.length()));
  }

  private static String abbreviate(String s, int max) {
    String one = s.replaceAll("\\s+", " ");
    return one.length() <= max ? one : one.substring(0, max - 3) + "...";
  }

  static String seconds(Duration d) {
    return String.format(Locale.ROOT, "%.1fs", d.toMillis() / 1000.0);
  }
}
