package dev.dockwright.engine.build;

import dev.dockwright.syntax.Flag;
import dev.dockwright.syntax.Heredoc;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds Dockerfile syntax that only BuildKit understands, so a build can fall back to the Engine
 * API's classic builder only when nothing needs BuildKit: instruction flags and heredocs as the
 * parser read them, and BuildKit's automatic platform arguments. Parser directives need nothing:
 * the classic builder reads {@code # syntax=} and {@code # check=} as comments.
 */
public final class BuildkitOnly {
  /** Something BuildKit-only at a Dockerfile line. */
  public record Use(int line, String what) {
    @Override
    public String toString() {
      return "line " + line + ": " + what;
    }
  }

  private static final Map<String, List<String>> FLAGS = Map.of(
      "RUN", List.of("mount", "network", "security", "device"),
      "COPY", List.of("link", "parents", "exclude", "chmod"),
      "ADD", List.of("link", "parents", "exclude", "chmod", "checksum", "keep-git-dir", "unpack"));
  private static final Pattern PLATFORM_ARG =
      Pattern.compile("\\$\\{?(BUILDPLATFORM|BUILDOS|BUILDARCH|BUILDVARIANT|TARGETPLATFORM|TARGETOS|TARGETARCH|TARGETVARIANT)\\b");

  private BuildkitOnly() {}

  public static List<Use> find(DockerfileOutline outline) {
    List<Use> uses = new ArrayList<>();
    for (DockerfileOutline.Instruction x : outline.instructions()) {
      List<String> buildkitFlags = FLAGS.getOrDefault(x.keyword(), List.of());
      for (Flag f : x.node().flags()) {
        if (buildkitFlags.contains(f.name())) {
          uses.add(new Use(f.range().start().line(), x.keyword() + " --" + f.name()));
        }
      }
      if (!x.node().heredocs().isEmpty()) {
        Heredoc h = x.node().heredocs().get(0);
        uses.add(new Use(h.marker().range().start().line(), "heredoc in " + x.keyword() + " (<<" + h.name() + ")"));
      }
      // A variable reference anywhere in the instruction line (not in heredoc bodies, which the
      // shell expands): the classic builder leaves these empty.
      Matcher p = PLATFORM_ARG.matcher(x.text());
      if (p.find()) {
        uses.add(new Use(x.line(), "automatic platform argument $" + p.group(1)));
      }
    }
    return uses;
  }
}
