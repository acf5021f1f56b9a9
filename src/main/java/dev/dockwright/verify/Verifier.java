package dev.dockwright.verify;

import dev.dockwright.engine.Engine;
import dev.dockwright.engine.EngineException;
import dev.dockwright.engine.build.BuildEvent;
import dev.dockwright.engine.build.BuildRequest;
import dev.dockwright.engine.build.BuildResult;
import dev.dockwright.engine.build.ImageBuilder;
import dev.dockwright.image.ImageSource;
import dev.dockwright.io.UserException;
import dev.dockwright.verify.cst.CommandRunner;
import dev.dockwright.verify.cst.StructureTests;
import dev.dockwright.verify.image.ImageChecks;
import dev.dockwright.verify.runtime.EngineCommandRunner;
import dev.dockwright.verify.runtime.RuntimeChecks;
import dev.dockwright.verify.runtime.RuntimeOutcome;
import dev.dockwright.verify.runtime.VerifyResources;
import dev.dockwright.verify.spec.ByteSize;
import dev.dockwright.verify.spec.Durations;
import dev.dockwright.verify.spec.VerifySpec;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * {@code dockwright verify}: build (optionally), check the image statically, run
 * container-structure-test files, then run the container checks; one report. The image checks
 * read the image from a {@code docker save} stream of the engine (or from a file, with no engine
 * at all); every container, network and image made on the way is removed at the end.
 */
public final class Verifier {
  /** What to verify. */
  public sealed interface Target {
    String describe();
  }

  /** An image in the engine, by name or id. */
  public record EngineImage(String reference) implements Target {
    @Override
    public String describe() {
      return reference;
    }
  }

  /** A {@code docker-archive:} or {@code oci:} image on disk: image checks only. */
  public record FileImage(ImageSource source, String text) implements Target {
    @Override
    public String describe() {
      return text;
    }
  }

  /** Build first, then verify what was built. */
  public record Build(BuildRequest request) implements Target {
    @Override
    public String describe() {
      return "--build " + request.context();
    }
  }

  /**
   * @param spec the checks and limits
   * @param buildProgress where build progress goes
   * @param progress one-line notes on what verify is doing
   */
  public record Options(VerifySpec spec, Consumer<BuildEvent> buildProgress, Consumer<String> progress) {}

  private Verifier() {}

  /**
   * @param engine connects to the engine when one is needed; its failure is an
   *     {@link EngineException} (exit 2)
   */
  public static VerifyReport verify(Target target, Options options, Supplier<Engine> engine) {
    long t0 = System.nanoTime();
    List<CheckResult> checks = new ArrayList<>();
    Map<String, String> measurements = new LinkedHashMap<>();
    VerifySpec spec = options.spec();

    if (target instanceof FileImage file) {
      List<CheckResult> image = imageChecks(file.source(), spec, Optional.empty(), measurements);
      checks.addAll(image);
      if (spec.runtime().needsContainer()) {
        checks.add(CheckResult.skip("runtime", "container checks", "the image was read from a file; verify an image"
            + " in an engine (or --build) to run it"));
      }
      return new VerifyReport(file.describe(), "", checks, List.of(), measurements, Duration.ofNanos(System.nanoTime() - t0));
    }

    try (Engine e = engine.get(); VerifyResources resources = new VerifyResources(e)) {
      options.progress().accept("session " + resources.session() + ": everything verify creates is labelled "
          + VerifyResources.LABEL + "=" + resources.session() + " and removed at the end");
      String image;
      if (target instanceof Build build) {
        BuildResult r = new ImageBuilder(e).build(build.request(), options.buildProgress());
        measurements.put("build time", Durations.format(r.duration()));
        if (!r.succeeded()) {
          var f = r.failure().orElseThrow();
          checks.add(CheckResult.fail("build", "build", "failed after " + Durations.format(r.duration()), "builds",
              f.location() + ": " + f.message() + (f.hint().isEmpty() ? "" : " (" + f.hint() + ")")));
          return new VerifyReport(target.describe(), e.describe(), checks, f.output(), measurements,
              Duration.ofNanos(System.nanoTime() - t0));
        }
        checks.add(CheckResult.pass("build", "build", "built in " + Durations.format(r.duration()) + " with "
            + r.path().label() + " (" + r.steps().size() + " steps, " + r.cachedSteps() + " cached)", "builds"));
        image = r.imageId().orElseThrow();
      } else {
        image = ((EngineImage) target).reference();
        try {
          e.api().inspectImageCmd(image).exec();
        } catch (com.github.dockerjava.api.exception.NotFoundException missing) {
          throw new EngineException("no image '" + image + "' in " + e.describe() + " (build it first, or use --build DIR)");
        }
      }

      options.progress().accept("reading the image from the engine (docker save)");
      Path tar = save(e, image);
      try {
        checks.addAll(imageChecks(ImageSource.dockerArchive(tar), spec,
            Optional.of(new EngineCommandRunner(e, image, resources)), measurements));
      } finally {
        deleteQuietly(tar);
      }

      List<String> logs = List.of();
      if (spec.runtime().needsContainer()) {
        RuntimeOutcome outcome = new RuntimeChecks(e, resources, options.progress()).run(image, spec.runtime());
        checks.addAll(outcome.results());
        logs = outcome.logs();
        outcome.timeToReady().ifPresent(d -> measurements.put("time to ready", Durations.format(d)));
        outcome.stopTime().ifPresent(d -> measurements.put("stop time", Durations.format(d)));
      }
      return new VerifyReport(target.describe(), e.describe(), checks, logs, measurements,
          Duration.ofNanos(System.nanoTime() - t0));
    } catch (InterruptedException ex) {
      Thread.currentThread().interrupt();
      throw new UserException("verify interrupted");
    }
  }

  private static List<CheckResult> imageChecks(ImageSource source, VerifySpec spec, Optional<CommandRunner> runner,
      Map<String, String> measurements) {
    List<CheckResult> out = new ArrayList<>();
    try (ImageChecks.Opened opened = ImageChecks.open(source, spec.image())) {
      measurements.put("image size", ByteSize.format(opened.image().uncompressedBytes()));
      out.addAll(opened.run(spec.image()));
      for (Path file : spec.structureTests()) {
        out.addAll(StructureTests.run(file, opened.image(), runner));
      }
    }
    return out;
  }

  /** The image as a {@code docker save} archive in a temporary file. */
  private static Path save(Engine engine, String image) {
    try {
      Path tar = Files.createTempFile("dockwright-verify-image", ".tar");
      try (InputStream in = engine.api().saveImageCmd(image).exec();
          java.io.OutputStream out = Files.newOutputStream(tar)) {
        // Large reads: the archive is hundreds of MB and 8 KB copies cost a second of it.
        byte[] buffer = new byte[1 << 20];
        for (int n; (n = in.read(buffer)) > 0; ) {
          out.write(buffer, 0, n);
        }
      } catch (RuntimeException | IOException ex) {
        deleteQuietly(tar);
        if (String.valueOf(ex.getMessage()).toLowerCase(java.util.Locale.ROOT).contains("no such image")
            || ex instanceof com.github.dockerjava.api.exception.NotFoundException) {
          throw new EngineException("no image '" + image + "' in " + engine.describe());
        }
        throw new EngineException("cannot read image '" + image + "' from " + engine.describe() + ": " + ex.getMessage());
      }
      return tar;
    } catch (IOException ex) {
      throw new UserException("cannot write a temporary file: " + ex.getMessage());
    }
  }

  private static void deleteQuietly(Path p) {
    try {
      Files.deleteIfExists(p);
    } catch (IOException ignored) {
      // a temp file
    }
  }
}
