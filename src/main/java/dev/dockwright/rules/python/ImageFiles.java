package dev.dockwright.rules.python;

import dev.dockwright.model.CopyStep;
import dev.dockwright.model.DockerfileModel;
import dev.dockwright.model.Paths;
import dev.dockwright.model.Stage;
import dev.dockwright.syntax.Heredoc;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The text of a small file the final image contains, when the Dockerfile shows where it comes
 * from: an inline {@code COPY <<EOF /path} here-document, or a file of the build context that a
 * {@code COPY} from the context puts there (read from the Dockerfile's directory, when it is
 * known and the file is there). Anything else (a file a RUN writes, one copied from another stage)
 * is unknown.
 */
final class ImageFiles {
  private ImageFiles() {}

  /** Files larger than this are not scripts we would read. */
  private static final long MAX_SIZE = 256 * 1024;

  /**
   * A file's text and a name for messages ({@code start.sh}, {@code <<EOF}).
   *
   * @param sourceStart for a here-document kept verbatim (not {@code <<-}), the Dockerfile
   *     offset of its first character; -1 otherwise
   */
  record File(String imagePath, String name, String text, int sourceStart) {
    boolean heredoc() {
      return name.startsWith("<<");
    }
  }

  /** The file at {@code imagePath} in the image of {@code stage} (its parent stages included). */
  static Optional<File> read(DockerfileModel model, Stage stage, String imagePath) {
    String wanted = Paths.normalize(imagePath);
    List<Stage> chain = chain(stage);
    for (int s = chain.size() - 1; s >= 0; s--) {
      List<CopyStep> copies = chain.get(s).steps(CopyStep.class);
      for (int c = copies.size() - 1; c >= 0; c--) {
        CopyStep copy = copies.get(c);
        if (!Paths.isUnder(wanted, copy.resolvedDestination())) {
          continue;
        }
        if (!copy.fromContext()) {
          if (Paths.isUnder(wanted, copy.resolvedDestination())) {
            return Optional.empty(); // from another stage or image: we cannot see it
          }
          continue;
        }
        Optional<File> found = fromCopy(model, copy, wanted);
        if (found.isPresent()) {
          return found;
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<File> fromCopy(DockerfileModel model, CopyStep copy, String wanted) {
    String dest = copy.resolvedDestination();
    boolean destIsDir = copy.destination().endsWith("/") || copy.sources().size() > 1;
    for (Heredoc h : copy.heredocs()) {
      String target = destIsDir ? Paths.resolve(dest, h.name()) : dest;
      if (target.equals(wanted)) {
        return Optional.of(new File(wanted, "<<" + h.name(), h.effectiveContent(),
            h.chomp() ? -1 : h.body().startOffset()));
      }
    }
    Optional<Path> context = model.options().contextDir();
    if (context.isEmpty()) {
      return Optional.empty();
    }
    Path root = context.get().toAbsolutePath().normalize();
    for (String src : copy.sources()) {
      if (src.startsWith("<<") || src.contains("*") || src.contains("?") || src.contains("[")
          || src.contains("$")) {
        continue;
      }
      Path local = root.resolve(src.startsWith("/") ? src.substring(1) : src).normalize();
      if (!local.startsWith(root)) {
        continue;
      }
      Path candidate;
      if (Files.isDirectory(local)) {
        if (!Paths.isUnder(wanted, dest) || wanted.equals(dest)) {
          continue;
        }
        candidate = local.resolve(wanted.substring(dest.equals("/") ? 1 : dest.length() + 1));
      } else {
        String name = local.getFileName() == null ? "" : local.getFileName().toString();
        String target = destIsDir || Files.isDirectory(local) ? Paths.resolve(dest, name) : dest;
        if (!target.equals(wanted)) {
          continue;
        }
        candidate = local;
      }
      Optional<String> text = readSmall(candidate.normalize(), root);
      if (text.isPresent()) {
        return Optional.of(new File(wanted, root.relativize(candidate.normalize()).toString(),
            text.get(), -1));
      }
    }
    return Optional.empty();
  }

  /** A regular file inside {@code root}, small enough, as UTF-8 (malformed bytes replaced). */
  static Optional<String> readSmall(Path file, Path root) {
    try {
      if (!file.startsWith(root) || !Files.isRegularFile(file) || Files.size(file) > MAX_SIZE) {
        return Optional.empty();
      }
      return Optional.of(new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
    } catch (IOException | SecurityException e) {
      return Optional.empty();
    }
  }

  /** The stage and the stages it is built FROM, root first. */
  static List<Stage> chain(Stage stage) {
    java.util.ArrayList<Stage> out = new java.util.ArrayList<>();
    for (Stage s = stage; s != null; s = s.parent().orElse(null)) {
      out.add(0, s);
    }
    return out;
  }
}
