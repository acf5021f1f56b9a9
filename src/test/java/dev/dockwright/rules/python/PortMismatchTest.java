package dev.dockwright.rules.python;

import dev.dockwright.lint.RuleTester;
import org.junit.jupiter.api.Test;

class PortMismatchTest {

  private final RuleTester tester = RuleTester.of(new PortMismatch());

  @Test
  void exposeAndServerDisagree() {
    tester.check("""
        FROM python:3.12-slim
        EXPOSE 80
        # expect: DW5005 "its default"
        CMD ["uvicorn", "app:app", "--host", "0.0.0.0"]
        """);
    tester.check("""
        FROM python:3.12-slim
        # expect: DW5005 "8501"
        ENV STREAMLIT_SERVER_PORT=8501
        EXPOSE 8080
        CMD ["streamlit", "run", "app.py"]
        """);
    tester.check("""
        FROM python:3.12-slim
        ENV PORT=8080
        EXPOSE 8000
        # expect: DW5005 "8080"
        CMD exec gunicorn --bind 0.0.0.0:$PORT app:app
        """);
  }

  @Test
  void portVariablesGunicornAndGradioRead() {
    tester.check("""
        FROM python:3.12-slim
        # expect: DW5005 "gunicorn listens on 8080 (PORT)"
        ENV PORT=8080
        EXPOSE 8000
        CMD ["gunicorn", "app:app"]
        """);
    tester.check("""
        FROM python:3.12-slim
        # expect: DW5005 "GRADIO_SERVER_PORT"
        ENV GRADIO_SERVER_NAME=0.0.0.0 GRADIO_SERVER_PORT=7861
        EXPOSE 7860
        CMD ["python", "app.py"]
        """);
    tester.checkClean("""
        FROM python:3.12-slim
        ENV PORT=8080
        EXPOSE 8000
        CMD ["gunicorn", "-c", "gunicorn.conf.py", "app:app"]
        """);
  }

  @Test
  void healthcheckProbesAnotherPort() {
    tester.check("""
        FROM python:3.12-slim
        EXPOSE 8000
        # expect: DW5005 "probes port 8080"
        HEALTHCHECK CMD curl -f http://localhost:8080/health || exit 1
        CMD ["gunicorn", "-b", "0.0.0.0:8000", "app:app"]
        """);
    tester.check("""
        FROM python:3.12-slim
        EXPOSE 5000
        # expect: DW5005 "EXPOSEs 5000"
        HEALTHCHECK CMD ["python", "-c", "import socket; socket.create_connection(('localhost', 8000))"]
        CMD ["python", "app.py"]
        """);
  }

  @Test
  void agreeingOrUnknown() {
    tester.checkClean("""
        FROM python:3.12-slim
        ENV PORT=8000
        EXPOSE 8000
        HEALTHCHECK CMD wget -qO- http://127.0.0.1:${PORT}/health || exit 1
        CMD exec uvicorn app:app --host 0.0.0.0 --port $PORT
        """);
    tester.checkClean("""
        FROM python:3.12-slim
        EXPOSE 8080
        CMD exec gunicorn --bind :$PORT app:app
        """);
    tester.checkClean("""
        FROM python:3.12-slim
        EXPOSE 80
        RUN apt-get update && apt-get install -y --no-install-recommends nginx
        CMD ["sh", "-c", "gunicorn -b 127.0.0.1:8000 app:app & nginx -g 'daemon off;'"]
        """);
    tester.checkClean("""
        FROM python:3.12-slim
        EXPOSE 8000 9090
        HEALTHCHECK CMD curl -f http://localhost:9090/metrics
        CMD ["python", "app.py"]
        """);
  }

  @Test
  void documentationExamples() {
    tester.checkDocumentationExamples();
  }
}
