package dev.dockwright.rules.hadolint;

import dev.dockwright.lint.Fix;
import dev.dockwright.lint.FixSafety;
import dev.dockwright.lint.Origin;
import dev.dockwright.lint.Rule;
import dev.dockwright.lint.RuleContext;
import dev.dockwright.lint.RuleSpec;
import dev.dockwright.lint.Severity;
import dev.dockwright.lint.TextEdit;
import dev.dockwright.syntax.Arguments;
import dev.dockwright.syntax.Flag;
import dev.dockwright.syntax.Instruction;
import dev.dockwright.syntax.InstructionKind;
import dev.dockwright.syntax.Token;
import java.util.List;
import java.util.Set;

/** DL3020: ADD of plain files or directories, where COPY does the same. */
@RuleSpec(
    code = "DL3020",
    name = "UseCopyNotAdd",
    severity = Severity.ERROR,
    origin = Origin.HADOLINT,
    summary = "Use COPY instead of ADD for files and folders.",
    rationale = "ADD also downloads URLs and unpacks local tar archives; used for plain files it"
        + " hides which of these the author meant, and an archive that lands in the context later"
        + " is silently extracted. COPY does only what it says. ADD stays right for URLs, git"
        + " sources and local tar archives (`.tar`, `.tar.gz`, `.tgz`, `.xz`, ...).",
    bad = "FROM python:3.12-slim\nADD requirements.txt /app/\n",
    good = "FROM python:3.12-slim\nCOPY requirements.txt /app/\n",
    fix = "Replaces ADD with COPY, when no source is a URL or an archive and every flag is one"
        + " COPY accepts (--chown, --chmod, --link, --exclude).",
    fixSafety = FixSafety.SAFE)
public final class UseCopyNotAdd implements Rule {

  private static final Set<String> COPY_FLAGS = Set.of("chown", "chmod", "link", "exclude");

  @Override
  public void check(RuleContext context) {
    for (Instruction in : context.dockerfile().instructions()) {
      if (in.kind() != InstructionKind.ADD) {
        continue;
      }
      List<String> sources = sources(in);
      if (sources.isEmpty() || sources.stream().allMatch(s -> Archives.isArchive(s) || isUrl(s))) {
        continue;
      }
      boolean fixable = sources.stream().noneMatch(s -> Archives.isArchive(s) || isUrl(s))
          && in.flags().stream().map(Flag::name).allMatch(COPY_FLAGS::contains);
      if (fixable) {
        Token keyword = in.keyword();
        String copy = keyword.value().equals(keyword.value().toLowerCase()) ? "copy" : "COPY";
        context.report(keyword.range(), context.rule().summary(), Fix.safe("Use COPY",
            TextEdit.replace(keyword.range().startOffset(), keyword.range().endOffset(), copy)));
      } else {
        context.report(in.keyword().range());
      }
    }
  }

  private static List<String> sources(Instruction add) {
    List<Token> words;
    if (add.arguments() instanceof Arguments.Words w) {
      words = w.words();
    } else if (add.arguments() instanceof Arguments.Exec e) {
      words = e.elements();
    } else {
      return List.of();
    }
    if (words.size() < 2) {
      return List.of();
    }
    return words.subList(0, words.size() - 1).stream().map(Token::value).toList();
  }

  private static boolean isUrl(String source) {
    String s = Archives.stripQuotes(source);
    return s.startsWith("http://") || s.startsWith("https://") || s.startsWith("git@")
        || s.startsWith("git://") || s.startsWith("ssh://");
  }
}
