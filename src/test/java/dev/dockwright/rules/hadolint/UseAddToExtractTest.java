package dev.dockwright.rules.hadolint;

import dev.dockwright.lint.RuleTester;
import org.junit.jupiter.api.Test;

class UseAddToExtractTest {

  private final RuleTester tester = RuleTester.of(new UseAddToExtract());

  @Test
  void copyThenExtractIsReportedAtTheCopy() {
    tester.check("""
        FROM debian:12
        # expect: DL3010
        COPY packaged-app.tar /usr/src/app
        WORKDIR /usr/src/app
        RUN foo bar && echo something && tar -xf packaged-app.tar
        # expect: DL3010
        COPY foo/bar/packaged-app.tar /foo.tar
        RUN tar -xf /foo.tar
        # expect: DL3010
        COPY data.gz /tmp/
        RUN gunzip /tmp/data.gz
        """);
  }

  @Test
  void noExtractionOtherStagesAndNonArchivesAreFine() {
    tester.checkClean("""
        FROM debian:12
        COPY packaged-app.tar /usr/src/app
        COPY package.json /usr/src/app
        COPY --from=builder /usr/local/share/some.tar /opt/some.tar
        RUN tar -xf /opt/some.tar
        FROM debian:12 AS newstage
        RUN tar -xf packaged-app.tar
        RUN unzip package.json
        """);
  }
}
