package dev.dockwright.rules.hadolint;

import dev.dockwright.lint.RuleTester;
import org.junit.jupiter.api.Test;

class UseWorkdirTest {

  private final RuleTester tester = RuleTester.of(new UseWorkdir());

  @Test
  void aRunStartingWithCdIsReportedOnce() {
    tester.check("""
        FROM debian:12
        # expect: DL3003
        RUN cd /opt && make && cd /tmp && make
        # expect: DL3003
        RUN set -eux; cd /src; make
        # expect: DL3003
        RUN V=1.2 && cd "/src/$V" && make
        # expect: DL3003
        RUN cd "$(dirname /src/app/main.py)" && make
        """);
  }

  /**
   * Corpus review (0556, 0654, 0519; hadolint issue 422): a cd into what the RUN itself just
   * made, cloned or unpacked, to build and remove it in one layer; WORKDIR cannot replace it
   * without splitting the RUN.
   */
  @Test
  void aCdLaterInTheScriptOrInASubshellIsFine() {
    tester.checkClean("""
        FROM amazonlinux:2023
        RUN mkdir /tmp/openmpi && cd /tmp/openmpi \\
          && curl -fsSLO https://download.open-mpi.org/openmpi-4.1.8.tar.gz \\
          && tar xf openmpi-4.1.8.tar.gz && cd openmpi-4.1.8 && ./configure && make install \\
          && cd / && rm -rf /tmp/openmpi
        RUN BUILD_NUMBER=$(echo "$HOST_VERSION" | cut -d. -f3) \\
          && git clone https://github.com/Azure/azure-functions-host /src/host \\
          && cd /src/host && make BUILD=$BUILD_NUMBER && rm -rf /src
        RUN git clone https://github.com/jpmens/jo.git /tmp/jo && (cd /tmp/jo && make install)
        RUN if [ -d /opt/x ]; then cd /opt/x && make; fi
        """);
  }

  @Test
  void workdirAndOnbuildTriggersAreFine() {
    tester.checkClean("""
        FROM debian:12
        WORKDIR /opt
        RUN make
        ONBUILD RUN cd /src && make
        """);
  }
}
