package dev.dockwright.convert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dockwright.generate.Target;
import dev.dockwright.model.Stage;
import org.junit.jupiter.api.Test;

/** {@code --target}: port, $PORT, health check and user, as init writes them for each platform. */
class RetargeterTest {

  private static final String UVICORN_AS_ROOT = """
      FROM python:3.12-slim
      WORKDIR /app
      COPY requirements.txt .
      RUN pip install --no-cache-dir -r requirements.txt
      # The code.
      COPY . .
      EXPOSE 8000
      CMD ["uvicorn", "main:app", "--host", "0.0.0.0", "--port", "8000"]
      """;

  static Conversion convert(String text, Target target) {
    return Conversions.convert(text, ConvertOptions.target(target));
  }

  static Stage finalStage(String text) {
    return Conversions.model(text).finalStage().orElseThrow();
  }

  @Test
  void spacesMovesTheServerTo7860AndRunsItAsUid1000WithAHomeAndAWritableAppDirectory() {
    Conversion c = convert(UVICORN_AS_ROOT, Target.HF_SPACES);
    assertThat(c.text()).contains("CMD [\"uvicorn\", \"main:app\", \"--host\", \"0.0.0.0\", "
        + "\"--port\", \"7860\"]")
        .contains("EXPOSE 7860\n")
        .contains("RUN useradd --create-home --uid 1000 user\nENV HOME=/home/user\n")
        .contains("COPY --chown=1000:1000 . .")
        .contains("RUN mkdir -p /app && chown 1000:1000 /app\nUSER 1000\n")
        .contains("HTTPConnection('127.0.0.1', 7860")
        .doesNotContain("8000");
    Stage s = finalStage(c.text());
    assertThat(s.user().orElseThrow().user()).isEqualTo("1000");
    assertThat(s.endContext().scope().env()).containsEntry("HOME", "/home/user");
    // Untouched lines stay byte for byte, comments included.
    assertThat(c.text()).contains("WORKDIR /app\nCOPY --chown=1000:1000 requirements.txt .\n"
        + "RUN pip install --no-cache-dir -r requirements.txt\n# The code.\n");
  }

  @Test
  void spacesGivesAnExistingUserUid1000AndFollowsItIntoChownFlags() {
    Conversion c = convert("""
        FROM python:3.12-slim
        RUN useradd --create-home --no-log-init --uid 10001 app
        WORKDIR /home/app/srv
        COPY --chown=10001:10001 . .
        USER 10001
        ENV PORT=8000
        CMD ["python", "server.py"]
        """, Target.HF_SPACES);
    assertThat(c.text()).contains("useradd --create-home --no-log-init --uid 1000 app\n"
            + "ENV HOME=/home/app\n")
        .contains("COPY --chown=1000:1000 . .")
        .contains("USER 1000\n")
        .contains("ENV PORT=7860\n")
        .doesNotContain("10001")
        .doesNotContain("chown 1000:1000 /home"); // the app directory is in its home already
  }

  @Test
  void cloudRunWrapsAPortOptionInShExecSoTheServerStaysPid1() {
    Conversion c = convert(UVICORN_AS_ROOT, Target.CLOUD_RUN);
    assertThat(c.text())
        .contains("CMD [\"sh\", \"-c\", \"exec uvicorn main:app --host 0.0.0.0 --port \\\"$PORT\\\"\"]")
        .contains("USER 10001\nENV PORT=8080\nEXPOSE 8080\n")
        .contains("int(os.environ.get('PORT', '8080'))");
    assertThat(finalStage(c.text()).cmd().orElseThrow().command().processArgs())
        .containsExactly("sh", "-c", "exec uvicorn main:app --host 0.0.0.0 --port \"$PORT\"");
  }

  @Test
  void cloudRunLetsGunicornReadPortItselfAndKeepsTheExecForm() {
    Conversion c = convert("""
        FROM python:3.12-slim
        USER nobody
        CMD ["gunicorn", "app:app", "--workers", "2", "--bind", "0.0.0.0:8000"]
        """, Target.CLOUD_RUN);
    assertThat(c.text()).contains("CMD [\"gunicorn\", \"app:app\", \"--workers\", \"2\"]")
        .contains("ENV PORT=8080\nEXPOSE 8080\n");
    assertThat(c.notes()).anyMatch(n -> n.contains("gunicorn listens on 0.0.0.0:$PORT"));
  }

