package dev.dockwright.convert;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dockwright.generate.Target;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The whole converted file for representative inputs, compared with a reviewed copy in
 * {@code src/test/resources/convert/golden}. After an intended change, run with
 * {@code -Ddockwright.updateGolden=true} and review the diff of that directory.
 */
class ConvertGoldenTest {
  private static final Path GOLDEN = Path.of("src/test/resources/convert/golden");

  static Stream<Arguments> cases() {
    String fixtures = "src/test/resources/convert/";
    String init = "src/test/resources/golden/";
    List<Arguments> out = new ArrayList<>();
    add(out, fixtures + "single-apt-pip.Dockerfile", Layout.MULTI_STAGE, null);
    add(out, fixtures + "single-apt-pip.Dockerfile", Layout.MULTI_STAGE, Target.HF_SPACES);
    add(out, fixtures + "single-apt-pip.Dockerfile", null, Target.CLOUD_RUN);
    add(out, fixtures + "multi-build-tools.Dockerfile", Layout.SINGLE_STAGE, null);
    add(out, fixtures + "multi-build-tools.Dockerfile", null, Target.HF_SPACES);
    add(out, fixtures + "multi-build-tools.Dockerfile", null, Target.PORT_8080);
    add(out, fixtures + "e2e/single.Dockerfile", Layout.MULTI_STAGE, null);
    add(out, fixtures + "e2e/multi.Dockerfile", Layout.SINGLE_STAGE, Target.CLOUD_RUN);
    add(out, init + "pip-fastapi.generic.Dockerfile", Layout.SINGLE_STAGE, null);
    add(out, init + "pip-fastapi.generic.Dockerfile", null, Target.HF_SPACES);
    add(out, init + "e2e-pyproject.port-8080.Dockerfile", Layout.SINGLE_STAGE, null);
    add(out, init + "uv-fastapi.generic.single.Dockerfile", null, Target.CLOUD_RUN);
    return out.stream();
  }

  private static void add(List<Arguments> out, String input, Layout layout, Target target) {
    ConvertOptions o = new ConvertOptions(java.util.Optional.ofNullable(layout),
        java.util.Optional.ofNullable(target), java.util.OptionalInt.empty());
    String name = Path.of(input).getFileName().toString().replace(".Dockerfile", "")
        + (input.contains("/e2e/") ? ".e2e" : "") + (layout == null ? "" : ".to-" + layout.id())
        + (target == null ? "" : ".target-" + target.id()) + ".Dockerfile";
    out.add(Arguments.of(input, o, name));
  }

  @ParameterizedTest(name = "{2}")
  @MethodSource("cases")
  void convertedFileMatchesTheReviewedCopy(String input, ConvertOptions options, String name)
      throws Exception {
    String actual = Converter.convert("Dockerfile", Files.readString(Path.of(input)), options)
        .text();
    Path golden = GOLDEN.resolve(name);
    if (Boolean.getBoolean("dockwright.updateGolden")) {
      Files.createDirectories(GOLDEN);
      Files.writeString(golden, actual);
    }
    assertThat(golden).exists();
    assertThat(actual).isEqualTo(Files.readString(golden));
  }
}
