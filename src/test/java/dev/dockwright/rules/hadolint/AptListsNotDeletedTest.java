package dev.dockwright.rules.hadolint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dockwright.lint.Finding;
import dev.dockwright.lint.RuleTester;
import java.util.List;
import org.junit.jupiter.api.Test;

class AptListsNotDeletedTest {

  private final RuleTester tester = RuleTester.of(new AptListsNotDeleted());

  @Test
  void updateWithoutCleanupInTheShippedStage() {
    tester.check("""
        FROM debian:12
        # expect: DL3009
        RUN apt-get update && apt-get install -y python3
        # expect: DL3009
        RUN apt update && apt install python3
        # expect: DL3009
        RUN aptitude update && aptitude install python3
        """);
  }

  @Test
  void cleanupInTheSameRunIsFine() {
    tester.checkClean("""
        FROM debian:12
        RUN apt-get update && apt-get install -y python3 && rm -rf /var/lib/apt/lists/*
        RUN apt-get update && apt-get install -y curl \\
         && apt-get clean && rm -rf /var/lib/apt/lists
        """);
  }

  /**
   * Corpus review (docker-library/python slim-trixie, 0493/0504): Debian 13's
   * {@code apt-get dist-clean} (alias {@code distclean}) deletes the lists. hadolint predates it.
   */
  @Test
  void aptDistcleanRemovesTheLists() {
    tester.checkClean("""
        FROM debian:trixie-slim
        RUN set -eux; \\
        	apt-get update; \\
        	apt-get install -y --no-install-recommends ca-certificates netbase tzdata; \\
        	apt-get dist-clean
        RUN apt-get update && apt-get install -y curl && apt distclean
        """);
    tester.check("""
        FROM debian:trixie-slim
        # expect: DL3009
        RUN apt-get update && apt-get install -y curl && apt-get clean
        """);
  }

  @Test
  void cleanupInALaterRunOrOfAnotherDirectoryDoesNotCount() {
    tester.check("""
        FROM debian:12
        # expect: DL3009
        RUN apt-get update && apt-get install -y curl && rm -rf /tmp/*
        RUN rm -rf /var/lib/apt/lists/*
        """);
  }

  @Test
  void stagesThatDoNotShipAreFine() {
    tester.checkClean("""
        FROM ubuntu:24.04 AS build
        RUN apt-get update && apt-get install -y gcc
        FROM scratch
        COPY --from=build /usr/bin/gcc /gcc
        """);
    tester.check("""
        FROM ubuntu:24.04 AS base
        # expect: DL3009
        RUN apt-get update && apt-get install -y python3
        FROM base
        RUN true
        """);
  }

  @Test
  void cacheAndTmpfsMountsKeepTheListsOut() {
    tester.checkClean("""
        FROM debian:12
        RUN --mount=type=cache,target=/var/lib/apt/lists apt-get update && apt-get install -y curl
        RUN rm -f /etc/apt/apt.conf.d/docker-clean
        RUN --mount=type=cache,target=/var/cache/apt,sharing=locked \\
            --mount=type=cache,target=/var/lib/apt,sharing=locked \\
            apt-get update && apt-get install -y curl
        RUN --mount=type=tmpfs,target=/var/cache/apt --mount=type=tmpfs,target=/var/lib/apt \\
            apt-get update
        """);
    tester.check("""
        FROM debian:12
        # expect: DL3009
        RUN --mount=type=cache,target=/var/cache/apt apt-get update && apt-get install -y curl
        # expect: DL3009
        RUN --mount=type=cache,target=/var/lib/apt apt-get update && apt-get install -y curl
        """);
  }

  @Test
  void onbuildTriggersRunInTheImagesBuiltOnThisOne() {
    tester.check("""
        FROM ubuntu:24.04 AS base
        # expect: DL3009
        ONBUILD RUN apt-get update && apt-get install -y python3
        FROM scratch
        """);
  }