  @Test
  void cloudRunExecsTheLastCommandOfAShellFormScript() {
    Conversion c = convert("""
        FROM python:3.12-slim
        USER 10001
        CMD python manage.py migrate && gunicorn site.wsgi -b 0.0.0.0:8000
        """, Target.CLOUD_RUN);
    assertThat(finalStage(c.text()).cmd().orElseThrow().command().processArgs())
        .containsExactly("sh", "-c",
            "python manage.py migrate && exec gunicorn site.wsgi -b 0.0.0.0:$PORT");
  }

  @Test
  void cloudRunCopiesPortIntoTheVariableTheAppReads() {
    Conversion c = convert("""
        FROM python:3.12-slim
        USER 10001
        ENV GRADIO_SERVER_NAME=0.0.0.0 GRADIO_SERVER_PORT=7860
        EXPOSE 7860
        CMD ["python", "app.py"]
        """, Target.CLOUD_RUN);
    assertThat(c.text()).contains("GRADIO_SERVER_PORT=8080")
        .contains("CMD [\"sh\", \"-c\", \"export GRADIO_SERVER_PORT=\\\"$PORT\\\"; exec python app.py\"]")
        .contains("ENV PORT=8080\nEXPOSE 8080");
  }

  @Test
  void cloudRunLeavesAnAppThatReadsPortAloneButForItsDefault() {
    Conversion c = convert("""
        FROM python:3.12-slim
        USER 10001
        ENV PORT=8000
        EXPOSE 8000
        CMD ["python", "server.py"]
        """, Target.CLOUD_RUN);
    assertThat(c.text()).contains("ENV PORT=8080\nEXPOSE 8080\n")
        .contains("CMD [\"python\", \"server.py\"]");
  }

  @Test
  void port8080AsksHealthOnSlashHealthOftenEnoughToBeHealthyWithin30Seconds() {
    Conversion c = convert("""
        FROM python:3.12-slim
        USER 10001
        EXPOSE 5000
        HEALTHCHECK --interval=30s CMD curl -f http://localhost:5000/healthz || exit 1
        CMD ["flask", "run", "--host", "0.0.0.0", "--port", "5000"]
        """, Target.PORT_8080);
    assertThat(c.text()).contains("EXPOSE 8080")
        .contains("HEALTHCHECK --interval=5s --timeout=3s --start-period=30s --retries=3 \\\n"
            + "  CMD [\"python\", \"-c\", \"import http.client as h; c = h.HTTPConnection("
            + "'127.0.0.1', 8080, timeout=3); c.request('GET', '/health');")
        .contains("\"--port\", \"8080\"]")
        .doesNotContain("curl");
    assertThat(c.notes()).anyMatch(n -> n.contains("/health") && n.contains("/healthz"));
  }

  @Test
  void genericKeepsThePortAndOnlyAddsWhatIsMissing() {
    Conversion c = convert(UVICORN_AS_ROOT, Target.GENERIC);
    assertThat(c.text()).contains("\"--port\", \"8000\"]").contains("EXPOSE 8000")
        .contains("RUN useradd --create-home --no-log-init --uid 10001 --shell /usr/sbin/nologin app")
        .contains("USER 10001\nEXPOSE 8000\n")
        .contains("HEALTHCHECK --interval=10s --timeout=3s --start-period=20s --retries=3")
        .contains("c.request('GET', '/'); raise SystemExit(c.getresponse().status >= 500)");
    String again = convert(c.text(), Target.GENERIC).text();
    assertThat(again).isEqualTo(c.text()); // nothing left to do
  }

  @Test
  void aPortFlagOverridesTheTargetsPort() {
    Conversion c = Converter.convert("Dockerfile", UVICORN_AS_ROOT,
        ConvertOptions.target(Target.HF_SPACES).withPort(8501));
    assertThat(c.text()).contains("\"--port\", \"8501\"]").contains("EXPOSE 8501");
  }

