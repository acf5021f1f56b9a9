package dev.dockwright.rules.shellcheck;

import dev.dockwright.model.CommandSpec;
import dev.dockwright.model.DockerfileModel;
import dev.dockwright.model.RunStep;
import dev.dockwright.model.ShellSource;
import dev.dockwright.model.Stage;
import dev.dockwright.model.Step;
import dev.dockwright.model.StepContext;
import dev.dockwright.syntax.Arguments;
import dev.dockwright.syntax.ArgDeclaration;
import dev.dockwright.syntax.Comment;
import dev.dockwright.syntax.Heredoc;
import dev.dockwright.syntax.Instruction;
import dev.dockwright.syntax.InstructionKind;
import dev.dockwright.syntax.KeyValue;
import dev.dockwright.syntax.Node;
import dev.dockwright.syntax.Token;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Every shell script a Dockerfile's RUN instructions execute, ready for ShellCheck: the RUN
 * command lines (with the here-documents they read appended as the shell reads them), here-document
 * scripts ({@code RUN <<EOF}, {@code RUN bash <<EOF}), {@code ["sh", "-c", "..."]} scripts, and
 * ONBUILD RUN triggers. Each is checked as the dialect of the shell that runs it, with the
 * variables defined at that point exported:
 *
 * <ul>
 *   <li>in a stage: the ARGs and ENV in scope (inherited ENV and the base image's included);
 *   <li>in an ONBUILD trigger: only ENV, as ARGs do not reach the images that run it;
 *   <li>before the first FROM (BuildKit rejects that; hadolint reads it): the ARG and ENV names
 *       and the SHELL written before it;
 *   <li>always: the proxy variables BuildKit passes to every RUN ({@code HTTP_PROXY}, ...).
 * </ul>
 *
 * Scripts for shells ShellCheck does not know (PowerShell, cmd, zsh) are left out, as are those
 * under a {@code # hadolint shell=} pragma naming such a shell.
 */
final class RunScripts {
  private RunScripts() {}

  /** BuildKit's predefined proxy ARGs: usable in RUN without a declaration. */
  static final List<String> PROXY_VARIABLES = List.of("HTTP_PROXY", "http_proxy", "HTTPS_PROXY",
      "https_proxy", "FTP_PROXY", "ftp_proxy", "NO_PROXY", "no_proxy", "ALL_PROXY", "all_proxy");

  private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  static List<CheckedScript> of(DockerfileModel model) {
    List<CheckedScript> out = new ArrayList<>();
    boolean seenFrom = false;
    Optional<String> defaultPragma = Optional.empty();
    Optional<String> pragma = Optional.empty();
    Set<String> detachedNames = new TreeSet<>();
    List<String> detachedShell = StepContext.DEFAULT_SHELL;
    for (Node node : model.dockerfile().nodes()) {
      if (node instanceof Comment c) {
        Optional<String> named = ShellPragma.parse(c.content());
        if (named.isPresent()) {
          pragma = named;
          if (!seenFrom) {
            defaultPragma = named;
          }
        }
        continue;
      }
      if (!(node instanceof Instruction in)) {
        continue;
      }
      Step step = model.step(in).orElse(null);
      StepContext detached = new StepContext(model.detachedContext().scope(), "/", detachedShell,
          Optional.empty());
      switch (in.kind()) {
        case FROM -> {
          seenFrom = true;
          pragma = defaultPragma;
        }
        case SHELL -> {
          pragma = Optional.empty(); // the instruction says which shell, after any pragma
          if (!seenFrom && in.arguments() instanceof Arguments.Exec e) {
            detachedShell = e.elements().stream().map(Token::value).toList();
          }
        }
        case ARG -> {
          if (!seenFrom && in.arguments() instanceof Arguments.ArgDeclarations a) {
            a.declarations().stream().map(ArgDeclaration::name).map(Token::value)
                .forEach(detachedNames::add);
          }
        }
        case ENV -> {
          if (!seenFrom && in.arguments() instanceof Arguments.NameValues nv) {
            nv.pairs().stream().map(KeyValue::key).map(Token::value).forEach(detachedNames::add);
          }
        }
        case RUN -> {
          if (onWindowsDefaultShell(model.stageOf(in).orElse(null), step)) {
            continue;
          }
          RunStep run = step instanceof RunStep r ? r : model.interpretRun(in, detached);
          Collection<String> names = step != null ? run.context().scope().keys() : detachedNames;
          add(out, model, run, in.heredocs(), names, pragma);
        }
        case ONBUILD -> {
          Optional<Instruction> trigger = in.trigger();
          if (trigger.isPresent() && trigger.get().kind() == InstructionKind.RUN
              && !onWindowsDefaultShell(model.stageOf(in).orElse(null), step)) {
            StepContext context = step != null ? step.context() : detached;
            Collection<String> env = step != null ? context.scope().env().keySet() : Set.of();
            RunStep run = model.interpretRun(trigger.get(),
                context.withScope(context.scope().envOnly()));
            add(out, model, run, in.heredocs(), env, pragma);
          }
        }
        default -> { }
      }
    }
    return out;
  }

  /**
   * A RUN in a stage built on a Windows image with no SHELL instruction: the default shell there
   * is {@code cmd /S /C}, not {@code /bin/sh}, so the script is not POSIX shell (the model, which
   * cannot pull images, assumes {@code /bin/sh}).
   */
  private static boolean onWindowsDefaultShell(Stage stage, Step step) {
    if (stage == null || step == null || !step.context().shell().equals(StepContext.DEFAULT_SHELL)) {
      return false;
    }
    return WindowsImages.isWindows(stage);
  }

  private static void add(List<CheckedScript> out, DockerfileModel model, RunStep run,
      List<Heredoc> heredocs, Collection<String> names, Optional<String> pragma) {
    Optional<ShellDialect> pragmaDialect = pragma.flatMap(ShellDialect::ofProgram);
    if (pragma.isPresent() && pragmaDialect.isEmpty()) {
      return; // a pragma naming PowerShell or cmd: nothing here is POSIX shell
    }
    List<String> exports = exports(names);
    ShellSource line = run.command() instanceof CommandSpec.Shell s ? s.source() : null;
    boolean lineHasScript = line != null && contains(run.scripts(), line);
    // `RUN bash <<EOF`: the command line runs a shell that reads the first here-document.
    boolean shellReadsHeredoc = lineHasScript && run.scripts().size() > 1;
    for (ShellSource script : run.scripts()) {
      if (script.fromExecForm()) {
        continue; // exec form: no shell runs it
      }
      CheckedScript.Builder b = new CheckedScript.Builder(model.dockerfile());
      Optional<ShellDialect> dialect;
      if (script == line) {
        b.append(script);
        appendHeredocs(b, heredocs, shellReadsHeredoc);
        dialect = pragmaDialect.or(() -> ShellDialect.ofShell(script.shell()));
      } else if (shellReadsHeredoc) {
        b.append(script);
        dialect = ShellDialect.ofProgram(firstWord(line.text()));
      } else {
        b.append(script);
        Optional<ShellDialect> shebang = ShellDialect.ofShebang(firstLine(script.text()));
        if (shebang.isPresent()) {
          b.blankFirstLine();
        }
        dialect = shebang.or(() -> pragmaDialect).or(() -> ShellDialect.ofShell(script.shell()));
      }
      if (dialect.isPresent() && !b.text().isBlank()) {
        out.add(b.build(dialect.get(), exports));
      }
    }
  }

  /**
   * After a command line that reads here-documents, their bodies and terminators, as the shell
   * reads them: {@code cat <<EOF > f}, a line break, the body, {@code EOF}. The body a shell
   * reads as its script is left out (it is checked as a script of its own).
   */
  private static void appendHeredocs(CheckedScript.Builder b, List<Heredoc> heredocs,
      boolean firstIsScript) {
    if (heredocs.isEmpty()) {
      return;
    }
    b.synthetic("\n", Math.max(0, b.endOffset() - 1));
    for (int i = 0; i < heredocs.size(); i++) {
      Heredoc h = heredocs.get(i);
      if (!(firstIsScript && i == 0)) {
        b.verbatim(h.content(), h.body().startOffset());
        if (!h.content().isEmpty() && !b.endsWithNewline()) {
          b.synthetic("\n", h.body().endOffset());
        }
      }
      int at = h.terminator().map(r -> r.startOffset()).orElse(h.body().endOffset());
      b.synthetic(h.name() + "\n", at);
    }
  }

  /** Variable names ShellCheck should take as set: valid shell names, sorted, proxies added. */
  static List<String> exports(Collection<String> names) {
    Set<String> all = new TreeSet<>(PROXY_VARIABLES);
    for (String n : names) {
      if (NAME.matcher(n).matches()) {
        all.add(n);
      }
    }
    return List.copyOf(all);
  }

  private static boolean contains(List<ShellSource> scripts, ShellSource s) {
    return scripts.stream().anyMatch(x -> x == s);
  }

  private static String firstWord(String text) {
    String t = text.strip();
    int sp = 0;
    while (sp < t.length() && !Character.isWhitespace(t.charAt(sp))) {
      sp++;
    }
    return t.substring(0, sp).toLowerCase(Locale.ROOT);
  }

  private static String firstLine(String text) {
    int nl = text.indexOf('\n');
    return nl < 0 ? text : text.substring(0, nl);
  }
}
