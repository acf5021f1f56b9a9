package dev.dockwright.rules.buildkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dockwright.lint.Finding;
import dev.dockwright.lint.RuleTester;
import java.util.List;
import org.junit.jupiter.api.Test;

/** ExposeProtoCasing and ExposeInvalidFormat. */
class ExposeTest {

  @Test
  void upperCaseProtocolsAreReportedPerPort() {
    List<Finding> findings = RuleTester.of(new ExposeProtoCasing()).check("""
        FROM scratch
        # expect: ExposeProtoCasing, ExposeProtoCasing
        EXPOSE 80/TcP 8080/TCP 8080/udp
        """);
    assertThat(findings).extracting(Finding::message).containsExactly(
        "Defined protocol '80/TcP' in EXPOSE instruction should be lowercase",
        "Defined protocol '8080/TCP' in EXPOSE instruction should be lowercase");
  }

  @Test
  void lowerCaseOrNoProtocolIsFine() {
    RuleTester.of(new ExposeProtoCasing(), new ExposeInvalidFormat()).checkClean("""
        FROM scratch
        EXPOSE 80 443/tcp 53/udp 7000-7010/sctp
        """);
  }

  @Test
  void protoCasingFixLowerCasesTheProtocol() {
    assertThat(RuleTester.of(new ExposeProtoCasing())
        .applyFixes("FROM scratch\nEXPOSE 80/TCP 53/Udp\n"))
        .isEqualTo("FROM scratch\nEXPOSE 80/tcp 53/udp\n");
  }

  @Test
  void addressesAndHostPortsAreReported() {
    List<Finding> findings = RuleTester.of(new ExposeInvalidFormat()).check("""
        FROM scratch
        # expect: ExposeInvalidFormat, ExposeInvalidFormat, ExposeInvalidFormat
        EXPOSE 127.0.0.1:80:80 [::1]:8080:8080 5000:5000 8000
        """);
    assertThat(findings).extracting(Finding::message).containsExactlyInAnyOrder(
        "EXPOSE instruction should not define an IP address or host-port mapping, found"
            + " '127.0.0.1:80:80'",
        "EXPOSE instruction should not define an IP address or host-port mapping, found"
            + " '[::1]:8080:8080'",
        "EXPOSE instruction should not define an IP address or host-port mapping, found"
            + " '5000:5000'");
  }

  @Test
  void portsAreCheckedAfterExpansion() {
    RuleTester.of(new ExposeInvalidFormat()).check("""
        FROM scratch
        ENV PORTS="8080:80 9000"
        # expect: ExposeInvalidFormat "'8080:80'"
        EXPOSE $PORTS
        """);
  }

  @Test
  void anInvalidEntryStopsTheChecksInBuildkitsSortedOrder() {
    RuleTester both = RuleTester.of(new ExposeProtoCasing(), new ExposeInvalidFormat());
    // BuildKit sorts the entries as written, then stops at the first one it cannot parse.
    both.checkClean("""
        FROM scratch
        EXPOSE 90/TCP 80/http
        """);
    both.check("""
        FROM scratch
        # expect: ExposeProtoCasing
        EXPOSE 90/http 80/TCP
        """);
  }
}
