package dev.dockwright.rules.shellcheck;

import dev.dockwright.lint.LintOptions;
import dev.dockwright.lint.Linter;
import dev.dockwright.lint.Origin;
import dev.dockwright.lint.Rule;
import dev.dockwright.lint.RuleContext;
import dev.dockwright.lint.RuleSpec;
import dev.dockwright.lint.Severity;
import dev.dockwright.lint.SourceFile;
import dev.dockwright.model.DockerfileModel;
import dev.dockwright.syntax.DockerfileParser;
import dev.dockwright.syntax.ParseResult;
import dev.dockwright.syntax.Range;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

@RuleSpec(
    code = "ShellCheck",
    name = "ShellCheck",
    severity = Severity.WARNING,
    origin = Origin.SHELLCHECK,
    summary = "ShellCheck's findings on the shell scripts RUN executes, as SCxxxx codes.",
    rationale = """
        A RUN script is a shell script, with a shell script's pitfalls: unquoted variables \
        split and glob, `cd` failures go unnoticed, bash-only syntax breaks under /bin/sh. \
        When `shellcheck` is installed, every RUN script (here-documents and ONBUILD triggers \
        included) is checked with the shell the Dockerfile's SHELL sets (sh, bash, dash, ksh; \
        PowerShell and cmd are skipped), ARG and ENV names count as set, and each finding is \
        reported under ShellCheck's code at its line and column in the Dockerfile. SC2086 is \
        not reported for a variable the script only sets to values that cannot split or glob \
        (`V=4.2.0 && mkdir /x/$V` after an `&&`, which ShellCheck does not follow), nor for a \
        list of packages given to a system package manager (`apt-get purge -y $buildDeps`), \
        where splitting is the point. All scripts \
        of a file are checked by one shellcheck process. Silence one code with \
        `# hadolint ignore=SC2086` above the RUN, `ignored: [SC2086]` in the config, or a \
        `# shellcheck disable=SC2086` line inside the script; switch ShellCheck off with \
        `shellcheck: false` or `--no-shellcheck`.""",
    bad = """
        FROM debian:12
        RUN for f in $(ls /etc/*.conf); do cp $f /tmp; done
        """,
    good = """
        FROM debian:12
        RUN for f in /etc/*.conf; do cp "$f" /tmp; done
        """,
    url = "https://www.shellcheck.net/wiki/")
public final class ShellCheckRule implements Rule {

  /**
   * SC2086, dropped where the script gives the variable only values that cannot split or glob
   * (ShellCheck follows only unconditional literal assignments) and where the variable is a
   * list of packages for apt, apk, dnf and the like: see {@link HarmlessExpansions}.
   */
  static final int UNQUOTED_EXPANSION = 2086;

  /** At most this many scripts per process when many files are checked ahead ({@link #prefetch}). */
  static final int BATCH = 1000;
  /**
   * At least this many scripts per process: below it a second process costs more (ShellCheck
   * starts in about 15 ms) than it saves.
   */
  static final int MIN_BATCH = 50;

  private final Supplier<Optional<ShellCheck>> shellcheck;
  /** How many shellcheck processes {@link #prefetch} runs at once. */
  private final int workers;
  /** ShellCheck's answers by script text, filled by {@link #prefetch}; content-addressed. */
  private final Map<String, List<ShellCheck.Comment>> prefetched = new ConcurrentHashMap<>();

  /** Uses the {@code shellcheck} on {@code PATH}, when there is one. */
  public ShellCheckRule() {
    this(ShellCheck::onPath);
  }

  /** Uses this ShellCheck (tests: a counting launcher, or none at all). */
  public ShellCheckRule(Supplier<Optional<ShellCheck>> shellcheck) {
    this(shellcheck, Runtime.getRuntime().availableProcessors());
  }

  /** Uses this ShellCheck, with up to {@code workers} processes at once when checking ahead. */
  public ShellCheckRule(Supplier<Optional<ShellCheck>> shellcheck, int workers) {
    this.shellcheck = shellcheck;
    this.workers = Math.max(1, workers);
  }

  /** Whether ShellCheck can run: without it, the lint says once that SC checks were skipped. */
  public boolean available() {
    return shellcheck.get().isPresent();
  }

