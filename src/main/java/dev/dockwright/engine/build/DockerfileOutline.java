package dev.dockwright.engine.build;

import dev.dockwright.syntax.Arguments;
import dev.dockwright.syntax.Dockerfile;
import dev.dockwright.syntax.DockerfileParser;
import dev.dockwright.syntax.Heredoc;
import dev.dockwright.syntax.InstructionKind;
import dev.dockwright.syntax.ParseResult;
import dev.dockwright.syntax.Token;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Dockerfile's instructions with the lines they span, grouped into stages: what the build needs
 * to map a builder's step ("[builder 3/5]", "Step 7/12", "[2/2] STEP 4/8") back to a Dockerfile
 * line. It is a view of the {@link DockerfileParser} tree, so continuations, comments inside
 * them, parser directives and heredocs count exactly as BuildKit counts them.
 *
 * <p>A file BuildKit refuses still gets an outline: the parser never stops, so the outline holds
 * what it read, and the build goes ahead for the engine to report the error in its own words.
 */
public final class DockerfileOutline {
  /** Instructions that BuildKit turns into a build step with its own progress line. */
  private static final Set<InstructionKind> VERTEX_KINDS = EnumSet.of(
      InstructionKind.FROM, InstructionKind.RUN, InstructionKind.COPY, InstructionKind.ADD, InstructionKind.WORKDIR);

  /**
   * One instruction.
   *
   * @param keyword upper-case keyword, e.g. {@code RUN}
   * @param text the instruction as one line: continuations joined, heredoc bodies left out
   *     (BuildKit's {@code Node.Original}, which its step names show)
   * @param line 1-based first line
   * @param endLine 1-based last line (continuations and heredoc bodies included)
   * @param stage 0-based stage index; -1 for {@code ARG}s before the first {@code FROM}
   * @param stageName the stage's {@code AS} name, or {@code stage-N} as BuildKit calls it
   * @param heredocs the heredoc words this instruction opens
   * @param node the parsed instruction: flags, arguments and heredocs with their ranges
   */
  public record Instruction(String keyword, String text, int line, int endLine, int stage,
      String stageName, List<String> heredocs, dev.dockwright.syntax.Instruction node) {
    /** Is this a {@code kind} instruction? */
    public boolean is(InstructionKind kind) {
      return node.kind() == kind;
    }
  }

  /** A parser directive and its 1-based line. */
  public record Directive(String name, String value, int line) {}

  private final Dockerfile tree;
  private final List<Instruction> instructions;

  private DockerfileOutline(Dockerfile tree, List<Instruction> instructions) {
    this.tree = tree;
    this.instructions = List.copyOf(instructions);
  }

  public static DockerfileOutline parse(String content) {
    return of(DockerfileParser.parse(content));
  }

  /** The outline of a parsed Dockerfile, errors or not. */
  public static DockerfileOutline of(ParseResult parsed) {
    List<Instruction> out = new ArrayList<>();
    int stage = -1;
    String stageName = "";
    for (dev.dockwright.syntax.Instruction x : parsed.dockerfile().instructions()) {
      if (x.kind() == InstructionKind.FROM) {
        stage++;
        stageName = stageName(x).orElse("stage-" + stage);
      }
      out.add(new Instruction(x.keyword().value().toUpperCase(Locale.ROOT), x.logicalLine().strip(),
          x.startLine(), lastLine(parsed.dockerfile(), x), stage, stage < 0 ? "" : stageName,
          x.heredocs().stream().map(Heredoc::name).toList(), x));
    }
    return new DockerfileOutline(parsed.dockerfile(), out);
  }

  /**
   * The line of the instruction's last character, line end included. Its range's end is not that:
   * an unterminated heredoc runs to the end of the text, which after a final newline is a line
   * that does not exist.
   */
  private static int lastLine(Dockerfile tree, dev.dockwright.syntax.Instruction x) {
    return tree.positionAt(Math.max(x.span().startOffset(), x.span().endOffset() - 1)).line();
  }

  /** BuildKit's stage name: the word after {@code AS} in {@code FROM image AS name}, lower-cased. */
  private static Optional<String> stageName(dev.dockwright.syntax.Instruction from) {
    if (from.arguments() instanceof Arguments.Words w && w.words().size() == 3
        && w.words().get(1).value().equalsIgnoreCase("as")) {
      return Optional.of(w.words().get(2).value().toLowerCase(Locale.ROOT));
    }
    return Optional.empty();
  }

  public List<Instruction> instructions() {
    return instructions;
  }

  public char escape() {
    return tree.escapeChar();
  }

  /** The value of parser directive {@code name} and its line, e.g. {@code syntax}. */
  public Optional<Directive> directive(String name) {
    return tree.directive(name.toLowerCase(Locale.ROOT))
        .map(d -> new Directive(d.name(), d.value(), d.range().start().line()));
  }

