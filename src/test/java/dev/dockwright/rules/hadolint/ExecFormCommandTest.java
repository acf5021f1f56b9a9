package dev.dockwright.rules.hadolint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dockwright.lint.Finding;
import dev.dockwright.lint.RuleTester;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExecFormCommandTest {

  private final RuleTester tester = RuleTester.of(new ExecFormCommand());

  @Test
  void shellFormIsReported() {
    tester.check("""
        FROM python:3.12-slim
        # expect: DL3025 "CMD"
        CMD gunicorn app:app
        # expect: DL3025 "ENTRYPOINT"
        ENTRYPOINT /docker-entrypoint.sh
        # expect: DL3025 "HEALTHCHECK CMD"
        HEALTHCHECK CMD curl -f http://localhost:8000/ || exit 1
        """);
  }

  @Test
  void jsonFormIsFine() {
    tester.checkClean("""
        FROM python:3.12-slim
        CMD ["foo", "bar"]
        CMD [ "foo", "bar" ]
        ENTRYPOINT ["tini", "--"]
        HEALTHCHECK CMD [ "foobar" ]
        HEALTHCHECK NONE
        CMD [ "/bin/sh", "-c", \\
              "echo foo && \\
               echo bar" \\
            ]
        ONBUILD CMD anything
        CMD exec gunicorn --bind :$PORT main:app
        HEALTHCHECK CONNECT TCP 7000
        """);
  }

  @Test
  void execHandsPid1ToTheServerExceptInAnEntrypoint() {
    tester.check("""
        FROM python:3.12-slim
        # expect: DL3025
        ENTRYPOINT exec gunicorn --bind :$PORT main:app
        # expect: DL3025
        CMD cd /app && exec gunicorn main:app
        CMD exec gunicorn --bind :$PORT main:app
        """);
  }

  @Test
  void withoutFrom() {
    tester.check("""
        # expect: DL3025
        HEALTHCHECK CMD foobar
        """);
  }

  @Test
  void fixWritesJsonForPlainCommandsOnly() {
    String fixed = tester.applyFixes("""
        FROM python:3.12-slim
        CMD gunicorn -b 0.0.0.0:8000 "app:create_app()"
        ENTRYPOINT gunicorn -b 0.0.0.0:$PORT app:app
        HEALTHCHECK CMD curl -f http://localhost/ || exit 1
        CMD python -c 'print("hi")'
        CMD ls *.py
        """);
    assertThat(fixed).isEqualTo("""
        FROM python:3.12-slim
        CMD ["gunicorn", "-b", "0.0.0.0:8000", "app:create_app()"]
        ENTRYPOINT gunicorn -b 0.0.0.0:$PORT app:app
        HEALTHCHECK CMD curl -f http://localhost/ || exit 1
        CMD ["python", "-c", "print(\\"hi\\")"]
        CMD ls *.py
        """);
  }

  @Test
  void theFixIsUnsafeAndNotOfferedUnderAnotherShell() {
    List<Finding> findings = tester.check("""
        FROM python:3.12-slim
        # expect: DL3025
        CMD python app.py
        SHELL ["pwsh", "-Command"]
        # expect: DL3025
        CMD python app.py
        """);
    assertThat(findings.get(0).fix()).hasValueSatisfying(f -> assertThat(f.safe()).isFalse());
    assertThat(findings.get(1).fix()).isEmpty();
  }

  @Test
  void documentationExamples() {
    tester.checkDocumentationExamples();
  }
}
