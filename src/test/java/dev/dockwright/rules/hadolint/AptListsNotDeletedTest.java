package dev.dockwright.rules.hadolint;

import dev.dockwright.lint.RuleTester;
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
}
