package dev.dockwright.rules.python;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dockwright.lint.RuleTester;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShellFormServerTest {

  private final RuleTester tester = RuleTester.of(new ShellFormServer());

  @Test
  void shellFormAndShDashC() {
    tester.check("""
        FROM python:3.12-slim
        # expect: DW2002 "CMD in shell form runs gunicorn"
        CMD gunicorn --bind 0.0.0.0:8000 app:app
        """);
    tester.check("""
        FROM python:3.12-slim
        WORKDIR /app
        # expect: DW2002 "uvicorn"
        CMD ["sh", "-c", "uvicorn main:app --host 0.0.0.0 --port $PORT"]
        """);
    tester.check("""
        FROM python:3.12-slim
        ENTRYPOINT ["/usr/bin/tini", "--"]
        # expect: DW2002 "streamlit"
        CMD streamlit run app.py
        """);
  }

  @Test
  void entrypointHeredocRunningDollarAtWithoutExec() {
    tester.check("""
        FROM python:3.12-slim
        COPY <<EOF /entrypoint.sh
        #!/bin/sh
        set -e
        python manage.py migrate --noinput
        # expect: DW2002 "/entrypoint.sh starts the command"
        "$@"
        EOF
        ENTRYPOINT ["/entrypoint.sh"]
        CMD ["gunicorn", "--bind", "0.0.0.0:8000", "proj.wsgi"]
        """);
    assertThat(tester.applyFixes("""
        FROM python:3.12-slim
        COPY <<EOF /entrypoint.sh
        #!/bin/sh
        python manage.py migrate --noinput
        "$@"
        EOF
        ENTRYPOINT ["/entrypoint.sh"]
        CMD ["gunicorn", "--bind", "0.0.0.0:8000", "proj.wsgi"]
        """)).contains("\nexec \"$@\"\nEOF\n");
  }

  @Test
  void scriptFromTheBuildContext(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("start.sh"), """
        #!/bin/bash
        alembic upgrade head
        uvicorn app.main:app --host 0.0.0.0 --port 8000
        """);
    tester.context(dir).check("""
        FROM python:3.12-slim
        WORKDIR /app
        COPY . .
        # expect: DW2002 "line 3 of start.sh"
        ENTRYPOINT ["./start.sh"]
        """);
    Files.writeString(dir.resolve("start.sh"), "#!/bin/sh\nexec uvicorn app.main:app --host 0.0.0.0\n");
    tester.context(dir).checkClean("""
        FROM python:3.12-slim
        WORKDIR /app
        COPY . .
        ENTRYPOINT ["./start.sh"]
        """);
  }

  @Test
  void execFormExecAndProcessGroupInits() {
    tester.checkClean("""
        FROM python:3.12-slim
        CMD ["gunicorn", "--bind", "0.0.0.0:8000", "app:app"]
        """);
    tester.checkClean("""
        FROM python:3.12-slim
        CMD exec gunicorn --bind :$PORT --workers 1 app:app
        """);
    tester.checkClean("""
        FROM python:3.12-slim
        ENTRYPOINT ["dumb-init", "--"]
        CMD gunicorn --bind 0.0.0.0:8000 app:app
        """);
    tester.checkClean("""
        FROM python:3.12-slim
        CMD python batch.py
        """);
  }

  @Test
  void builderStageDoesNotCount() {
    tester.checkClean("""
        FROM python:3.12 AS test
        CMD pytest && uvicorn app:app
        FROM python:3.12-slim
        CMD ["uvicorn", "app:app", "--host", "0.0.0.0"]
        """);
  }

  @Test
  void fixPrefixesExecWhenTheServerEndsTheScript() {
    assertThat(tester.applyFixes("""
        FROM python:3.12-slim
        CMD cd /app && \\
            gunicorn --bind 0.0.0.0:8000 app:app
        """)).isEqualTo("""
        FROM python:3.12-slim
        CMD cd /app && \\
            exec gunicorn --bind 0.0.0.0:8000 app:app
        """);
    String notLast = "FROM python:3.12-slim\nCMD uvicorn app:app --host 0.0.0.0; echo stopped\n";
    assertThat(tester.applyFixes(notLast)).isEqualTo(notLast);
  }

  @Test
  void documentationExamples() {
    tester.checkDocumentationExamples();
  }
}
