package dev.dockwright.verify.cst;

import dev.dockwright.image.Image;
import dev.dockwright.verify.CheckResult;
import dev.dockwright.verify.cst.StructureTest.CommandTest;
import dev.dockwright.verify.cst.StructureTest.FileContentTest;
import dev.dockwright.verify.cst.StructureTest.FileExistenceTest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Evaluates container-structure-test files the way CST does. File existence, file content and
 * metadata tests are answered from the image's config and merged filesystem, with no container
 * (like CST's tar driver); command tests go through a {@link CommandRunner} and are skipped when
 * there is none. License tests are reported as unsupported.
 *
 * <pre>{@code
 * StructureTest cst = StructureTestParser.parse(Path.of("cst.yaml"));
 * List<CheckResult> results = StructureTests.run(cst, image, Optional.of(engineRunner));
 * }</pre>
 */
public final class StructureTests {
  public static final String COMMAND = "cst.command";
  public static final String FILE_EXISTENCE = "cst.file-existence";
  public static final String FILE_CONTENT = "cst.file-content";
  public static final String METADATA = "cst.metadata";
  public static final String LICENSE = "cst.license";

  private StructureTests() {}

  /** Parses a file and runs it: the one call the verify command needs per CST file. */
  public static List<CheckResult> run(Path file, Image image, Optional<CommandRunner> runner) {
    return run(StructureTestParser.parse(file), image, runner);
  }

  /** Runs every test of a file, in CST's order: command, file content, file existence, license, metadata. */
  public static List<CheckResult> run(StructureTest st, Image image, Optional<CommandRunner> runner) {
    List<CheckResult> out = new ArrayList<>();
    Map<String, String> imageEnv = image.config().envMap();
    for (CommandTest t : st.commandTests()) out.add(CommandTests.run(st, t, imageEnv, runner));
    for (FileContentTest t : st.fileContentTests()) out.add(FileTests.content(t, image));
    for (FileExistenceTest t : st.fileExistenceTests()) out.add(FileTests.existence(t, image, imageEnv));
    for (int i = 0; i < st.licenseTests().size(); i++) {
      out.add(CheckResult.skip(LICENSE, "License Test",
          "licenseTests are not supported by dockwright (CST itself marks them as unused)"));
    }
    st.metadataTest().filter(m -> !m.isEmpty()).ifPresent(m -> out.add(MetadataTests.run(m, image.config())));
    return out;
  }
}
