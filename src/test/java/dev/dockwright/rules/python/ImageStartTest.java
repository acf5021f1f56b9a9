package dev.dockwright.rules.python;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dockwright.model.DockerfileModel;
import dev.dockwright.model.ModelOptions;
import dev.dockwright.syntax.DockerfileParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImageStartTest {

  private static List<Launch> launches(String dockerfile) {
    return ImageStart.of(DockerfileModel.of(DockerfileParser.parse("Dockerfile", dockerfile),
        ModelOptions.defaults()));
  }

  private static List<Launch> launches(String dockerfile, Path dir) {
    return ImageStart.of(DockerfileModel.of(DockerfileParser.parse("Dockerfile", dockerfile),
        ModelOptions.defaults().withContextDir(dir)));
  }

  @Test
  void execFormWithRunnersAndWrappers() {
    List<Launch> l = launches("""
        FROM python:3.12-slim
        ENTRYPOINT ["tini", "--"]
        CMD ["uv", "run", "--frozen", "python", "-m", "uvicorn", "app:app", "--port", "9000"]
        """);
    assertThat(l).singleElement().satisfies(x -> {
      assertThat(x.server()).isEqualTo(PythonServer.UVICORN);
      assertThat(x.via()).isEmpty();
      assertThat(ServerBinding.port(x).orElseThrow().value()).isEqualTo("9000");
      assertThat(ServerBinding.host(x).orElseThrow().value()).isEqualTo("127.0.0.1");
    });
  }

  @Test
  void shellFormKeepsTheShellUnlessExec() {
    Launch plain = launches("FROM python:3.12-slim\nCMD cd /app && gunicorn -b :8000 app:app\n").get(0);
    assertThat(plain.server()).isEqualTo(PythonServer.GUNICORN);
    assertThat(plain.nonExecShell()).isPresent();
    assertThat(plain.nonExecShell().get().lastCommand()).isTrue();
    Launch exec = launches("FROM python:3.12-slim\nCMD exec gunicorn -b :8000 app:app\n").get(0);
    assertThat(exec.nonExecShell()).isEmpty();
    assertThat(ServerBinding.host(exec).orElseThrow().value()).isEqualTo("0.0.0.0");
  }

  @Test
  void portFromTheImageEnvironmentInShellForm() {
    Launch l = launches("""
        FROM python:3.12-slim
        ENV PORT=8080
        CMD exec uvicorn app:app --host 0.0.0.0 --port ${PORT}
        """).get(0);
    assertThat(ServerBinding.port(l).orElseThrow().value()).isEqualTo("8080");
    Launch unknown = launches("FROM python:3.12-slim\nCMD exec uvicorn app:app --port $PORT\n").get(0);
    assertThat(ServerBinding.port(unknown)).isEmpty();
  }

  @Test
  void entrypointScriptFromHeredocAndDollarAt() {
    List<Launch> l = launches("""
        FROM python:3.12-slim
        COPY <<EOF /entrypoint.sh
        #!/bin/sh
        python manage.py migrate
        "$@"
        EOF
        ENTRYPOINT ["/entrypoint.sh"]
        CMD ["gunicorn", "--bind", "0.0.0.0:8000", "proj.wsgi"]
        """);
    assertThat(l).singleElement().satisfies(x -> {
      assertThat(x.server()).isEqualTo(PythonServer.GUNICORN);
      assertThat(x.via()).hasSize(1);
      assertThat(x.nonExecShell().orElseThrow().description()).isEqualTo("/entrypoint.sh");
    });
  }

  @Test
  void entrypointScriptFromTheBuildContext(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("start.sh"), "#!/bin/bash\nset -e\nexec uvicorn main:app --host 0.0.0.0\n");
    List<Launch> l = launches("""
        FROM python:3.12-slim
        WORKDIR /app
        COPY . .
        CMD ["./start.sh"]
        """, dir);
    assertThat(l).singleElement().satisfies(x -> {
      assertThat(x.server()).isEqualTo(PythonServer.UVICORN);
      assertThat(x.nonExecShell()).isEmpty();
    });
  }

  @Test
  void shellCmdAfterExecEntrypointAndDjango() {
    List<Launch> l = launches("""
        FROM python:3.12-slim
        ENTRYPOINT ["python3"]
        CMD ["manage.py", "runserver", "8000"]
        """);
    assertThat(l).singleElement().satisfies(x -> {
      assertThat(x.server()).isEqualTo(PythonServer.DJANGO);
      assertThat(ServerBinding.host(x).orElseThrow().value()).isEqualTo("127.0.0.1");
      assertThat(ServerBinding.port(x).orElseThrow().value()).isEqualTo("8000");
    });
    assertThat(launches("FROM python:3.12\nCMD [\"sh\", \"-c\", \"flask run --host=0.0.0.0\"]\n"))
        .singleElement().satisfies(x -> {
          assertThat(x.server()).isEqualTo(PythonServer.FLASK);
          assertThat(ServerBinding.host(x).orElseThrow().value()).isEqualTo("0.0.0.0");
          assertThat(ServerBinding.port(x).orElseThrow().value()).isEqualTo("5000");
        });
  }
}
