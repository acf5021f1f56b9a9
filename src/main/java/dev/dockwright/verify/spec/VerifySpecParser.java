package dev.dockwright.verify.spec;

import dev.dockwright.io.UserException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * Reads {@code dockwright-verify.yaml} into a {@link VerifySpec}, reporting every problem as
 * {@code file:line:column: key.path: message} (thrown together as a {@link SpecException}, exit
 * code 2). The schema is documented in {@code docs/verify-spec.md}.
 */
public final class VerifySpecParser {
  private static final List<String> TOP = List.of("version", "image", "runtime", "structureTests");

  private final SpecReader in;
  private final Path baseDir;

  private VerifySpecParser(SpecReader in, Path baseDir) {
    this.in = in;
    this.baseDir = baseDir;
  }

  /**
   * The spec of a project directory: its {@code dockwright-verify.yaml} when there is one, else
   * {@link VerifySpec#defaults()}.
   */
  public static VerifySpec discover(Path projectDir) {
    Path file = projectDir.resolve(VerifySpec.FILE_NAME);
    return Files.isRegularFile(file) ? parse(file) : VerifySpec.defaults();
  }

  public static VerifySpec parse(Path file) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new UserException(file + ": no such file");
    } catch (IOException e) {
      throw new UserException(file + ": cannot read: " + e.getMessage());
    }
    Path dir = file.toAbsolutePath().getParent();
    return parse(text, file.toString(), dir, Optional.of(file));
  }

  /**
   * @param fileName used in messages
   * @param baseDir where relative {@code structureTests} paths are resolved
   */
  public static VerifySpec parse(String text, String fileName, Path baseDir) {
    return parse(text, fileName, baseDir, Optional.empty());
  }

  private static VerifySpec parse(String text, String fileName, Path baseDir, Optional<Path> file) {
    SpecReader in = new SpecReader(fileName);
    Optional<Node> root = in.compose(text);
    VerifySpecParser p = new VerifySpecParser(in, baseDir);
    Map<String, Node> top = in.mapping(root.orElse(null), "", TOP);
    if (top.containsKey("version")) {
      in.integer(top.get("version"), "version", 1, Long.MAX_VALUE).filter(v -> v != 1)
          .ifPresent(v -> in.error(top.get("version"), "version: " + v + " is not supported (this dockwright reads version 1)"));
    }
    ImageSpec image = new ImageSectionParser(in).read(top.get("image"));
    RuntimeSpec runtime = new RuntimeSectionParser(in).read(top.get("runtime"));
    List<Path> tests = p.structureTests(top.get("structureTests"));
    in.throwIfErrors();
    return new VerifySpec(file, image, runtime, tests);
  }

  // ---- structure tests -------------------------------------------------------------------------

  private List<Path> structureTests(Node node) {
    List<Path> out = new ArrayList<>();
    List<Node> items = in.sequence(node, "structureTests");
    for (int i = 0; i < items.size(); i++) {
      Node item = items.get(i);
      Optional<String> p = in.string(item, "structureTests[" + i + "]");
      if (p.isEmpty()) continue;
      Path path = baseDir.resolve(p.get()).normalize();
      if (!Files.isRegularFile(path)) {
        in.error(item, "structureTests[" + i + "]: no such file: " + path);
      } else {
        out.add(path);
      }
    }
    return out;
  }
}
