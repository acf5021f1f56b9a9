package dev.dockwright.rules.python;

import dev.dockwright.lint.RuleTester;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StreamlitCorsXsrfConflictTest {

  private final RuleTester tester = RuleTester.of(new StreamlitCorsXsrfConflict());

  @Test
  void corsOffWithXsrfOnByDefaultOrExplicitly() {
    tester.check("""
        FROM python:3.12-slim
        # expect: DW5006 "--server.enableCORS"
        CMD ["streamlit", "run", "home.py", "--server.enableCORS", "false", "--server.port", "8080"]
        """);
    tester.check("""
        FROM python:3.12-slim
        # expect: DW5006 "STREAMLIT_SERVER_ENABLE_CORS"
        ENV STREAMLIT_SERVER_ENABLE_CORS=false
        ENV STREAMLIT_SERVER_ENABLE_XSRF_PROTECTION=true
        CMD ["python", "-m", "streamlit", "run", "app.py"]
        """);
  }

  @Test
  void configFileBesideTheDockerfile(@TempDir Path dir) throws IOException {
    Files.createDirectories(dir.resolve(".streamlit"));
    Files.writeString(dir.resolve(".streamlit/config.toml"), """
        [server]
        enableCORS = false
        headless = true
        """);
    tester.context(dir).check("""
        FROM python:3.12-slim
        COPY . /app
        # expect: DW5006 "config.toml"
        CMD ["streamlit", "run", "/app/app.py"]
        """);
    tester.context(dir).checkClean("""
        FROM python:3.12-slim
        COPY . /app
        CMD ["streamlit", "run", "/app/app.py", "--server.enableXsrfProtection=false"]
        """);
  }

  @Test
  void consistentSettings() {
    tester.checkClean("""
        FROM python:3.12-slim
        CMD ["streamlit", "run", "app.py", "--server.enableCORS=false", "--server.enableXsrfProtection=false"]
        """);
    tester.checkClean("""
        FROM python:3.12-slim
        CMD ["streamlit", "run", "app.py", "--server.enableCORS=true"]
        """);
    tester.checkClean("""
        FROM python:3.12-slim
        ENV STREAMLIT_SERVER_ENABLE_CORS=false STREAMLIT_SERVER_ENABLE_XSRF_PROTECTION=false
        COPY run.sh /run.sh
        CMD ["/run.sh"]
        """);
  }

  @Test
  void documentationExamples() {
    tester.checkDocumentationExamples();
  }
}
