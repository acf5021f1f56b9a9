package dev.dockwright.rules.buildkit;

import dev.dockwright.model.ArgStep;
import dev.dockwright.model.DockerfileModel;
import dev.dockwright.model.Stage;
import dev.dockwright.syntax.expand.Env;
import dev.dockwright.syntax.expand.Expansion;
import dev.dockwright.syntax.expand.ExpansionOptions;
import dev.dockwright.syntax.expand.VariableExpander;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What FROM lines are expanded with in BuildKit: the predefined platform arguments plus the ARGs
 * declared before the first FROM ({@code defaultArgs} and {@code buildMetaArgs}).
 */
final class GlobalArgs {

  /** BuildKit's predefined arguments, always usable in FROM. */
  static final List<String> PREDEFINED = List.of("BUILDPLATFORM", "BUILDOS", "BUILDOSVERSION",
      "BUILDARCH", "BUILDVARIANT", "TARGETPLATFORM", "TARGETOS", "TARGETOSVERSION", "TARGETARCH",
      "TARGETVARIANT", "TARGETSTAGE");

  private GlobalArgs() {}

  static VariableExpander expander(DockerfileModel model) {
    return new VariableExpander(model.dockerfile().escapeChar(), ExpansionOptions.DEFAULT);
  }

  /** Expands a FROM word with the global scope as the build sees it (build arguments applied). */
  static Expansion expand(DockerfileModel model, String word) {
    return expander(model).expand(word, model.globalScope());
  }

  /** A stage's {@code FROM --platform} value: as written, and expanded as {@link #expand} does. */
  record PlatformFlag(Stage stage, String written, Expansion expanded) {}

  /** The {@code --platform} values of the FROM lines, in stage order (stages without one left out). */
  static List<PlatformFlag> platformFlags(DockerfileModel model) {
    List<PlatformFlag> out = new ArrayList<>();
    for (Stage stage : model.stages()) {
      FromLine.platform(stage.from())
          .ifPresent(written -> out.add(new PlatformFlag(stage, written, expand(model, written))));
    }
    return out;
  }

  /**
   * The names a FROM may use without UndefinedArgInFrom: every global ARG (with a value or not)
   * and the predefined ones; declared names first, in file order (the order suggestions prefer).
   */
  static Set<String> declaredNames(DockerfileModel model) {
    Set<String> names = new LinkedHashSet<>();
    for (ArgStep step : model.globalArgs()) {
      for (ArgStep.Arg arg : step.args()) {
        names.add(arg.name());
      }
    }
    names.addAll(PREDEFINED);
    return names;
  }

  /**
   * The global scope built from ARG defaults only, build arguments ignored (except that they may
   * set the predefined platform arguments), as BuildKit's {@code validateBaseImagesWithDefaultArgs}
   * builds it; empty when a default does not expand (BuildKit then skips the check).
   */
  static Optional<Env> defaultsOnly(DockerfileModel model) {
    Evaluation e = evaluate(model, false);
    return e.error().isPresent() ? Optional.empty() : Optional.of(e.env());
  }

  /**
   * The global ARGs evaluated in order ({@code buildMetaArgs}): a build argument replaces the
   * default (when {@code withBuildArgs}), a default is expanded with the names before it. Stops at
   * the first default that does not expand.
   */
  static Evaluation evaluate(DockerfileModel model, boolean withBuildArgs) {
    Map<String, String> env = new LinkedHashMap<>(predefinedValues(model));
    VariableExpander expander = expander(model);
    for (ArgStep step : model.globalArgs()) {
      for (ArgStep.Arg arg : step.args()) {
        String given = withBuildArgs ? model.options().buildArgs().get(arg.name()) : null;
        String value = given;
        if (value == null && arg.declaration().defaultValue().isPresent()) {
          Expansion e = expander.expand(arg.declaration().defaultValue().get().value(), Env.of(env));
          if (e.failed()) {
            return new Evaluation(Env.of(env), Optional.of(step), Optional.of(e.error()));
          }
          value = e.text();
        }
        if (value != null) {
          env.remove(arg.name());
          env.put(arg.name(), value);
        }
      }
    }
    return new Evaluation(Env.of(env), Optional.empty(), Optional.empty());
  }

  /** The evaluated global scope, or where and why a default failed to expand. */
  record Evaluation(Env env, Optional<ArgStep> failedAt, Optional<String> error) {}

  private static Map<String, String> predefinedValues(DockerfileModel model) {
    String platform = model.options().platform();
    String[] p = platform.split("/");
    List<String> values = new ArrayList<>();
    String os = p.length > 0 ? p[0] : "linux";
    String arch = p.length > 1 ? p[1] : "amd64";
    String variant = p.length > 2 ? p[2] : "";
    for (int i = 0; i < 2; i++) {
      values.add(platform);
      values.add(os);
      values.add("");
      values.add(arch);
      values.add(variant);
    }
    values.add(model.finalStage().flatMap(s -> s.name()).map(Go::toLower).orElse("default"));
    Map<String, String> out = new LinkedHashMap<>();
    for (int i = 0; i < PREDEFINED.size(); i++) {
      String name = PREDEFINED.get(i);
      out.put(name, model.options().buildArgs().getOrDefault(name, values.get(i)));
    }
    return out;
  }
}
