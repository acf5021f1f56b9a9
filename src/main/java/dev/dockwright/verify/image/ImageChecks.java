package dev.dockwright.verify.image;

import dev.dockwright.image.FileContentVisitor;
import dev.dockwright.image.Image;
import dev.dockwright.image.ImageSource;
import dev.dockwright.verify.CheckResult;
import dev.dockwright.verify.cst.CommandRunner;
import dev.dockwright.verify.cst.StructureTests;
import dev.dockwright.verify.spec.ImageSpec;
import dev.dockwright.verify.spec.VerifySpec;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The static image checks of verify: everything that can be told from an image's config and
 * layers, with no engine. The entry points:
 *
 * <pre>{@code
 * VerifySpec spec = VerifySpecParser.parse(Path.of("dockwright-verify.yaml"));
 * List<CheckResult> results = ImageChecks.run(ImageSource.parse("docker-archive:app.tar"), spec);
 * }</pre>
 *
 * Opening reads every layer once; when the secret check is on, file scanning rides along that
 * pass. With an image already open, {@link #run(Image, ImageSpec)} streams the layers again for
 * the file scan.
 */
public final class ImageChecks {
  private ImageChecks() {}

  /**
   * The whole engine-less verify: the spec's image checks, then its container-structure-test
   * files (file, content and metadata tests answered from the image; command tests skipped,
   * since they need a container).
   */
  public static List<CheckResult> run(ImageSource source, VerifySpec spec) {
    return run(source, spec, Optional.empty());
  }

  /**
   * Like {@link #run(ImageSource, VerifySpec)}, with command tests of structure-test files run
   * through the engine's {@link CommandRunner}.
   */
  public static List<CheckResult> run(ImageSource source, VerifySpec spec, Optional<CommandRunner> runner) {
    try (Opened opened = open(source, spec.image())) {
      List<CheckResult> out = new ArrayList<>(opened.run(spec.image()));
      for (Path file : spec.structureTests()) out.addAll(StructureTests.run(file, opened.image(), runner));
      return out;
    }
  }

  /** Opens the image, runs the checks the spec asks for, closes the image. */
  public static List<CheckResult> run(ImageSource source, ImageSpec spec) {
    try (Opened opened = open(source, spec)) {
      return opened.run(spec);
    }
  }

  /** Runs the checks on an open image (re-reading layers only if secrets are scanned). */
  public static List<CheckResult> run(Image image, ImageSpec spec) {
    return run(new ImageFacts(image, Optional.empty()), spec);
  }

  /** Opens the image with the secret scan riding along, for callers that keep the image open. */
  public static Opened open(ImageSource source, ImageSpec spec) {
    SecretScanner scanner = spec.secrets().map(SecretScanner::new).orElse(null);
    Image image = Image.open(source, scanner == null ? FileContentVisitor.NONE : scanner);
    return new Opened(image, new ImageFacts(image, Optional.ofNullable(scanner)));
  }

  /**
   * An image opened for checking: run the checks with {@link #run(ImageSpec)}, use the image for
   * other work (structure tests), close when done.
   */
  public static final class Opened implements AutoCloseable {
    private final Image image;
    private final ImageFacts facts;

    private Opened(Image image, ImageFacts facts) {
      this.image = image;
      this.facts = facts;
    }

    public Image image() {
      return image;
    }

    public List<CheckResult> run(ImageSpec spec) {
      return ImageChecks.run(facts, spec);
    }

    @Override
    public void close() {
      image.close();
    }
  }

  static List<CheckResult> run(ImageFacts facts, ImageSpec spec) {
    List<CheckResult> out = new ArrayList<>();
    for (ImageCheck check : checks(spec)) out.addAll(check.run(facts));
    return out;
  }

  /** The checks a spec asks for, in report order. */
  static List<ImageCheck> checks(ImageSpec spec) {
    List<ImageCheck> checks = new ArrayList<>();
    spec.size().ifPresent(s -> checks.add(new SizeCheck(s)));
    if (spec.nonRoot() || spec.user().isPresent()) checks.add(new UserCheck(spec.nonRoot(), spec.user()));
    spec.ports().ifPresent(p -> checks.add(new PortsCheck(p)));
    if (!spec.env().isEmpty()) checks.add(new EnvCheck(spec.env()));
    spec.healthcheck().ifPresent(h -> checks.add(new HealthcheckCheck(h)));
    spec.labels().ifPresent(l -> checks.add(new LabelsCheck(l)));
    if (spec.execForm()) checks.add(new ExecFormCheck());
    if (!spec.files().isEmpty()) checks.add(new FilesCheck(spec.files()));
    if (spec.noBuildTools()) checks.add(new BuildToolsCheck());
    spec.secrets().ifPresent(s -> checks.add(new SecretsCheck(s)));
    spec.efficiency().ifPresent(e -> checks.add(new EfficiencyCheck(e)));
    return checks;
  }
}
