package dev.dockwright.rules.python;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dockwright.lint.RuleTester;
import org.junit.jupiter.api.Test;

class PythonUnbufferedNotSetTest {

  private final RuleTester tester = RuleTester.of(new PythonUnbufferedNotSet());

  @Test
  void serverImageWithoutTheVariable() {
    tester.check("""
        FROM python:3.12-slim AS build
        RUN pip install --no-cache-dir --prefix=/install flask gunicorn
        FROM python:3.12-slim
        COPY --from=build /install /usr/local
        # expect: DW5001 "gunicorn"
        CMD ["gunicorn", "--bind", "0.0.0.0:8000", "app:app"]
        """);
  }

  @Test
  void pythonProgramCountsOnlyWhenThePortIsExposed() {
    tester.check("""
        FROM python:3.12-slim
        EXPOSE 7860
        # expect: DW5001 "python"
        CMD python app.py
        """);
    tester.checkClean("""
        FROM python:3.12-slim
        CMD ["python", "batch_job.py"]
        """);
  }

  @Test
  void setInTheImageInAParentStageOrByFlag() {
    tester.checkClean("""
        FROM python:3.12-slim AS base
        ENV PYTHONUNBUFFERED=1
        FROM base
        CMD ["uvicorn", "app:app", "--host", "0.0.0.0"]
        """);
    tester.checkClean("""
        FROM python:3.12-slim
        EXPOSE 8000
        CMD ["python", "-u", "server.py"]
        """);
    tester.checkClean("""
        FROM python:3.12-slim
        ENV PYTHONUNBUFFERED=0
        CMD ["flask", "run", "--host", "0.0.0.0"]
        """);
  }

  @Test
  void builderStageServersDoNotCount() {
    tester.checkClean("""
        FROM python:3.12-slim AS dev
        CMD ["uvicorn", "app:app", "--reload"]
        FROM nginx:1.27
        COPY --from=dev /app/static /usr/share/nginx/html
        """);
  }

  @Test
  void fixAddsTheVariableBelowTheFinalFromKeepingCase() {
    String fixed = tester.applyFixes("""
        from python:3.12-slim as base
        from base
        copy . /app
        cmd ["uvicorn", "app:app", "--host", "0.0.0.0"]
        """);
    assertThat(fixed).isEqualTo("""
        from python:3.12-slim as base
        from base
        env PYTHONUNBUFFERED=1
        copy . /app
        cmd ["uvicorn", "app:app", "--host", "0.0.0.0"]
        """);
    tester.checkClean(fixed);
  }

  @Test
  void documentationExamples() {
    tester.checkDocumentationExamples();
  }
}
