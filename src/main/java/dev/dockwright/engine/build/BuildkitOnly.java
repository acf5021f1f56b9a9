package dev.dockwright.engine.build;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds Dockerfile syntax that only BuildKit understands, so a build can fall back to the Engine
 * API's classic builder only when nothing needs BuildKit. A textual check over the outline, by
 * design: it looks at instruction flags, heredocs and BuildKit's automatic platform arguments.
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
  private static final Pattern FLAG = Pattern.compile("--([a-z][a-z-]*)(?:=\\S*)?");
  private static final Pattern PLATFORM_ARG =
      Pattern.compile("\\$\\{?(BUILDPLATFORM|BUILDOS|BUILDARCH|BUILDVARIANT|TARGETPLATFORM|TARGETOS|TARGETARCH|TARGETVARIANT)\\b");

  private BuildkitOnly() {}

  public static List<Use> find(DockerfileOutline outline) {
    List<Use> uses = new ArrayList<>();
    for (DockerfileOutline.Instruction x : outline.instructions()) {
      List<String> flags = FLAGS.getOrDefault(x.keyword(), List.of());
      for (String token : x.args().split("\\s+")) {
        Matcher f = FLAG.matcher(token);
        if (!f.matches()) {
          break; // flags come first; the first non-flag ends them
        }
        if (flags.contains(f.group(1))) {
          uses.add(new Use(x.line(), x.keyword() + " --" + f.group(1)));
        }
      }
      if (!x.heredocs().isEmpty()) {
        uses.add(new Use(x.line(), "heredoc in " + x.keyword() + " (<<" + x.heredocs().get(0) + ")"));
      }
      Matcher p = PLATFORM_ARG.matcher(x.text());
      if (p.find()) {
        uses.add(new Use(x.line(), "automatic platform argument $" + p.group(1)));
      }
    }
    return uses;
  }
}
