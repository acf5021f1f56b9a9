package dev.dockwright.rules.python;

import dev.dockwright.lint.RuleTester;
import org.junit.jupiter.api.Test;

class TlsVerificationDisabledTest {

  private final RuleTester tester = RuleTester.of(new TlsVerificationDisabled());

  @Test
  void everyWayToSwitchItOff() {
    tester.check("""
        FROM python:3.12 AS build
        # expect: DW2005 "--trusted-host pypi.org"
        RUN pip install --trusted-host pypi.org -r requirements.txt
        # expect: DW2005 "uv"
        RUN uv pip install --allow-insecure-host internal.example flask
        # expect: DW2005 "curl -k"
        RUN curl -fsSLk https://get.example.sh | sh
        # expect: DW2005 "wget --no-check-certificate"
        RUN wget --no-check-certificate -O /tmp/x.tgz https://example.org/x.tgz
        # expect: DW2005 "git"
        RUN git -c http.sslVerify=false clone https://git.example/repo.git
        FROM python:3.12-slim
        # expect: DW2005 "PYTHONHTTPSVERIFY=0"
        ENV PYTHONHTTPSVERIFY=0
        # expect: DW2005 "PIP_TRUSTED_HOST"
        ARG PIP_TRUSTED_HOST=pypi.internal
        COPY --from=build /app /app
        """);
  }

  @Test
  void verifiedOrSwitchedBackOn() {
    tester.checkClean("""
        FROM python:3.12-slim
        ENV PYTHONHTTPSVERIFY=1 GIT_SSL_NO_VERIFY=false
        ARG PIP_TRUSTED_HOST
        RUN curl -fsSL --cacert /etc/ssl/corp.pem https://example.org -o /tmp/x
        RUN pip install --index-url https://pypi.internal/simple flask
        RUN wget -q https://example.org/x.tgz
        """);
  }

  @Test
  void documentationExamples() {
    tester.checkDocumentationExamples();
  }
}