  /** The fixed text, which must lint clean of DL3009 (and still parse). */
  private String fixed(String dockerfile) {
    String out = tester.applyFixes(dockerfile);
    assertThat(out).isNotEqualTo(dockerfile);
    tester.checkClean(out);
    return out;
  }

  private void noFix(String dockerfile) {
    List<Finding> findings = tester.lint(dockerfile).findings();
    assertThat(findings).as("DL3009 reported").isNotEmpty();
    assertThat(findings).allSatisfy(f -> assertThat(f.fix()).as(f.toString()).isEmpty());
  }

  @Test
  void fixAppendsTheRemovalToTheLastChain() {
    assertThat(fixed("""
        FROM debian:12
        RUN apt-get update && apt-get install -y python3
        """)).isEqualTo("""
        FROM debian:12
        RUN apt-get update && apt-get install -y python3 && rm -rf /var/lib/apt/lists/*
        """);
    // The update's own list need not be the last: a later top-level && chain takes it.
    assertThat(fixed("""
        FROM debian:12
        RUN set -eux; apt-get update; apt-get install -y curl # the tools
        """)).isEqualTo("""
        FROM debian:12
        RUN set -eux; apt-get update; apt-get install -y curl && rm -rf /var/lib/apt/lists/* # the tools
        """);
  }

  @Test
  void fixFollowsTheContinuationLayout() {
    assertThat(fixed("""
        FROM debian:12
        RUN apt-get update \\
         && apt-get install -y --no-install-recommends \\
              curl \\
         && apt-get clean
        """)).isEqualTo("""
        FROM debian:12
        RUN apt-get update \\
         && apt-get install -y --no-install-recommends \\
              curl \\
         && apt-get clean \\
         && rm -rf /var/lib/apt/lists/*
        """);
    assertThat(fixed("""
        FROM debian:12
        RUN apt-get update && \\
            apt-get install -y curl
        """)).isEqualTo("""
        FROM debian:12
        RUN apt-get update && \\
            apt-get install -y curl && \\
            rm -rf /var/lib/apt/lists/*
        """);
    assertThat(fixed("FROM debian:12\r\nRUN apt-get update \\\r\n  && apt-get install -y curl\r\n"))
        .isEqualTo("FROM debian:12\r\nRUN apt-get update \\\r\n  && apt-get install -y curl \\\r\n"
            + "  && rm -rf /var/lib/apt/lists/*\r\n");
  }

  @Test
  void noFixWhereAppendingIsNotPlainlyRight() {
    noFix("""
        FROM debian:12
        RUN ["/bin/sh", "-c", "apt-get update && apt-get install -y curl"]
        """);
    noFix("""
        FROM debian:12
        RUN <<EOF
        apt-get update && apt-get install -y curl
        EOF
        """);
    noFix("""
        FROM debian:12
        RUN apt-get update && apt-get install -y curl || true
        """);
    noFix("""
        FROM debian:12
        RUN (apt-get update && apt-get install -y curl)
        """);
    noFix("""
        FROM ubuntu:24.04 AS base
        ONBUILD RUN apt-get update && apt-get install -y python3
        FROM scratch
        """);
  }

  @Test
  void noFixWhenALaterRunInstallsWithoutUpdating() {
    noFix("""
        FROM debian:12
        RUN apt-get update && apt-get install -y curl
        RUN apt-get install -y git
        """);
    // A builder on top of the stage would break too, though it does not ship.
    noFix("""
        FROM debian:12 AS base
        RUN apt-get update && apt-get install -y curl
        FROM base AS build
        RUN apt-get install -y gcc && gcc -o /hello hello.c
        FROM base
        COPY --from=build /hello /hello
        """);
    // One that updates first is fine, as is a stage built on another base.
    fixed("""
        FROM debian:12 AS base
        RUN apt-get update && apt-get install -y curl
        FROM base AS build
        RUN apt-get update && apt-get install -y gcc && gcc -o /hello hello.c
        FROM debian:12 AS other
        RUN apt-get install -y git
        FROM base
        COPY --from=build /hello /hello
        """);
  }

  @Test
  void documentationExamples() {
    tester.checkDocumentationExamples();
  }
}
