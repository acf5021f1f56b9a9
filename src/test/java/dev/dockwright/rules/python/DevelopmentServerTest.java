package dev.dockwright.rules.python;

import dev.dockwright.lint.RuleTester;
import org.junit.jupiter.api.Test;

class DevelopmentServerTest {

  private final RuleTester tester = RuleTester.of(new DevelopmentServer());

  @Test
  void developmentServersAndReload() {
    tester.check("""
        FROM python:3.12-slim
        COPY . /app
        # expect: DW5004 "Werkzeug"
        CMD ["flask", "run", "--host=0.0.0.0"]
        """);
    tester.check("""
        FROM python:3.12-slim
        # expect: DW5004 "--reload"
        CMD uvicorn app:app --host 0.0.0.0 --reload
        """);
    tester.check("""
        FROM python:3.12-slim
        # expect: DW5004 "fastapi dev"
        CMD ["uv", "run", "fastapi", "dev", "--host", "0.0.0.0", "src/app"]
        """);
    tester.check("""
        FROM python:3.12-slim
        ENTRYPOINT ["python"]
        # expect: DW5004 "runserver"
        CMD ["manage.py", "runserver", "0.0.0.0:8000"]
        """);
    tester.check("""
        FROM python:3.12-slim
        # expect: DW5004 "runOnSave"
        CMD ["streamlit", "run", "app.py", "--server.runOnSave", "true"]
        """);
  }

  @Test
  void debugVariablesThatShip() {
    tester.check("""
        FROM python:3.12-slim
        # expect: DW5004 "FLASK_DEBUG=1"
        ENV FLASK_DEBUG=1 FLASK_APP=app.py
        # expect: DW5004 "DEBUG=True"
        ENV DEBUG=True
        CMD ["gunicorn", "-b", ":8000", "app:app"]
        """);
  }

  @Test
  void productionServersAndSwitchedOffDebug() {
    tester.checkClean("""
        FROM python:3.12-slim
        ENV DEBUG=False FLASK_DEBUG=0
        CMD ["gunicorn", "-b", ":8000", "--reload-engine", "auto", "app:app"]
        """);
    tester.checkClean("""
        FROM python:3.12-slim
        ENV DEBUG=true
        ENV DEBUG=false
        CMD ["uvicorn", "app:app", "--host", "0.0.0.0", "--workers", "4"]
        """);
  }

  @Test
  void devStageThatDoesNotShip() {
    tester.checkClean("""
        FROM python:3.12-slim AS dev
        ENV FLASK_DEBUG=1
        CMD ["flask", "run", "--reload"]
        FROM python:3.12-slim AS prod
        CMD ["gunicorn", "-b", ":8000", "app:app"]
        """);
  }

  @Test
  void nonPythonImagesKeepTheirDebugVariable() {
    tester.checkClean("""
        FROM node:20
        ENV DEBUG=1
        CMD ["node", "server.js"]
        """);
  }

  @Test
  void documentationExamples() {
    tester.checkDocumentationExamples();
  }
}
