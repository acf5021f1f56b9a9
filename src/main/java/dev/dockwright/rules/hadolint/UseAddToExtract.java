package dev.dockwright.rules.hadolint;

import dev.dockwright.lint.Origin;
import dev.dockwright.lint.Rule;
import dev.dockwright.lint.RuleContext;
import dev.dockwright.lint.RuleSpec;
import dev.dockwright.lint.Severity;
import dev.dockwright.model.RunStep;
import dev.dockwright.shell.ast.Word;
import dev.dockwright.syntax.Arguments;
import dev.dockwright.syntax.Instruction;
import dev.dockwright.syntax.InstructionKind;
import dev.dockwright.syntax.Token;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** DL3010: a local archive COPYed and then extracted by a RUN of the same stage. */
@RuleSpec(
    code = "DL3010",
    name = "UseAddToExtract",
    severity = Severity.INFO,
    origin = Origin.HADOLINT,
    summary = "Use ADD to extract a local archive into the image.",
    rationale = "COPYing a tar archive and extracting it in a RUN leaves the archive in the COPY"
        + " layer: the image carries it twice. ADD extracts a local tar archive (plain, gzip,"
        + " bzip2 or xz) in one step and stores only its contents. Reported at the COPY, when a"
        + " later RUN of the same stage extracts the copied file with tar or a decompressor.",
    bad = "FROM debian:12\nCOPY app.tar.gz /tmp/\nRUN tar -xzf /tmp/app.tar.gz -C /opt\n",
    good = "FROM debian:12\nADD app.tar.gz /opt/\n")
public final class UseAddToExtract implements Rule {

  private static final Set<String> DECOMPRESSORS = Set.of("unzip", "gunzip", "bunzip2",
      "unlzma", "unxz", "zgz", "uncompress", "zcat", "gzcat");

  @Override
  public void check(RuleContext context) {
    Map<Instruction, RunUnit> runs = new IdentityHashMap<>();
    for (RunUnit run : RunUnit.all(context.model())) {
      if (!run.onbuild()) {
        runs.put(run.step().instruction(), run);
      }
    }
    // archive base name -> the COPY instructions that brought it in, in this stage
    Map<String, List<Instruction>> copied = new LinkedHashMap<>();
    Set<Instruction> extracted = new LinkedHashSet<>();
    for (Instruction in : context.dockerfile().instructions()) {
      if (in.kind() == InstructionKind.FROM) {
        copied.clear();
      } else if (in.kind() == InstructionKind.COPY && in.flag("from").isEmpty()) {
        for (String archive : archives(in)) {
          copied.computeIfAbsent(archive, a -> new ArrayList<>()).add(in);
        }
      } else if (runs.containsKey(in)) {
        for (RunStep.Command c : runs.get(in).step().commands()) {
          if (!extracts(c)) {
            continue;
          }
          for (Word w : c.invocation().args()) {
            String arg = w.unquoted();
            if (arg.startsWith("-")) {
              continue;
            }
            for (Instruction copy : copied.getOrDefault(Archives.basename(arg), List.of())) {
              extracted.add(copy);
            }
          }
        }
      }
    }
    for (Instruction copy : extracted) {
      context.report(copy.range());
    }
  }

  /** The archive names a COPY brings in: its destination if that names one, else its sources. */
  private static List<String> archives(Instruction copy) {
    List<String> words = new ArrayList<>();
    if (copy.arguments() instanceof Arguments.Words w) {
      w.words().stream().map(Token::value).forEach(words::add);
    } else if (copy.arguments() instanceof Arguments.Exec e) {
      e.elements().stream().map(Token::value).forEach(words::add);
    }
    if (words.size() < 2) {
      return List.of();
    }
    String target = words.get(words.size() - 1);
    if (Archives.isArchive(target)) {
      return List.of(Archives.basename(target));
    }
    return words.subList(0, words.size() - 1).stream().filter(Archives::isArchive)
        .map(Archives::basename).toList();
  }

  private static boolean extracts(RunStep.Command c) {
    String name = c.invocation().name();
    if (name == null) {
      return false;
    }
    if (DECOMPRESSORS.contains(name)) {
      return true;
    }
    if (!name.equals("tar")) {
      return false;
    }
    // tar's extract mode: -x in an option cluster, --extract or --get (as hadolint reads it)
    return c.invocation().args().stream().map(Word::unquoted).anyMatch(a -> a.equals("--extract")
        || a.equals("--get") || a.startsWith("-") && !a.startsWith("--") && a.contains("x"));
  }
}