  /** The image a {@code FROM} names (its first word after the flags); empty for other instructions. */
  public static Optional<String> fromImage(Instruction x) {
    if (x.is(InstructionKind.FROM) && x.node().arguments() instanceof Arguments.Words w && !w.words().isEmpty()) {
      return Optional.of(w.words().get(0)).map(Token::value);
    }
    return Optional.empty();
  }

  /** Instructions of stage {@code stage} (0-based), {@code FROM} first. */
  public List<Instruction> stage(int stage) {
    return instructions.stream().filter(x -> x.stage() == stage).toList();
  }

  public int stageCount() {
    return instructions.stream().mapToInt(Instruction::stage).max().orElse(-1) + 1;
  }

  private Optional<Integer> stageIndex(String label) {
    String l = label.toLowerCase(Locale.ROOT);
    for (Instruction x : instructions) {
      if (x.is(InstructionKind.FROM) && x.stageName().equals(l)) {
        return Optional.of(x.stage());
      }
    }
    return Optional.empty();
  }

  private static boolean isVertex(Instruction x) {
    return VERTEX_KINDS.contains(x.node().kind());
  }

  private static final Pattern BUILDKIT_VERTEX =
      Pattern.compile("\\[(?:[a-z0-9]+/[a-z0-9]+(?:/[a-z0-9]+)? )?(?:(\\S+) )?(\\d+)/(\\d+)] (.*)", Pattern.DOTALL);

  /**
   * The instruction behind a BuildKit step name such as {@code [builder 3/5] RUN pip install .}
   * ({@code [3/5]} when there is one stage). BuildKit numbers only the instructions that make a
   * step (FROM, RUN, COPY, ADD, WORKDIR); when the count does not agree (another BuildKit version
   * numbers differently), the instruction text decides.
   */
  public Optional<Instruction> forBuildkitStep(String vertexName) {
    Matcher m = BUILDKIT_VERTEX.matcher(vertexName.strip());
    if (!m.matches()) {
      return byText(vertexName);
    }
    int stage;
    if (m.group(1) == null) {
      // No stage label: a one-stage build, or a step BuildKit shares between stages (same base).
      stage = stageCount() - 1;
      int total = Integer.parseInt(m.group(3));
      for (int s = 0; s < stageCount(); s++) {
        if (stage(s).stream().filter(DockerfileOutline::isVertex).count() == total) {
          stage = s;
          break;
        }
      }
    } else {
      Optional<Integer> s = stageIndex(m.group(1));
      if (s.isEmpty()) {
        return byText(m.group(4));
      }
      stage = s.get();
    }
    int n = Integer.parseInt(m.group(2));
    int total = Integer.parseInt(m.group(3));
    String text = m.group(4);
    List<Instruction> inStage = stage(stage);
    List<Instruction> vertices = inStage.stream().filter(DockerfileOutline::isVertex).toList();
    if (vertices.size() == total && n >= 1 && n <= total && sameText(vertices.get(n - 1).text(), text)) {
      return Optional.of(vertices.get(n - 1));
    }
    if (inStage.size() == total && n >= 1 && n <= total && sameText(inStage.get(n - 1).text(), text)) {
      return Optional.of(inStage.get(n - 1));
    }
    Optional<Instruction> byText = inStage.stream().filter(x -> sameText(x.text(), text)).findFirst();
    if (byText.isPresent()) {
      return byText;
    }
    // Text differs (variables expanded, FROM rewritten to docker.io/library/...): trust the number.
    if (vertices.size() == total && n >= 1 && n <= total) {
      return Optional.of(vertices.get(n - 1));
    }
    return Optional.empty();
  }

  /** The legacy builder's {@code Step n/m}: n counts every instruction, ARGs before FROM too. */
  public Optional<Instruction> forLegacyStep(int n) {
    return n >= 1 && n <= instructions.size() ? Optional.of(instructions.get(n - 1)) : Optional.empty();
  }

  /** Podman's {@code [stage/stages] STEP n/m}: both 1-based, FROM is step 1 of its stage. */
  public Optional<Instruction> forPodmanStep(int stage, int n) {
    List<Instruction> inStage = stage(stage - 1);
    return n >= 1 && n <= inStage.size() ? Optional.of(inStage.get(n - 1)) : Optional.empty();
  }

  /** The first instruction whose text is {@code text} up to white space. */
  public Optional<Instruction> byText(String text) {
    return instructions.stream().filter(x -> sameText(x.text(), text)).findFirst();
  }

  /** The instruction that spans 1-based {@code line}. */
  public Optional<Instruction> atLine(int line) {
    return instructions.stream().filter(x -> x.line() <= line && line <= x.endLine()).findFirst();
  }

  private static boolean sameText(String a, String b) {
    return normalize(a).equalsIgnoreCase(normalize(b));
  }

  private static String normalize(String s) {
    return s.strip().replaceAll("\\s+", " ");
  }
}
