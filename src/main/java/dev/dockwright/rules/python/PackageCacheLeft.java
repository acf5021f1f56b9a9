package dev.dockwright.rules.python;

import dev.dockwright.lint.Fix;
import dev.dockwright.lint.FixSafety;
import dev.dockwright.lint.Origin;
import dev.dockwright.lint.Rule;
import dev.dockwright.lint.RuleContext;
import dev.dockwright.lint.RuleSpec;
import dev.dockwright.lint.Severity;
import dev.dockwright.lint.TextEdit;
import dev.dockwright.model.Mount;
import dev.dockwright.model.Paths;
import dev.dockwright.model.RunStep;
import dev.dockwright.model.Scope;
import dev.dockwright.model.ShellSource;
import dev.dockwright.model.Stage;
import dev.dockwright.model.UserSpec;
import dev.dockwright.rules.hadolint.AptListsRemoval;
import dev.dockwright.shell.Invocation;
import dev.dockwright.shell.ast.Word;
import dev.dockwright.shell.commands.AptCommand;
import dev.dockwright.shell.commands.PipCommand;
import dev.dockwright.shell.commands.PoetryCommand;
import dev.dockwright.shell.commands.RmCommand;
import dev.dockwright.shell.commands.UvCommand;
import dev.dockwright.syntax.Range;
import java.util.List;
import java.util.Optional;
import java.util.Set;

@RuleSpec(
    code = "DW1004",
    name = "PackageCacheLeft",
    severity = Severity.WARNING,
    origin = Origin.DOCKWRIGHT,
    overlaps = {"DL3042", "DL3009"},
    summary = "A package manager's download cache is left in the image (pip, uv, poetry, apt"
        + " lists).",
    rationale = """
        pip, uv and poetry keep every downloaded wheel in a cache under the user's home \
        (`~/.cache/pip`, `~/.cache/uv`, `~/.cache/pypoetry`), and `apt-get update` leaves \
        some 40 MB of package lists in `/var/lib/apt/lists`. In an image nothing ever reads \
        them again: they only make every pull and every node's disk bigger (for ML stacks \
        such as torch, hundreds of megabytes). Clean caches are: `pip install \
        --no-cache-dir` or `PIP_NO_CACHE_DIR`, `uv --no-cache` or `UV_NO_CACHE`, `poetry \
        --no-cache`, removing the cache in the same RUN (`rm -rf ~/.cache/pip`, `pip cache \
        purge`, `rm -rf /var/lib/apt/lists/*` or `apt-get distclean`: a later RUN cannot \
        shrink an earlier layer), \
        or, best for build speed, a BuildKit cache mount (`RUN \
        --mount=type=cache,target=/root/.cache/pip`), which keeps the cache out of the image. \
        Only the stages that ship are checked: a builder stage's cache never reaches the \
        final image. Overlaps hadolint's DL3042 (pip) and DL3009 (apt lists), which report \
        the same pip and apt-get commands; this rule adds uv and poetry caches, the cache \
        directory of the user the command runs as, and the fix for the apt lists. With both \
        families on, ignore one code to see such a command once.""",
    bad = """
        FROM python:3.12-slim
        COPY requirements.txt .
        RUN pip install -r requirements.txt
        """,
    good = """
        FROM python:3.12-slim
        COPY requirements.txt .
        RUN --mount=type=cache,target=/root/.cache/pip pip install -r requirements.txt
        """,
    fix = "pip: adds `--no-cache-dir` after `install`; uv and poetry: adds `--no-cache`; apt: appends"
        + " `&& rm -rf /var/lib/apt/lists/*` to the RUN's last `&&` chain, as DL3009's fix does"
        + " (not when a later RUN installs with apt without updating first).",
    fixSafety = FixSafety.SAFE)
public final class PackageCacheLeft implements Rule {

  @Override
  public void check(RuleContext context) {
    List<Stage> shipped = context.model().shippedStages();
    for (Stage stage : shipped) {
      for (RunStep run : stage.steps(RunStep.class)) {
        for (ShellSource source : run.scripts()) {
          for (Invocation inv : source.script().simpleCommands()) {
            if (inv.inCommandSubstitution()) {
              continue;
            }
            PipCommand.match(inv).ifPresent(p -> pip(context, run, source, p));
            UvCommand.match(inv).ifPresent(u -> uv(context, run, source, u));
            PoetryCommand.match(inv).ifPresent(p -> poetry(context, run, source, p));
            AptCommand.match(inv).filter(a -> a.action().equals("update"))
                .ifPresent(a -> apt(context, stage, run, source, a));
          }
        }
      }
    }
  }