  @Test
  void aShellFormPortIsEditedInPlace() {
    Conversion c = convert("""
        FROM python:3.12-slim
        USER 10001
        # Served by hypercorn.
        CMD hypercorn app:app \\
            --bind 0.0.0.0:8000
        """, Target.HF_SPACES);
    assertThat(c.text()).contains("# Served by hypercorn.\nCMD hypercorn app:app \\\n"
        + "    --bind 0.0.0.0:7860\n");
  }

  @Test
  void lineEndingsAndTheEscapeCharacterOfTheFileAreKept() {
    String crlf = UVICORN_AS_ROOT.replace("\n", "\r\n");
    Conversion c = convert(crlf, Target.HF_SPACES);
    assertThat(c.text().replace("\r\n", "")).doesNotContain("\n");
    assertThat(c.text()).contains("EXPOSE 7860\r\n");
    String backtick = "# escape=`\n" + UVICORN_AS_ROOT;
    assertThat(convert(backtick, Target.HF_SPACES).text()).contains("HEALTHCHECK --interval=10s"
        + " --timeout=3s --start-period=20s --retries=3 `\n  CMD");
  }

  @Test
  void refusesWhenTheCommandNamesNoPortItCouldMove() {
    assertThatThrownBy(() -> convert("""
        FROM python:3.12-slim
        EXPOSE 8000
        CMD ["python", "server.py"]
        """, Target.HF_SPACES))
        .isInstanceOf(CannotConvert.class)
        .hasMessage("Dockerfile:3:1: cannot convert: CMD [\"python\", \"server.py\"]: the command "
            + "names no port (no --port or --bind option, no PORT variable), so it cannot be moved "
            + "to 7860; if the app reads its port from a variable, declare it (ENV PORT=8000)");
  }

  @Test
  void refusesAWorkerWithNoPortForAnHttpPlatform() {
    assertThatThrownBy(() -> convert("""
        FROM python:3.12-slim
        CMD ["python", "worker.py"]
        """, Target.CLOUD_RUN))
        .isInstanceOf(CannotConvert.class)
        .hasMessageContaining("Dockerfile:2:1: cannot convert")
        .hasMessageContaining("no port to retarget");
  }

  @Test
  void refusesCloudRunWhenThePortIsInAnEntrypointThatCmdExtends() {
    assertThatThrownBy(() -> convert("""
        FROM python:3.12-slim
        ENTRYPOINT ["uvicorn", "--port", "8000"]
        CMD ["main:app"]
        """, Target.CLOUD_RUN))
        .isInstanceOf(CannotConvert.class)
        .hasMessageContaining("Dockerfile:2:1")
        .hasMessageContaining("ENTRYPOINT");
  }

  @Test
  void cloudRunWrapsCmdUnderAnInitButNotUnderAProgramItFeeds() {
    Conversion c = convert("""
        FROM python:3.12-slim
        USER 10001
        ENTRYPOINT ["tini", "--"]
        CMD ["uvicorn", "main:app", "--port", "8000"]
        """, Target.CLOUD_RUN);
    assertThat(c.text()).contains("CMD [\"sh\", \"-c\", \"exec uvicorn main:app --port \\\"$PORT\\\"\"]");
    assertThatThrownBy(() -> convert("""
        FROM python:3.12-slim
        ENTRYPOINT ["uvicorn"]
        CMD ["main:app", "--port", "8000"]
        """, Target.CLOUD_RUN))
        .isInstanceOf(CannotConvert.class)
        .hasMessageContaining("Dockerfile:3:1")
        .hasMessageContaining("CMD gives its arguments to ENTRYPOINT uvicorn");
  }

  @Test
  void keepsAHealthCheckItCannotReadAndSaysSo() {
    Conversion c = convert("""
        FROM python:3.12-slim
        USER 10001
        HEALTHCHECK CMD python /app/check.py
        CMD ["uvicorn", "main:app", "--port", "8000"]
        """, Target.HF_SPACES);
    assertThat(c.text()).contains("HEALTHCHECK CMD python /app/check.py\n");
    assertThat(c.notes()).anyMatch(n -> n.contains("HEALTHCHECK (line 3) is kept"));
  }
}
