package dev.dockwright.engine.build;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A line-level outline of a Dockerfile: its instructions with the lines they span, grouped into
 * stages. Just enough to map a builder's step ("[builder 3/5]", "Step 7/12", "[2/2] STEP 4/8") back
 * to a Dockerfile line and to spot BuildKit-only syntax; the full parser lives in the syntax
 * package. Line continuations, comments inside them, parser directives ({@code # escape=}) and
 * heredocs are honoured so line numbers stay right.
 */
public final class DockerfileOutline {
  /** Instructions that BuildKit turns into a build step with its own progress line. */
  private static final List<String> VERTEX_KEYWORDS = List.of("FROM", "RUN", "COPY", "ADD", "WORKDIR");
  private static final Pattern DIRECTIVE = Pattern.compile("#\\s*([a-zA-Z][a-zA-Z0-9]*)\\s*=\\s*(.+?)\\s*");
  static final Pattern HEREDOC = Pattern.compile("(?<!<)<<(-?)([\"']?)([A-Za-z_][A-Za-z0-9_]*)\\2");
  private static final Pattern STAGE_NAME = Pattern.compile("(?i)\\s+AS\\s+(\\S+)\\s*$");

  /**
   * One instruction.
   *
   * @param keyword upper-case keyword, e.g. {@code RUN}
   * @param text the instruction as one line: continuations joined, heredoc bodies left out
   * @param line 1-based first line
   * @param endLine 1-based last line (continuations and heredoc bodies included)
   * @param stage 0-based stage index; -1 for {@code ARG}s before the first {@code FROM}
   * @param stageName the stage's {@code AS} name, or {@code stage-N} as BuildKit calls it
   * @param heredocs the heredoc words this instruction opens
   */
  public record Instruction(String keyword, String text, int line, int endLine, int stage,
      String stageName, List<String> heredocs) {
    /** The arguments after the keyword. */
    public String args() {
      return text.length() > keyword.length() ? text.substring(keyword.length()).strip() : "";
    }
  }

  private final List<Instruction> instructions;
  private final List<String[]> directives; // name, value, line
  private final char escape;

  private DockerfileOutline(List<Instruction> instructions, List<String[]> directives, char escape) {
    this.instructions = List.copyOf(instructions);
    this.directives = List.copyOf(directives);
    this.escape = escape;
  }

  public List<Instruction> instructions() {
    return instructions;
  }

  public char escape() {
    return escape;
  }

  /** The value of parser directive {@code name} and its line, e.g. {@code syntax}. */
  public Optional<Directive> directive(String name) {
    return directives.stream().filter(d -> d[0].equalsIgnoreCase(name))
        .findFirst().map(d -> new Directive(d[0], d[1], Integer.parseInt(d[2])));
  }

  public record Directive(String name, String value, int line) {}

  public static DockerfileOutline parse(String content) {
    String[] lines = content.split("\r?\n", -1);
    List<String[]> directives = new ArrayList<>();
    char escape = '\\';
    int i = 0;
    for (; i < lines.length; i++) {
      Matcher m = DIRECTIVE.matcher(lines[i]);
      if (!m.matches()) {
        break;
      }
      directives.add(new String[] {m.group(1).toLowerCase(Locale.ROOT), m.group(2), String.valueOf(i + 1)});
      if (m.group(1).equalsIgnoreCase("escape") && m.group(2).equals("`")) {
        escape = '`';
      }
    }

    List<Instruction> out = new ArrayList<>();
    int stage = -1;
    String stageName = "";
    while (i < lines.length) {
      String first = lines[i];
      String trimmed = first.strip();
      if (trimmed.isEmpty() || trimmed.startsWith("#")) {
        i++;
        continue;
      }
      int start = i;
      StringBuilder text = new StringBuilder();
      String current = first;
      while (true) {
        String stripped = current.stripTrailing();
        boolean continues = !stripped.isEmpty() && stripped.charAt(stripped.length() - 1) == escape;
        text.append(continues ? stripped.substring(0, stripped.length() - 1) : stripped);
        if (!continues) {
          break;
        }
        // Comment lines inside a continuation are dropped by the parser; blank ones too.
        i++;
        while (i < lines.length && (lines[i].strip().isEmpty() || lines[i].strip().startsWith("#"))) {
          i++;
        }
        if (i >= lines.length) {
          i--;
          break;
        }
        current = lines[i];
      }
      String joined = text.toString().strip();
      String keyword = joined.split("\\s+", 2)[0].toUpperCase(Locale.ROOT);

      List<String> heredocs = new ArrayList<>();
      if (keyword.equals("RUN") || keyword.equals("COPY") || keyword.equals("ADD")) {
        Matcher h = HEREDOC.matcher(joined);
        while (h.find()) {
          heredocs.add(h.group(3));
          boolean stripTabs = !h.group(1).isEmpty();
          // The body runs to a line holding just the word.
          while (i + 1 < lines.length) {
            i++;
            String body = stripTabs ? lines[i].replaceFirst("^\t+", "") : lines[i];
            if (body.equals(h.group(3))) {
              break;
            }
          }
        }
      }

      if (keyword.equals("FROM")) {
        stage++;
        Matcher n = STAGE_NAME.matcher(joined);
        stageName = n.find() ? n.group(1).toLowerCase(Locale.ROOT) : "stage-" + stage;
      }
      out.add(new Instruction(keyword, joined, start + 1, i + 1, stage, stage < 0 ? "" : stageName,
          List.copyOf(heredocs)));
      i++;
    }
    return new DockerfileOutline(out, directives, escape);
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
      if (x.keyword().equals("FROM") && x.stageName().equals(l)) {
        return Optional.of(x.stage());
      }
    }
    return Optional.empty();
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
        if (stage(s).stream().filter(x -> VERTEX_KEYWORDS.contains(x.keyword())).count() == total) {
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
    List<Instruction> vertices = inStage.stream().filter(x -> VERTEX_KEYWORDS.contains(x.keyword())).toList();
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