  private static void pip(RuleContext context, RunStep run, ShellSource source, PipCommand pip) {
    // pip takes any unambiguous prefix of --no-cache-dir (--no-cache); uv takes --no-cache-dir
    // as an alias of --no-cache.
    if (!pip.isInstall() || pip.noCache() || pip.args().hasAny("no-cache", "no-cache-dir")
        || pip.args().options().stream().anyMatch(o -> o.spelling().startsWith("--no-cache-d"))) {
      return;
    }
    Invocation inv = pip.invocation();
    boolean uv = pip.frontend() == PipCommand.Frontend.UV;
    String noCacheVar = uv ? "UV_NO_CACHE" : "PIP_NO_CACHE_DIR";
    if (setsVariable(run, source, inv, noCacheVar)) {
      return;
    }
    String dir = uv ? cacheDir(run, source, inv, "UV_CACHE_DIR", "uv")
        : pip.args().value("cache-dir").orElseGet(() -> cacheDir(run, source, inv, "PIP_CACHE_DIR", "pip"));
    if (clean(run, source, inv, dir, uv ? "uv" : "pip")) {
      return;
    }
    String flag = uv ? "--no-cache" : "--no-cache-dir";
    String tool = uv ? "uv pip install" : "pip install";
    report(context, source, inv, tool + " keeps every downloaded package in " + dir
        + " in the image. Use " + flag + " or a cache mount (RUN --mount=type=cache,target="
        + dir + ").", pip.args().operands().get(0), flag);
  }

  private static void uv(RuleContext context, RunStep run, ShellSource source, UvCommand uv) {
    boolean toolInstall = uv.action().equals("tool") && uv.args().operands().size() > 1
        && uv.args().operands().get(1).is("install");
    if (!(uv.action().equals("sync") || uv.action().equals("add") || toolInstall)
        || uv.noCache()) {
      return;
    }
    Invocation inv = uv.invocation();
    if (setsVariable(run, source, inv, "UV_NO_CACHE")) {
      return;
    }
    String dir = uv.args().value("cache-dir")
        .orElseGet(() -> cacheDir(run, source, inv, "UV_CACHE_DIR", "uv"));
    if (clean(run, source, inv, dir, "uv")) {
      return;
    }
    report(context, source, inv, "uv " + uv.action() + " keeps every downloaded package in "
        + dir + " in the image. Use --no-cache, UV_NO_CACHE=1 or a cache mount (RUN"
        + " --mount=type=cache,target=" + dir + ").", uv.args().operands().get(0), "--no-cache");
  }

  private static void poetry(RuleContext context, RunStep run, ShellSource source,
      PoetryCommand poetry) {
    if (!Set.of("install", "add", "update", "sync").contains(poetry.action())
        || poetry.args().has("no-cache")) {
      return;
    }
    Invocation inv = poetry.invocation();
    String dir = cacheDir(run, source, inv, "POETRY_CACHE_DIR", "pypoetry");
    if (clean(run, source, inv, dir, "poetry")) {
      return;
    }
    report(context, source, inv, "poetry " + poetry.action() + " keeps its package cache in "
        + dir + " in the image. Remove it in the same RUN (rm -rf " + dir + "), use --no-cache"
        + " or a cache mount.", poetry.args().operands().get(0), "--no-cache");
  }

  private static void apt(RuleContext context, Stage stage, RunStep run, ShellSource source,
      AptCommand update) {
    if (run.cacheMounted("/var/lib/apt/lists")
        || removedLater(run, source, update.invocation(), "/var/lib/apt/lists")
        || distcleanLater(source, update.invocation())) {
      return;
    }
    String message = "apt-get update leaves the package lists in /var/lib/apt/lists in this"
        + " layer. Remove them in the same RUN (&& rm -rf /var/lib/apt/lists/*) or use a cache"
        + " mount.";
    Optional<TextEdit> edit = AptListsRemoval.after(context.model(), context.file().text(),
        Optional.of(stage), run, new RunStep.Command(update.invocation(), source));
    if (edit.isPresent()) {
      context.report(source.range(update.invocation().command().span()), message,
          Fix.safe("Remove the apt lists", edit.get()));
    } else {
      context.report(source.range(update.invocation().command().span()), message);
    }
  }

  private static void report(RuleContext context, ShellSource source, Invocation inv,
      String message, Word after, String flag) {
    Range range = source.range(inv.command().span());
    Range word = source.range(after.span());
    String text = context.file().text();
    boolean mapped = word.endOffset() <= text.length() && word.length() == after.text().length()
        && text.startsWith(after.text(), word.startOffset());
    if (mapped) {
      context.report(range, message, Fix.safe("Add " + flag,
          TextEdit.insert(word.endOffset(), " " + flag)));
    } else {
      context.report(range, message);
    }
  }

  /** The cache directory a tool uses: its variable, else {@code $XDG_CACHE_HOME/name}, else {@code ~/.cache/name}. */
  private static String cacheDir(RunStep run, ShellSource source, Invocation inv, String variable,
      String name) {
    Optional<String> set = variableValue(run, source, inv, variable);
    if (set.isPresent() && set.get().startsWith("/")) {
      return set.get();
    }
    Optional<String> xdg = variableValue(run, source, inv, "XDG_CACHE_HOME");
    if (xdg.isPresent() && xdg.get().startsWith("/")) {
      return Paths.resolve(xdg.get(), name);
    }
    return Paths.resolve(home(run, source, inv), ".cache/" + name);
  }

