package dev.dockwright.rules.python;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dockwright.lint.RuleTester;
import org.junit.jupiter.api.Test;

class ServerBoundToLocalhostTest {

  private final RuleTester tester = RuleTester.of(new ServerBoundToLocalhost());

  @Test
  void serverDefaultsThatListenOnLoopback() {
    tester.check("""
        FROM python:3.12-slim
        # expect: DW5003 "uvicorn listens on 127.0.0.1 unless told otherwise"
        CMD exec uvicorn --port=$PORT main:app
        """);
    tester.check("""
        FROM python:3.12-slim
        ENTRYPOINT ["python3"]
        # expect: DW5003 "runserver"
        CMD ["manage.py", "runserver", "8000"]
        """);
    tester.check("""
        FROM python:3.12-slim
        # expect: DW5003 "flask run"
        CMD ["python", "-m", "flask", "run"]
        """);
  }

  @Test
  void explicitLoopbackInFlagsAndVariables() {
    tester.check("""
        FROM python:3.12-slim
        # expect: DW5003 "--bind 127.0.0.1"
        CMD ["gunicorn", "--bind", "127.0.0.1:8000", "app:app"]
        """);
    tester.check("""
        FROM python:3.12-slim
        # expect: DW5003 "STREAMLIT_SERVER_ADDRESS=localhost"
        ENV STREAMLIT_SERVER_ADDRESS=localhost
        CMD ["streamlit", "run", "app.py"]
        """);
    tester.check("""
        FROM python:3.12-slim
        # expect: DW5003 "GRADIO_SERVER_NAME"
        ENV GRADIO_SERVER_NAME=127.0.0.1
        COPY start.sh /start.sh
        CMD ["/start.sh"]
        """);
  }

  @Test
  void reachableBindingsAndUnknowns() {
    tester.checkClean("""
        FROM python:3.12-slim
        ENV UVICORN_HOST=0.0.0.0
        CMD ["uvicorn", "main:app"]
        """);
    tester.checkClean("""
        FROM python:3.12-slim
        CMD ["manage.py", "runserver", "0:8000"]
        ENTRYPOINT ["python"]
        """);
    tester.checkClean("""
        FROM python:3.12-slim
        CMD exec gunicorn main:app --threads=8 --timeout=0
        """);
    tester.checkClean("""
        FROM python:3.12-slim
        CMD ["fastapi", "run", "app/main.py"]
        """);
    tester.checkClean("""
        FROM python:3.12-slim
        CMD ["streamlit", "run", "app.py"]
        """);
    tester.checkClean("""
        FROM python:3.12-slim
        CMD exec uvicorn main:app --host ${HOST:-0.0.0.0}
        """);
  }

  @Test
  void builderStagesDoNotShip() {
    tester.checkClean("""
        FROM python:3.12-slim AS docs
        CMD ["python", "-m", "http.server", "--bind", "127.0.0.1"]
        FROM python:3.12-slim
        COPY --from=docs /site /site
        CMD ["gunicorn", "-b", ":8000", "app:app"]
        """);
  }

  @Test
  void fixReplacesTheWrittenAddress() {
    assertThat(tester.applyFixes("""
        FROM python:3.12-slim
        CMD ["uvicorn", "main:app", "--host", "127.0.0.1"]
        """)).isEqualTo("""
        FROM python:3.12-slim
        CMD ["uvicorn", "main:app", "--host", "0.0.0.0"]
        """);
    assertThat(tester.lint("FROM python:3.12-slim\nCMD [\"uvicorn\", \"main:app\"]\n")
        .findings()).singleElement().satisfies(f -> assertThat(f.fix()).isEmpty());
  }

  @Test
  void documentationExamples() {
    tester.checkDocumentationExamples();
  }
}
