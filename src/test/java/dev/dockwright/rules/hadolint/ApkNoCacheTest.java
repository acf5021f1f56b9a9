package dev.dockwright.rules.hadolint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dockwright.lint.RuleTester;
import org.junit.jupiter.api.Test;

class ApkNoCacheTest {

  private final RuleTester tester = RuleTester.of(new ApkNoCache());

  @Test
  void addWithoutNoCacheIsReported() {
    tester.check("""
        FROM alpine:3.20
        # expect: DL3019
        RUN apk add flex=2.6.4-r1
        # expect: DL3019
        RUN --mount=type=cache,target=/var/cache/foo apk add -U curl=7.77.0
        # expect: DL3019
        ONBUILD RUN apk add --update curl=7.77.0
        """);
  }

  @Test
  void noCacheOrACacheMountIsFine() {
    tester.checkClean("""
        FROM alpine:3.20
        RUN apk add --no-cache flex=2.6.4-r1
        RUN --mount=type=cache,target=/var/cache/apk apk add -U curl=7.77.0
        RUN --mount=type=tmpfs,target=/var/cache/apk apk add -U curl=7.77.0
        RUN --mount=type=cache,target=/var/cache/foo apk add --no-cache -U curl=7.77.0
        RUN apk del curl
        """);
  }

  @Test
  void fixAddsNoCache() {
    assertThat(tester.applyFixes("FROM alpine:3.20\nRUN apk add curl=8.11.1-r0\n"))
        .isEqualTo("FROM alpine:3.20\nRUN apk add --no-cache curl=8.11.1-r0\n");
  }
}