  private static String home(RunStep run, ShellSource source, Invocation inv) {
    Optional<String> home = variableValue(run, source, inv, "HOME");
    if (home.isPresent() && home.get().startsWith("/")) {
      return home.get();
    }
    Optional<UserSpec> user = run.context().user();
    if (inv.resolved().hasWrapper("sudo") || user.isEmpty() || user.get().isRoot()) {
      return "/root";
    }
    return "/home/" + user.get().user();
  }

  /**
   * Whether the cache is kept out of the layer: a cache or tmpfs mount over it, or removed later
   * in the same script ({@code rm -rf}, {@code pip cache purge}, {@code uv cache clean},
   * {@code poetry cache clear}).
   */
  private static boolean clean(RunStep run, ShellSource source, Invocation inv, String dir,
      String tool) {
    if (run.cacheMounted(dir)) {
      return true;
    }
    for (Mount m : run.mounts()) {
      // A mount at the cache of a user we could not name (numeric uid, no HOME): trust it.
      if ((m.isCache() || m.type().equals("tmpfs")) && m.target().map(t ->
          t.endsWith("/.cache") || t.endsWith("/" + tool) || t.contains("/.cache/")).orElse(false)
          && !dir.startsWith("/root") && !dir.startsWith("/home/")) {
        return true;
      }
    }
    if (removedLater(run, source, inv, dir)) {
      return true;
    }
    for (Invocation later : source.script().simpleCommands()) {
      if (later.index() <= inv.index()) {
        continue;
      }
      List<String> args = later.resolved().argValues();
      boolean purge = switch (tool) {
        case "pip" -> later.is("pip") && args.size() >= 2 && "cache".equals(args.get(0))
            && ("purge".equals(args.get(1)) || "remove".equals(args.get(1)));
        case "uv" -> later.is("uv") && args.size() >= 2 && "cache".equals(args.get(0))
            && ("clean".equals(args.get(1)) || "prune".equals(args.get(1)));
        case "poetry" -> later.is("poetry") && args.size() >= 2 && "cache".equals(args.get(0))
            && "clear".equals(args.get(1));
        default -> false;
      };
      if (purge) {
        return true;
      }
    }
    return false;
  }

  /** {@code rm -rf DIR} (or an ancestor, or {@code DIR/*}) after {@code inv} in the script. */
  private static boolean removedLater(RunStep run, ShellSource source, Invocation inv,
      String dir) {
    for (Invocation later : source.script().simpleCommands()) {
      if (later.index() <= inv.index()) {
        continue;
      }
      Optional<RmCommand> rm = RmCommand.match(later);
      if (rm.isEmpty()) {
        continue;
      }
      for (Word w : rm.get().paths()) {
        String p = expandVariables(expandHome(w.unquoted(), dir), run);
        String trimmed = p.endsWith("/*") ? p.substring(0, p.length() - 2) : p;
        if (!trimmed.isEmpty() && trimmed.startsWith("/")
            && (Paths.isUnder(dir, trimmed) && !trimmed.equals("/"))) {
          return true;
        }
      }
    }
    return false;
  }

  /** {@code apt-get distclean} after {@code inv} in the script: it removes the lists. */
  private static boolean distcleanLater(ShellSource source, Invocation inv) {
    return source.script().simpleCommands().stream().filter(i -> i.index() > inv.index())
        .anyMatch(i -> AptCommand.match(i).map(AptCommand::removesLists).orElse(false));
  }

  /** {@code ~/.cache} and {@code $HOME/.cache} against the home the cache dir is under. */
  private static String expandHome(String path, String dir) {
    String home = dir.contains("/.cache") ? dir.substring(0, dir.indexOf("/.cache")) : "/root";
    if (path.startsWith("~/")) {
      return home + path.substring(1);
    }
    for (String h : List.of("$HOME", "${HOME}")) {
      if (path.startsWith(h)) {
        return home + path.substring(h.length());
      }
    }
    return path;
  }

  /** {@code $POETRY_CACHE_DIR/*} with the ARG/ENV values of the RUN; unchanged if unknown. */
  private static String expandVariables(String path, RunStep run) {
    if (!path.contains("$")) {
      return path;
    }
    var e = new dev.dockwright.syntax.expand.VariableExpander().expand(path, run.context().scope());
    return e.failed() || !e.unmatched().isEmpty() ? path : e.text();
  }

  /**
   * A variable's value for this command: its own assignments ({@code PIP_NO_CACHE_DIR=1 pip}),
   * then what the script set or exported before it, then the RUN's ARG and ENV.
   */
  private static Optional<String> variableValue(RunStep run, ShellSource source, Invocation inv,
      String name) {
    Word own = inv.environment().get(name);
    if (own == null) {
      own = inv.variables().get(name);
    }
    if (own != null) {
      return Optional.of(own.unquoted());
    }
    return Optional.ofNullable(run.context().scope().get(name));
  }

  private static boolean setsVariable(RunStep run, ShellSource source, Invocation inv,
      String name) {
    return variableValue(run, source, inv, name).map(v -> !v.isEmpty()).orElse(false);
  }
}