  @Override
  public void check(RuleContext context) {
    if (!context.config().shellcheck().orElse(true)) {
      return;
    }
    Optional<ShellCheck> tool = shellcheck.get();
    if (tool.isEmpty()) {
      return;
    }
    List<CheckedScript> scripts = RunScripts.of(context.model());
    if (scripts.isEmpty()) {
      return;
    }
    List<List<ShellCheck.Comment>> comments = comments(tool.get(), scripts);
    for (int i = 0; i < scripts.size(); i++) {
      CheckedScript script = scripts.get(i);
      HarmlessExpansions harmless = null;
      for (ShellCheck.Comment c : comments.get(i)) {
        if (c.code() == UNQUOTED_EXPANSION) {
          if (harmless == null) {
            harmless = HarmlessExpansions.of(script.body(), script.exports());
          }
          OptionalInt at = script.bodyOffset(c);
          if (at.isPresent() && harmless.at(at.getAsInt())) {
            continue;
          }
        }
        Optional<Range> range = script.range(c);
        if (range.isPresent()) {
          context.reportAs("SC" + c.code(), severity(c.level()), range.get(), c.message());
        }
      }
    }
  }

  /**
   * ShellCheck's comments on each script: from what {@link #prefetch} checked ahead, else from
   * one process for all of this file's scripts.
   */
  private List<List<ShellCheck.Comment>> comments(ShellCheck tool, List<CheckedScript> scripts) {
    List<String> texts = scripts.stream().map(CheckedScript::fileText).toList();
    if (prefetched.keySet().containsAll(texts)) {
      return texts.stream().map(prefetched::get).toList();
    }
    return tool.check(texts.stream().map(ShellCheck.Script::new).toList());
  }

  /**
   * Checks the scripts of many Dockerfiles ahead, so that linting them afterwards starts no
   * process: for {@code dockwright lint DIR}, where one process per file would mostly be
   * start-up time. ShellCheck's analysis is the bulk of a large lint, so the scripts are split
   * over one process per core (each given {@value #MIN_BATCH} to {@value #BATCH} scripts) that run
   * at once. Files that do not parse are left to the lint, which reports them.
   */
  public void prefetch(List<SourceFile> files, LintOptions options) {
    Optional<ShellCheck> tool = shellcheck.get();
    if (tool.isEmpty()) {
      return;
    }
    Set<String> texts = new LinkedHashSet<>();
    for (SourceFile file : files) {
      ParseResult parsed = DockerfileParser.parse(file.name(), file.text());
      if (!parsed.errors().isEmpty()) {
        continue;
      }
      DockerfileModel model = DockerfileModel.of(parsed, Linter.modelOptions(file, options));
      for (CheckedScript s : RunScripts.of(model)) {
        if (!prefetched.containsKey(s.fileText())) {
          texts.add(s.fileText());
        }
      }
    }
    List<List<String>> batches = batches(List.copyOf(texts), workers);
    if (batches.size() <= 1) {
      batches.forEach(b -> check(tool.get(), b));
      return;
    }
    ExecutorService pool = Executors.newFixedThreadPool(Math.min(workers, batches.size()));
    try {
      List<Future<?>> running = new ArrayList<>();
      for (List<String> batch : batches) {
        running.add(pool.submit(() -> check(tool.get(), batch)));
      }
      for (Future<?> f : running) {
        f.get();
      }
    } catch (ExecutionException e) {
      throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while running shellcheck", e);
    } finally {
      pool.shutdownNow();
    }
  }

  /** The scripts split evenly over {@code workers} processes, within the batch size limits. */
  static List<List<String>> batches(List<String> all, int workers) {
    int size = Math.max(MIN_BATCH, Math.min(BATCH, -Math.floorDiv(-all.size(), workers)));
    List<List<String>> out = new ArrayList<>();
    for (int from = 0; from < all.size(); from += size) {
      out.add(all.subList(from, Math.min(all.size(), from + size)));
    }
    return out;
  }

  private void check(ShellCheck tool, List<String> batch) {
    List<List<ShellCheck.Comment>> comments =
        tool.check(batch.stream().map(ShellCheck.Script::new).toList());
    for (int i = 0; i < batch.size(); i++) {
      prefetched.put(batch.get(i), List.copyOf(comments.get(i)));
    }
  }

  /** ShellCheck's levels are ours (hadolint maps them the same way). */
  static Severity severity(String level) {
    return switch (level) {
      case "warning" -> Severity.WARNING;
      case "info" -> Severity.INFO;
      case "style" -> Severity.STYLE;
      default -> Severity.ERROR;
    };
  }
}
