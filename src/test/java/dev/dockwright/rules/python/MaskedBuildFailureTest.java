package dev.dockwright.rules.python;

import dev.dockwright.lint.RuleTester;
import org.junit.jupiter.api.Test;

class MaskedBuildFailureTest {

  private final RuleTester tester = RuleTester.of(new MaskedBuildFailure());

  @Test
  void swallowedInstallsAreReported() {
    tester.check("""
        FROM python:3.12-slim
        # expect: DW3001 "pip install"
        RUN pip install -r requirements.txt || echo "install failed"
        # expect: DW3001 "|| true"
        RUN apt-get update && apt-get install -y gcc || true
        # expect: DW3001 "|| :"
        RUN python setup.py build || :
        # expect: DW3001 "exit 0"
        RUN make install; exit 0
        # expect: DW3001 "set +e"
        RUN set -e; set +e; make
        """);
  }

  @Test
  void everyCommandBeforeTheFallbackIsMaskedAndTheFirstIsNamed() {
    tester.check("""
        FROM python:3.12-slim
        # expect: DW3001 "`apt-get update` can fail"
        RUN apt-get update \\
         && pip install flask || exit 0
        """);
  }

  @Test
  void harmlessCleanupAndHandledFailuresAreNotReported() {
    tester.checkClean("""
        FROM python:3.12-slim
        RUN rm -rf /tmp/build || true
        RUN apt-get purge -y gcc || true
        RUN pip uninstall -y setuptools || true
        RUN grep -q foo /etc/hosts || echo "no foo"
        RUN pip install flask || exit 1
        RUN if ! pip install flask; then echo failed; exit 1; fi
        RUN set +e
        RUN make; exit 1
        HEALTHCHECK CMD curl -f http://localhost/ || exit 1
        """);
  }
}
