package dev.dockwright.generate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dockwright.python.Project;
import dev.dockwright.python.ProjectDetector;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/** Structural checks on every generated Dockerfile (every fixture, target and stage layout). */
class GeneratedDockerfileTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @ParameterizedTest(name = "{0} {1} single={2}")
  @MethodSource("dev.dockwright.generate.GeneratedDockerfiles#cases")
  void everyDockerfileFollowsTheRules(String fixture, Target target, boolean single)
      throws Exception {
    Project project = ProjectDetector.detect(GeneratedDockerfiles.FIXTURES.resolve(fixture));
    Generation g = Generator.single(project, GeneratedDockerfiles.options(target, single));
    ServicePlan plan = g.plans().get(0);
    String text = GeneratedDockerfiles.file(g, "Dockerfile");
    Instructions ins = Instructions.of(text);

    assertThat(text).startsWith(DockerfileRenderer.SYNTAX_LINE + "\n");
    assertThat(ins.all()).noneMatch(i -> i.args().matches(".*\\b(curl|wget)\\b.*"));
    assertThat(text.lines().filter(l -> l.startsWith("#"))).allMatch(l -> l.length() <= 100,
        "comments are wrapped");

    // Stages: every Python stage uses the same image, the detected minor's slim image.
    List<String> pythonFroms = ins.named("FROM").stream().map(Instructions.Instr::args)
        .filter(a -> a.startsWith("python:")).toList();
    String image = "python:" + project.python().value() + "-slim";
    assertThat(pythonFroms).allMatch(a -> a.equals(image) || a.equals(image + " AS builder"));
    if (plan.multiStage()) {
      assertThat(pythonFroms).containsExactly(image + " AS builder", image);
      assertThat(ins.lastStage().named("COPY")).anyMatch(
          c -> c.args().equals("--from=builder /opt/venv /opt/venv"));
    } else {
      assertThat(ins.named("FROM")).hasSize(1);
    }
    // Cache mounts on every install.
    ins.named("RUN").stream()
        .filter(r -> r.args().matches(".*\\b(pip|uv|poetry|pdm|pipenv) (install|sync|export|"
            + "requirements).*"))
        .forEach(r -> assertThat(r.args()).as("line " + r.line()).contains("--mount=type=cache"));

    Instructions last = ins.lastStage();
    assertThat(last.named("ENV").stream().map(Instructions.Instr::args).toList().toString())
        .contains("PYTHONUNBUFFERED=1").contains("PYTHONDONTWRITEBYTECODE=1");
    String user = last.last("USER").args();
    assertThat(user).matches("[0-9]+");
    assertThat(Integer.parseInt(user)).isPositive();
    if (!plan.http()) {
      // A worker: no port, no HTTP health check, nothing published by compose.
      assertThat(target).isEqualTo(Target.GENERIC);
      assertThat(last.named("EXPOSE")).isEmpty();
      assertThat(last.named("HEALTHCHECK")).isEmpty();
      assertThat(GeneratedDockerfiles.file(g, "compose.yaml")).doesNotContain("ports:",
          "healthcheck:");
      return;
    }
    assertThat(last.named("EXPOSE")).extracting(Instructions.Instr::args)
        .containsExactly(String.valueOf(plan.port()));

    String health = last.last("HEALTHCHECK").args();
    assertThat(health).contains("CMD [\"python\", \"-c\", \"import http.client");
    List<?> healthArgv = JSON.readValue(health.substring(health.indexOf("CMD ") + 4), List.class);
    assertThat(healthArgv).hasSize(3);
    assertThat((String) healthArgv.get(2)).contains("'" + plan.health().path() + "'");

    List<?> cmd = JSON.readValue(last.last("CMD").args(), List.class);
    assertThat(cmd).isEqualTo(plan.command());
    String joined = String.join(" ", plan.command());
    if (cmd.get(0).equals("sh")) {
      assertThat(cmd.get(1)).isEqualTo("-c");
      assertThat((String) cmd.get(2)).as("a shell must exec the server").containsPattern(
          "(^|; )exec ");
    }
    boolean selfBinding = plan.project().entrypoint().value().kind().name().contains("SCRIPT")
        || plan.project().entrypoint().value().kind().name().contains("MODULE")
        || plan.project().entrypoint().value().kind().name().equals("COMMAND");
    if (target == Target.CLOUD_RUN && cmd.get(0).equals("gunicorn")) {
      // gunicorn binds 0.0.0.0:$PORT by itself when not told otherwise
      assertThat(joined).doesNotContain("--bind");
    } else if (!selfBinding) {
      assertThat(joined).contains("0.0.0.0");
    }

    switch (target) {
      case CLOUD_RUN -> {
        assertThat(plan.port()).isEqualTo(8080);
        assertThat(text).contains("PORT=8080");
        assertThat(joined.contains("$PORT") || cmd.get(0).equals("gunicorn")
            || plan.env().containsKey("PORT") || selfBinding).isTrue();
        assertThat((String) healthArgv.get(2)).contains("os.environ.get('PORT'");
      }
      case HF_SPACES -> {
        assertThat(user).isEqualTo("1000");
        assertThat(plan.port()).isEqualTo(fixture.equals("gradio-app") ? 7861 : 7860);
        assertThat(text).contains("COPY --chown=1000:1000 . .").contains("HOME=/home/user")
            .contains("useradd --create-home --uid 1000 user");
      }
      case PORT_8080 -> {
        assertThat(plan.port()).isEqualTo(8080);
        assertThat(plan.health().path()).isEqualTo("/health");
        assertThat(health).contains("--start-period=30s");
      }
      case GENERIC -> assertThat(user).isEqualTo("10001");
    }

    // Deterministic, and --air-gapped changes nothing but the syntax line.
    assertThat(GeneratedDockerfiles.dockerfile(fixture, target, single)).isEqualTo(text);
    String airGapped = GeneratedDockerfiles.file(Generator.single(project,
        GeneratedDockerfiles.options(target, single).withAirGapped(true)), "Dockerfile");
    assertThat(DockerfileRenderer.SYNTAX_LINE + "\n" + airGapped).isEqualTo(text);

    // The compose file is Compose Specification YAML with the same health check and port.
    Map<?, ?> compose = (Map<?, ?>) new Load(LoadSettings.builder().build())
        .loadFromString(GeneratedDockerfiles.file(g, "compose.yaml"));
    assertThat(compose.containsKey("version")).isFalse();
    Map<?, ?> svc = (Map<?, ?>) ((Map<?, ?>) compose.get("services")).get(project.name());
    assertThat((Object) ((Map<?, ?>) svc.get("healthcheck")).get("test"))
        .isEqualTo(concat("CMD", plan.healthcheck()));
    assertThat((Object) svc.get("ports")).isEqualTo(List.of(plan.port() + ":" + plan.port()));
  }

  private static List<String> concat(String first, List<String> rest) {
    List<String> out = new java.util.ArrayList<>(List.of(first));
    out.addAll(rest);
    return out;
  }
}
