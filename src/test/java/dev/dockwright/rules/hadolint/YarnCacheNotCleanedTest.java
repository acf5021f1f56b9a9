package dev.dockwright.rules.hadolint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dockwright.lint.RuleTester;
import org.junit.jupiter.api.Test;

class YarnCacheNotCleanedTest {

  private final RuleTester tester = RuleTester.of(new YarnCacheNotCleaned());

  @Test
  void installWithoutCleanInAStageThatShips() {
    tester.check("""
        FROM node:22-slim
        # expect: DL3060
        RUN yarn install --frozen-lockfile
        # expect: DL3060
        RUN yarn cache clean && yarn install
        # expect: DL3060
        RUN --mount=type=cache,target=/var/lib/foobar yarn install
        """);
    tester.check("""
        FROM node:22-slim AS deps
        # expect: DL3060
        RUN yarn install
        FROM deps
        RUN node --version
        """);
  }

  @Test
  void cleanAfterTheInstallOrACacheMountIsFine() {
    tester.checkClean("""
        FROM node:22-slim
        RUN yarn install && yarn cache clean
        RUN yarn cache clean && yarn install --production && yarn cache clean --all
        RUN --mount=type=cache,target=/usr/local/share/.cache/yarn yarn install
        RUN --mount=type=tmpfs,target=/root/.cache/yarn yarn install
        RUN --mount=type=cache,target=/root/.yarn/berry/cache yarn install
        RUN yarn build
        """);
  }

  @Test
  void buildersThatDoNotShipAreFineButOnbuildTriggersAreNot() {
    tester.checkClean("""
        FROM node:22 AS build
        RUN yarn install && yarn build
        FROM nginx:1.27
        COPY --from=build /app/dist /usr/share/nginx/html
        """);
    tester.check("""
        FROM node:22 AS base
        # expect: DL3060
        ONBUILD RUN yarn install
        FROM scratch
        """);
  }

  @Test
  void fixAppendsTheCleanWhenTheInstallIsLast() {
    assertThat(tester.applyFixes("FROM node:22-slim\nRUN cd /app && yarn install --frozen-lockfile\n"))
        .isEqualTo("FROM node:22-slim\nRUN cd /app && yarn install --frozen-lockfile"
            + " && yarn cache clean\n");
    String notLast = "FROM node:22-slim\nRUN yarn install && yarn build\n";
    assertThat(tester.applyFixes(notLast)).isEqualTo(notLast);
  }

  @Test
  void documentationExamples() {
    tester.checkDocumentationExamples();
  }
}
