package dev.dockwright.rules.hadolint;

import dev.dockwright.lint.Origin;
import dev.dockwright.lint.Rule;
import dev.dockwright.lint.RuleContext;
import dev.dockwright.lint.RuleSpec;
import dev.dockwright.lint.Severity;
import dev.dockwright.model.Stage;
import dev.dockwright.model.image.ImageRef;
import dev.dockwright.syntax.Instruction;
import dev.dockwright.syntax.InstructionKind;
import dev.dockwright.syntax.Range;
import dev.dockwright.syntax.Token;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * DL3026: an image from a registry outside the configured trusted registries ({@code
 * trustedRegistries}, hadolint's {@code allowedRegistries}), in FROM, {@code COPY --from} or
 * {@code RUN --mount=from=}. Without configuration every registry is trusted.
 */
@RuleSpec(
    code = "DL3026",
    name = "UntrustedRegistry",
    severity = Severity.ERROR,
    origin = Origin.HADOLINT,
    summary = "Use only an allowed registry in the FROM image.",
    rationale = "An organisation that mirrors or vets its base images wants builds to pull only"
        + " from those registries: an image from anywhere else skips the vetting, and a typo in a"
        + " registry name can pull an attacker's image. List the registries in"
        + " `trustedRegistries` (hadolint's `allowedRegistries`); `*` allows all,"
        + " `*.example.com` and `mirror.*` allow a suffix or prefix. Images without a registry"
        + " come from Docker Hub and are allowed when `docker.io` (or `hub.docker.com`) is listed;"
        + " `scratch` and earlier stages always are. COPY --from and RUN --mount=from= images are"
        + " checked too.",
    bad = "# .dockwright.yaml: trustedRegistries: [registry.example.com]\n"
        + "FROM docker.io/library/python:3.12-slim\n",
    good = "# .dockwright.yaml: trustedRegistries: [registry.example.com]\n"
        + "FROM registry.example.com/python:3.12-slim\n",
    exampleConfig = "trustedRegistries: [registry.example.com]\n")
public final class UntrustedRegistry implements Rule {

  private static final Set<String> DOCKER_HUB =
      Set.of("docker.io", "hub.docker.com", "index.docker.io", "registry-1.docker.io");

  @Override
  public void check(RuleContext context) {
    Set<String> trusted = context.config().trustedRegistries();
    if (trusted.isEmpty()) {
      return;
    }
    InstructionSteps steps = InstructionSteps.of(context.model());
    Set<String> stageNames = new HashSet<>();
    int stages = 0;
    for (Instruction in : context.dockerfile().instructions()) {
      if (in.kind() == InstructionKind.FROM) {
        stages++;
        Optional<Stage> stage = steps.stage(in);
        if (stage.isPresent()) {
          checkFrom(context, trusted, stage.get());
          stage.get().name().ifPresent(n -> stageNames.add(n.toLowerCase(Locale.ROOT)));
        }
        continue;
      }
      for (StageReferences.Reference ref : StageReferences.of(in, steps)) {
        String v = ref.value().orElse("");
        boolean stage = stageNames.contains(v.toLowerCase(Locale.ROOT))
            || v.matches("\\d{1,9}") && Integer.parseInt(v) < stages;
        if (!v.isEmpty() && !stage) {
          check(context, trusted, ImageRef.parse(v), ref.flag().range());
        }
      }
    }
  }

  private static void checkFrom(RuleContext context, Set<String> trusted, Stage stage) {
    Optional<ImageRef> image = stage.ownImage();
    Optional<Token> word = UntaggedImage.imageWord(stage);
    if (image.isPresent() && word.isPresent()
        && UntaggedImage.known(context.model(), word.get(), image.get())) {
      check(context, trusted, image.get(), word.get().range());
    }
  }

  private static void check(RuleContext context, Set<String> trusted, ImageRef image,
      Range range) {
    if (!image.resolved() || image.isScratch() || allowed(trusted, image)) {
      return;
    }
    String registry = image.registryHost();
    context.report(range, "`" + image.raw() + "` comes from " + registry + ", which is not a"
        + " trusted registry (trusted: " + String.join(", ", new TreeSet<>(trusted)) + ").");
  }

  static boolean allowed(Set<String> trusted, ImageRef image) {
    String registry = image.registry().toLowerCase(Locale.ROOT);
    List<String> names = registry.isEmpty() || DOCKER_HUB.contains(registry)
        ? List.of("docker.io", "hub.docker.com", registry) : List.of(registry);
    for (String pattern : trusted) {
      String p = pattern.toLowerCase(Locale.ROOT);
      for (String name : names) {
        if (!name.isEmpty() && matches(p, name)) {
          return true;
        }
      }
    }
    return false;
  }

  /** {@code *} (any), {@code *.suffix}, {@code prefix*}, or the exact host. */
  private static boolean matches(String pattern, String registry) {
    if (pattern.equals("*")) {
      return true;
    }
    if (pattern.startsWith("*")) {
      return registry.endsWith(pattern.substring(1));
    }
    if (pattern.endsWith("*")) {
      return registry.startsWith(pattern.substring(0, pattern.length() - 1));
    }
    return registry.equals(pattern);
  }
}
